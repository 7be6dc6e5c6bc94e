"""MailUpClient over httpx.MockTransport: what it posts, and faults a real server can't fake."""

from __future__ import annotations

import json
import ssl

import httpx
import pytest

import mailup_gui
from mailup_gui.api import client as client_module
from mailup_gui.api.client import MailUpClient
from mailup_gui.api.dto import (
    EmailAddress,
    Message,
    MessagePart,
    NameValue,
    SmtpUser,
    TemplateMessage,
    UserInfo,
    XSmtpApi,
    to_builtins,
)
from mailup_gui.api.errors import (
    BadResponseError,
    ConnectionFailedError,
    InvalidRequestError,
    MailUpApiError,
    NetworkError,
    OutcomeUnknownError,
)
from mailup_gui.api.responses import SendResult

USERNAME = "s10000_1"
SECRET = "S3cret-in-body-only"
DONE = {"Status": "done", "Code": "0", "Message": "Queued"}


class Recorder:
    """A MockTransport handler that records every request and answers with ``reply``."""

    def __init__(self, reply=None):
        self.requests: list[httpx.Request] = []
        self.reply = reply or (lambda request: httpx.Response(200, json=DONE))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return self.reply(request)

    @property
    def only(self) -> httpx.Request:
        assert len(self.requests) == 1
        return self.requests[0]


def make_client(handler, base_url="https://send.mailup.com/API/v2.0/") -> MailUpClient:
    return MailUpClient(base_url, USERNAME, SECRET, transport=httpx.MockTransport(handler))


def message() -> Message:
    return Message(
        subject="Hello",
        text="Body",
        from_=EmailAddress(email="support@example.com", name="Support"),
        to=[EmailAddress(email="mario@example.org")],
        attachments=[MessagePart(filename="a.bin", body=b"\x00\x01\xff")],
        x_smtp_api=XSmtpApi(dynamic_fields=[NameValue("firstname", "Mario")], header=False),
    )


def template() -> TemplateMessage:
    return TemplateMessage(
        template_id=321,
        from_=EmailAddress(email="support@example.com"),
        to=[EmailAddress(email="mario@example.org")],
    )


# --- the request ---------------------------------------------------------------------------


def test_production_base_url_and_defaults():
    assert client_module.PRODUCTION_BASE_URL == "https://send.mailup.com/API/v2.0/"
    with MailUpClient() as client:
        assert client.base_url == "https://send.mailup.com/API/v2.0/"


def test_tls_verification_is_on_by_default():
    with MailUpClient(username=USERNAME, secret=SECRET) as client:
        transport = client._http._transport
        assert isinstance(transport, httpx.HTTPTransport)
        context = transport._pool._ssl_context
        assert context.verify_mode == ssl.CERT_REQUIRED
        assert context.check_hostname is True


@pytest.mark.parametrize(
    ("base_url", "expected"),
    [
        (
            "https://send.mailup.com/API/v2.0/",
            "https://send.mailup.com/API/v2.0/messages/sendmessage",
        ),
        (
            "https://send.mailup.com/API/v2.0",
            "https://send.mailup.com/API/v2.0/messages/sendmessage",
        ),
        (
            "  https://send.mailup.com/API/v2.0// ",
            "https://send.mailup.com/API/v2.0/messages/sendmessage",
        ),
        ("http://127.0.0.1:8025/API/v2.0", "http://127.0.0.1:8025/API/v2.0/messages/sendmessage"),
        ("http://127.0.0.1:8025", "http://127.0.0.1:8025/messages/sendmessage"),
    ],
)
def test_send_message_posts_under_the_base_url(base_url, expected):
    recorder = Recorder()
    with make_client(recorder, base_url) as client:
        client.send_message(message())
    assert str(recorder.only.url) == expected
    assert recorder.only.method == "POST"


def test_send_message_request_headers_and_body():
    recorder = Recorder()
    with make_client(recorder) as client:
        result = client.send_message(message())
    assert result == SendResult(200, "0", "done", "Queued")
    request = recorder.only
    assert request.headers["content-type"] == "application/json"
    assert request.headers["accept"] == "application/json"
    agent = request.headers["user-agent"]
    assert agent.startswith("mailup-gui/")
    assert f"mailup-gui/{mailup_gui.__version__}" in agent
    body = json.loads(request.content)
    assert body["User"] == {"Username": USERNAME, "Secret": SECRET}
    assert {k: v for k, v in body.items() if k != "User"} == to_builtins(message())
    assert body["Attachments"][0]["Body"] == "AAH/"
    assert body["XSmtpAPI"]["Header"] is False
    # Credentials travel in the body only.
    assert "authorization" not in request.headers
    assert SECRET not in str(request.url)
    assert all(SECRET not in value for value in request.headers.values())


