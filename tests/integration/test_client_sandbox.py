"""MailUpClient against the real sandbox over loopback HTTP: success, every code, and faults."""

import email
import socket
from datetime import UTC, datetime, timedelta
from email import policy

import httpx
import msgspec
import pytest

from mailup_gui.api import (
    BadResponseError,
    ConnectionFailedError,
    EmailAddress,
    Html,
    MailUpApiError,
    MailUpClient,
    Message,
    MessagePart,
    NameValue,
    NetworkError,
    OutcomeUnknownError,
    TemplateMessage,
    XSmtpApi,
)
from mailup_gui.api.dates import format_local, parse_datetime
from mailup_gui.api.errors import CODES
from mailup_gui.api.responses import check_envelope, decode_body
from mailup_gui.sandbox.admin import Recipient

SECRET = "sandbox"

MINIMAL = Message(
    subject="Your order [order_id] has shipped",
    html=Html(body="<p>Hello [firstname],</p><p>your order <b>[order_id]</b> is on its way.</p>"),
    text="Hello [firstname],\nyour order [order_id] is on its way.",
    from_=EmailAddress("support@example.com", "Example Support"),
    to=[EmailAddress("mario.rossi@example.org", "Mario Rossi")],
    x_smtp_api=XSmtpApi(
        dynamic_fields=[NameValue("firstname", "Mario"), NameValue("order_id", "A-1042")]
    ),
)


def changed(request, **changes):
    return msgspec.structs.replace(request, **changes)


