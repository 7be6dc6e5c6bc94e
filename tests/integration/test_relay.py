"""The SMTP+ relay transport against a real SMTP server on loopback (aiosmtpd, STARTTLS with a
self-signed certificate, AUTH PLAIN/LOGIN): what arrives, and every refusal typed."""

import base64
import email
import json
import re
from email import policy
from pathlib import Path

import msgspec
import pytest
from support.relay_server import SECRET, USER

from mailup_gui.api.dto import Message, from_json
from mailup_gui.api.errors import CODES
from mailup_gui.api.htmlparts import html_document
from mailup_gui.core.account.profiles import Endpoint, Profile
from mailup_gui.core.account.secrets import SecretStore
from mailup_gui.core.message.draft import Draft, draft_from_message
from mailup_gui.core.send import relay
from mailup_gui.core.send.journal import Journal
from mailup_gui.core.send.pipeline import SendKind, record, send
from mailup_gui.core.send.relay import RelayError
from mailup_gui.core.send.result import Channel, Outcome, RelayReply
from mailup_gui.ui.core_texts import translated

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = json.loads((ROOT / "resources" / "examples" / "sendmessage-full.json").read_bytes())


def relay_profile(server, **changes) -> Profile:
    host, port = server.address
    values = dict(
        name="Relay test", username=USER, endpoint=Endpoint.CUSTOM, custom_url="http://127.0.0.1/"
    )
    return Profile(**{**values, "relay_host": host, "relay_port": port, **changes})


@pytest.fixture
def secrets() -> SecretStore:
    return SecretStore()


def send_draft(profile: Profile, secrets: SecretStore, draft: Draft, secret: str = SECRET):
    secrets.keep_for_session(profile.id, secret)
    return send(profile, secrets, None, SendKind.MESSAGE, draft, Channel.SMTP)


@pytest.fixture
def example_draft(tmp_path) -> Draft:
    message = from_json(json.dumps(EXAMPLE), Message)
    return draft_from_message(msgspec.structs.replace(message, user=None), tmp_path / "files")


def simple(**changes) -> Draft:
    values = dict(from_email="support@example.com", to="mario@example.org", subject="Hello")
    return Draft(**{**values, "text": "Hello", **changes})


def content(part) -> str:
    """A text part's content with the line ends people type (the wire has CRLF)."""
    return part.get_content().replace("\r\n", "\n").rstrip("\n")


def raw_header(data: bytes, name: bytes) -> bytes:
    """The header as written, folded lines joined by removing each CRLF (RFC 5322 unfolding)."""
    head = data.split(b"\r\n\r\n", 1)[0]
    match = re.search(rb"^" + name + rb":(.*?)\r\n(?![ \t])", head + b"\r\n", re.M | re.S | re.I)
    assert match, name
    return match.group(1).replace(b"\r\n", b"")


def test_the_full_example_arrives_as_one_mime_message(relay_server, secrets, example_draft):
    profile = relay_profile(relay_server)
    report = send_draft(profile, secrets, example_draft)

    assert report.outcome is Outcome.SCHEDULED and report.channel is Channel.SMTP
    assert report.result == RelayReply("250", "2.0.0 Ok: queued as TEST1")
    [got] = relay_server.recorder.received
    assert (got.login, got.tls, got.mail_from) == (USER, True, "support@example.com")
    assert got.rcpt_tos == [
        "mario.rossi@example.org",
        "giulia.bianchi@example.org",
        "archive@example.com",
    ]
    assert b"archive@example.com" not in got.data  # Bcc: the envelope only

    mime = email.message_from_bytes(got.data, policy=policy.default)
    assert mime["Bcc"] is None
    assert mime["From"] == "Example Billing <support@example.com>"
    assert mime["To"] == "Mario Rossi <mario.rossi@example.org>"
    assert mime["Cc"] == "Giulia Bianchi <giulia.bianchi@example.org>"
    assert mime["Reply-To"] == "billing@example.com"
    assert mime["Subject"] == "Invoice [invoice_no] for [company]"  # merge tags as tags
    assert mime["X-Ticket"] == "T-778"
    options = raw_header(got.data, b"X-SMTPAPI")
    assert b"=?" not in options and options.isascii()
    assert json.loads(options) == EXAMPLE["XSmtpAPI"]
    assert all(len(line) <= 78 for line in got.data.split(b"\r\n\r\n")[0].split(b"\r\n"))

    assert mime.get_content_type() == "multipart/mixed"
    related, attachment = mime.get_payload()
    assert related.get_content_type() == "multipart/related"
    assert attachment.get_content_disposition() == "attachment"
    assert attachment.get_filename() == "invoice.txt"
    assert attachment.get_content() == b"Invoice A-1042\nTotal: 42.00 EUR\n".decode()
    alternative, image = related.get_payload()
    assert alternative.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in alternative.get_payload()] == ["text/plain", "text/html"]
    text, html = alternative.get_payload()
    assert text.get_content_charset() == "utf-8"
    assert content(text) == EXAMPLE["Text"]
    assert content(html) == html_document(from_json(json.dumps(EXAMPLE), Message).html)
    assert image["Content-ID"] == "<logo>" and image.get_content_type() == "image/png"
    assert image.get_content_disposition() == "inline"
    assert image.get_content() == base64.b64decode(EXAMPLE["EmbeddedImages"][0]["Body"])