def test_send_does_not_mutate_the_callers_message():
    original = message()
    with make_client(Recorder()) as client:
        client.send_message(original)
    assert original.user is None
    assert original == message()


def test_request_body_is_what_gets_posted():
    recorder = Recorder()
    with make_client(recorder) as client:
        expected = client.request_body(message())
        client.send_message(message())
    assert recorder.only.content == expected


def test_callers_own_user_is_replaced_by_the_profile_credentials():
    recorder = Recorder()
    with make_client(recorder) as client:
        client.send_message(
            Message(
                **{
                    **{f: getattr(message(), f) for f in message().__struct_fields__},
                    "user": SmtpUser("other_user", "other_secret"),
                }
            )
        )
    assert json.loads(recorder.only.content)["User"] == {"Username": USERNAME, "Secret": SECRET}


def test_send_template_posts_template_id():
    recorder = Recorder()
    with make_client(recorder, "https://send.mailup.com/API/v2.0") as client:
        client.send_template(template())
    request = recorder.only
    assert str(request.url) == "https://send.mailup.com/API/v2.0/messages/sendtemplate"
    assert request.method == "POST"
    body = json.loads(request.content)
    assert body["TemplateId"] == 321
    assert body["User"] == {"Username": USERNAME, "Secret": SECRET}


@pytest.mark.parametrize(
    ("username", "expected_body"),
    [
        ("s10000_2", {"User": {"Username": USERNAME, "Secret": SECRET}, "Username": "s10000_2"}),
        (None, {"User": {"Username": USERNAME, "Secret": SECRET}}),
        ("", {"User": {"Username": USERNAME, "Secret": SECRET}}),
    ],
)
def test_list_user_info_request(username, expected_body):
    recorder = Recorder(
        lambda request: httpx.Response(200, json={**DONE, "UserList": [{"Username": "s10000_2"}]})
    )
    with make_client(recorder) as client:
        users = client.list_user_info(username)
    assert users == [UserInfo(username="s10000_2")]
    request = recorder.only
    assert str(request.url) == "https://send.mailup.com/API/v2.0/users/listuserinfo"
    assert request.method == "POST"
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == expected_body


def test_list_user_info_bare_list_answer():
    recorder = Recorder(lambda r: httpx.Response(200, json=[{"Username": "a"}, {"Username": "b"}]))
    with make_client(recorder) as client:
        assert [u.username for u in client.list_user_info()] == ["a", "b"]


def test_error_envelope_becomes_api_error():
    recorder = Recorder(
        lambda r: httpx.Response(
            403, json={"Status": "error", "Code": "102", "Message": "Not authorized"}
        )
    )
    with make_client(recorder) as client, pytest.raises(MailUpApiError) as caught:
        client.send_message(message())
    assert (caught.value.http_status, caught.value.code) == (403, "102")
    assert caught.value.retryable is False
    assert len(recorder.requests) == 1


# --- local validation ----------------------------------------------------------------------


def _never_called(request):
    raise AssertionError(f"transport called for {request.url}")


@pytest.mark.parametrize(
    ("request_", "field"),
    [
        (Message(subject="x", to=[EmailAddress(email="mario@example.org")]), "From"),
        (Message(subject="x", from_=EmailAddress(email="support@example.com")), "To"),
        (TemplateMessage(template_id=0, from_=EmailAddress(email="a@example.com"),
                         to=[EmailAddress(email="b@example.com")]), "TemplateId"),
    ],
)  # fmt: skip
def test_validation_refuses_before_any_request(request_, field):
    recorder = Recorder(_never_called)
    with make_client(recorder) as client:
        send = (
            client.send_template if isinstance(request_, TemplateMessage) else client.send_message
        )
        with pytest.raises(InvalidRequestError) as caught:
            send(request_)
    assert recorder.requests == []
    assert caught.value.problems[0].field == field
    assert caught.value.retryable is False


