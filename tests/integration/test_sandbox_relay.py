"""The sandbox's SMTP+ relay with real SMTP clients over loopback: Python's smtplib and swaks
send through it, each refusal has its SMTP reply, and X-SMTPAPI works as the API's XSmtpAPI."""

import email
import json
import shutil
import smtplib
import subprocess
from datetime import UTC, datetime, timedelta
from email import policy
from email.message import EmailMessage

import pytest

from mailup_gui.api.dates import find_datetime, format_local, parse_datetime
from mailup_gui.api.errors import CODES
from mailup_gui.core.send.relay import RelayError, Step, refusal

USER, SECRET = "s10000_1", "sandbox"
OPTIONS = {
    "CampaignCode": "relay-test",
    "CampaignName": "Relay",
    "Header": False,
    "Footer": True,
    "ClickTracking": True,
    "ViewTracking": False,
    "Priority": 2,
    "DynamicFields": [{"N": "firstname", "V": "Mario"}],
}


def message(**headers) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = headers.pop("From", "Example Support <support@example.com>")
    mail["To"] = headers.pop("To", "Mario Rossi <mario@example.org>")
    mail["Subject"] = headers.pop("Subject", "Hello [firstname]")
    for name, value in headers.items():
        mail[name.replace("_", "-")] = value
    mail.set_content("Hello [firstname],\nthe relay works.")
    mail.add_alternative("<p>Hello <b>[firstname]</b></p>", subtype="html")
    return mail


def test_smtplib_sends_after_starttls_and_x_smtpapi_is_applied(
    connect, sandbox_admin, only_message
):
    client = connect()
    assert client.has_extn("starttls") is False  # offered once, before TLS
    assert "PLAIN" in client.esmtp_features["auth"] and "LOGIN" in client.esmtp_features["auth"]
    schedule = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
    options = {**OPTIONS, "Schedule": schedule.isoformat()}
    client.send_message(
        message(X_SMTPAPI=json.dumps(options), X_Ticket="T-1"), to_addrs=["mario@example.org"]
    )
    stored = only_message()
    assert stored.method == "SMTP" and stored.username == USER
    assert stored.subject == "Hello Mario"
    assert stored.text.startswith("Hello Mario,\nthe relay works.")
    assert "<b>Mario</b>" in stored.html and "[firstname]" not in stored.html
    assert stored.status == "scheduled"
    assert parse_datetime(stored.scheduled_for) == schedule
    request = stored.request
    assert request["User"] == {"Username": USER}  # never the secret
    assert {key: value for key, value in request["XSmtpAPI"].items() if key != "Schedule"} == (
        OPTIONS
    )
    assert request["ExtendedHeaders"] == [{"N": "X-Ticket", "V": "T-1"}]
    eml = email.message_from_bytes(sandbox_admin.eml(stored.id), policy=policy.default)
    assert eml["X-SMTPAPI"] is None and eml["X-Ticket"] == "T-1"
    assert eml["Subject"] == "Hello Mario"


def test_auth_works_without_tls_on_loopback_with_plain_and_login(connect, sandbox_admin):
    for mechanism in ("PLAIN", "LOGIN"):
        client = connect(tls=False, login=None)
        client.user, client.password = USER, SECRET
        code, _ = client.auth(mechanism, getattr(client, f"auth_{mechanism.lower()}"))
        assert code == 235
        client.send_message(message())
    assert len(sandbox_admin.outbox()) == 2


def test_bcc_is_every_recipient_the_headers_do_not_show(connect, sandbox_admin, only_message):
    connect().send_message(
        message(Cc="giulia@example.org"),
        to_addrs=["mario@example.org", "giulia@example.org", "archive@example.com"],
    )
    stored = only_message()
    assert [(r.kind, r.email) for r in stored.recipients] == [
        ("to", "mario@example.org"),
        ("cc", "giulia@example.org"),
        ("bcc", "archive@example.com"),
    ]
    eml = sandbox_admin.eml(stored.id)
    assert b"archive@example.com" not in eml


