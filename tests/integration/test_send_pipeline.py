"""The Qt-free send pipeline against a real sandbox: typed outcomes, and no secret anywhere."""

import msgspec
import pytest

from mailup_gui import paths
from mailup_gui.api.client import MailUpClient, Prepared
from mailup_gui.api.dto import SmtpUser
from mailup_gui.api.errors import (
    ConnectionFailedError,
    InvalidRequestError,
    MailUpApiError,
    OutcomeUnknownError,
)
from mailup_gui.api.problem import Problem
from mailup_gui.core.account.connection import SecretMissing
from mailup_gui.core.account.profiles import Endpoint, Profile
from mailup_gui.core.account.secrets import SecretStore
from mailup_gui.core.message.draft import Draft, Options, build_message
from mailup_gui.core.send.journal import Journal
from mailup_gui.core.send.pipeline import SendKind, check, record, send
from mailup_gui.core.send.request_body import for_humans, pretty_json
from mailup_gui.core.send.result import Failure, Outcome, SendReport

SECRET = 'Pipeline"S3cret\\ù'  # needs escaping in JSON and in Python


def profile_for(sandbox, username: str) -> Profile:
    return Profile(
        name=f"Sandbox as {username}",
        username=username,
        endpoint=Endpoint.CUSTOM,
        custom_url=sandbox.api_base_url,
    )


@pytest.fixture
def secrets() -> SecretStore:
    return SecretStore()  # no keyring in these tests: secrets kept for the session


def draft(**changes) -> Draft:
    values = dict(from_email="support@example.com", to="mario@example.org", subject="Hello")
    return Draft(**{**values, **changes})


def sent_as(sandbox_admin, sandbox, secrets, username: str, secret: str, the_draft: Draft):
    profile = profile_for(sandbox, username)
    secrets.keep_for_session(profile.id, secret)
    return profile, send(profile, secrets, None, SendKind.MESSAGE, the_draft)


def test_a_queued_send_is_typed_and_recorded_without_the_secret(sandbox_admin, sandbox, secrets):
    sandbox_admin.set_user("s10000_1", secret=SECRET)
    profile, report = sent_as(sandbox_admin, sandbox, secrets, "s10000_1", SECRET, draft())
    assert report.outcome is Outcome.QUEUED and report.sent and report.failure is None
    assert report.result is not None and report.result.code == "0"
    assert report.request.user is None  # the DTO travels without credentials

    entry_id, problem = record(profile, sandbox.api_base_url, SendKind.MESSAGE, draft(), report)
    assert problem is None and entry_id is not None
    stored = Journal().get(entry_id)
    assert stored.request["User"] == {"Username": "s10000_1"}
    journal_bytes = b"".join(p.read_bytes() for p in paths.data_dir().glob("journal*"))
    for form in (SECRET, msgspec.json.encode(SECRET).decode()[1:-1]):
        assert form.encode() not in journal_bytes


def test_mailups_refusal_is_a_typed_failure_with_its_code_and_hint(sandbox_admin, sandbox, secrets):
    _, report = sent_as(sandbox_admin, sandbox, secrets, "s10000_3", "sandbox", draft())
    assert report.outcome is Outcome.ERROR and not report.sent
    failure = report.failure
    assert (failure.code, failure.http_status, failure.retryable) == ("104", 403, False)
    assert "administrator" in failure.hint


def test_a_wrong_secret_is_refused_by_mailup_with_102(sandbox_admin, sandbox, secrets):
    _, report = sent_as(sandbox_admin, sandbox, secrets, "s10000_1", "not the secret", draft())
    assert report.outcome is Outcome.ERROR and report.failure.code == "102"


def test_problems_refuse_locally_with_their_field_paths(sandbox_admin, sandbox, secrets):
    _, report = sent_as(sandbox_admin, sandbox, secrets, "s10000_1", "sandbox", draft(to="bad"))
    assert report.outcome is Outcome.REFUSED_LOCALLY
    assert "To[0].Email" in [p.field for p in report.failure.problems]
    assert sandbox_admin.outbox() == []


def test_a_scheduled_send_and_the_checks_before_it(sandbox_admin, sandbox, secrets):
    from datetime import UTC, datetime, timedelta

    later = datetime.now(UTC) + timedelta(days=1)
    scheduled = draft(options=Options(schedule=later))
    _, report = sent_as(sandbox_admin, sandbox, secrets, "s10000_1", "sandbox", scheduled)
    assert report.outcome is Outcome.SCHEDULED

    past = draft(subject="Hi [name]", options=Options(schedule=later - timedelta(days=2)))
    checks = check(SendKind.MESSAGE, past, [])
    assert [p.field for p in checks.problems] == ["XSmtpAPI.Schedule"]
    assert checks.unfilled_tags == ["name"]


def test_a_missing_secret_is_an_error_not_an_exception(sandbox, secrets):
    report = send(profile_for(sandbox, "s10000_1"), secrets, None, SendKind.MESSAGE, draft())
    assert report.outcome is Outcome.ERROR and "No SMTP+ secret" in report.failure.summary


def _reprs(value) -> list[str]:
    shown = [repr(value), str(value)]
    rich = getattr(value, "__rich_repr__", None)
    if rich is not None:
        shown.append(repr(list(rich())))
    return shown


def test_no_object_of_a_send_shows_the_secret_in_repr_str_or_rich_repr(sandbox):
    """Everything a send makes or raises, built with the secret, printed every way."""
    profile = profile_for(sandbox, "s10000_1")
    request = build_message(draft()).message
    with MailUpClient(sandbox.api_base_url, "s10000_1", SECRET) as client:
        prepared = client.prepare(request)
        assert b"Pipeline" in prepared.body  # it holds the secret, and must not show it
        objects = [
            client,
            prepared,
            SmtpUser(username="s10000_1", secret=SECRET),
            msgspec.structs.replace(request, user=SmtpUser(username="s10000_1", secret=SECRET)),
            Prepared(prepared.path, prepared.body),
        ]
    report = SendReport(Outcome.QUEUED, request)
    errors = [
        MailUpApiError(403, "102", "The operation is not authorized."),
        OutcomeUnknownError("read timed out"),
        ConnectionFailedError("refused"),
        InvalidRequestError([Problem("To[0].Email", "bad")]),
        SecretMissing(profile),
    ]
    objects += [report, *errors, *(Failure.of(e) for e in errors)]
    objects.append(pretty_json(for_humans(request, "s10000_1")))
    for value in objects:
        for text in _reprs(value):
            assert "Pipeline" not in text, (type(value).__name__, text)
