"""Help ▸ About: the version and library versions support is asked for, where secrets and the
app's files are kept, the licence; "Copy details" puts it all on the clipboard for a ticket."""

from __future__ import annotations

import platform
from html import escape
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, QSysInfo, Qt, QUrl, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, paths
from ..core.app.versions import distribution_field, library_versions
from .core_texts import translated
from .icons import APP_ICON, icon

if TYPE_CHECKING:
    from ..core.account.secrets import KeyringHealth
    from .context import AppContext


def open_about(parent: QWidget, context: AppContext) -> None:
    """The dialog, once the keyring is asked where secrets go (on a worker: a first probe may
    block)."""

    def show(health: KeyringHealth) -> None:
        where = (
            translated(health.label)
            if health.available
            else QCoreApplication.translate("MainWindow", "this session only (no usable keyring)")
        )
        AboutDialog(parent, where).exec()

    context.tasks.run(context.secrets.health, show, owner=parent)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None, secrets_label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About mailup-gui"))
        self.facts = [
            (self.tr("Version"), __version__),
            ("Qt", qVersion()),
            ("PySide6", PySide6.__version__),
            *library_versions(),
            ("Python", platform.python_version()),
            (self.tr("System"), QSysInfo.prettyProductName()),
            (self.tr("Secrets stored in"), secrets_label),
            (self.tr("Licence"), distribution_field("mailup-gui", "License-Expression", "License")),
        ]
        self.folders = [
            (self.tr("Settings and profiles"), str(paths.config_dir())),
            (self.tr("Data"), str(paths.data_dir())),
            (self.tr("Logs"), str(paths.log_dir())),
        ]

        logo = QLabel()
        logo.setPixmap(icon(APP_ICON).pixmap(64, 64))
        title = QLabel(
            self.tr(
                "<h2>mailup-gui {version}</h2>A desktop client for MailUp's "
                "transactional email API."
            ).format(version=__version__)
        )
        title.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(logo)
        header.addWidget(title, 1)

        form = QFormLayout()
        for name, value in self.facts:
            label = _selectable(name, value)
            label.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(name, label)
        for name, folder in self.folders:
            # A link opens the folder in the file manager: where support looks for the logs.
            link = _selectable(
                name, f'<a href="{QUrl.fromLocalFile(folder).toString()}">{escape(folder)}</a>'
            )
            link.setOpenExternalLinks(True)
            link.setToolTip(self.tr("Open this folder"))
            form.addRow(name, link)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(self.tr("Copy these details, to paste into a support ticket"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def details(self) -> str:
        """The facts and folders as plain text, one "name: value" a line."""
        return "\n".join(f"{name}: {value}" for name, value in self.facts + self.folders)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())


def _selectable(name: str, text: str) -> QLabel:
    label = QLabel(text)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
    )
    return label