def test_swaks_sends_through_the_relay(sandbox, sandbox_admin):
    swaks = shutil.which("swaks")
    if swaks is None:
        pytest.skip("swaks is not installed (./dev system-deps installs it)")
    host, port = sandbox.smtp_address
    for auth, tls in (("PLAIN", []), ("LOGIN", ["--tls"])):
        result = subprocess.run(
            [
                swaks, "--server", host, "--port", str(port), *tls,
                "--auth", auth, "--auth-user", USER, "--auth-password", SECRET,
                "--from", "support@example.com", "--to", "mario@example.org",
                "--header", f"Subject: swaks {auth}",
                "--header", f"X-SMTPAPI: {json.dumps({'CampaignCode': 'swaks'})}",
                "--body", "Sent by swaks",
            ],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
        assert "queued as sandbox message" in result.stdout
    stored = [sandbox_admin.message(item.id) for item in sandbox_admin.outbox()]
    assert sorted(item.subject for item in stored) == ["swaks LOGIN", "swaks PLAIN"]
    for item in stored:
        # swaks ends its body with a blank line of its own
        assert item.method == "SMTP" and item.text.rstrip() == "Sent by swaks"
        assert item.request["XSmtpAPI"] == {"CampaignCode": "swaks"}


def test_swaks_8bit_text_without_a_charset_is_kept_as_written(sandbox, sandbox_admin):
    """swaks sends its body's bytes under ``Content-Type: text/plain`` with no charset: valid
    UTF-8 is read as UTF-8, as mail clients read it, not as ASCII with U+FFFD in it."""
    swaks = shutil.which("swaks")
    if swaks is None:
        pytest.skip("swaks is not installed (./dev system-deps installs it)")
    host, port = sandbox.smtp_address
    result = subprocess.run(
        [
            swaks, "--server", host, "--port", str(port), "--tls",
            "--auth", "PLAIN", "--auth-user", USER, "--auth-password", SECRET,
            "--from", "support@example.com", "--to", "mario@example.org",
            "--header", "Subject: swaks città", "--body", "Ciao, città già più",
            "--attach-type", "application/octet-stream", "--attach-name", "a.bin",
            "--attach", "-",
        ],
        input=b"\x00\xff", capture_output=True, timeout=30, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (row,) = sandbox_admin.outbox()
    stored = sandbox_admin.message(row.id)
    assert stored.text.rstrip() == "Ciao, città già più"
    assert stored.subject == "swaks città"


@pytest.mark.parametrize(
    ("username", "secret", "reply", "api_code"),
    [
        ("s10000_99", "sandbox", "5.7.8 Authentication credentials invalid", None),
        ("s10000_1", "wrong", "5.7.8 Authentication credentials invalid", None),
        ("s10000_5", "sandbox", "The user has been deleted.", "112"),
        ("s10000_4", "sandbox", "The user is not enabled.", "103"),
        ("s10000_3", "sandbox", "The user is blocked.", "104"),
        ("s10000_2", "sandbox", "The user is blocked until ", "105"),
        ("s99999_1", "sandbox", "The MailUp account cannot be found.", "106"),
        ("s20000_1", "sandbox", "The MailUp account has been suspended.", "107"),
        ("s30000_1", "sandbox", "The MailUp account has been deleted.", "108"),
    ],
)
def test_auth_refuses_as_the_api_does_in_words_the_app_reads(
    connect, username, secret, reply, api_code
):
    with pytest.raises(smtplib.SMTPAuthenticationError) as refused:
        connect(login=(username, secret))
    code, text = refused.value.smtp_code, refused.value.smtp_error.decode()
    assert code == 535 and reply in text
    failure = refusal(Step.AUTH, code, text)  # how the app explains it
    if api_code is None:
        assert text.startswith("5.7.8") and failure.hint == RelayError.WRONG_CREDENTIALS
    elif api_code == "105":
        until = find_datetime(text)
        assert until is not None and until > datetime.now(UTC)  # the date is in the reply
        assert failure.hint == CODES["105"].hint.format(until=format_local(until))
    else:
        assert failure.hint == CODES[api_code].hint


def test_a_state_set_after_auth_refuses_the_message(connect, sandbox_admin):
    client = connect()
    sandbox_admin.set_user(USER, admin_block=True)
    with pytest.raises(smtplib.SMTPSenderRefused) as refused:
        client.send_message(message())
    assert refused.value.smtp_code == 535 and b"The user is blocked." in refused.value.smtp_error


def test_mail_without_auth_is_refused(connect):
    client = connect(login=None)
    code, _ = client.mail("support@example.com")
    assert code == 530


def test_a_sender_outside_the_users_senders_is_550_5_7_1(connect, sandbox_admin):
    client = connect()
    code, text = client.mail("someone@elsewhere.example")
    assert code == 550 and text.startswith(b"5.7.1") and b"someone@elsewhere.example" in text
    client.rset()
    # the envelope's sender allowed, the From header not: refused too
    with pytest.raises(smtplib.SMTPDataError) as refused:
        client.send_message(message(From="someone@elsewhere.example"),
                            from_addr="support@example.com")  # fmt: skip
    assert refused.value.smtp_code == 550 and refused.value.smtp_error.startswith(b"5.7.1")
    assert sandbox_admin.outbox() == []


def test_no_valid_recipient_is_554(connect, sandbox_admin):
    client = connect()
    assert client.mail("support@example.com")[0] == 250
    code, text = client.rcpt("not an address")
    assert code == 553 and text.startswith(b"5.1.3")
    code, text = client.docmd("DATA")
    assert code == 554 and b"No valid recipients" in text
    assert sandbox_admin.outbox() == []


def test_attachments_over_10_mb_are_552(connect, sandbox_admin):
    mail = message()
    mail.add_attachment(b"x" * (10 * 1024 * 1024 + 1), "application", "octet-stream",
                        filename="big.bin")  # fmt: skip
    with pytest.raises(smtplib.SMTPDataError) as refused:
        connect().send_message(mail)
    assert refused.value.smtp_code == 552 and b"10 MB" in refused.value.smtp_error
    assert sandbox_admin.outbox() == []


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("{not json", b"not JSON"),
        ('["CampaignCode"]', b"not an object"),
        ('{"campaignCode": "x"}', b"'campaignCode' is not an XSmtpAPI member"),
        ('{"Priority": "high"}', b"Priority"),
        ('{"Priority": 9}', b"Priority goes from 1 to 5"),
        ('{"Schedule": "next week"}', b"Schedule"),
    ],
)
def test_an_unreadable_x_smtpapi_is_550_naming_the_header(connect, sandbox_admin, value, said):
    with pytest.raises(smtplib.SMTPDataError) as refused:
        connect().send_message(message(X_SMTPAPI=value))
    assert refused.value.smtp_code == 550
    assert refused.value.smtp_error.startswith(b"5.6.0 X-SMTPAPI")
    assert said in refused.value.smtp_error
    assert sandbox_admin.outbox() == []
