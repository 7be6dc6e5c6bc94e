"""The app's icons: SVG files in resources/icons/, found the same way from source and from a
frozen bundle (mailup_gui.resources), each loaded once."""

from __future__ import annotations

import warnings
from functools import cache

from PySide6.QtGui import QIcon

from ..resources import resource_path

APP_ICON = "app/mailup-gui"


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg``, e.g. ``icon("send")``. A missing file gives an empty icon
    and a warning: a packaging slip shows as a blank button, not a crash."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():
        warnings.warn(f"no icon named {name!r} at {path}", stacklevel=2)
        return QIcon()
    return QIcon(str(path))
