"""The one-word state of an SMTP+ user derived from its UserInfo."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # keeps msgspec off the GUI's start-up path
    from .dto import UserInfo


class UserState(enum.Enum):
    ACTIVE = "active"
    DISABLED = "disabled"
    ADMIN_BLOCKED = "blocked by admin"
    BLOCKED_UNTIL = "blocked until"


@dataclass(frozen=True)
class UserStatus:
    state: UserState
    until: datetime | None = None

    @property
    def can_send(self) -> bool:
        return self.state is UserState.ACTIVE


def user_status(info: UserInfo, now: datetime | None = None) -> UserStatus:
    """Same precedence as MailUp's codes: disabled (103), admin block (104), blocked until (105)."""
    now = now or datetime.now(UTC)
    if not info.is_enabled:
        return UserStatus(UserState.DISABLED)
    if info.admin_block:
        return UserStatus(UserState.ADMIN_BLOCKED)
    if info.block_until is not None and info.block_until > now:
        return UserStatus(UserState.BLOCKED_UNTIL, info.block_until)
    return UserStatus(UserState.ACTIVE)
