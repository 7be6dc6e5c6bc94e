"""Preferences (Ctrl+,): language, theme, the Dashboard's polling interval, the folder file
dialogs start in and screen-share mode, all applied on OK. A new language rebuilds the window
(``language_switch``), since every label is written when its widget is built; the dialog says
so before OK."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core.users.poll_policy import MIN_INTERVAL_S, clamp_interval
from .context import AppContext
from .theme import DARK, LIGHT, SYSTEM, apply_theme

MAX_INTERVAL_S = 3600  # as the Dashboard's own spin box


class PreferencesDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        set_poll_interval: Callable[[int], None],
        switch_language: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._settings = context.settings
        self._privacy = context.privacy
        self._set_poll_interval = set_poll_interval
        self._switch_language = switch_language
        value = context.settings.value

        self.language = QComboBox()
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("English", "en")  # each language in its own words
        self.language.addItem("Italiano", "it")
        self.language.setCurrentIndex(max(0, self.language.findData(value.language)))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._show_language_note)
        self.language_note = QLabel()
        self.language_note.setWordWrap(True)

        self.theme = QComboBox()
        self.theme.addItem(self.tr("Follow the system"), SYSTEM)
        self.theme.addItem(self.tr("Light"), LIGHT)
        self.theme.addItem(self.tr("Dark"), DARK)
        self.theme.setCurrentIndex(max(0, self.theme.findData(value.theme)))
        self.theme.setAccessibleName(self.tr("Theme"))

        self.interval = QSpinBox()
        self.interval.setRange(int(MIN_INTERVAL_S), MAX_INTERVAL_S)
        self.interval.setSuffix(self.tr(" s"))
        self.interval.setValue(int(clamp_interval(value.poll_interval_s)))
        self.interval.setAccessibleName(self.tr("Polling interval in seconds"))
        self.interval.setToolTip(
            self.tr("How often the Dashboard asks MailUp for the SMTP+ users' state")
        )

        self.folder = QLineEdit(value.default_folder)
        self.folder.setPlaceholderText(str(Path.home()))
        self.folder.setAccessibleName(self.tr("Default folder"))
        self.folder.setToolTip(
            self.tr(
                "Where save dialogs start the first time; after that each kind of file starts "
                "where you last left it"
            )
        )
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        self.screen_share = QCheckBox(
            self.tr("Mask secrets, SMTP+ usernames, addresses and profile names")
        )
        self.screen_share.setChecked(context.privacy.enabled)
        self.screen_share.setAccessibleName(self.tr("Screen-share mode"))
        self.screen_share.setToolTip(self.tr("As View ▸ Screen-share mode (Ctrl+Shift+H)"))

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Polling interval:"), self.interval)
        folder_label = QLabel(self.tr("Default &folder:"))
        folder_label.setBuddy(self.folder)  # Alt+F: the row holds a layout, not the field
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Screen-share mode:"), self.screen_share)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._show_language_note()

    def _show_language_note(self) -> None:
        """What OK does to the window, said before choosing."""
        changed = self.language.currentData() != self._settings.value.language
        self.language_note.setText(
            self.tr(
                "On OK the window is built again in the new language: your drafts stay as they "
                "are, and open dialogs close."
            )
            if changed
            else self.tr("Everything here applies as soon as you press OK.")
        )

    def _browse(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Default folder"), start)
        if chosen:
            self.folder.setText(chosen)

    def apply(self) -> None:
        """Keep every choice and apply what Qt can apply now; a folder that does not exist is
        said, with nothing typed lost."""
        folder = self.folder.text().strip()
        if folder and not Path(folder).expanduser().is_dir():
            self.problem.setText(
                self.tr(
                    "Default folder: “{folder}” is not a folder. Choose one with Browse…."
                ).format(folder=folder)
            )
            self.folder.setFocus()
            return
        theme = self.theme.currentData()
        language = self.language.currentData()
        language_changed = language != self._settings.value.language
        self._settings.update(
            language=language,
            theme=theme,
            poll_interval_s=self.interval.value(),
            default_folder=str(Path(folder).expanduser()) if folder else "",
        )
        apply_theme(theme)
        self._set_poll_interval(self.interval.value())
        self._privacy.set_enabled(self.screen_share.isChecked())
        self.accept()
        if language_changed:  # last: the window, this dialog's parent, is built again
            self._switch_language(language)
