"""The outbox: a real SQLite file in WAL mode."""

import sqlite3
import threading
import time

import pytest

from mailup_gui.sandbox.store import Outbox, OutboxEntry, StoreError, WriteError


def entry(subject="Hello", **changes):
    values = {
        "received_at": "2026-11-26T12:00:00+00:00",
        "method": "SendMessage",
        "username": "s10000_1",
        "template_id": None,
        "subject": subject,
        "recipients": [
            {"kind": "to", "name": "M", "email": "m@example.org"},
            {"kind": "bcc", "name": None, "email": "b@example.org"},
        ],
        "status": "queued",
        "scheduled_for": None,
        "request": {"Subject": subject, "User": {"Username": "s10000_1"}},
        "html": "<p>hi</p>",
        "text": "hi",
        "dropped_headers": ["Sender"],
        "eml": b"Subject: Hello\r\n\r\nhi\r\n",
    }
    return OutboxEntry(**{**values, **changes})


@pytest.fixture
def outbox(tmp_path):
    box = Outbox(tmp_path / "deep" / "outbox.sqlite3")
    yield box
    box.close()


def test_messages_round_trip_and_list_newest_first(outbox):
    first = outbox.add(entry("First"))
    second = outbox.add(
        entry("Second", status="scheduled", scheduled_for="2030-01-01T00:00:00+00:00")
    )

    summaries = outbox.summaries()
    assert [item["id"] for item in summaries] == [second, first]
    assert summaries[0] == {
        "id": second,
        "received_at": "2026-11-26T12:00:00+00:00",
        "method": "SendMessage",
        "username": "s10000_1",
        "template_id": None,
        "subject": "Second",
        "status": "scheduled",
        "scheduled_for": "2030-01-01T00:00:00+00:00",
        "recipient_count": 2,
        "recipient_emails": ["m@example.org", "b@example.org"],
    }
    detail = outbox.get(first)
    assert detail["request"] == {"Subject": "First", "User": {"Username": "s10000_1"}}
    assert detail["recipients"][1] == {"kind": "bcc", "name": None, "email": "b@example.org"}
    assert detail["dropped_headers"] == ["Sender"]
    assert (detail["html"], detail["text"]) == ("<p>hi</p>", "hi")
    assert outbox.eml(first) == b"Subject: Hello\r\n\r\nhi\r\n"


def test_unknown_ids(outbox):
    assert outbox.get(99) is None
    assert outbox.eml(99) is None


def test_clear_empties_it_and_ids_are_not_reused(outbox):
    old = outbox.add(entry())
    assert outbox.clear() == 1
    assert outbox.summaries() == []
    assert outbox.add(entry()) > old


def test_the_newest_message_deleted_its_id_is_not_given_again(outbox):
    outbox.add(entry("First"))
    newest = outbox.add(entry("Second"))
    assert outbox.delete(newest) is True
    assert outbox.add(entry("Third")) > newest


