"""The app's SQLite stores: one checked connection per store, reports of a set-aside file."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from ...sqlite_files import open_database
from .damaged import DamagedFile, damaged_files


class SqliteFile:
    """One connection shared by the GUI and worker threads, serialised by a lock.

    ``lost`` says what a fresh start lacks if the file was damaged and had to be set aside
    (a marked text, e.g. "earlier journal entries"); the window tells the user.
    """

    def __init__(self, path: Path, schema: str, lost: str) -> None:
        self.path = path
        self._db, kept_as = open_database(path, schema)
        if kept_as is not None:
            damaged_files().report(DamagedFile(path, kept_as, lost))
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
