"""Opening a file with the desktop's application, and what to offer when none opens it: a
desktop without a handler for .log or .pdf makes QDesktopServices.openUrl return False and
nothing else happens, which looks like a broken button."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.storage.settings import SettingsStore
from .file_dialogs import save_file_name, say_not_saved


def open_file(
    parent: QWidget, path: Path, settings: SettingsStore, purpose: str
) -> QMessageBox | None:
    """Open ``path`` with the desktop's application; when none does, the question that offers
    Save as… and Show in folder instead (open, not blocking), else None."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return None
    return offer_instead(parent, path, settings, purpose)


def offer_instead(
    parent: QWidget, path: Path, settings: SettingsStore, purpose: str
) -> QMessageBox:
    """Say that no application opened ``path`` and offer a copy elsewhere or its folder."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("OpenFile", "Not opened"),
        QCoreApplication.translate(
            "OpenFile", "No application on this computer opened {name}."
        ).format(name=path.name),
        QMessageBox.StandardButton.Close,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setInformativeText(
        QCoreApplication.translate(
            "OpenFile", "It is in {folder}. Save a copy where you want it, or show its folder."
        ).format(folder=path.parent)
    )
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    save = box.addButton(
        QCoreApplication.translate("OpenFile", "Save &as…"), QMessageBox.ButtonRole.ActionRole
    )
    save.clicked.connect(lambda: _save_copy(parent, path, settings, purpose))
    show = box.addButton(
        QCoreApplication.translate("OpenFile", "Show in &folder"), QMessageBox.ButtonRole.ActionRole
    )
    show.clicked.connect(lambda: _show_folder(parent, path))
    box.setAccessibleName(QCoreApplication.translate("OpenFile", "Not opened"))
    box.finished.connect(box.deleteLater)
    box.open()
    return box


def _save_copy(parent: QWidget, path: Path, settings: SettingsStore, purpose: str) -> None:
    target, _ = save_file_name(
        parent,
        settings,
        purpose,
        QCoreApplication.translate("OpenFile", "Save a copy"),
        path.name,
        "",
    )
    if not target:
        return
    try:
        shutil.copyfile(path, target)
    except OSError as error:
        say_not_saved(parent, target, error)


def _show_folder(parent: QWidget, path: Path) -> None:
    """The folder in the file manager; without one, its path on the clipboard, said."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent))):
        return
    QGuiApplication.clipboard().setText(str(path))
    QMessageBox.information(
        parent,
        QCoreApplication.translate("OpenFile", "No file manager"),
        QCoreApplication.translate(
            "OpenFile",
            "No file manager opened the folder. The file's path is on the clipboard:\n{path}",
        ).format(path=path),
    )
