"""Save dialogs that open where the user last was for the same purpose: one folder per purpose
(saving an .eml, exporting users…), kept in the settings. The first time, the folder chosen in
Preferences or the home folder: never the working directory, which is wherever the app was
started from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core.storage.settings import SettingsStore


def start_folder(settings: SettingsStore, purpose: str) -> Path:
    """Where a dialog for ``purpose`` opens: its last folder, else the default one, else home;
    a folder since deleted is skipped."""
    value = settings.value
    for folder in (value.last_folders.get(purpose, ""), value.default_folder):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def remember_folder(settings: SettingsStore, purpose: str, chosen: str) -> None:
    """Keep the folder of ``chosen`` (a file the user picked) for the next dialog of ``purpose``."""
    folder = str(Path(chosen).parent)
    if settings.value.last_folders.get(purpose) != folder:
        settings.update(last_folders={**settings.value.last_folders, purpose: folder})


def save_file_name(
    parent: QWidget | None,
    settings: SettingsStore,
    purpose: str,
    title: str,
    file_name: str,
    filters: str,
) -> tuple[str, str]:
    """The path to save to and the filter chosen, or ("", "") when cancelled."""
    start = str(start_folder(settings, purpose) / file_name)
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, filters)
    if path:
        remember_folder(settings, purpose, path)
    return path, chosen


def say_not_saved(parent: QWidget, path: str | Path, error: OSError) -> None:
    """A file the user asked for that could not be written (a read-only folder, a full disk):
    said in a box that names it and why, rather than raised."""
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("FileDialogs", "Not saved"),
        QCoreApplication.translate("FileDialogs", "Could not save {path}: {error}").format(
            path=path, error=error.strerror or error
        ),
    )
