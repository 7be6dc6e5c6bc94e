"""The journal's channel column: files written before it still open, their attempts are API
sends, and new attempts name their channel."""

import sqlite3

import msgspec

from mailup_gui.core.message.draft import Draft, build_message
from mailup_gui.core.send.journal import _ADDED_COLUMNS, Journal, entry_for_attempt
from mailup_gui.core.send.kind import SendKind
from mailup_gui.core.send.result import Channel, Failure, Outcome, RelayReply

# The table as the first journal files have it (before the channel column).
OLD_SCHEMA = """
CREATE TABLE attempts (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, profile_id TEXT NOT NULL,
    profile_name TEXT NOT NULL, endpoint TEXT NOT NULL, method TEXT NOT NULL,
    recipients TEXT NOT NULL, subject TEXT NOT NULL, request BLOB NOT NULL,
    http_status INTEGER, code TEXT, message TEXT NOT NULL, outcome TEXT NOT NULL,
    hint TEXT NOT NULL, duration_ms INTEGER NOT NULL, test_data TEXT, template_id INTEGER,
    haystack TEXT NOT NULL
);
CREATE INDEX attempts_at ON attempts (at);
"""
DRAFT = Draft(from_email="support@example.com", to="mario@example.org", subject="Old", text="x")


def old_journal(path) -> None:
    request = {
        "Subject": "Old",
        "From": {"Email": "support@example.com"},
        "To": [{"Email": "mario@example.org"}],
        "Text": "x",
        "User": {"Username": "s1_1"},
    }
    with sqlite3.connect(path) as db:
        db.executescript(OLD_SCHEMA)
        db.execute(
            "INSERT INTO attempts (at, profile_id, profile_name, endpoint, method, recipients, "
            "subject, request, http_status, code, message, outcome, hint, duration_ms, haystack) "
            "VALUES ('2026-01-02T03:04:05.000000+00:00', 'p', 'Acme', 'https://x/', "
            "'SendMessage', ?, 'Old', ?, 200, '0', 'Ok', 'queued', '', 12, 'old')",
            (
                msgspec.json.encode({"To": ["mario@example.org"], "Cc": [], "Bcc": []}).decode(),
                msgspec.json.encode(request),
            ),
        )
    db.close()


def relay_entry(answer):
    return entry_for_attempt(
        profile_id="p",
        profile_name="Acme",
        endpoint="smtp://fast.smtpok.com:25",
        method=SendKind.MESSAGE,
        request=build_message(DRAFT).message,
        username="s1_1",
        draft=DRAFT,
        outcome=Outcome.QUEUED if isinstance(answer, RelayReply) else "error",
        answer=answer,
        duration_ms=40,
        channel=Channel.SMTP,
    )


def test_an_old_journal_opens_with_its_attempts_as_api_sends(tmp_path):
    path = tmp_path / "journal.sqlite3"
    old_journal(path)
    journal = Journal(path)
    [summary] = journal.search("")
    assert (summary.subject, summary.channel) == ("Old", Channel.API)
    assert journal.get(summary.id).channel is Channel.API
    reopened = journal.reopen(summary.id, tmp_path / "files")
    assert (reopened.channel, reopened.draft.subject) == (Channel.API, "Old")

    new_id = journal.record(relay_entry(RelayReply("250", "2.0.0 Ok: queued as X")))
    journal.close()
    again = Journal(path)  # a second opening adds nothing twice
    assert [s.channel for s in again.search("")] == [Channel.SMTP, Channel.API]
    entry = again.get(new_id)
    assert (entry.code, entry.message, entry.http_status) == ("250", "2.0.0 Ok: queued as X", None)
    again.close()


def test_a_column_another_journal_added_meanwhile_is_no_error(tmp_path, monkeypatch):
    path = tmp_path / "journal.sqlite3"
    old_journal(path)
    Journal(path).close()  # another opening added the column after this one looked
    real, calls = Journal._columns, []

    def columns(journal):  # first the view from before that, then the real one
        calls.append(journal)
        return set() if len(calls) == 1 else real(journal)

    monkeypatch.setattr(Journal, "_columns", columns)
    journal = Journal(path)  # ALTER TABLE fails: "duplicate column name"
    # the stale view once, then the real one after each refused ALTER TABLE
    assert len(calls) == 1 + len(_ADDED_COLUMNS)
    assert [s.channel for s in journal.search("")] == [Channel.API]
    journal.close()


def test_a_relay_refusal_keeps_the_reply_and_the_hint(tmp_path):
    failure = Failure(
        "SMTP 535 at AUTH: bad",
        hint="wrong secret",
        code="535",
        server_message="5.7.8 Authentication credentials invalid",
    )
    journal = Journal(tmp_path / "journal.sqlite3")
    entry = journal.get(journal.record(relay_entry(failure)))
    assert (entry.channel, entry.code, entry.hint) == (Channel.SMTP, "535", "wrong secret")
    assert entry.message == "5.7.8 Authentication credentials invalid"
    assert journal.search("535")[0].id == entry.id
    journal.close()
