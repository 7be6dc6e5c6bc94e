"""What the app last learned about the SMTP+ users of each profile.

The dashboard's poller writes here from its worker thread; the send guard reads from the GUI
thread. Made on first use, after the window's first paint; light all the same: the answers
and their diff (``user_changes``) load with the first answer.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from ...api.dto import UserInfo
    from ...api.userstatus import UserStatus
    from ..account.profiles import Profile
    from .changes import Snapshot, Transition


class KnownUserStates:
    """The last ListUserInfo answer per profile id. Thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._snapshots: dict[str, Snapshot] = {}

    def update(self, profile_id: str, users: Sequence[UserInfo], at: datetime) -> list[Transition]:
        """Remember a new answer; the changes since the previous one (none for the first)."""
        from .changes import Snapshot, transitions

        current = Snapshot.of(users, at)
        with self._lock:
            previous = self._snapshots.get(profile_id)
            self._snapshots[profile_id] = current
        return transitions(previous, current) if previous else []

    def snapshot(self, profile_id: str) -> Snapshot | None:
        with self._lock:
            return self._snapshots.get(profile_id)

    def own_user(self, profile: Profile) -> UserInfo | None:
        """The profile's own SMTP+ user as last listed (its senders and domains, notes...)."""
        snapshot = self.snapshot(profile.id)
        return snapshot.by_name.get(profile.username.casefold()) if snapshot else None

    def own_status(self, profile: Profile, now: datetime | None = None) -> UserStatus | None:
        """The profile's own SMTP+ user as last seen, judged now; None when never seen."""
        snapshot = self.snapshot(profile.id)
        return snapshot.status_of(profile.username, now) if snapshot else None
