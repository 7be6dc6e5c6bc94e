"""The app's folders on this OS (platformdirs), overridable with MAILUP_GUI_HOME for tests."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

APP_NAME = "mailup-gui"


def _base() -> Path | None:
    home = os.environ.get("MAILUP_GUI_HOME")
    return Path(home) if home else None


def config_dir() -> Path:
    base = _base()
    return (
        base / "config" if base else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )


def data_dir() -> Path:
    base = _base()
    return base / "data" if base else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    base = _base()
    return base / "log" if base else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def keep_private() -> None:
    """Files and folders this process creates from now on are the user's alone (0600, 0700 on
    Linux and macOS): drafts, the journal and logs hold customers' addresses and messages. The
    ones an earlier version left readable by others are tightened as well."""
    if os.name != "posix":
        return  # Windows: the profile folders are private by their ACLs already
    os.umask(0o077)
    for folder in {config_dir(), data_dir(), log_dir()}:
        tighten(folder)


def tighten(folder: Path) -> None:
    """``folder`` and everything under it: 0700 folders, 0600 files (links left alone)."""
    if not folder.is_dir() or folder.is_symlink():
        return
    _make_private(folder, 0o700)
    for root, folders, files in os.walk(folder):
        for name in folders:
            _make_private(Path(root) / name, 0o700)
        for name in files:
            _make_private(Path(root) / name, 0o600)


def _make_private(path: Path, mode: int) -> None:
    """Runs at every start, before the first paint: a stat, and a chmod only where one is due."""
    found = path.lstat()
    if not stat.S_ISLNK(found.st_mode) and stat.S_IMODE(found.st_mode) != mode:
        path.chmod(mode)
