import base64
import os
from pathlib import Path

import msgspec
import pytest

from mailup_gui.api.client import MailUpClient
from mailup_gui.api.dto import EmailAddress, TemplateMessage, to_builtins
from mailup_gui.api.errors import MailUpApiError
from mailup_gui.api.responses import SendResult
from mailup_gui.core.message.draft import Draft, build_message, file_ref
from mailup_gui.core.send.journal import Journal, entry_for_attempt, request_for_journal
from mailup_gui.core.send.kind import SendKind
from mailup_gui.core.send.result import Failure, Outcome

SECRET = 'Very"Secret\\Value-ù'
QUEUED = SendResult(200, "0", "done", "Queued")


@pytest.fixture
def draft(tmp_path) -> Draft:
    report = tmp_path / "report.pdf"
    report.write_bytes(os.urandom(30_000))
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG fake image bytes")
    return Draft(
        from_email="support@example.com",
        to="Mario Rossi <mario.rossi@example.org>, anna@example.org",
        cc="giulia@example.org",
        bcc="archive@example.com",
        subject="Invoice A-1042",
        html_body='<img src="cid:logo"><p>Hello</p>',
        attachments=[file_ref(report)],
        embedded_images=[file_ref(logo, "logo")],
    )


def posted(draft: Draft) -> bytes:
    """The exact JSON the client would post for this draft, secret included."""
    with MailUpClient("http://127.0.0.1:9/API/v2.0/", "s10000_1", SECRET) as client:
        return client.request_body(build_message(draft).message)


def attempt(
    draft, *, outcome=Outcome.QUEUED, answer=QUEUED, profile_name="Acme", request=None, **changes
):
    return entry_for_attempt(
        profile_id="p1",
        profile_name=profile_name,
        endpoint="https://send.mailup.com/API/v2.0/",
        method=changes.pop("method", SendKind.MESSAGE),
        request=request or build_message(draft).message,
        username="s10000_1",
        draft=draft,
        outcome=outcome,
        answer=answer if isinstance(answer, SendResult | None) else Failure.of(answer),
        duration_ms=12.6,
        **changes,
    )


def test_no_secret_and_no_base64_reach_the_database_file(draft, app_home):
    journal = Journal()
    entry_id = journal.record(attempt(draft))
    journal.close()
    files = list((app_home / "data").glob("journal.sqlite3*"))
    stored = b"".join(path.read_bytes() for path in files)
    assert files and entry_id == 1
    assert SECRET.encode() not in stored
    assert msgspec.json.encode(SECRET)[1:-1] not in stored  # nor JSON-escaped
    report = Path(draft.attachments[0].path).read_bytes()
    assert base64.b64encode(report)[:64] not in stored
    assert report[:64] not in stored
    assert base64.b64encode(b"\x89PNG fake image bytes") not in stored


def test_the_stored_request_is_what_was_sent_but_secret_and_bodies(draft):
    sent = msgspec.json.decode(posted(draft))
    stored = request_for_journal(build_message(draft).message, "s10000_1", draft)
    assert stored["User"] == {"Username": "s10000_1"}
    ref = draft.attachments[0]
    assert stored["Attachments"] == [
        {
            "Filename": "report.pdf",
            "Body": {"Sha256": ref.sha256, "Size": ref.size, "Path": ref.path},
        }
    ]
    assert stored["EmbeddedImages"][0]["ContentId"] == "logo"
    assert stored["EmbeddedImages"][0]["Body"]["Path"] == draft.embedded_images[0].path
    for member in ("User", "Attachments", "EmbeddedImages"):
        sent.pop(member), stored.pop(member)
    assert msgspec.json.encode(stored) == msgspec.json.encode(sent)


def test_a_body_from_no_known_file_still_leaves_only_a_reference(draft):
    # the draft's files are unknown
    stored = request_for_journal(build_message(draft).message, "s10000_1", Draft())
    body = stored["Attachments"][0]["Body"]
    assert body["Path"] is None and body["Size"] == draft.attachments[0].size
    assert body["Sha256"] == draft.attachments[0].sha256