def test_ids_are_not_reused_after_a_clear_and_a_reopening(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    old = [box.add(entry()) for _ in range(3)]
    box.clear()
    box.close()
    reopened = Outbox(path)
    try:
        assert reopened.add(entry()) > max(old)
    finally:
        reopened.close()


def test_a_send_commits_one_page(tmp_path):
    """SQLite's AUTOINCREMENT wrote its sequence page in every send's commit too."""
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    box._checkpointer.close()  # a checkpoint between the two sends would restart the WAL file
    try:
        box.add(entry("First"))  # the table's first page is made
        page = box._db.execute("PRAGMA page_size").fetchone()[0]
        wal = path.with_name(path.name + "-wal")
        before = wal.stat().st_size
        box.add(entry("Second"))  # fits on the same page
        assert wal.stat().st_size - before == 24 + page  # one WAL frame: its header and page
    finally:
        box.close()


def test_an_outbox_made_with_autoincrement_is_kept_and_numbered_as_before(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    old_schema = (
        "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, received_at TEXT NOT NULL, "
        "method TEXT NOT NULL, username TEXT NOT NULL, template_id INTEGER, "
        "subject TEXT NOT NULL, recipients TEXT NOT NULL, status TEXT NOT NULL, "
        "scheduled_for TEXT, request TEXT NOT NULL, html TEXT, text TEXT, "
        "dropped_headers TEXT NOT NULL, eml BLOB NOT NULL)"
    )
    db = sqlite3.connect(path)
    db.execute(old_schema)
    db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', 41)")  # all cleared
    db.commit()
    db.close()
    box = Outbox(path)
    try:
        assert box.add(entry()) == 42
    finally:
        box.close()
    db = sqlite3.connect(path)
    try:
        assert db.execute("SELECT sql FROM sqlite_master WHERE name = 'outbox'").fetchone() == (
            old_schema,
        )
    finally:
        db.close()


def test_it_is_a_wal_file_that_survives_reopening(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    message_id = box.add(entry("Kept"))
    box.close()

    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    reopened = Outbox(path)
    try:
        assert reopened.get(message_id)["subject"] == "Kept"
    finally:
        reopened.close()


def test_closing_twice_is_harmless(tmp_path):
    box = Outbox(tmp_path / "outbox.sqlite3")
    box.add(entry())
    box.close()
    box.close()


def test_an_unusable_path_is_a_store_error(tmp_path):
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(StoreError, match="cannot open the outbox database"):
        Outbox(tmp_path / "file" / "outbox.sqlite3")


def test_delete_one_and_list_what_is_newer_than_an_id(outbox):
    first = outbox.add(entry("First"))
    second = outbox.add(entry("Second"))
    assert [row["id"] for row in outbox.summaries(after=first)] == [second]
    assert outbox.summaries()[0]["recipient_emails"] == ["m@example.org", "b@example.org"]
    assert outbox.delete(first) is True
    assert outbox.delete(first) is False
    assert outbox.count() == 1
    assert outbox.get(first) is None


def test_an_eml_is_built_from_its_source_on_first_read_and_written_once(tmp_path):
    builds = []

    def build(source):
        builds.append(source)
        return b"Subject: built from " + source + b"\r\n\r\n"

    box = Outbox(tmp_path / "outbox.sqlite3", build)
    try:
        lazy = box.add(entry(eml=b""), b"source-1")
        ready = box.add(entry())
        assert builds == []
        assert box.eml(lazy) == box.eml(lazy) == b"Subject: built from source-1\r\n\r\n"
        assert box.eml(ready) == b"Subject: Hello\r\n\r\nhi\r\n"
        assert builds == [b"source-1"]
        assert box.eml(2**80) is None and box.get(2**80) is None
    finally:
        box.close()


def test_a_slow_build_holds_up_no_other_message_and_builds_once(tmp_path):
    """Builds of different messages run side by side; two reads of one message build it once."""
    release = threading.Event()
    builds = []

    def build(source):
        builds.append(source)
        if source == b"slow":
            assert release.wait(30)
        return b"Subject: " + source + b"\r\n\r\n"

    box = Outbox(tmp_path / "outbox.sqlite3", build)
    try:
        slow = box.add(entry(eml=b""), b"slow")
        quick = box.add(entry(eml=b""), b"quick")
        readers = [threading.Thread(target=box.eml, args=(slow,)) for _ in range(2)]
        for reader in readers:
            reader.start()
        while not builds:
            time.sleep(0.01)
        other = threading.Thread(target=box.eml, args=(quick,))
        other.start()
        other.join(10)
        finished_while_slow_ran = not other.is_alive() and not release.is_set()
        release.set()
        for reader in [*readers, other]:
            reader.join(10)
        assert finished_while_slow_ran
        assert sorted(builds) == [b"quick", b"slow"]
        assert box.eml(slow) == b"Subject: slow\r\n\r\n"
    finally:
        release.set()
        box.close()


def committed(path, sql):
    """What another connection (another process would) reads in the file."""
    db = sqlite3.connect(path)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


def test_every_write_is_committed_when_it_returns(tmp_path):
    """A 200 means the message is stored: each write commits before the sandbox answers
    (h24-sandbox's group commit committed it up to 20 ms later, lost to a kill -9)."""
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path, build_eml=lambda source: b"Built: " + source)
    try:
        first = box.add(entry("First"), mime_source=b"source")
        assert committed(path, "SELECT subject FROM outbox") == [("First",)]
        second = box.add(entry("Second"))
        assert committed(path, "SELECT count(*) FROM outbox") == [(2,)]
        box.eml(first)
        assert committed(path, f"SELECT eml FROM outbox WHERE id = {first}") == [
            (b"Built: source",)
        ]
        box.delete(second)
        assert committed(path, "SELECT subject FROM outbox") == [("First",)]
        box.clear()
        assert committed(path, "SELECT count(*) FROM outbox") == [(0,)]
    finally:
        box.close()


def test_a_write_that_cannot_be_stored_is_an_error_and_stores_nothing(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    try:
        box.add(entry("Before"))
        pages = box._db.execute("PRAGMA page_count").fetchone()[0]
        box._db.execute(f"PRAGMA max_page_count = {pages}")  # SQLITE_FULL, as a full disk
        with pytest.raises(WriteError, match="full"):
            box.add(entry("Lost", html="<p>" + "x" * 100_000 + "</p>"))
        box._db.execute("PRAGMA max_page_count = 1073741823")  # space was freed
        box.add(entry("After"))
        assert committed(path, "SELECT subject FROM outbox") == [("Before",), ("After",)]
    finally:
        box.close()


def test_another_writer_of_the_file_is_not_locked_out(tmp_path):
    """A second sandbox on the same file (the app's and a terminal's) waits for our write,
    never for good."""
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    try:
        for n in range(20):
            box.add(entry(f"Ours {n}"))
        other = sqlite3.connect(path, timeout=5)
        try:
            with other:
                other.execute(
                    "INSERT INTO outbox (received_at, method, username, subject, recipients, "
                    "status, request, dropped_headers, eml) "
                    "VALUES ('t', 'SendMessage', 'u', 'Theirs', '[]', 'queued', '{}', '[]', x'')"
                )
        finally:
            other.close()
        assert [row["subject"] for row in box.summaries()][:2] == ["Theirs", "Ours 19"]
    finally:
        box.close()


def test_the_wal_is_copied_into_the_file_once_the_sends_stop(tmp_path):
    """SQLite's own checkpoint is off (it ran in the send that filled the WAL, syncing the disk
    on the request path); the checkpointing thread's stands in, also after the last burst."""
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    try:
        empty = path.stat().st_size
        for n in range(50):
            box.add(entry(f"Burst {n}", html="<p>" + "x" * 2000 + "</p>"))
        deadline = time.monotonic() + 10
        while path.stat().st_size <= empty and time.monotonic() < deadline:
            time.sleep(0.05)
        assert path.stat().st_size > empty + 50 * 2000  # the rows are in the file itself
    finally:
        box.close()
