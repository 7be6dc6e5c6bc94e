"""Answering the app's real file dialogs (modal, opened by QFileDialog's static functions)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog


def answer_next_file_dialog(answer: str | None) -> dict[str, str]:
    """When the next file dialog opens, note the folder and file it proposes, then choose
    ``answer`` (a full path) or cancel it (None). The returned dict fills in as it happens."""
    seen: dict[str, str] = {}

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, respond)
            return
        seen["folder"] = dialog.directory().absolutePath()
        selected = dialog.selectedFiles()
        seen["file"] = selected[0] if selected else ""
        if answer is None:
            dialog.reject()
        else:
            dialog.selectFile(answer)
            dialog.accept()

    QTimer.singleShot(0, respond)
    return seen