@pytest.fixture
def connect(sandbox):
    """A factory of clients of the sandbox, closed after the test."""
    clients = []

    def make(username="s10000_1", secret=SECRET, **options):
        client = MailUpClient(
            options.pop("base_url", sandbox.api_base_url), username, secret, **options
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def raw_post(sandbox, path, content):
    """What the client itself never sends (no body, null), read with the client's own parsing."""
    response = httpx.post(sandbox.api_base_url + path, content=content)
    return response.status_code, decode_body(response.status_code, response.content, "")


# --- success ----------------------------------------------------------------------------------


def test_minimal_send_message_is_queued_with_merge_tags_filled(connect, sandbox_admin):
    result = connect().send_message(MINIMAL)

    assert (result.http_status, result.code, result.status) == (200, "0", "done")
    [summary] = sandbox_admin.outbox()
    assert summary.method == "SendMessage"
    assert summary.username == "s10000_1"
    assert summary.status == "queued"
    assert summary.recipient_count == 1
    message = sandbox_admin.message(summary.id)
    assert message.subject == "Your order A-1042 has shipped"
    assert "<p>Hello Mario,</p>" in message.html
    assert "<b>A-1042</b>" in message.html
    assert message.text == "Hello Mario,\nyour order A-1042 is on its way."
    assert message.recipients == [Recipient("to", "mario.rossi@example.org", "Mario Rossi")]
    assert message.request["User"] == {"Username": "s10000_1"}
    assert message.request["Subject"] == MINIMAL.subject  # the request as sent, tags and all
    parsed = email.message_from_bytes(sandbox_admin.eml(summary.id), policy=policy.default)
    assert parsed["Subject"] == "Your order A-1042 has shipped"
    assert parsed.get_body(("plain",)).get_content().startswith("Hello Mario,")


def test_the_secret_is_kept_out_of_the_outbox(connect, sandbox_admin):
    secret = "Xq7-very-distinctive-secret"
    sandbox_admin.set_user("s10000_1", secret=secret)

    connect(secret=secret).send_message(MINIMAL)

    [summary] = sandbox_admin.outbox()
    stored = str(sandbox_admin.message(summary.id)) + str(summary) + str(sandbox_admin.users())
    assert secret not in stored
    assert secret.encode() not in sandbox_admin.eml(summary.id)


def test_send_template_delivers_the_templates_content_with_its_image(connect, sandbox_admin):
    values = {
        "firstname": "Mario",
        "order_id": "A-1042",
        "carrier": "DHL",
        "delivery_date": "3 Dec",
    }
    template = TemplateMessage(
        template_id=3,
        from_=EmailAddress("orders@example.com"),  # a sender of the user's domain list
        to=[EmailAddress("mario.rossi@example.org")],
        x_smtp_api=XSmtpApi(dynamic_fields=[NameValue(n, v) for n, v in values.items()]),
    )

    connect().send_template(template)

    [summary] = sandbox_admin.outbox()
    assert (summary.method, summary.template_id) == ("SendTemplate", 3)
    message = sandbox_admin.message(summary.id)
    assert message.subject == "Your order A-1042 is on its way"
    assert "Good news, Mario" in message.html and "with DHL" in message.html
    assert 'src="cid:logo"' in message.html
    parsed = email.message_from_bytes(sandbox_admin.eml(summary.id), policy=policy.default)
    [image] = [part for part in parsed.walk() if part.get_content_type() == "image/png"]
    assert image["Content-ID"] == "<logo>"
    assert image.get_content()[:8] == b"\x89PNG\r\n\x1a\n"
    assert sandbox_admin.template(3).content_ids == ["logo"]


def test_send_template_subject_in_the_request_overrides_the_templates(connect, sandbox_admin):
    template = TemplateMessage(
        template_id=2,
        subject="Password help for [firstname]",
        from_=EmailAddress("support@example.com"),
        to=[EmailAddress("mario.rossi@example.org")],
        x_smtp_api=XSmtpApi(dynamic_fields=[NameValue("firstname", "Mario")]),
    )

    connect().send_template(template)

    message = sandbox_admin.message(sandbox_admin.outbox()[0].id)
    assert message.subject == "Password help for Mario"
    assert "Reset your password" in message.html


def test_header_and_footer_blocks_are_visible(connect, sandbox_admin):
    connect().send_message(changed(MINIMAL, x_smtp_api=XSmtpApi(header=True, footer=True)))

    message = sandbox_admin.message(sandbox_admin.outbox()[0].id)
    assert (
        message.html.index("MailUp header")
        < message.html.index("Hello")
        < message.html.index("MailUp footer")
    )
    assert message.text.startswith("Having trouble reading this email?")


def test_a_future_schedule_is_stored_as_scheduled(connect, sandbox_admin):
    when = datetime(2031, 5, 4, 9, 30, tzinfo=UTC)
    connect().send_message(changed(MINIMAL, x_smtp_api=XSmtpApi(schedule=when)))

    [summary] = sandbox_admin.outbox()
    assert summary.status == "scheduled"
    assert parse_datetime(summary.scheduled_for) == when


def test_mailups_own_schedule_example_without_seconds_is_accepted(sandbox, sandbox_admin):
    body = msgspec.json.encode(
        {
            **msgspec.to_builtins(MINIMAL),
            "XSmtpAPI": {"Schedule": "2021-09-14T17:58+02:00"},
            "User": {"Username": "s10000_1", "Secret": SECRET},
        }
    )
    status, data = raw_post(sandbox, "messages/sendmessage", body)

    assert (status, data["Code"]) == (200, "0")
    message = sandbox_admin.message(sandbox_admin.outbox()[0].id)
    assert message.status == "queued"  # in the past: sent at once
    assert message.request["XSmtpAPI"]["Schedule"] == "2021-09-14T17:58:00+02:00"


def test_list_user_info_lists_the_non_deleted_users_of_the_callers_list(connect):
    users = {user.username: user for user in connect().list_user_info()}

    assert sorted(users) == ["s10000_1", "s10000_2", "s10000_3", "s10000_4"]
    assert users["s10000_1"].sender_list == "support@example.com"
    assert users["s10000_1"].domain_list == "example.com"
    assert (users["s10000_1"].id_console, users["s10000_1"].id_list) == (10000, 1)
    assert users["s10000_1"].block_until is None
    expected_end = datetime.now(UTC) + timedelta(days=7)
    assert abs(users["s10000_2"].block_until - expected_end) < timedelta(minutes=1)
    assert users["s10000_3"].admin_block is True
    assert users["s10000_4"].is_enabled is False
    assert users["s10000_1"].creation_date == datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


def test_list_user_info_for_one_user_or_an_unknown_one(connect):
    client = connect()
    assert [user.username for user in client.list_user_info("s10000_3")] == ["s10000_3"]
    assert client.list_user_info("s10000_77") == []
    assert client.list_user_info("s10000_5") == []  # deleted users are not listed


@pytest.mark.parametrize("username", ["s10000_2", "s10000_3", "s10000_4"])
def test_a_blocked_or_disabled_user_can_still_ask_list_user_info_why(connect, username):
    [me] = connect(username).list_user_info(username)
    assert me.username == username


# --- every code -------------------------------------------------------------------------------


def _no_recipient(connect):
    connect().send_message(changed(MINIMAL, to=[]), validate=False)


def _no_sender(connect):
    connect().send_message(changed(MINIMAL, from_=None), validate=False)


def _bad_address(connect):
    connect().send_message(changed(MINIMAL, to=[EmailAddress("not-an-address")]), validate=False)


def _two_line_name(connect):
    name = "Mario\r\nBcc: everyone@example.org"  # header injection
    connect().send_message(
        changed(MINIMAL, to=[EmailAddress("m@example.org", name)]), validate=False
    )


def _sender_not_authorised(connect):
    connect().send_message(changed(MINIMAL, from_=EmailAddress("ceo@elsewhere.example.net")))


def _template(template_id):
    def send(connect):
        connect().send_template(
            TemplateMessage(
                template_id=template_id,
                from_=EmailAddress("support@example.com"),
                to=[EmailAddress("mario.rossi@example.org")],
            )
        )

    return send


def _as(username, secret=SECRET):
    def send(connect):
        connect(username, secret).send_message(MINIMAL)

    return send


CASES = {
    "1 bad address": ("1", _bad_address),
    "1 name on two lines": ("1", _two_line_name),
    "102 wrong secret": ("102", _as("s10000_1", "wrong")),
    "102 unknown user": ("102", _as("s10000_99")),
    "102 sender not authorised": ("102", _sender_not_authorised),
    "103 disabled": ("103", _as("s10000_4")),
    "104 admin block": ("104", _as("s10000_3")),
    "105 blocked until": ("105", _as("s10000_2")),
    "106 unknown account": ("106", _as("s99999_1")),
    "107 suspended account": ("107", _as("s20000_1")),
    "108 deleted account": ("108", _as("s30000_1")),
    "109 no recipient": ("109", _no_recipient),
    "110 no sender": ("110", _no_sender),
    "111 unknown template": ("111", _template(42)),
    "111 template of another list": ("111", _template(9)),
    "112 deleted user": ("112", _as("s10000_5")),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_code_reaches_the_client_as_mailup_api_error(connect, sandbox_admin, case):
    code, call = CASES[case]

    with pytest.raises(MailUpApiError) as raised:
        call(connect)

    error = raised.value
    info = CODES[code]
    assert (error.http_status, error.code, error.meaning) == (info.http_status, code, info.meaning)
    assert error.retryable is False
    if code == "105":
        until = next(user for user in sandbox_admin.users() if user["Username"] == "s10000_2")[
            "BlockUntil"
        ]
        assert format_local(parse_datetime(until)) in error.hint
        assert until in error.server_message
    else:
        assert error.hint == info.hint
    assert sandbox_admin.outbox() == []


@pytest.mark.parametrize("body", [b"", b"  ", b"null"])
def test_an_empty_or_null_body_is_101(sandbox, body):
    status, data = raw_post(sandbox, "messages/sendmessage", body)

    with pytest.raises(MailUpApiError) as raised:
        check_envelope(status, data)
    assert (raised.value.http_status, raised.value.code) == (403, "101")
    assert raised.value.hint == CODES["101"].hint


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"[1, 2]",
        b'{"Subject": 5, "User": {"Username": "s10000_1", "Secret": "sandbox"}}',
        b'{"To": [{"Email": "a@example.org"}], "XSmtpAPI": {"Schedule": "next tuesday"}}',
    ],
)
def test_unreadable_json_or_a_wrong_type_is_400_code_1(sandbox, body):
    status, data = raw_post(sandbox, "messages/sendmessage", body)

    with pytest.raises(MailUpApiError) as raised:
        check_envelope(status, data)
    assert (raised.value.http_status, raised.value.code) == (400, "1")
    assert raised.value.server_message.startswith(CODES["1"].meaning)


