"""Opening the app's SQLite files the same way everywhere: WAL, created on first use."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path


class SqliteFile:
    """One connection shared by the GUI and worker threads, serialised by a lock."""

    def __init__(self, path: Path, schema: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL survives an app crash
        self._db.executescript(schema)
        self.lock = threading.RLock()

    def execute(self, sql: str, parameters: tuple | dict = ()) -> sqlite3.Cursor:
        with self.lock:
            return self._db.execute(sql, parameters)

    def query(self, sql: str, parameters: tuple | dict = ()) -> list[sqlite3.Row]:
        with self.lock:
            return self._db.execute(sql, parameters).fetchall()

    def close(self) -> None:
        with self.lock:
            self._db.close()
