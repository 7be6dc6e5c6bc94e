"""One app per data folder: two copies on the same files would overwrite each other's changes.

The first start holds a lock file in the data folder for its whole life; the OS releases it
however the process ends, so a crashed instance's lock is simply taken over. A start that
cannot take it hands over to the running app (``single_instance.py``). Taken before the first
paint, so it imports next to nothing.
"""

from __future__ import annotations

import os
from pathlib import Path

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
