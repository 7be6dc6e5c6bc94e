"""The first-start welcome: what the local sandbox is and how to add a real account.

It speaks of the local sandbox, so it shows only on the sandbox profile (on a real account's
profile it would be wrong, and falsely reassuring), until the user dismisses it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from ..core.account.profiles import Endpoint, Profile
from ..core.storage.settings import SettingsStore
from .widgets.notice_board import NoticeBoard


class WelcomeNotice(QObject):
    def __init__(
        self, board: NoticeBoard, settings: SettingsStore, add_account: Callable[[], None]
    ) -> None:
        super().__init__(board)
        self._settings = settings
        self.notice = board.notice(None, "welcome", "info")
        self.notice.set_message(
            self.tr(
                "<b>Welcome to mailup-gui.</b> You are on the <b>local sandbox</b>: a "
                "MailUp-compatible server running inside this app. Messages sent here never "
                "leave your computer — they appear in the Outbox pane — and the demo SMTP+ "
                "users show every state (active, blocked, disabled). To work on a real account, "
                "add a profile with the customer's SMTP+ username and secret from the MailUp "
                "console (Settings ▸ SMTP+ users); its secret is stored in your system keyring "
                "and its badge turns red: PRODUCTION."
            )
        )
        self.add_account = self.notice.add_action(self.tr("Add a MailUp SMTP+ user…"), add_account)
        self.got_it = self.notice.add_action(self.tr("Got it"), self.dismiss)

    def follow(self, profile: Profile | None) -> None:
        on_sandbox = profile is None or profile.endpoint is Endpoint.SANDBOX
        self.notice.setVisible(on_sandbox and not self._settings.value.welcome_dismissed)

    def show(self) -> None:
        """Help ▸ Welcome: again, dismissed or not."""
        self.notice.show()

    def dismiss(self) -> None:
        self.notice.hide()
        self._settings.update(welcome_dismissed=True)
