"""Whether a send may go ahead, given the last known status of the profile's own SMTP+ user.

MailUp would refuse it anyway (103/104/105); stopping before the request tells the user why
and, for a block with an end, offers to schedule the message after it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ..api.userstatus import UserState, UserStatus

SCHEDULE_MARGIN = timedelta(minutes=1)  # MailUp's clock and ours may differ a little


class Action(enum.Enum):
    PROCEED = "proceed"
    REFUSE = "refuse"  # disabled or blocked by an admin: waiting does not help
    OFFER_SCHEDULE = "offer schedule"  # blocked until a known time


@dataclass(frozen=True)
class Verdict:
    action: Action
    status: UserStatus | None = None
    schedule_after: datetime | None = None


def decide(status: UserStatus | None, now: datetime | None = None) -> Verdict:
    """Unknown or active users proceed: the send guard never blocks on missing knowledge."""
    now = now or datetime.now(UTC)
    if status is None or status.state is UserState.ACTIVE:
        return Verdict(Action.PROCEED, status)
    if status.state is UserState.BLOCKED_UNTIL:
        if status.until is None or status.until <= now:
            return Verdict(Action.PROCEED, status)
        return Verdict(Action.OFFER_SCHEDULE, status, status.until + SCHEDULE_MARGIN)
    return Verdict(Action.REFUSE, status)
