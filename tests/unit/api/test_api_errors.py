"""MailUp's code table and the error family: meanings, hints, retryability, no secrets."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import httpx
import pytest

from mailup_gui.api.client import MailUpClient
from mailup_gui.api.dates import format_local
from mailup_gui.api.dto import EmailAddress, Message
from mailup_gui.api.errors import (
    CODES,
    BadResponseError,
    ConnectionFailedError,
    InvalidRequestError,
    MailUpApiError,
    MailUpError,
    NetworkError,
    OutcomeUnknownError,
)
from mailup_gui.api.problem import Problem

# mailup-api.md, "Responses and errors".
DOCUMENTED = {
    "1": (400, "The operation failed."),
    "101": (403, "The input is null."),
    "102": (403, "The operation is not authorized."),
    "103": (403, "The user is not enabled."),
    "104": (403, "The user is blocked."),
    "105": (403, "The user is blocked until this date."),
    "106": (403, "The MailUp account cannot be found."),
    "107": (403, "The MailUp account has been suspended."),
    "108": (403, "The MailUp account has been deleted."),
    "109": (403, "At least one recipient is required."),
    "110": (403, "The sender is required."),
    "111": (403, "The template cannot be found."),
    "112": (403, "The user has been deleted."),
}

SECRET = "Zq9-very-secret-Token"


@pytest.fixture
def local_tz(monkeypatch):
    """Switch the process's local time zone (POSIX TZ string, no tzdata needed)."""

    def switch(tz: str) -> None:
        monkeypatch.setenv("TZ", tz)
        time.tzset()

    yield switch
    monkeypatch.undo()
    time.tzset()


def test_code_table_is_exactly_the_documented_one():
    assert set(CODES) == {"1", *(str(code) for code in range(101, 113))}
    assert len(CODES) == 13
    for code, (status, meaning) in DOCUMENTED.items():
        assert CODES[code].http_status == status, code
        assert CODES[code].meaning == meaning, code
        assert CODES[code].hint.strip(), code


@pytest.mark.parametrize("code", sorted(DOCUMENTED, key=int))
def test_api_error_for_each_documented_code(code):
    status, meaning = DOCUMENTED[code]
    error = MailUpApiError(status, code, f"server says {code}")
    assert isinstance(error, MailUpError)
    assert error.http_status == status
    assert error.code == code
    assert error.server_message == f"server says {code}"
    assert error.meaning == meaning
    assert error.hint.strip() and error.hint != meaning
    assert "{" not in error.hint and "}" not in error.hint  # template fully filled
    assert error.retryable is False
    text = str(error)
    assert f"HTTP {status}" in text and f"Code {code}" in text
    assert f"server says {code}" in text
    assert error.hint in text


def test_hints_say_what_to_do():
    assert "secret" in MailUpApiError(403, "102", None).hint.lower()
    assert "recipient" in MailUpApiError(403, "109", None).hint.lower()
    assert "from" in MailUpApiError(403, "110", None).hint.lower()
    assert "list" in MailUpApiError(403, "111", None).hint.lower()


def test_summary_falls_back_to_meaning_without_server_message():
    error = MailUpApiError(403, "104", None)
    assert "The user is blocked." in str(error)
    assert error.server_message is None


@pytest.mark.parametrize(
    "server_message",
    [
        "The user is blocked until 2026-12-12T05:00:00Z",
        "The user is blocked until 2026-12-12T06:00:00+01:00.",
        "Blocked until 2026-12-12 05:00:00 (billing)",  # no offset: UTC
    ],
)
def test_105_hint_shows_block_end_in_local_time(local_tz, server_message):
    local_tz("JST-9")  # UTC+9, no DST
    error = MailUpApiError(403, "105", server_message)
    end = datetime(2026, 12, 12, 5, 0, tzinfo=UTC)
    assert format_local(end) == "12 Dec 2026 14:00"
    assert "12 Dec 2026 14:00" in error.hint
    assert error.retryable is False
    local_tz("UTC0")
    assert "12 Dec 2026 05:00" in MailUpApiError(403, "105", server_message).hint


@pytest.mark.parametrize("server_message", [None, "", "The user is blocked until this date."])
def test_105_hint_without_a_date_has_a_fallback(server_message):
    error = MailUpApiError(403, "105", server_message)
    assert "the date MailUp gives" in error.hint
    assert "{until}" not in error.hint and "None" not in error.hint


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_is_retryable(status):
    error = MailUpApiError(status, None, "Internal Server Error")
    assert error.retryable is True
    assert error.meaning is None
    assert "try again" in error.hint.lower()
    assert BadResponseError(status, "an HTML page").retryable is True


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 429])
def test_every_4xx_is_not_retryable(status):
    assert MailUpApiError(status, None, None).retryable is False
    assert MailUpApiError(status, "999", "unknown").retryable is False
    assert BadResponseError(status, "x").retryable is False


