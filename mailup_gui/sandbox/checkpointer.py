"""Checkpointing the outbox's WAL where no send waits for it.

Each write commits before the sandbox answers (a 200 means the message is stored: a crash or a
kill -9 right after loses nothing answered). What a send must not pay for is SQLite's automatic
checkpoint, run by the commit that fills the WAL past 1,000 pages: it syncs the disk for
milliseconds (28 % of the outbox's time, and its slowest sends). So it is off, and a thread
checkpoints instead, through a connection of its own that holds no write lock: at most once per
``CHECKPOINT_EVERY`` while writes go on, and once more after the last of them.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

CHECKPOINT_EVERY = 1.0  # seconds

_log = logging.getLogger(__name__)


class Checkpointer:
    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        """``db`` is the writers' connection to the WAL file at ``path``."""
        self._path = path
        self._written = threading.Event()
        self._closing = threading.Event()
        self._thread: threading.Thread | None = None  # started by the first write
        db.execute("PRAGMA wal_autocheckpoint=0")  # the thread checkpoints instead

    def written(self) -> None:
        """A write was committed: checkpoint it soon."""
        if not self._written.is_set():
            self._written.set()
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._checkpoint_what_is_written,
                name="mailup-sandbox-checkpoint",
                daemon=True,
            )
            self._thread.start()

    def close(self) -> None:
        """Stop the thread (SQLite checkpoints the rest when the last connection closes)."""
        self._closing.set()
        self._written.set()
        if self._thread is not None:
            self._thread.join()

    def _checkpoint_what_is_written(self) -> None:
        checkpointer = sqlite3.connect(self._path, isolation_level=None)
        try:
            while True:
                self._written.wait()
                if self._closing.is_set():
                    return
                # the writes of the next second share this checkpoint
                if self._closing.wait(CHECKPOINT_EVERY):
                    return
                self._written.clear()
                _checkpoint(checkpointer)
        finally:
            checkpointer.close()


def _checkpoint(db: sqlite3.Connection) -> None:
    """Copy the WAL into the file so far as no reader needs it (PASSIVE: it waits for no one)."""
    try:
        db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error:
        _log.exception("the outbox's WAL could not be checkpointed")