@pytest.mark.parametrize(
    ("username", "code"),
    [
        ("s10000_99", "102"),
        ("s99999_1", "106"),
        ("s20000_1", "107"),
        ("s30000_1", "108"),
        ("s10000_5", "112"),
    ],
)
def test_list_user_info_refusals(connect, username, code):
    with pytest.raises(MailUpApiError) as raised:
        connect(username).list_user_info()
    assert (raised.value.http_status, raised.value.code) == (403, code)


# --- the order of the checks -----------------------------------------------------------------


def test_the_secret_is_checked_before_the_users_state(connect):
    with pytest.raises(MailUpApiError, match="Code 102"):
        connect("s10000_4", "wrong").send_message(MINIMAL)


def test_the_account_is_checked_before_the_user(connect):
    with pytest.raises(MailUpApiError, match="Code 107"):
        connect("s20000_99", "wrong").send_message(MINIMAL)


def test_deletion_wins_over_other_user_states(connect, sandbox_admin):
    sandbox_admin.set_user("s10000_5", is_enabled=False, admin_block=True)
    with pytest.raises(MailUpApiError, match="Code 112"):
        connect("s10000_5").send_message(MINIMAL)


def test_the_users_state_is_checked_before_the_content(connect):
    with pytest.raises(MailUpApiError, match="Code 105"):
        connect("s10000_2").send_message(changed(MINIMAL, to=[]), validate=False)


def test_no_sender_is_reported_before_no_recipient(connect):
    with pytest.raises(MailUpApiError, match="Code 110"):
        connect().send_message(changed(MINIMAL, from_=None, to=[]), validate=False)


