"""The app's folders on this OS, overridable with MAILUP_GUI_HOME for tests.

Linux and the other Unixes follow the XDG base directories, read here: importing platformdirs
there cost the first paint ~11M instructions (~3 ms), for three environment variables. Windows
and macOS ask platformdirs, which knows their folder APIs. The XDG answers are the ones
platformdirs gives (a test compares them).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

APP_NAME = "mailup-gui"

# kind: (XDG variable, its default under the home folder, the folder inside the app's)
_XDG = {
    "config": ("XDG_CONFIG_HOME", "~/.config", ""),
    "data": ("XDG_DATA_HOME", "~/.local/share", ""),
    "log": ("XDG_STATE_HOME", "~/.local/state", "log"),
}


def _base() -> Path | None:
    home = os.environ.get("MAILUP_GUI_HOME")
    return Path(home) if home else None


def config_dir() -> Path:
    base = _base()
    return base / "config" if base else _user_dir("config")


def data_dir() -> Path:
    base = _base()
    return base / "data" if base else _user_dir("data")


def log_dir() -> Path:
    base = _base()
    return base / "log" if base else _user_dir("log")


def _user_dir(kind: str) -> Path:
    if sys.platform in ("win32", "darwin"):
        import platformdirs

        asked = {
            "config": platformdirs.user_config_dir,
            "data": platformdirs.user_data_dir,
            "log": platformdirs.user_log_dir,
        }[kind]
        return Path(asked(APP_NAME, appauthor=False))
    variable, default, inside = _XDG[kind]
    root = os.environ.get(variable, "")
    if not os.path.isabs(root):  # unset, empty or relative: XDG says to use the default
        root = os.path.expanduser(default)
    return Path(root, APP_NAME, inside)


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
