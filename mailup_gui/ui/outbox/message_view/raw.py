"""The Raw tab: the .eml source as stored, capped for display, and "Save as .eml…"."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from ....core.storage.settings import SettingsStore
from ...widgets.file_parts import human_size
from .attachments import ask_save_path, write_file

DISPLAY_CAP = 256 * 1024  # bytes shown; a text view of megabytes of base64 helps no one


class RawTab(QWidget):
    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._raw = b""
        self._name = "message.eml"
        self.source = QPlainTextEdit()
        self.source.setReadOnly(True)
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.source.setAccessibleName(self.tr("Source of the message"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as .&eml…"))
        self.save_button.setToolTip(self.tr("Save the whole message as a MIME .eml file"))
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source, 1)
        layout.addLayout(row)

    def show_raw(self, raw: bytes, name: str, mask) -> None:
        """``mask`` turns the text into what screen-share mode may show."""
        self._raw, self._name = raw, name
        shown = raw[:DISPLAY_CAP].decode("utf-8", errors="replace")
        self.source.setPlainText(mask(shown))
        self.note.setText(
            self.tr(
                "Showing the first {shown} of {total}; save the message to see all of it."
            ).format(shown=human_size(DISPLAY_CAP), total=human_size(len(raw)))
            if len(raw) > DISPLAY_CAP
            else ""
        )
        self.save_button.setEnabled(bool(raw))

    def save(self) -> None:
        path = ask_save_path(
            self,
            self._settings,
            "message-eml",
            self.tr("Save message"),
            self._name,
            self.tr("Email (*.eml)"),
        )
        if path:
            write_file(self, path, self._raw)
