"""The main window's own notices, on its notice board: a first start's welcome, the damaged
files', the keyring's and the sandbox's. None is in the first picture: the window makes this
right after its first paint, with the two that may show at start (the welcome, the damaged
files'); the other two, hidden at start, are made the first time they are needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..core.storage.damaged import damaged_files
from .core_texts import translated
from .damaged_notice import DamagedFilesNotice
from .welcome import WelcomeNotice
from .widgets.notice_board import Notice

if TYPE_CHECKING:
    from ..core.account.profiles import Profile
    from ..core.account.secrets import KeyringHealth
    from .main_window import MainWindow


class WindowNotices:
    def __init__(self, window: MainWindow) -> None:
        """``window``'s notices, on its context's board, the welcome following its profile."""
        context = window.context
        self._board = board = context.notice_board
        self._check_keyring = window.probe_keyring
        self._start_sandbox = lambda: context.sandbox.start()
        self.welcome = WelcomeNotice(
            board, context.settings, lambda: window.open_profiles(new=True)
        )
        self.follow(context.profiles.active)
        # every file set aside this session, those before it too, and the settings that fell back
        self.damaged = DamagedFilesNotice(damaged_files(), board)
        self.damaged.show_fallbacks(context.settings.fallbacks)

    def follow(self, profile: Profile | None) -> None:
        """Another profile is the active one, or the active one changed."""
        self.welcome.follow(profile)

    def built(self, name: str) -> bool:
        return self._board.find(None, name) is not None

    @property
    def keyring(self) -> Notice:
        check = QCoreApplication.translate("MainWindow", "Check again")
        return self._made("keyring", "warning", check, self._check_keyring)

    @property
    def sandbox(self) -> Notice:
        again = QCoreApplication.translate("MainWindow", "Try again")
        return self._made("sandbox", "error", again, self._start_sandbox)

    def tell_keyring(self, health: KeyringHealth) -> None:
        """What a probe of the keyring found: a warning while there is none, gone once there is."""
        if health.available:
            if self.built("keyring"):
                self.keyring.hide()
            return
        words = QCoreApplication.translate(
            "MainWindow",
            "<b>No usable system keyring.</b> {why} Secrets you enter are kept in memory for "
            "this session only, and only if you choose so — never written to a file.",
        )
        self.keyring.set_message(words.format(why=translated(health.problem)))
        self.keyring.show()

    def tell_sandbox(self, failure: str | None) -> None:
        """The embedded sandbox listens (None), or why it could not start."""
        if failure is None:
            if self.built("sandbox"):
                self.sandbox.hide()
            return
        from html import escape

        self.sandbox.set_message(f"<b>{escape(failure)}</b>")
        self.sandbox.show()

    def _made(self, name: str, kind: str, action: str, callback: Callable[[], None]) -> Notice:
        made = self.built(name)
        notice = self._board.notice(None, name, kind)
        if not made:  # the action's words keep the translation context they had in the window
            notice.add_action(action, callback)
        return notice
