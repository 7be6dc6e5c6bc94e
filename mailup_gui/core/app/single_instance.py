"""One app per data folder: two copies on the same files would overwrite each other's changes.

The first start holds a lock file in the data folder for its whole life; the OS releases it
however the process ends, so a crashed instance's lock is simply taken over. A later start
hands its request (a profile to switch to) to the running app through a local socket named
after the folder, and exits. The socket itself is the UI's (QtNetwork); the rules are here.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..account.profiles import ProfileStore

LOCK_NAME = "instance.lock"


class InstanceLock:
    """Held while the object lives (or until ``release``)."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd = fd
        self.path = path

    @classmethod
    def acquire(cls, folder: Path) -> InstanceLock | None:
        """The lock, or None when another running process holds it. Cheap: one open and one
        lock call, on the path to the first paint."""
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / LOCK_NAME
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)  # not inherited by child processes
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # for a person wondering who holds it
        return cls(fd, path)

    def release(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)  # closing releases the lock
            self._fd = -1


if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def server_name(folder: Path) -> str:
    """The local socket's name: the same for every start on ``folder``, short enough for a
    Unix socket path, and telling nothing of the folder to other users."""
    import hashlib  # OpenSSL's 3 MiB: not on the path to the first paint, where the lock is

    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24]
    return f"mailup-gui-{digest}"


@dataclass(frozen=True)
class HandOver:
    """What a second start asks of the running app (besides coming to the front)."""

    profile: str | None = None  # --profile NAME
    sandbox: bool = False  # --sandbox


def unknown_profile(profiles: ProfileStore, name: str) -> str:
    """The refusal of ``--profile NAME`` with no such profile, at start or handed over."""
    names = ", ".join(profile.name for profile in profiles.all())
    return f"no profile named {name!r}. Profiles: {names}"


def encode_hand_over(request: HandOver) -> bytes:
    return json.dumps(asdict(request)).encode() + b"\n"


def decode_hand_over(data: bytes) -> HandOver | None:
    """None for anything that is not a request of ours (the socket is open to this user's
    other programs)."""
    try:
        raw = json.loads(data)
        profile, sandbox = raw["profile"], raw["sandbox"]
    except (ValueError, TypeError, KeyError):
        return None
    if not (profile is None or isinstance(profile, str)) or not isinstance(sandbox, bool):
        return None
    return HandOver(profile, sandbox)


def encode_answer(error: str | None) -> bytes:
    """The running app's answer: None when done, else why not (printed by the second start)."""
    return json.dumps({"error": error}).encode() + b"\n"


def decode_answer(data: bytes) -> str | None:
    try:
        error = json.loads(data)["error"]
    except (ValueError, TypeError, KeyError):
        return "the running mailup-gui gave an answer this version does not understand"
    return error if isinstance(error, str) else None
