"""The outbox: every accepted message, in a SQLite file (WAL), as the sandbox's "delivery".

Rows are never updated, only added or cleared, and ids are never reused (AUTOINCREMENT), so a
client that remembers an id never sees another message under it.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..sqlite_files import open_database
from . import SandboxError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
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
)
"""
_SUMMARY = (
    "id, received_at, method, username, template_id, subject, recipients, status, scheduled_for"
)
_DETAIL = f"{_SUMMARY}, request, html, text, dropped_headers"
_JSON_COLUMNS = ("recipients", "request", "dropped_headers")


class StoreError(SandboxError):
    """The outbox database cannot be opened."""


@dataclass(frozen=True)
class OutboxEntry:
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


class Outbox:
    def __init__(self, path: Path) -> None:
        # Opened by the caller's thread, used by the server's: one lock serialises both. A
        # damaged file is set aside and a fresh one made; ``kept_as`` says where it went.
        try:
            self._db, self.kept_as = open_database(path, _SCHEMA)
        except (OSError, sqlite3.Error) as error:
            raise StoreError(f"{path}: cannot open the outbox database ({error})") from None
        self._lock = threading.Lock()

    def add(self, entry: OutboxEntry) -> int:
        row = asdict(entry)
        for column in _JSON_COLUMNS:
            row[column] = json.dumps(row[column], ensure_ascii=False)
        names = ", ".join(row)
        marks = ", ".join(f":{name}" for name in row)
        with self._lock:
            cursor = self._db.execute(f"INSERT INTO outbox ({names}) VALUES ({marks})", row)
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def summaries(self, after: int = 0) -> list[dict[str, Any]]:
        """Every message with an id above ``after``, newest first, without the bodies."""
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
        with self._lock:
            row = self._db.execute(
                f"SELECT {_DETAIL} FROM outbox WHERE id = ?", (message_id,)
            ).fetchone()
        return _decoded(row) if row else None

    def eml(self, message_id: int) -> bytes | None:
        with self._lock:
            row = self._db.execute("SELECT eml FROM outbox WHERE id = ?", (message_id,)).fetchone()
        return bytes(row["eml"]) if row else None

    def delete(self, message_id: int) -> bool:
        """Delete one message; False when there was none with that id."""
        with self._lock:
            return self._db.execute("DELETE FROM outbox WHERE id = ?", (message_id,)).rowcount > 0

    def clear(self) -> int:
        """Delete every message; the number deleted."""
        with self._lock:
            return self._db.execute("DELETE FROM outbox").rowcount

    def close(self) -> None:
        with self._lock:
            self._db.close()


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