def test_a_malformed_request_is_reported_before_an_unauthorised_sender(connect):
    request = changed(
        MINIMAL,
        from_=EmailAddress("ceo@elsewhere.example.net"),
        embedded_images=[MessagePart("a.png", b"x", "img"), MessagePart("b.png", b"y", "img")],
    )
    with pytest.raises(MailUpApiError, match="Code 1:"):
        connect().send_message(request, validate=False)


# --- driving the sandbox -----------------------------------------------------------------------


def test_state_changes_through_the_admin_client_take_effect_and_reset_restores(
    connect, sandbox_admin
):
    client = connect()
    sandbox_admin.set_account(10000, "suspended")
    with pytest.raises(MailUpApiError, match="Code 107"):
        client.send_message(MINIMAL)

    sandbox_admin.reset()
    until = datetime(2031, 1, 2, 3, 4, tzinfo=UTC)
    sandbox_admin.set_user("s10000_1", block_until=until)
    with pytest.raises(MailUpApiError) as raised:
        client.send_message(MINIMAL)
    assert raised.value.code == "105"
    assert format_local(until) in raised.value.hint

    sandbox_admin.set_user("s10000_1", block_until=None)
    assert client.send_message(MINIMAL).code == "0"


# --- faults ------------------------------------------------------------------------------------


def test_a_closed_port_is_a_retryable_connection_failure():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with (
        MailUpClient(f"http://127.0.0.1:{port}/API/v2.0/", "s10000_1", SECRET) as client,
        pytest.raises(ConnectionFailedError) as raised,
    ):
        client.send_message(MINIMAL)
    assert raised.value.retryable is True


def test_a_send_that_times_out_has_an_unknown_outcome(connect, sandbox_admin):
    sandbox_admin.set_faults(latency_ms=1000, times=1)

    with pytest.raises(OutcomeUnknownError) as raised:
        connect(timeout=0.3).send_message(MINIMAL)

    assert raised.value.retryable is False
    assert len(sandbox_admin.outbox()) == 1  # it was queued all the same: the reason not to retry


def test_list_user_info_that_times_out_is_a_retryable_network_error(connect, sandbox_admin):
    sandbox_admin.set_faults(latency_ms=1000, times=1)

    with pytest.raises(NetworkError) as raised:
        connect(timeout=0.3).list_user_info()

    assert raised.value.retryable is True


def test_a_dropped_connection_on_a_send_has_an_unknown_outcome(connect, sandbox_admin):
    sandbox_admin.set_faults(drop=True, times=1)

    with pytest.raises(OutcomeUnknownError) as raised:
        connect().send_message(MINIMAL)

    assert "RemoteProtocolError" in raised.value.summary or "ReadError" in raised.value.summary
    assert len(sandbox_admin.outbox()) == 1
    assert sandbox_admin.faults()["drop"] is False  # times=1 is used up


def test_a_dropped_connection_on_list_user_info_is_a_network_error(connect, sandbox_admin):
    sandbox_admin.set_faults(drop=True)

    with pytest.raises(NetworkError):
        connect().list_user_info()


def test_a_5xx_is_a_retryable_api_error_and_nothing_is_queued(connect, sandbox_admin):
    sandbox_admin.set_faults(http_5xx=503, times=1)
    client = connect()

    with pytest.raises(MailUpApiError) as raised:
        client.send_message(MINIMAL)

    assert raised.value.http_status == 503
    assert raised.value.retryable is True
    assert sandbox_admin.outbox() == []
    assert client.send_message(MINIMAL).code == "0"  # the fault applied once


def test_faults_leave_the_sandbox_endpoints_alone(sandbox_admin):
    sandbox_admin.set_faults(drop=True, latency_ms=1000)

    assert sandbox_admin.outbox() == []
    assert sandbox_admin.faults() == {
        "latency_ms": 1000,
        "http_5xx": None,
        "drop": True,
        "times": None,
    }


@pytest.mark.parametrize(
    ("status", "content_type", "body"),
    [
        (502, "text/html", b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
        (200, "application/json", b'{"Status":"done","Code":"0","Mess'),
    ],
    ids=["html error page", "truncated json"],
)
def test_answers_that_are_not_mailup_envelopes_are_bad_responses(status, content_type, body):
    # Faults the sandbox cannot produce on demand: a proxy's page, a body cut short.
    transport = httpx.MockTransport(
        lambda request: httpx.Response(status, content=body, headers={"content-type": content_type})
    )
    with (
        MailUpClient(
            "http://mailup.test/API/v2.0/", "s10000_1", SECRET, transport=transport
        ) as client,
        pytest.raises(BadResponseError) as raised,
    ):
        client.send_message(MINIMAL)
    assert raised.value.http_status == status