def test_validate_false_lets_the_server_judge():
    recorder = Recorder(
        lambda r: httpx.Response(
            403, json={"Status": "error", "Code": "110", "Message": "The sender is required."}
        )
    )
    with make_client(recorder) as client, pytest.raises(MailUpApiError) as caught:
        client.send_message(Message(subject="x"), validate=False)
    assert len(recorder.requests) == 1
    assert caught.value.code == "110"


# --- faults --------------------------------------------------------------------------------


def _raising(exc_type):
    def handler(request):
        raise exc_type("simulated", request=request)

    return handler


@pytest.mark.parametrize("exc_type", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
@pytest.mark.parametrize("method", ["send_message", "send_template", "list_user_info"])
def test_not_sent_faults_are_connection_failed_and_retryable(exc_type, method):
    with make_client(_raising(exc_type)) as client:
        call = {
            "send_message": lambda: client.send_message(message()),
            "send_template": lambda: client.send_template(template()),
            "list_user_info": lambda: client.list_user_info(),
        }[method]
        with pytest.raises(ConnectionFailedError) as caught:
            call()
    assert caught.value.retryable is True
    assert exc_type.__name__ in str(caught.value)
    # A look-up was never going to send anything: its hint must not say that nothing was sent.
    assert ("Nothing was sent" in caught.value.hint) == method.startswith("send")


@pytest.mark.parametrize(
    "exc_type",
    [httpx.ReadTimeout, httpx.WriteTimeout, httpx.RemoteProtocolError, httpx.ReadError],
)
@pytest.mark.parametrize("method", ["send_message", "send_template"])
def test_in_flight_faults_on_a_send_are_outcome_unknown(exc_type, method):
    with make_client(_raising(exc_type)) as client:
        send = client.send_message if method == "send_message" else client.send_template
        with pytest.raises(OutcomeUnknownError) as caught:
            send(message() if method == "send_message" else template())
    assert caught.value.retryable is False
    assert exc_type.__name__ in str(caught.value)


@pytest.mark.parametrize(
    "exc_type", [httpx.ReadTimeout, httpx.WriteTimeout, httpx.RemoteProtocolError, httpx.ReadError]
)
def test_in_flight_faults_on_list_user_info_are_retryable(exc_type):
    with make_client(_raising(exc_type)) as client, pytest.raises(NetworkError) as caught:
        client.list_user_info("s10000_2")
    assert caught.value.retryable is True


class _DroppingStream(httpx.SyncByteStream):
    """Sends the first bytes of the answer, then the connection drops."""

    def __iter__(self):
        yield b'{"Status":"do'
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body"
        )


def test_connection_dropped_mid_body_on_a_send_is_outcome_unknown():
    with (
        make_client(lambda r: httpx.Response(200, stream=_DroppingStream())) as client,
        pytest.raises(OutcomeUnknownError) as caught,
    ):
        client.send_message(message())
    assert caught.value.retryable is False


def test_half_written_body_is_a_bad_response():
    recorder = Recorder(
        lambda r: httpx.Response(
            200,
            content=b'{"Status":"done","Code":"0","Mess',
            headers={"content-type": "application/json"},
        )
    )
    with make_client(recorder) as client:
        with pytest.raises(BadResponseError) as caught:
            client.send_message(message())
        assert "truncated JSON" in str(caught.value)
        with pytest.raises(BadResponseError):
            client.list_user_info()
    assert caught.value.http_status == 200


def test_html_502_page_is_a_bad_response():
    page = (
        b"<html><head><title>502 Bad Gateway</title></head>"
        b"<body><h1>502 Bad Gateway</h1></body></html>"
    )
    recorder = Recorder(
        lambda r: httpx.Response(502, content=page, headers={"content-type": "text/html"})
    )
    with make_client(recorder) as client:
        with pytest.raises(BadResponseError) as caught:
            client.send_message(message())
        with pytest.raises(BadResponseError):
            client.list_user_info()
    assert caught.value.http_status == 502
    assert "HTML page" in str(caught.value)


def test_http_200_that_is_not_an_envelope_is_a_bad_response():
    recorder = Recorder(lambda r: httpx.Response(200, json={"hello": "world"}))
    with make_client(recorder) as client, pytest.raises(BadResponseError):
        client.send_message(message())


def test_empty_200_is_a_bad_response():
    with (
        make_client(lambda r: httpx.Response(200, content=b"")) as client,
        pytest.raises(BadResponseError, match="empty body"),
    ):
        client.send_message(message())