def test_unknown_code_keeps_servers_words():
    error = MailUpApiError(403, "999", "Something new")
    assert error.meaning is None
    assert error.code == "999"
    assert "Something new" in str(error)
    assert error.hint.strip()


def test_other_error_kinds_retryability():
    assert ConnectionFailedError("ConnectError: refused").retryable is True
    assert NetworkError("ReadTimeout: timed out").retryable is True
    assert OutcomeUnknownError("ReadTimeout: timed out").retryable is False
    assert "twice" in OutcomeUnknownError("x").hint
    assert "Nothing was sent" in ConnectionFailedError("x").hint
    error = InvalidRequestError([Problem("From", "needed", "110"), Problem("To", "needed", "109")])
    assert error.retryable is False
    assert error.code == "110"
    assert "From: needed" in str(error) and "1 more" in str(error)
    assert all(isinstance(e, MailUpError) for e in (error, NetworkError("x")))


# --- No secret in any error text -----------------------------------------------------------


def _texts(error: Exception) -> list[str]:
    return [str(error), repr(error), *map(str, error.args), error.hint, error.summary]


def _valid_message() -> Message:
    return Message(
        subject="Hi",
        text="Hello",
        from_=EmailAddress(email="support@example.com"),
        to=[EmailAddress(email="mario@example.org")],
    )


def _raise(exc):
    def handler(request):
        raise exc(f"failed on {request.url}", request=request)

    return handler


def _error(code: str, message: str) -> dict:
    return {"Status": "error", "Code": code, "Message": message}


@pytest.mark.parametrize(
    ("handler", "expected"),
    [
        (lambda r: httpx.Response(403, json=_error("102", "Not authorized")), MailUpApiError),
        (
            lambda r: httpx.Response(200, json=_error("105", "Blocked until 2030-01-01T00:00:00Z")),
            MailUpApiError,
        ),
        (lambda r: httpx.Response(500, json={"Status": "error"}), MailUpApiError),
        (lambda r: httpx.Response(200, content=b'{"Status":"done","Co'), BadResponseError),
        (
            lambda r: httpx.Response(
                502, content=b"<html>Bad gateway</html>", headers={"content-type": "text/html"}
            ),
            BadResponseError,
        ),
        (_raise(httpx.ConnectError), ConnectionFailedError),
        (_raise(httpx.ReadTimeout), OutcomeUnknownError),
        (_raise(httpx.RemoteProtocolError), OutcomeUnknownError),
    ],
)  # fmt: skip
def test_client_errors_never_contain_the_secret(handler, expected):
    with MailUpClient(
        "https://send.mailup.com/API/v2.0/",
        "s10000_1",
        SECRET,
        transport=httpx.MockTransport(handler),
    ) as client:
        with pytest.raises(expected) as caught:
            client.send_message(_valid_message())
        for text in _texts(caught.value):
            assert SECRET not in text
        assert SECRET not in repr(client)


def test_list_user_info_errors_never_contain_the_secret():
    with (
        MailUpClient(
            "https://send.mailup.com/API/v2.0/",
            "s10000_1",
            SECRET,
            transport=httpx.MockTransport(_raise(httpx.ReadTimeout)),
        ) as client,
        pytest.raises(NetworkError) as caught,
    ):
        client.list_user_info("s10000_2")
    for text in _texts(caught.value):
        assert SECRET not in text


def test_invalid_request_error_never_contains_the_secret():
    with (
        MailUpClient(
            username="s10000_1", secret=SECRET, transport=httpx.MockTransport(lambda r: None)
        ) as client,
        pytest.raises(InvalidRequestError) as caught,
    ):
        client.send_message(Message(subject="no sender, no recipient"))
    for text in _texts(caught.value):
        assert SECRET not in text
    assert all(SECRET not in p.message for p in caught.value.problems)


def test_only_mailups_102_is_a_wrong_secret():
    """The one code whose fix may be a new secret; the UI offers "Update the secret…" on it."""
    assert MailUpApiError(403, "102", "Not authorized").is_wrong_secret
    for code in ("1", "103", "104", "106", None):
        assert not MailUpApiError(403, code, "refused").is_wrong_secret
    assert not ConnectionFailedError("refused").is_wrong_secret
