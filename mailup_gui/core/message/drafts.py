"""Drafts in SQLite: the autosaved work in progress (one per editor) and named drafts."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from ... import paths
from ...texts import QT_TRANSLATE_NOOP
from ..storage.sqlite_store import SqliteFile
from .draft import Draft, from_json, to_json

_SCHEMA = """
CREATE TABLE IF NOT EXISTS autosave (
    editor TEXT PRIMARY KEY,
    saved_at REAL NOT NULL,
    draft BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS named (
    id INTEGER PRIMARY KEY,
    editor TEXT NOT NULL,
    name TEXT NOT NULL,
    saved_at REAL NOT NULL,
    draft BLOB NOT NULL,
    UNIQUE (editor, name)
);
"""


# What a fresh start lacks when the file was damaged (a module attribute: marked at import).
_LOST = QT_TRANSLATE_NOOP("core", "the autosaved messages and the named drafts")


@dataclass(frozen=True)
class NamedDraft:
    id: int
    name: str
    saved_at: float


class DraftStore:
    """``editor`` tells the Compose and Templates panes' drafts apart."""

    def __init__(self, path: Path | None = None) -> None:
        self._file = SqliteFile(path or paths.data_dir() / "drafts.sqlite3", _SCHEMA, _LOST)

    def autosave(self, editor: str, draft: Draft) -> None:
        self._file.execute(
            "INSERT INTO autosave (editor, saved_at, draft) VALUES (?, ?, ?) "
            "ON CONFLICT (editor) DO UPDATE SET saved_at = excluded.saved_at, "
            "draft = excluded.draft",
            (editor, time.time(), to_json(draft)),
        )

    def restore(self, editor: str) -> Draft | None:
        rows = self._file.query("SELECT draft FROM autosave WHERE editor = ?", (editor,))
        return from_json(rows[0]["draft"]) if rows else None

    def clear_autosave(self, editor: str) -> None:
        self._file.execute("DELETE FROM autosave WHERE editor = ?", (editor,))

    def save_named(self, editor: str, name: str, draft: Draft) -> int:
        """Save under a name; the same name replaces the earlier draft."""
        self._file.execute(
            "INSERT INTO named (editor, name, saved_at, draft) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (editor, name) DO UPDATE SET saved_at = excluded.saved_at, "
            "draft = excluded.draft",
            (editor, name, time.time(), to_json(draft)),
        )
        return self._file.query(
            "SELECT id FROM named WHERE editor = ? AND name = ?", (editor, name)
        )[0]["id"]

    def named(self, editor: str) -> list[NamedDraft]:
        rows = self._file.query(
            "SELECT id, name, saved_at FROM named WHERE editor = ? ORDER BY saved_at DESC",
            (editor,),
        )
        return [NamedDraft(row["id"], row["name"], row["saved_at"]) for row in rows]

    def load_named(self, draft_id: int) -> Draft | None:
        rows = self._file.query("SELECT draft FROM named WHERE id = ?", (draft_id,))
        return from_json(rows[0]["draft"]) if rows else None

    def delete_named(self, draft_id: int) -> None:
        self._file.execute("DELETE FROM named WHERE id = ?", (draft_id,))

    def close(self) -> None:
        self._file.close()
