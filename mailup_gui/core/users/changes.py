"""One ListUserInfo answer of a profile, and what changed between two answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from ...api.userstatus import UserStatus, user_status

if TYPE_CHECKING:
    from ...api.dto import UserInfo


@dataclass(frozen=True)
class Transition:
    """A user's status changed between two answers; ``new`` None: MailUp stopped listing it."""

    username: str
    old: UserStatus
    new: UserStatus | None


@dataclass(frozen=True)
class Snapshot:
    """One ListUserInfo answer of a profile and when it arrived."""

    users: tuple[UserInfo, ...]
    fetched_at: datetime
    by_name: dict[str, UserInfo] = field(repr=False, compare=False)

    @classmethod
    def of(cls, users: Sequence[UserInfo], fetched_at: datetime) -> Snapshot:
        return cls(tuple(users), fetched_at, {u.username.casefold(): u for u in users})

    def status_of(self, username: str, now: datetime | None = None) -> UserStatus | None:
        user = self.by_name.get(username.casefold())
        return user_status(user, now or datetime.now(UTC)) if user else None


def transitions(previous: Snapshot, current: Snapshot) -> list[Transition]:
    """Users whose status differs between two answers, each judged at its own fetch time
    (so a block that ran out in between counts as a change). New users are not changes."""
    changes = []
    for user in current.users:
        before = previous.by_name.get(user.username.casefold())
        if before is None:
            continue
        old = user_status(before, previous.fetched_at)
        new = user_status(user, current.fetched_at)
        if old != new:
            changes.append(Transition(user.username, old, new))
    for user in previous.users:
        if user.username.casefold() not in current.by_name:
            changes.append(Transition(user.username, user_status(user, previous.fetched_at), None))
    return changes
