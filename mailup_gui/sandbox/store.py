"""The outbox: every accepted message, in a SQLite file (WAL), as the sandbox's "delivery".

Rows are never changed, only added or cleared, and ids are never reused, so a client that
remembers an id never sees another message under it: a delete or a clear first writes down the
highest id so far (``retired_ids``), and a new message takes the next id above it. Not SQLite's
AUTOINCREMENT, which writes a page of its own in every send's commit; an outbox table made with
it (by an earlier version) is kept as it is, and SQLite numbers its messages as before.

The one exception to "never changed" is the .eml: a message may be added with what it is built
from (``mime_source``, kept in the ``eml`` column behind a marker no MIME message starts with),
and the .eml is built and written once, when it is first read.

Each write is committed before it returns, so a message the sandbox answered for is in the
file whatever happens next; the WAL is checkpointed by ``Checkpointer``, off the request path.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import msgspec

from ..sqlite_files import open_database
from . import SandboxError
from .checkpointer import Checkpointer

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,
    method TEXT NOT NULL,
    username TEXT NOT NULL,
    template_id INTEGER,
    subject TEXT NOT NULL,
    recipients TEXT NOT NULL,
    status TEXT NOT NULL,
    scheduled_for TEXT,
    request TEXT NOT NULL,
    html TEXT,
    text TEXT,
    dropped_headers TEXT NOT NULL,
    eml BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS retired_ids (one INTEGER PRIMARY KEY CHECK (one = 1), up_to INTEGER)
"""
_UNBUILT = b"\x00mime-source\x00"  # an eml column starting so holds what to build it from
_SUMMARY = (
    "id, received_at, method, username, template_id, subject, recipients, status, scheduled_for"
)
_DETAIL = f"{_SUMMARY}, request, html, text, dropped_headers"
_JSON_COLUMNS = ("recipients", "request", "dropped_headers")


class StoreError(SandboxError):
    """The outbox database cannot be opened."""


class WriteError(SandboxError):
    """A write to the outbox failed (disk full, file read-only…): nothing of it was stored."""


class OutboxEntry(msgspec.Struct, frozen=True):
    """One accepted message. ``request`` is the request JSON without the secret."""

    received_at: str
    method: str
    username: str
    template_id: int | None
    subject: str
    recipients: list[dict[str, Any]]
    status: str
    scheduled_for: str | None
    request: dict[str, Any]
    html: str | None
    text: str | None
    dropped_headers: list[str]
    eml: bytes


_COLUMNS = ", ".join(OutboxEntry.__struct_fields__)
_VALUES = ", ".join("?" for _ in OutboxEntry.__struct_fields__)
_INSERT_NUMBERED_BY_SQLITE = f"INSERT INTO outbox ({_COLUMNS}) VALUES ({_VALUES})"
_HIGHEST_ID = (
    "SELECT max(coalesce(max(id), 0), coalesce((SELECT up_to FROM retired_ids), 0)) FROM outbox"
)
_INSERT = f"INSERT INTO outbox (id, {_COLUMNS}) VALUES (({_HIGHEST_ID}) + 1, {_VALUES})"
_RETIRE_IDS = f"INSERT OR REPLACE INTO retired_ids (one, up_to) VALUES (1, ({_HIGHEST_ID}))"
_JSON_FIELDS = [OutboxEntry.__struct_fields__.index(column) for column in _JSON_COLUMNS]
_EML_FIELD = OutboxEntry.__struct_fields__.index("eml")


