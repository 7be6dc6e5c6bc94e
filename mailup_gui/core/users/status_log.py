"""The local status log: one JSON line per change of an SMTP+ user's status.

JSON lines rather than SQLite: entries are only appended and read back whole, and a support
person can open the file in any editor. No secrets: only names, states and times.
"""

from __future__ import annotations

import json
import os
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ... import paths

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from ...api.userstatus import UserStatus
    from ..account.profiles import Profile
    from .changes import Transition

NOT_LISTED = "not listed"  # MailUp stopped listing the user (deleted, or moved to another List)


@dataclass(frozen=True)
class LogEntry:
    at: str  # ISO 8601 with offset
    profile_id: str
    profile: str
    username: str
    old: str
    new: str
    old_until: str | None = None
    new_until: str | None = None


def _ends_a_line(file: BinaryIO) -> bool:
    file.seek(-1, os.SEEK_END)
    return file.read(1) == b"\n"


def _state(status: UserStatus | None) -> str:
    return status.state.value if status else NOT_LISTED


def _until(status: UserStatus | None) -> str | None:
    return status.until.isoformat() if status and status.until else None


class StatusLog:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "status-log.jsonl"
        self._lock = threading.Lock()

    def append(self, profile: Profile, changes: Sequence[Transition], at: datetime) -> None:
        if not changes:
            return
        lines = "".join(
            json.dumps(
                asdict(
                    LogEntry(
                        at=at.isoformat(timespec="seconds"),
                        profile_id=profile.id,
                        profile=profile.name,
                        username=change.username,
                        old=_state(change.old),
                        new=_state(change.new),
                        old_until=_until(change.old),
                        new_until=_until(change.new),
                    )
                ),
                ensure_ascii=False,
            )
            + "\n"
            for change in changes
        )
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a+b") as out:  # appends, whatever the position read from
                if out.tell() and not _ends_a_line(out):
                    lines = "\n" + lines  # after a line a crash cut short, not glued to it
                out.write(lines.encode())

    def entries(self) -> list[LogEntry]:
        """Every entry, oldest first; a damaged line (cut by a crash, overwritten, not even
        UTF-8) is skipped: the others still count, and appending goes on."""
        with self._lock:
            try:
                data = self.path.read_bytes()
            except FileNotFoundError:
                return []
        found = []
        for line in data.splitlines():
            try:
                found.append(LogEntry(**json.loads(line)))
            except (ValueError, TypeError):  # UnicodeDecodeError is a ValueError
                continue
        return found
