"""What the main window adds to its frame after the first paint, none of it in that picture:
the icons of its toolbar and tabs (the SVG plugin and the rendering cost a few ms) and its key
shortcuts (binding one makes PySide create ~100 enum types, ≈20 ms)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from .icons import icon

if TYPE_CHECKING:
    from .main_window import MainWindow

_TAB_ICONS = ("compose", "templates", "dashboard", "outbox", "journal")  # in the tabs' order


def install_icons(window: MainWindow) -> None:
    # Words beside the icons: support staff should not have to guess what a symbol does.
    window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action, name in (
        (window.profiles_action, "profiles"),
        (window.test_action, "test-connection"),
        (window.screen_share_action, "screen-share"),
        (window.about_action, "about"),
    ):
        action.setIcon(icon(name))
    for index, name in enumerate(_TAB_ICONS):
        window.tabs.setTabIcon(index, icon(name))


def install_shortcuts(bindings: list[tuple[QAction, str]]) -> None:
    """Each action's key sequence; the list emptied."""
    for action, keys in bindings:
        action.setShortcut(QKeySequence(keys))
    bindings.clear()