def test_the_journal_records_the_channel_and_the_reply_and_reopens_the_draft(
    relay_server, secrets, example_draft, tmp_path
):
    profile = relay_profile(relay_server)
    report = send_draft(profile, secrets, example_draft)
    endpoint = profile.relay_endpoint().label
    entry_id, problem = record(profile, endpoint, SendKind.MESSAGE, example_draft, report)
    assert problem is None

    journal = Journal()
    entry = journal.get(entry_id)
    assert (entry.channel, entry.code, entry.message) == (
        Channel.SMTP,
        "250",
        "2.0.0 Ok: queued as TEST1",
    )
    assert entry.endpoint == f"smtp://127.0.0.1:{relay_server.address[1]}"
    assert journal.search("")[0].channel is Channel.SMTP
    reopened = journal.reopen(entry_id, tmp_path / "reopened")
    assert reopened.channel is Channel.SMTP
    assert reopened.draft.subject == example_draft.subject
    assert reopened.draft.bcc == example_draft.bcc
    assert reopened.draft.options == example_draft.options
    assert [f.sha256 for f in reopened.draft.attachments] == [
        f.sha256 for f in example_draft.attachments
    ]


@pytest.mark.parametrize(
    ("fault", "code", "hint", "field"),
    [
        (
            {"mail": "550 5.7.1 Sender not authorised"},
            "550",
            RelayError.SENDER_NOT_AUTHORISED,
            "From",
        ),
        ({"data": "552 5.3.4 Message too big"}, "552", RelayError.TOO_LARGE, None),
        ({"data": "554 5.5.1 No valid recipients"}, "554", RelayError.NO_VALID_RECIPIENT, "To"),
        ({"mail": "550 5.7.1 The user is not enabled."}, "550", CODES["103"].hint, None),
        ({"mail": "550 5.7.1 The user is blocked."}, "550", CODES["104"].hint, None),
        ({"mail": "550 The MailUp account has been suspended."}, "550", CODES["107"].hint, None),
    ],
)
def test_refusals_are_typed_with_the_reply_and_a_plain_words_hint(
    relay_server, secrets, fault, code, hint, field
):
    for name, reply in fault.items():
        setattr(relay_server.recorder.faults, name, reply)
    report = send_draft(relay_profile(relay_server), secrets, simple())
    failure = report.failure
    assert report.outcome is Outcome.ERROR and report.channel is Channel.SMTP
    assert (failure.code, failure.hint, failure.retryable) == (code, hint, False)
    assert failure.server_message == next(iter(fault.values()))[4:]
    assert failure.http_status is None
    assert [p.field for p in failure.problems] == ([field] if field else [])


def test_blocked_until_names_the_date(relay_server, secrets):
    relay_server.recorder.faults.mail = "550 5.7.1 The user is blocked until 2030-12-12T14:00:00Z."
    failure = send_draft(relay_profile(relay_server), secrets, simple()).failure
    assert "blocked until" in failure.hint and "2030" in failure.hint


def test_a_wrong_secret_is_535(relay_server, secrets):
    report = send_draft(relay_profile(relay_server), secrets, simple(), secret="wrong")
    assert report.outcome is Outcome.ERROR
    assert (report.failure.code, report.failure.hint) == ("535", RelayError.WRONG_CREDENTIALS)
    assert "wrong" not in report.failure.summary
    assert relay_server.recorder.received == []


def test_no_report_shows_the_secret(relay_server, secrets, example_draft):
    relay_server.recorder.faults.data = "554 5.5.1 No valid recipients"
    report = send_draft(relay_profile(relay_server), secrets, example_draft)
    assert report.failure is not None and SECRET not in repr(report) + str(report)
    check = relay.check_relay(relay_profile(relay_server).relay_endpoint(), USER, SECRET)
    assert SECRET not in repr(check)


def test_a_temporary_refusal_is_retryable(relay_server, secrets):
    relay_server.recorder.faults.mail = "451 4.3.0 Try again later"
    failure = send_draft(relay_profile(relay_server), secrets, simple()).failure
    assert (failure.code, failure.retryable, failure.hint) == ("451", True, RelayError.TEMPORARY)


def test_a_refused_recipient_sends_to_nobody_and_marks_its_field(relay_server, secrets):
    relay_server.recorder.faults.rcpt = {"giulia@example.org": "550 5.1.1 No such mailbox"}
    draft = simple(cc="Anna <anna@example.org>, giulia@example.org")
    report = send_draft(relay_profile(relay_server), secrets, draft)
    assert report.outcome is Outcome.ERROR and report.failure.code == "550"
    assert [p.field for p in report.failure.problems] == ["Cc[1].Email"]
    assert relay_server.recorder.received == []


