"""Log files that stay small: each is capped at ``MAX_BYTES`` and rotated, ``BACKUPS`` older
ones kept beside it (``sandbox.log.1`` …). Shared by the app's error log and the sandbox's
access log, so it imports nothing of the app.
"""

from __future__ import annotations

import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUPS = 3


class _StderrFollowing(RotatingFileHandler):
    """Also points the process's stderr (fd 2) at the current file, after every rotation, so
    that a traceback lands where the log is and no unrotated file grows beside it."""

    def __init__(self, path: Path, max_bytes: int) -> None:
        super().__init__(path, maxBytes=max_bytes, backupCount=BACKUPS, encoding="utf-8")
        self._follow()

    def doRollover(self) -> None:
        super().doRollover()
        self._follow()

    def _follow(self) -> None:
        if self.stream is not None:
            self.stream.flush()
            os.dup2(self.stream.fileno(), 2)


def rotating_handler(
    path: Path, *, stderr_follows: bool = False, max_bytes: int | None = None
) -> RotatingFileHandler:
    max_bytes = max_bytes or MAX_BYTES
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    if stderr_follows:
        return _StderrFollowing(path, max_bytes)
    return RotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
