"""A link clicked in a previewed email opens in the browser only after the user agrees."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

OPENABLE = ("http", "https", "mailto")  # never file:, javascript: or an app's own scheme


def ask_to_open(parent: QWidget, url: QUrl) -> QMessageBox | None:
    """A window-modal question, opened without blocking; None for a link never opened."""
    if url.scheme().lower() not in OPENABLE:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("PreviewLinks", "Open link"),
        QCoreApplication.translate(
            "PreviewLinks", "Open this link from the email in your browser?"
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    # The full address, not the link's text: that is where the browser will really go.
    box.setInformativeText(url.toString())
    box.setAccessibleName(QCoreApplication.translate("PreviewLinks", "Open link"))
    open_button = box.addButton(
        QCoreApplication.translate("PreviewLinks", "&Open in browser"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    open_button.setToolTip(url.toString())
    open_button.setAccessibleName(QCoreApplication.translate("PreviewLinks", "Open in browser"))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).setToolTip(
        QCoreApplication.translate("PreviewLinks", "Do not open the link")
    )
    open_button.clicked.connect(lambda: open_external(url))
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def open_external(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)
