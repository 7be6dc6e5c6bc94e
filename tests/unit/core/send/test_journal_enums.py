"""The journal's method, outcome and channel: stored as their values, read back as the enums;
a value this version does not know (a later version wrote it) stays readable, never an error."""

import sqlite3

import pytest

from mailup_gui.api.dto import EmailAddress, TemplateMessage
from mailup_gui.api.responses import SendResult
from mailup_gui.core.message.draft import Draft, build_message
from mailup_gui.core.send.journal import Journal, entry_for_attempt
from mailup_gui.core.send.kind import SendKind
from mailup_gui.core.send.result import Channel, Outcome

DRAFT = Draft(from_email="support@example.com", to="mario@example.org", subject="Hi", text="x")
TEMPLATE = TemplateMessage(
    template_id=7, from_=EmailAddress("support@example.com"), to=[EmailAddress("zoe@example.net")]
)


def entry(request, method: SendKind, outcome: Outcome, channel: Channel):
    return entry_for_attempt(
        profile_id="p",
        profile_name="Acme",
        endpoint="https://send.mailup.com/API/v2.0/",
        method=method,
        request=request,
        username="s1_1",
        draft=DRAFT,
        outcome=outcome,
        answer=SendResult(200, "0", "done", "Queued"),
        duration_ms=5,
        channel=channel,
    )


@pytest.fixture
def path(tmp_path):
    return tmp_path / "journal.sqlite3"


@pytest.fixture
def journal(path):
    journal = Journal(path)
    yield journal
    journal.close()


def test_method_outcome_and_channel_come_back_as_their_enums(journal, path, tmp_path):
    entry_id = journal.record(entry(TEMPLATE, SendKind.TEMPLATE, Outcome.SCHEDULED, Channel.SMTP))
    [summary] = journal.search("")
    full = journal.get(entry_id)
    reopened = journal.reopen(entry_id, tmp_path / "files")
    for read in (summary, full):
        assert read.method is SendKind.TEMPLATE
        assert read.outcome is Outcome.SCHEDULED
        assert read.channel is Channel.SMTP
    assert (reopened.method, reopened.channel) == (SendKind.TEMPLATE, Channel.SMTP)
    assert reopened.method is SendKind.TEMPLATE and reopened.channel is Channel.SMTP
    # stored as the values, as earlier versions wrote them
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT method, outcome, channel FROM attempts").fetchone()
    db.close()
    assert row == ("SendTemplate", "scheduled", "smtp")


def written_by_a_later_version(path, entry_id: int) -> None:
    with sqlite3.connect(path) as db:
        db.execute(
            "UPDATE attempts SET method = 'SendLater', outcome = 'bounced', channel = 'carrier' "
            "WHERE id = ?",
            (entry_id,),
        )
    db.close()


@pytest.mark.parametrize(
    ("request_", "kind"),
    [(build_message(DRAFT).message, SendKind.MESSAGE), (TEMPLATE, SendKind.TEMPLATE)],
    ids=["message", "template"],
)
def test_values_this_version_does_not_know_stay_readable(journal, path, tmp_path, request_, kind):
    entry_id = journal.record(entry(request_, kind, Outcome.QUEUED, Channel.SMTP))
    written_by_a_later_version(path, entry_id)
    [summary] = journal.search("")
    full = journal.get(entry_id)
    for read in (summary, full):
        assert (read.method, read.outcome, read.channel) == ("SendLater", "bounced", "carrier")
    # reopened as what its request is, on the API: something this version can send
    reopened = journal.reopen(entry_id, tmp_path / "files")
    assert reopened.method is kind and reopened.channel is Channel.API