def test_search_matches_subject_recipients_profile_code_and_message(draft):
    journal = Journal()
    first = journal.record(attempt(draft))
    second = journal.record(
        attempt(
            msgspec.structs.replace(
                draft, subject="Passwort zurücksetzen", to="zoe@example.net", cc="", bcc=""
            ),
            profile_name="Beta GmbH",
            outcome=Outcome.ERROR,
            answer=MailUpApiError(403, "102", "Unauthorized sender"),
        )
    )
    assert [s.id for s in journal.search()] == [second, first]  # newest first
    assert [s.id for s in journal.search("MARIO.rossi")] == [first]
    assert [s.id for s in journal.search("ZURÜCKSETZEN")] == [second]
    assert [s.id for s in journal.search("beta")] == [second]
    assert [s.id for s in journal.search("102")] == [second]
    assert [s.id for s in journal.search("unauthorized sender")] == [second]
    assert [s.id for s in journal.search("invoice acme")] == [first]  # every word must match
    assert journal.search("invoice beta") == []
    assert len(journal.search(limit=1)) == 1
    summary = journal.search("zoe")[0]
    assert (summary.recipient_count, summary.outcome, summary.code, summary.http_status) == (
        1,
        "error",
        "102",
        403,
    )
    assert journal.search("acme")[0].recipient_count == 4


def test_an_entry_keeps_everything_recorded(draft):
    journal = Journal()
    entry_id = journal.record(
        attempt(
            draft,
            outcome=Outcome.ERROR,
            answer=MailUpApiError(403, "104", "The user is blocked."),
            test_data="Mario's order",
        )
    )
    entry = journal.get(entry_id)
    assert entry.id == entry_id and entry.time.utcoffset().total_seconds() == 0
    assert (entry.profile_id, entry.profile_name, entry.method) == ("p1", "Acme", "SendMessage")
    assert entry.endpoint == "https://send.mailup.com/API/v2.0/"
    assert entry.to == ["mario.rossi@example.org", "anna@example.org"]
    assert (entry.cc, entry.bcc) == (["giulia@example.org"], ["archive@example.com"])
    assert (entry.http_status, entry.code, entry.message) == (403, "104", "The user is blocked.")
    assert "MailUp support" in entry.hint
    assert (entry.outcome, entry.duration_ms, entry.test_data) == ("error", 13, "Mario's order")
    assert entry.request == request_for_journal(build_message(draft).message, "s10000_1", draft)
    with pytest.raises(KeyError):
        journal.get(entry_id + 1)


def test_a_reopened_entry_is_the_same_draft_and_message(draft, tmp_path):
    journal = Journal()
    entry_id = journal.record(attempt(draft))
    reopened = journal.draft_of(entry_id, tmp_path / "files")
    assert reopened == draft
    assert build_message(reopened).message == build_message(draft).message


def test_a_file_gone_since_sending_stays_in_the_draft_and_is_reported(draft, tmp_path):
    journal = Journal()
    entry_id = journal.record(attempt(draft))
    os.remove(draft.attachments[0].path)
    reopened = journal.draft_of(entry_id, tmp_path / "files")
    assert reopened.attachments == draft.attachments
    problems = build_message(reopened).problems
    assert [p.field for p in problems] == ["Attachments[0]"]
    assert "report.pdf" in problems[0].message and "cannot be read" in problems[0].message


def test_a_template_send_reopens_with_its_method_and_id(tmp_path):
    template = TemplateMessage(
        template_id=42,
        subject="Welcome",
        from_=EmailAddress("support@example.com"),
        to=[EmailAddress("mario.rossi@example.org")],
    )
    journal = Journal()
    entry_id = journal.record(
        attempt(Draft(), request=template, method=SendKind.TEMPLATE, test_data="Mario")
    )
    assert journal.get(entry_id).template_id == 42
    again = journal.reopen(entry_id, tmp_path / "files")
    assert (again.method, again.template_id, again.test_data) == ("SendTemplate", 42, "Mario")
    assert (again.draft.subject, again.draft.to) == ("Welcome", "mario.rossi@example.org")


def test_outcomes_carry_mailups_answer(draft):
    queued = attempt(draft)
    assert (queued.http_status, queued.code, queued.message) == (200, "0", "Queued")
    assert "delivery happens later" in queued.hint
    scheduled = attempt(draft, outcome=Outcome.SCHEDULED)
    assert "even if this app is closed" in scheduled.hint
    unknown = attempt(draft, outcome=Outcome.UNKNOWN, answer=TimeoutError("read timed out"))
    assert (unknown.code, unknown.message) == (None, "read timed out")
    assert to_builtins(queued.request) == queued.request  # plain data only
