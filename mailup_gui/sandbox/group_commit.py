"""Committing the outbox's writes off the request path, several in one commit, and
checkpointing its WAL where no write waits for it.

The commit is most of what storing a message costs (the WAL frames of the table's pages and of
the AUTOINCREMENT counter's), and SQLite's automatic checkpoint, run by the commit that fills
the WAL past 1,000 pages, syncs the disk for milliseconds. So a write runs at once, inside a
transaction, which gives the message its id, and a thread of its own commits: at once for the
first write after a quiet moment, then at most once per ``INTERVAL``, all that was written
meanwhile together. The same thread checkpoints through a connection of its own, which holds
no write lock, at most once per ``CHECKPOINT_EVERY``.

Readers share the writer's connection (under its lock), so they see a write as soon as it is
made. Another process sees it once committed, and its own writes wait for that commit (SQLite's
busy timeout). A clean close commits what is left; a crash may lose the writes of the last
``INTERVAL``.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

INTERVAL = 0.02  # seconds
CHECKPOINT_EVERY = 1.0  # seconds

_log = logging.getLogger(__name__)


class GroupCommit:
    def __init__(self, db: sqlite3.Connection, path: Path, lock: threading.Lock) -> None:
        """``db`` is the WAL file at ``path``; ``lock`` serialises every use of ``db``."""
        self._db = db
        self._path = path
        self._lock = lock
        self._written = threading.Event()
        self._closing = threading.Event()
        self._thread: threading.Thread | None = None  # started by the first write
        db.execute("PRAGMA wal_autocheckpoint=0")  # the thread checkpoints instead

    def execute(self, sql: str, parameters: Any = ()) -> sqlite3.Cursor:
        """Run one write, committed shortly. The caller holds the lock."""
        if not self._db.in_transaction:
            self._db.execute("BEGIN IMMEDIATE")  # the write lock now: no upgrade to fail later
        cursor = self._db.execute(sql, parameters)
        if not self._written.is_set():  # cleared under the lock: the commit to come takes it
            self._written.set()
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._commit_what_is_written, name="mailup-sandbox-commit", daemon=True
            )
            self._thread.start()
        return cursor

    def close(self) -> None:
        """Commit what is written and stop the thread. The caller does not hold the lock."""
        if self._closing.is_set():
            return  # closed already
        self._closing.set()
        self._written.set()
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            self._commit()

    def _commit_what_is_written(self) -> None:
        checkpointer = sqlite3.connect(self._path, isolation_level=None)
        checkpointed, behind = time.monotonic(), False  # behind: commits not checkpointed
        try:
            while True:
                if not self._written.wait(CHECKPOINT_EVERY if behind else None):
                    checkpointed, behind = _checkpoint(checkpointer), False  # quiet since
                    continue
                with self._lock:
                    self._written.clear()
                    self._commit()
                behind = True
                if time.monotonic() - checkpointed >= CHECKPOINT_EVERY:
                    checkpointed, behind = _checkpoint(checkpointer), False
                if self._closing.wait(INTERVAL):  # the writes meanwhile commit together
                    return
        finally:
            checkpointer.close()

    def _commit(self) -> None:
        if not self._db.in_transaction:
            return
        try:
            self._db.execute("COMMIT")
        except sqlite3.Error:
            _log.exception("the outbox could not store its latest writes")
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")


def _checkpoint(db: sqlite3.Connection) -> float:
    """Copy the WAL into the file so far as no reader needs it (PASSIVE: it waits for no one);
    when it ended (``time.monotonic``)."""
    try:
        db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.Error:
        _log.exception("the outbox's WAL could not be checkpointed")
    return time.monotonic()
