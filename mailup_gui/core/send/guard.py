"""Whether a send may go ahead, given the last known status of the profile's own SMTP+ user.

MailUp would refuse it anyway (103/104/105); stopping before the request tells the user why
and, for a block with an end, when sending works again. MailUp checks the block when the
request arrives, so a send scheduled for after the block is refused just the same: the app
offers a reminder at that time instead, never a scheduled send.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ...api.userstatus import UserState, UserStatus

RETRY_MARGIN = timedelta(minutes=1)  # MailUp's clock and ours may differ a little


class Action(enum.Enum):
    PROCEED = "proceed"
    REFUSE = "refuse"  # disabled or blocked by an admin: waiting does not help
    WAIT = "wait"  # blocked until a known time: it can be sent again after it


@dataclass(frozen=True)
class Verdict:
    action: Action
    status: UserStatus | None = None
    sendable_at: datetime | None = None  # WAIT: when a send will be accepted again


def decide(status: UserStatus | None, now: datetime | None = None) -> Verdict:
    """Unknown or active users proceed: the send guard never blocks on missing knowledge."""
    now = now or datetime.now(UTC)
    if status is None or status.state is UserState.ACTIVE:
        return Verdict(Action.PROCEED, status)
    if status.state is UserState.BLOCKED_UNTIL:
        if status.until is None or status.until <= now:
            return Verdict(Action.PROCEED, status)
        return Verdict(Action.WAIT, status, status.until + RETRY_MARGIN)
    return Verdict(Action.REFUSE, status)
