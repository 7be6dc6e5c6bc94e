"""The local library of templates, per profile: the IDs used or saved, with a label, notes and
when each was last sent, and the named test-data sets of each template.

SQLite (WAL) in the data dir. Template IDs belong to a MailUp List, so everything is kept per
profile: template 1 of one customer is not template 1 of another.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import msgspec

from ... import paths
from ...texts import QT_TRANSLATE_NOOP
from ..storage.sqlite_store import SqliteFile
from .merge_data import MergeDataSet

_SCHEMA = """
CREATE TABLE IF NOT EXISTS templates (
    profile_id TEXT NOT NULL,
    template_id INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    last_used REAL,
    PRIMARY KEY (profile_id, template_id)
);
CREATE TABLE IF NOT EXISTS test_data (
    profile_id TEXT NOT NULL,
    template_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    saved_at REAL NOT NULL,
    template_values BLOB NOT NULL,
    PRIMARY KEY (profile_id, template_id, name)
);
"""


# What a fresh start lacks when the file was damaged (a module attribute: marked at import).
_LOST = QT_TRANSLATE_NOOP("core", "the saved templates and their test data")


@dataclass(frozen=True)
class LibraryTemplate:
    template_id: int
    label: str = ""
    notes: str = ""
    last_used: datetime | None = None  # aware; None: saved, never sent


class TemplateLibrary:
    def __init__(self, path: Path | None = None) -> None:
        self._file = SqliteFile(path or paths.data_dir() / "templates.sqlite3", _SCHEMA, _LOST)

    # ----- templates --------------------------------------------------------------------
    def templates(self, profile_id: str) -> list[LibraryTemplate]:
        """The profile's templates, the most recently used first, then the others by ID."""
        rows = self._file.query(
            "SELECT template_id, label, notes, last_used FROM templates WHERE profile_id = ? "
            "ORDER BY last_used IS NULL, last_used DESC, template_id",
            (profile_id,),
        )
        return [_template(row) for row in rows]

    def get(self, profile_id: str, template_id: int) -> LibraryTemplate | None:
        rows = self._file.query(
            "SELECT template_id, label, notes, last_used FROM templates "
            "WHERE profile_id = ? AND template_id = ?",
            (profile_id, template_id),
        )
        return _template(rows[0]) if rows else None

    def labels(self) -> dict[tuple[str, int], str]:
        """Every labelled template's label, by (profile id, template id)."""
        rows = self._file.query(
            "SELECT profile_id, template_id, label FROM templates WHERE label != ''", ()
        )
        return {(row["profile_id"], row["template_id"]): row["label"] for row in rows}

    def save(self, profile_id: str, template_id: int, label: str, notes: str) -> None:
        """Add the template or change its label and notes; when it was used stays."""
        self._file.execute(
            "INSERT INTO templates (profile_id, template_id, label, notes) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (profile_id, template_id) DO UPDATE SET label = excluded.label, "
            "notes = excluded.notes",
            (profile_id, template_id, label, notes),
        )

    def mark_used(
        self, profile_id: str, template_id: int, when: datetime | None = None, name: str = ""
    ) -> None:
        """Remember a send of the template (adding it to the library if it is not there); its
        ``name``, when known, becomes the label of a template that has none."""
        at = (when or datetime.now(UTC)).timestamp()
        self._file.execute(
            "INSERT INTO templates (profile_id, template_id, label, last_used) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (profile_id, template_id) DO UPDATE SET last_used = excluded.last_used, "
            "label = CASE WHEN templates.label = '' THEN excluded.label ELSE templates.label END",
            (profile_id, template_id, name, at),
        )

    def remove(self, profile_id: str, template_id: int) -> None:
        """Take the template out of the library; its test data stays for when it comes back."""
        self._file.execute(
            "DELETE FROM templates WHERE profile_id = ? AND template_id = ?",
            (profile_id, template_id),
        )

    # ----- test data --------------------------------------------------------------------
    def sets(self, profile_id: str, template_id: int) -> list[MergeDataSet]:
        """The template's test-data sets, by name."""
        rows = self._file.query(
            "SELECT name, template_values FROM test_data WHERE profile_id = ? AND template_id = ? "
            "ORDER BY name COLLATE NOCASE",
            (profile_id, template_id),
        )
        return [MergeDataSet(row["name"], _values(row["template_values"])) for row in rows]

    def save_set(self, profile_id: str, template_id: int, data_set: MergeDataSet) -> None:
        """Save a set; a set of the same name is replaced."""
        self._file.execute(
            "INSERT INTO test_data (profile_id, template_id, name, saved_at, template_values) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (profile_id, template_id, name) DO UPDATE SET "
            "saved_at = excluded.saved_at, template_values = excluded.template_values",
            (
                profile_id,
                template_id,
                data_set.name,
                time.time(),
                msgspec.json.encode(data_set.values),
            ),
        )

    def delete_set(self, profile_id: str, template_id: int, name: str) -> None:
        self._file.execute(
            "DELETE FROM test_data WHERE profile_id = ? AND template_id = ? AND name = ?",
            (profile_id, template_id, name),
        )

    def close(self) -> None:
        self._file.close()


def _template(row) -> LibraryTemplate:
    used = row["last_used"]
    return LibraryTemplate(
        row["template_id"],
        row["label"],
        row["notes"],
        datetime.fromtimestamp(used, UTC) if used is not None else None,
    )


def _values(data: bytes) -> tuple[tuple[str, str], ...]:
    return tuple((tag, value) for tag, value in msgspec.json.decode(data))
