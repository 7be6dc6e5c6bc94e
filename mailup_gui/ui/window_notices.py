"""The main window's own notices that are hidden at start: the keyring's, the damaged files'
and the sandbox's. Each is made the first time it is needed, after the first paint (the
damaged files' module is imported then), on the window's notice board.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .widgets.notice_board import Notice, NoticeBoard

if TYPE_CHECKING:
    from ..core.storage.settings import SettingsStore
    from .damaged_notice import DamagedFilesNotice


class WindowNotices:
    def __init__(
        self,
        board: NoticeBoard,
        check_keyring: Callable[[], None],
        start_sandbox: Callable[[], None],
        settings: SettingsStore,
    ) -> None:
        """``settings``: whose entries that fell back the damaged-files notice tells of too."""
        self._board = board
        self._check_keyring = check_keyring
        self._start_sandbox = start_sandbox
        self._settings = settings
        self._damaged: DamagedFilesNotice | None = None

    def built(self, name: str) -> bool:
        return self._board.find(None, name) is not None

    @property
    def keyring(self) -> Notice:
        check = QCoreApplication.translate("MainWindow", "Check again")
        return self._made("keyring", "warning", check, self._check_keyring)

    @property
    def damaged(self) -> DamagedFilesNotice:
        """Tells of every file set aside this session, those before it was made too, and the
        settings that fell back."""
        if self._damaged is None:
            from ..core.storage.damaged import damaged_files
            from .damaged_notice import DamagedFilesNotice

            self._damaged = DamagedFilesNotice(damaged_files(), self._board)
            self._damaged.show_fallbacks(self._settings.fallbacks)
        return self._damaged

    @property
    def sandbox(self) -> Notice:
        again = QCoreApplication.translate("MainWindow", "Try again")
        return self._made("sandbox", "error", again, self._start_sandbox)

    def _made(self, name: str, kind: str, action: str, callback: Callable[[], None]) -> Notice:
        made = self.built(name)
        notice = self._board.notice(None, name, kind)
        if not made:  # the action's words keep the translation context they had in the window
            notice.add_action(action, callback)
        return notice
