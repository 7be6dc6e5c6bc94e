"""A new language at once: the translators swapped and the window built again in its place.

Every label is worded once, when its widget is built, so the window is rebuilt rather than
retranslated widget by widget. What outlives the window stays in the context (the sandbox, the
tasks, the notices, the profiles); the drafts go to disk first and the new panes restore them,
so nothing typed is lost. Dialogs open over the old window close with it.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .i18n import install_translators
from .widgets.notice_board import NoticeBoard

if TYPE_CHECKING:
    from .main_window import MainWindow


def switch_language(window: MainWindow, choice: str) -> MainWindow:
    """Speak ``choice`` ("" follows the system) from now on; returns the new window."""
    app = QCoreApplication.instance()
    assert app is not None  # a window exists, so does the app
    install_translators(app, choice)
    return rebuild_window(window)


def rebuild_window(old: MainWindow) -> MainWindow:
    """A window like ``old`` (geometry, pane, profile, drafts) worded in today's language."""
    from .main_window import MainWindow

    old.retire()  # the drafts, unsaved edits too, for the new panes to restore
    # The notices hold the old widgets' words and callbacks: the new window makes its own. The
    # old board goes with the old window, and its notices' listeners (damaged files) with it.
    old.context.notice_board.setParent(old)
    old.context.notice_board = NoticeBoard()
    new = MainWindow(old.context)
    new.setGeometry(old.geometry())  # the client area, where the old one's was
    new.setWindowState(old.windowState())  # maximised or full screen, as it was
    new.tabs.setCurrentIndex(old.tabs.currentIndex())
    for old_page, new_page in (
        (old.compose_page, new.compose_page),
        (old.templates_page, new.templates_page),
    ):
        if old_page.built is not None:  # its draft back now, as the user left it
            new_page.pane().form.result.hide()  # no "restored" news: nothing went away
    old.replaced.emit(new)  # the app's hooks (errors, second starts, signals) follow it
    new.show()  # before the old one goes: no moment without a window, which would quit
    new.start_order.after_paint(new.start_services)
    old.hide()  # not close(): that stops the sandbox, which the new window keeps using
    old.deleteLater()  # once back in the event loop: the slot that asked may be its dialog's
    gc.unfreeze()  # the old window's objects, set apart at start (app.py), may be collected
    return new


class ShownWindow:
    """The window on screen, and the one a language change builds in its place: what must
    reach the window (errors, second starts, quit signals) asks here. Holds it, as nothing
    else holds a top-level window."""

    def __init__(self, window: MainWindow, on_shown: Callable[[MainWindow], None]) -> None:
        self._on_shown = on_shown
        self.window = window
        self._follow(window)

    def _follow(self, window: MainWindow) -> None:
        self.window = window
        self._on_shown(window)
        window.replaced.connect(self._follow)
