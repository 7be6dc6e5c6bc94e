"""Every SQLite store sets a damaged file aside, starts a fresh one and reports it.

One test per store and kind of damage: not a database, truncated, a corrupted page, and a
table the schema cannot use. A healthy file is made by the store itself (under another path,
as this process checks a file once), damaged, and put where the store under test opens it.
"""

import random
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from mailup_gui.core.message.draft import Draft
from mailup_gui.core.message.drafts import DraftStore
from mailup_gui.core.message.template_library import TemplateLibrary
from mailup_gui.core.send.journal import Journal, JournalEntry
from mailup_gui.sandbox.store import Outbox, OutboxEntry
from mailup_gui.set_aside import set_aside

PAGE = 4096  # SQLite's default page size


def journal_entry(subject: str) -> JournalEntry:
    return JournalEntry(
        time=datetime.now(UTC),
        profile_id="p",
        profile_name="Acme",
        endpoint="http://127.0.0.1/API/v2.0/",
        method="SendMessage",
        subject=subject,
        request={"Subject": subject, "Html": {"Body": "x" * 400}},
        outcome="queued",
        to=["mario@example.org"],
    )


def outbox_entry(subject: str) -> OutboxEntry:
    return OutboxEntry(
        received_at="2026-11-26T12:00:00+00:00",
        method="SendMessage",
        username="s10000_1",
        template_id=None,
        subject=subject,
        recipients=[{"kind": "to", "name": None, "email": "m@example.org"}],
        status="queued",
        scheduled_for=None,
        request={"Subject": subject},
        html="<p>" + "x" * 400 + "</p>",
        text="hi",
        dropped_headers=[],
        eml=b"Subject: " + subject.encode() + b"\r\n\r\n" + b"x" * 400,
    )


@dataclass(frozen=True)
class Kind:
    """How to open, fill and read one store."""

    name: str
    open: Any  # path -> store
    fill: Any  # (store, n) -> None, n records of about 500 bytes
    count: Any  # store -> number of records
    table: str  # one of its tables, for the wrong-schema case


STORES = [
    Kind(
        "drafts",
        DraftStore,
        lambda s, n: [s.save_named("message", f"d{i}", Draft(subject="x" * 500)) for i in range(n)],
        lambda s: len(s.named("message")),
        "named",
    ),
    Kind(
        "journal",
        Journal,
        lambda s, n: [s.record(journal_entry(f"s{i}")) for i in range(n)],
        lambda s: len(s.search()),
        "attempts",
    ),
    Kind(
        "template library",
        TemplateLibrary,
        lambda s, n: [s.save("p", i, "x" * 500, "") for i in range(n)],
        lambda s: len(s.templates("p")),
        "templates",
    ),
    Kind(
        "sandbox outbox",
        Outbox,
        lambda s, n: [s.add(outbox_entry(f"s{i}")) for i in range(n)],
        lambda s: len(s.summaries()),
        "outbox",
    ),
]


def healthy_file(kind: Kind, folder: Path) -> bytes:
    path = folder / "healthy.sqlite3"
    store = kind.open(path)
    kind.fill(store, 60)  # a dozen pages
    store.close()  # the last connection's close folds the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path.read_bytes()


def not_a_database(data: bytes) -> bytes:
    return random.Random(1).randbytes(len(data))


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def corrupted_page(data: bytes) -> bytes:
    return data[:PAGE] + random.Random(2).randbytes(PAGE) + data[2 * PAGE :]


@pytest.mark.parametrize("kind", STORES, ids=lambda k: k.name)
@pytest.mark.parametrize("damage", [not_a_database, truncated, corrupted_page])
def test_a_damaged_file_is_set_aside_and_a_fresh_one_works(kind, damage, tmp_path, damaged_files):
    damaged = damage(healthy_file(kind, tmp_path))
    path = tmp_path / "store" / "file.sqlite3"
    path.parent.mkdir()
    path.write_bytes(damaged)

    store = kind.open(path)
    try:
        assert kind.count(store) == 0
        kind.fill(store, 1)
        assert kind.count(store) == 1
    finally:
        store.close()
    kept = [p for p in path.parent.iterdir() if p.name.startswith("file.sqlite3.damaged-")]
    assert len(kept) == 1
    assert kept[0].read_bytes() == damaged  # kept as it was, never deleted
    _assert_reported(kind, store, path, kept[0], damaged_files)


@pytest.mark.parametrize("kind", STORES, ids=lambda k: k.name)
def test_a_table_without_the_columns_it_needs_is_a_damaged_file(kind, tmp_path, damaged_files):
    path = tmp_path / "file.sqlite3"
    with sqlite3.connect(path) as other:
        other.execute(f"CREATE TABLE {kind.table} (something_else TEXT)")
    other.close()

    store = _open_fill_and_close(kind, path)
    kept = next(tmp_path.glob("file.sqlite3.damaged-*"))
    _assert_reported(kind, store, path, kept, damaged_files)


def _open_fill_and_close(kind, path):
    """The store opened where the damaged file was: a fresh one that works."""
    store = kind.open(path)
    try:
        kind.fill(store, 1)
        assert kind.count(store) == 1
    finally:
        store.close()
    return store


def _assert_reported(kind, store, path, kept, damaged_files) -> None:
    if kind.open is Outbox:  # the sandbox runs apart: the outbox says it, the CLI prints it
        assert store.kept_as == kept
        assert damaged_files.all() == []
        return
    [found] = damaged_files.all()
    assert (found.path, found.kept_as) == (path, kept)
    assert found.lost  # what the fresh file lacks, for the banner


def test_a_healthy_file_keeps_its_data_and_is_not_reported(tmp_path, damaged_files):
    library = TemplateLibrary(tmp_path / "t.sqlite3")
    library.save("p", 7, "Welcome", "")
    library.close()
    again = TemplateLibrary(tmp_path / "t.sqlite3")
    assert [t.label for t in again.templates("p")] == ["Welcome"]
    again.close()
    assert damaged_files.all() == []
    assert list(tmp_path.glob("*.damaged-*")) == []


def test_sqlite_companion_files_go_with_the_damaged_file(tmp_path):
    # A -wal left beside a fresh database would be replayed into it.
    path = tmp_path / "drafts.sqlite3"
    for name, content in [("", b"main"), ("-wal", b"log"), ("-shm", b"index")]:
        path.with_name(path.name + name).write_bytes(content)
    kept = set_aside(path)
    assert kept.name.startswith("drafts.sqlite3.damaged-")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        kept.name,
        kept.name + "-shm",
        kept.name + "-wal",
    ]
    assert kept.with_name(kept.name + "-wal").read_bytes() == b"log"
    path.write_bytes(b"damaged again in the same second")
    again = set_aside(path)
    assert again != kept
    assert kept.read_bytes() == b"main"  # an earlier one, even of the same second, stays


@pytest.mark.parametrize("kind", STORES, ids=lambda k: k.name)
def test_a_folder_in_place_of_the_file_is_set_aside_like_a_damaged_file(
    kind, tmp_path, damaged_files
):
    path = tmp_path / "file.sqlite3"
    path.mkdir()
    (path / "something.txt").write_text("kept")  # on main: "unable to open database file"

    store = _open_fill_and_close(kind, path)
    kept = next(tmp_path.glob("file.sqlite3.damaged-*"))
    assert (kept / "something.txt").read_text() == "kept"
    _assert_reported(kind, store, path, kept, damaged_files)
