"""Help ▸ Documentation: the README's user guide, shipped with the app and shown offline."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..resources import resource_path

GUIDE = ("docs", "README.md")  # a copy of README.md; a test keeps the two the same


class DocumentationDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("mailup-gui documentation"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(820, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: nothing is fetched
        self.browser.setAccessibleName(self.tr("Documentation"))
        path = resource_path(*GUIDE)
        try:
            self.browser.setMarkdown(path.read_text(encoding="utf-8"))
        except OSError as error:
            self.browser.setPlainText(
                self.tr(
                    "The documentation is missing from this installation ({path}: {error})."
                ).format(path=path, error=error.strerror or error)
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