def test_a_drop_after_the_message_is_outcome_unknown(relay_server, secrets):
    relay_server.recorder.faults.drop_after_data = True
    report = send_draft(relay_profile(relay_server), secrets, simple())
    assert report.outcome is Outcome.UNKNOWN and not report.failure.retryable
    assert len(relay_server.recorder.received) == 1  # it did arrive: never sent again


def test_no_reply_to_the_message_in_time_is_outcome_unknown(relay_server, secrets, monkeypatch):
    monkeypatch.setattr(relay, "DATA_REPLY_TIMEOUT_S", 0.5)
    relay_server.recorder.faults.stall_after_data = True
    report = send_draft(relay_profile(relay_server), secrets, simple())
    assert report.outcome is Outcome.UNKNOWN and not report.failure.retryable


def test_a_non_ascii_address_goes_as_smtputf8(relay_server, secrets):
    report = send_draft(relay_profile(relay_server), secrets, simple(to="mário@example.org"))
    assert report.outcome is Outcome.QUEUED
    [got] = relay_server.recorder.received
    assert "SMTPUTF8" in got.mail_options and got.rcpt_tos == ["mário@example.org"]
    assert "To: mário@example.org\r\n".encode() in got.data  # RFC 6532: UTF-8 as it is


def test_a_template_is_refused_locally_for_the_relay(relay_server, secrets):
    profile = relay_profile(relay_server)
    secrets.keep_for_session(profile.id, SECRET)
    report = send(profile, secrets, None, SendKind.TEMPLATE, simple(template_id=7), Channel.SMTP)
    assert report.outcome is Outcome.REFUSED_LOCALLY
    assert [p.field for p in report.failure.problems] == ["TemplateId"]


def test_the_sandbox_profile_uses_the_embedded_listener_and_waits_for_it(relay_server, secrets):
    sandbox = Profile(name="Sandbox", username=USER, endpoint=Endpoint.SANDBOX)
    secrets.keep_for_session(sandbox.id, SECRET)
    draft = simple()
    starting = send(sandbox, secrets, None, SendKind.MESSAGE, draft, Channel.SMTP)
    assert starting.outcome is Outcome.ERROR and "still starting" in starting.failure.summary
    running = send(
        sandbox,
        secrets,
        None,
        SendKind.MESSAGE,
        draft,
        Channel.SMTP,
        sandbox_smtp=relay_server.address,
    )
    assert running.outcome is Outcome.QUEUED and relay_server.recorder.received[0].tls


# ----- Test connection ------------------------------------------------------------------
def test_test_connection_passes_every_step_and_sends_nothing(relay_server):
    check = relay.check_relay(relay_profile(relay_server).relay_endpoint(), USER, SECRET)
    assert check.ok and check.failure is None
    assert check.passed == (
        relay.Step.CONNECT,
        relay.Step.EHLO,
        relay.Step.STARTTLS,
        relay.Step.AUTH,
        relay.Step.QUIT,
    )
    greeting = check.greeting
    assert "relay-test ESMTP" in greeting.banner
    assert greeting.server_name and greeting.tls_version.startswith("TLS")
    assert {"PLAIN", "LOGIN"} <= set(greeting.auth_mechanisms)
    assert relay_server.recorder.received == []


def test_test_connection_says_when_nothing_listens():
    from support.relay_server import free_port

    endpoint = Profile(name="x", username=USER, relay_host="127.0.0.1", relay_port=free_port())
    check = relay.check_relay(endpoint.relay_endpoint(), USER, SECRET)
    assert check.failed_step is relay.Step.CONNECT and check.passed == ()
    # refused, not blocked: the advice names the port, not "many networks block port 25"
    hint = translated(check.failure.hint)
    assert hint.startswith("Nothing was sent.") and "nothing listens on port" in hint
    assert check.failure.retryable


def test_test_connection_refuses_a_relay_without_starttls(plain_relay_server):
    check = relay.check_relay(relay_profile(plain_relay_server).relay_endpoint(), USER, SECRET)
    assert check.failed_step is relay.Step.STARTTLS
    assert check.passed == (relay.Step.CONNECT, relay.Step.EHLO)  # the secret was never sent
    assert check.failure.hint == RelayError.NO_STARTTLS


def test_starttls_may_be_relaxed_on_loopback(plain_relay_server, secrets):
    profile = relay_profile(plain_relay_server, relay_starttls=False)
    check = relay.check_profile_relay(profile, secrets, None, typed_secret=SECRET)
    assert check.ok and check.greeting.tls_version is None
    report = send_draft(profile, secrets, simple())
    assert report.outcome is Outcome.QUEUED
    assert plain_relay_server.recorder.received[0].tls is False


def test_test_connection_says_when_auth_is_refused(relay_server):
    check = relay.check_relay(relay_profile(relay_server).relay_endpoint(), USER, "wrong")
    assert check.failed_step is relay.Step.AUTH
    assert (check.failure.code, check.failure.hint) == ("535", RelayError.WRONG_CREDENTIALS)
