"""Opening an SQLite file the same way everywhere (the app's stores and the sandbox's outbox):
WAL, created on first use, and checked the first time this process opens it.

A file that is not a readable database (not SQLite at all, truncated, a corrupted page, a
folder or a file SQLite cannot open in its place) or whose tables lack columns the schema needs
is set aside (``set_aside``) and a fresh one is made, so that one damaged file never disables a
pane. Errors that say nothing about the file's content (locked, read-only, disk full) are
raised as they are.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from .set_aside import set_aside

_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_checked: set[Path] = set()  # checked by this process: a later open skips the scan
_checked_lock = threading.Lock()


class _Damaged(Exception):
    pass


def open_database(path: Path, schema: str) -> tuple[sqlite3.Connection, Path | None]:
    """A connection usable from any thread (callers serialise it), rows as ``sqlite3.Row``;
    and where a damaged file was set aside, if it was."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    _make_private(path)
    key = path.resolve()
    with _checked_lock:  # one thread checks (and repairs) a file while the others wait
        try:
            db, aside = _open(path, schema, check=key not in _checked), None
        except _Damaged:
            aside = set_aside(path)
            db = _open(path, schema, check=False)
        _checked.add(key)
        return db, aside


def _make_private(path: Path) -> None:
    """The file the user's alone (0600) before SQLite opens it: its -wal and -shm get the
    same permissions. A folder in place of the file is left for ``_open`` to find."""
    if os.name == "posix" and not path.is_dir():
        try:
            path.touch(mode=0o600, exist_ok=True)
            path.chmod(0o600)
        except OSError:
            pass  # another user's file: SQLite cannot open it either, and it is set aside


def _open(path: Path, schema: str, check: bool) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    except sqlite3.OperationalError as error:
        _raise_if_unopenable(path, error)
        raise
    try:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL survives an app crash
        if check and db.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
            raise _Damaged
        try:
            db.executescript(schema)
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode != sqlite3.SQLITE_ERROR:  # locked, read-only, full…
                raise
            raise _Damaged from error  # e.g. an index on a column the file's table lacks
        if check and _lacks_columns(db, schema):
            raise _Damaged
    except sqlite3.DatabaseError as error:
        db.close()
        if error.sqlite_errorcode & 0xFF in _DAMAGE_CODES:
            raise _Damaged from error
        _raise_if_unopenable(path, error)
        raise
    except _Damaged:
        db.close()
        raise
    db.row_factory = sqlite3.Row
    return db


def _raise_if_unopenable(path: Path, error: sqlite3.Error) -> None:
    """A folder, or a file SQLite may not open, where the database should be: damaged."""
    if error.sqlite_errorcode & 0xFF == sqlite3.SQLITE_CANTOPEN and path.exists():
        raise _Damaged from error


def _lacks_columns(db: sqlite3.Connection, schema: str) -> bool:
    """Whether a table of ``schema`` is in the file without all its columns (a table made by
    something else, or a schema this version cannot migrate)."""
    wanted = sqlite3.connect(":memory:")
    try:
        wanted.executescript(schema)
        tables = [
            row[0] for row in wanted.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return any(_columns(wanted, table) - _columns(db, table) for table in tables)
    finally:
        wanted.close()


def _columns(db: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in db.execute("SELECT * FROM pragma_table_info(?)", (table,))}
