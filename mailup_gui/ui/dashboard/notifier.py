"""Telling the user that an SMTP+ user changed state, as desktop notifications (ui.notices).

``notified`` fires for every notification.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ...core.account.profiles import Profile
from ..describe import state_label, status_text
from ..notices import DesktopNotices
from ..privacy import Privacy

if TYPE_CHECKING:
    from ...core.users.changes import Transition
    from ...core.users.poll import PollResult

MAX_SEPARATE = 3  # more changes at once get one summary, not a flood of pop-ups


class Notifier(QObject):
    notified = Signal(str, str)  # title, text

    def __init__(
        self, notices: DesktopNotices, privacy: Privacy, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._notices = notices
        self._privacy = privacy

    def announce(self, result: PollResult) -> None:
        changes = result.transitions
        for change in changes[:MAX_SEPARATE]:
            self.notify(*self._words(change, result.profile))
        if len(changes) > MAX_SEPARATE:
            self.notify(
                self.tr("{count} more SMTP+ users changed state").format(
                    count=len(changes) - MAX_SEPARATE
                ),
                self.tr("Profile “{profile}”: see the Dashboard and the status log.").format(
                    profile=self._privacy.name(result.profile.name)
                ),
            )

    def _words(self, change: Transition, profile: Profile) -> tuple[str, str]:
        user = self._privacy.username(change.username)
        name = self._privacy.name(profile.name)  # often a customer's
        if change.new is None:
            return (
                self.tr("{user} is no longer listed").format(user=user),
                self.tr(
                    "MailUp stopped listing it: deleted, or moved to another List. "
                    "Profile “{profile}”."
                ).format(profile=name),
            )
        return (
            self.tr("{user}: {state}").format(user=user, state=state_label(change.new)),
            self.tr("Was {old}. {meaning}. Profile “{profile}”.").format(
                old=state_label(change.old), meaning=status_text(change.new), profile=name
            ),
        )

    def notify(self, title: str, text: str) -> None:
        self._notices.notify(title, text)
        self.notified.emit(title, text)