class Outbox:
    def __init__(self, path: Path, build_eml: Callable[[bytes], bytes] | None = None) -> None:
        # Opened by the caller's thread, used by the server's: one lock serialises both. A
        # damaged file is set aside and a fresh one made; ``kept_as`` says where it went.
        try:
            self._db, self.kept_as = open_database(path, _SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"{path}: cannot open the outbox database ({error})") from None
        self._insert = _INSERT_NUMBERED_BY_SQLITE if _autoincrements(self._db) else _INSERT
        self._lock = threading.Lock()
        self._checkpointer = Checkpointer(self._db, path)
        self._build_eml = build_eml
        self._building: dict[int, tuple[threading.Lock, int]] = {}  # id: its lock, its readers

    def add(self, entry: OutboxEntry, mime_source: bytes | None = None) -> int:
        """Store a message; with ``mime_source`` its ``eml`` is built when first read."""
        row = list(msgspec.structs.astuple(entry))  # not deep; bound by position
        if mime_source is not None:
            row[_EML_FIELD] = _UNBUILT + mime_source
        for field in _JSON_FIELDS:
            row[field] = msgspec.json.encode(row[field]).decode()
        with self._lock:
            cursor = self._write(self._insert, row)
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def summaries(self, after: int = 0) -> list[dict[str, Any]]:
        """Every message with an id above ``after``, newest first, without the bodies."""
        after = min(after, _MAX_ID)  # no message has a larger id
        with self._lock:
            rows = self._db.execute(
                f"SELECT {_SUMMARY} FROM outbox WHERE id > ? ORDER BY id DESC", (after,)
            ).fetchall()
        return [_summary(_decoded(row)) for row in rows]

    def count(self) -> int:
        with self._lock:
            return self._db.execute("SELECT count(*) FROM outbox").fetchone()[0]

    def get(self, message_id: int) -> dict[str, Any] | None:
        """Everything about one message except the raw .eml."""
        if not _storable(message_id):
            return None
        with self._lock:
            row = self._db.execute(
                f"SELECT {_DETAIL} FROM outbox WHERE id = ?", (message_id,)
            ).fetchone()
        return _decoded(row) if row else None

    def eml(self, message_id: int) -> bytes | None:
        eml = self._stored_eml(message_id)
        if eml is None or not eml.startswith(_UNBUILT) or self._build_eml is None:
            return eml
        with self._build_lock(message_id):  # built and written once; other messages meanwhile
            eml = self._stored_eml(message_id)
            if eml is None or not eml.startswith(_UNBUILT):
                return eml
            eml = self._build_eml(eml[len(_UNBUILT) :])
            with self._lock:
                self._write("UPDATE outbox SET eml = ? WHERE id = ?", (eml, message_id))
            return eml

    @contextmanager
    def _build_lock(self, message_id: int) -> Iterator[None]:
        """One lock per message being built, dropped with its last reader."""
        with self._lock:
            lock, readers = self._building.get(message_id, (threading.Lock(), 0))
            self._building[message_id] = (lock, readers + 1)
        try:
            with lock:
                yield
        finally:
            with self._lock:
                readers = self._building[message_id][1] - 1
                if readers:
                    self._building[message_id] = (lock, readers)
                else:
                    del self._building[message_id]

    def _stored_eml(self, message_id: int) -> bytes | None:
        if not _storable(message_id):
            return None
        with self._lock:
            row = self._db.execute("SELECT eml FROM outbox WHERE id = ?", (message_id,)).fetchone()
        return bytes(row["eml"]) if row else None

    def delete(self, message_id: int) -> bool:
        """Delete one message; False when there was none with that id."""
        if not _storable(message_id):
            return False
        with self._lock:
            cursor = self._write("DELETE FROM outbox WHERE id = ?", (message_id,), retiring=True)
            return cursor.rowcount > 0

    def clear(self) -> int:
        """Delete every message; the number deleted."""
        with self._lock:
            return self._write("DELETE FROM outbox", retiring=True).rowcount

    def close(self) -> None:
        self._checkpointer.close()
        with self._lock:
            self._db.close()

    def _write(self, sql: str, parameters: Any = (), *, retiring: bool = False) -> sqlite3.Cursor:
        """Run one write, committed when it returns. ``retiring``: a delete, in one transaction
        with writing down the highest id so far, never to be given again. The caller holds the
        lock."""
        try:
            if not retiring:
                cursor = self._db.execute(sql, parameters)  # autocommit
            else:
                with self._db:  # BEGIN … COMMIT, or ROLLBACK when either fails
                    self._db.execute("BEGIN IMMEDIATE")
                    self._db.execute(_RETIRE_IDS)
                    cursor = self._db.execute(sql, parameters)
        except sqlite3.Error as error:
            raise WriteError(f"the outbox could not store it ({error})") from None
        self._checkpointer.written()
        return cursor


_MAX_ID = 2**63 - 1


def _storable(message_id: int) -> bool:
    """SQLite integers are 64-bit: a larger id is no message (not an OverflowError)."""
    return -_MAX_ID - 1 <= message_id <= _MAX_ID


def _autoincrements(db: sqlite3.Connection) -> bool:
    """Whether the file's outbox table was made with AUTOINCREMENT (by an earlier version)."""
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'outbox'")
    return "AUTOINCREMENT" in row.fetchone()[0].upper()


def _decoded(row: sqlite3.Row) -> dict[str, Any]:
    data = dict(row)
    for column in _JSON_COLUMNS:
        if column in data:
            data[column] = json.loads(data[column])
    return data


def _summary(data: dict[str, Any]) -> dict[str, Any]:
    recipients = data.pop("recipients")
    data["recipient_count"] = len(recipients)
    data["recipient_emails"] = [recipient["email"] for recipient in recipients]  # for search
    return data
