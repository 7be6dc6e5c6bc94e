"""The app's folders on this OS (platformdirs), overridable with MAILUP_GUI_HOME for tests."""

from __future__ import annotations

import os
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
