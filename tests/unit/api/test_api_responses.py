"""Reading MailUp's answers: the envelope, ListUserInfo's shapes, broken bodies."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mailup_gui.api.dto import UserInfo
from mailup_gui.api.errors import BadResponseError, MailUpApiError
from mailup_gui.api.responses import SendResult, check_envelope, decode_body, parse_user_list

DONE = {"Status": "done", "Code": "0", "Message": "Message queued"}

USER = {
    "Username": "s10000_1",
    "IdConsole": 10000,
    "IdList": 1,
    "IsEnabled": True,
    "Priority": 3,
    "Note": "billing",
    "CreationDate": "2024-01-02T03:04:05Z",
    "UpdateDate": "/Date(1700000000000)/",
    "DomainList": "example.com;example.org",
    "SenderList": "support@example.com",
    "BlockUntil": "0001-01-01T00:00:00",
    "AdminBlock": False,
}

EXPECTED_USER = UserInfo(
    username="s10000_1",
    id_console=10000,
    id_list=1,
    is_enabled=True,
    priority=3,
    note="billing",
    creation_date=datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
    update_date=datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC),
    domain_list="example.com;example.org",
    sender_list="support@example.com",
    block_until=None,
    admin_block=False,
)


# --- check_envelope ------------------------------------------------------------------------


def test_success_is_http_200_and_code_0():
    assert check_envelope(200, DONE) == SendResult(200, "0", "done", "Message queued")


def test_integer_code_0_is_success_too():
    result = check_envelope(200, {"Status": "done", "Code": 0, "Message": ""})
    assert result.code == "0"
    assert result.status == "done"


@pytest.mark.parametrize("status", [201, 202, 204, 400, 403, 500])
def test_code_0_on_another_status_is_a_failure(status):
    with pytest.raises(MailUpApiError) as caught:
        check_envelope(status, DONE)
    assert caught.value.http_status == status


def test_http_200_with_error_code_raises():
    with pytest.raises(MailUpApiError) as caught:
        check_envelope(200, {"Status": "error", "Code": "102", "Message": "Not authorized"})
    error = caught.value
    assert (error.http_status, error.code, error.server_message) == (200, "102", "Not authorized")
    assert error.meaning == "The operation is not authorized."
    assert error.retryable is False


def test_error_envelope_with_integer_code():
    with pytest.raises(MailUpApiError) as caught:
        check_envelope(403, {"Status": "error", "Code": 109, "Message": "no recipient"})
    assert caught.value.code == "109"
    assert caught.value.meaning == "At least one recipient is required."


@pytest.mark.parametrize(
    "data",
    [None, [], [DONE], "OK", 0, {}, {"Status": "done"}, {"Message": "queued"}],
)
def test_http_200_without_envelope_is_a_bad_response(data):
    with pytest.raises(BadResponseError) as caught:
        check_envelope(200, data)
    assert caught.value.http_status == 200
    assert "envelope" in str(caught.value)
    assert caught.value.retryable is False


def test_non_200_without_envelope_is_an_api_error():
    with pytest.raises(MailUpApiError) as caught:
        check_envelope(404, "Not Found")
    assert (caught.value.http_status, caught.value.code) == (404, None)
    assert caught.value.server_message == "Not Found"


# --- parse_user_list -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        [USER],
        {"UserList": [USER]},
        {"Status": "done", "Code": "0", "Message": "", "UserList": [USER]},
        {"Status": "done", "Code": 0, "UserList": [USER]},
    ],
    ids=["bare-list", "wrapped", "envelope", "envelope-int-code"],
)
def test_user_list_shapes(data):
    assert parse_user_list(200, data) == [EXPECTED_USER]


def test_empty_user_lists():
    assert parse_user_list(200, []) == []
    assert parse_user_list(200, {"UserList": []}) == []
    assert parse_user_list(200, {"Status": "done", "Code": "0", "UserList": None}) == []


def test_user_list_keeps_order_of_several_users():
    users = [dict(USER, Username=f"s10000_{n}") for n in (3, 1, 2)]
    assert [u.username for u in parse_user_list(200, {"UserList": users})] == [
        "s10000_3",
        "s10000_1",
        "s10000_2",
    ]


def test_user_list_error_envelope_raises_api_error():
    with pytest.raises(MailUpApiError) as caught:
        parse_user_list(200, {"Status": "error", "Code": "102", "Message": "Not authorized"})
    assert caught.value.code == "102"
    with pytest.raises(MailUpApiError) as caught:
        parse_user_list(403, {"Status": "error", "Code": "104", "Message": "Blocked"})
    assert (caught.value.http_status, caught.value.code) == (403, "104")


def test_user_list_on_error_status_without_envelope():
    with pytest.raises(MailUpApiError) as caught:
        parse_user_list(500, [USER])
    assert caught.value.http_status == 500
    with pytest.raises(MailUpApiError):
        parse_user_list(502, {"UserList": [USER]})


@pytest.mark.parametrize(
    "data", [{"UserList": "s10000_1"}, {"UserList": {"Username": "x"}}, "users"]
)
def test_user_list_that_is_not_a_list(data):
    with pytest.raises(BadResponseError):
        parse_user_list(200, data)


def test_user_list_object_that_is_no_known_shape_is_a_bad_response():
    # Neither an envelope nor {"UserList": [...]}: "treat anything else as failure",
    # not as an empty List (the dashboard would show "no users").
    with pytest.raises(BadResponseError):
        parse_user_list(200, {"error": "rate limited"})


@pytest.mark.parametrize("entry", [{"IdConsole": 1}, {"Username": 5}, "s10000_1", None])
def test_user_entry_without_username_is_a_bad_response(entry):
    with pytest.raises(BadResponseError, match="Username"):
        parse_user_list(200, [entry])


def test_lenient_fields():
    entry = {
        "Username": "s10000_1",
        "IdConsole": "10000",
        "IdList": " 7 ",
        "IsEnabled": "False",
        "Priority": "2",
        "AdminBlock": "TRUE",
        "BlockUntil": "2030-01-01 10:00:00",
        "CreationDate": 1700000000000,
        "Note": 42,
    }
    (user,) = parse_user_list(200, [entry])
    assert user.id_console == 10000
    assert user.id_list == 7
    assert user.is_enabled is False
    assert user.priority == 2
    assert user.admin_block is True
    assert user.block_until == datetime(2030, 1, 1, 10, tzinfo=UTC)
    assert user.creation_date == datetime(2023, 11, 14, 22, 13, 20, tzinfo=UTC)
    assert user.note is None  # not text: dropped rather than shown wrongly


def test_missing_optional_members_take_defaults():
    (user,) = parse_user_list(200, [{"Username": "s10000_1"}])
    assert user == UserInfo(username="s10000_1")
    assert user.is_enabled is True and user.admin_block is False
    assert user.block_until is None and user.id_console is None


def test_unreadable_values_take_defaults():
    entry = {
        "Username": "s10000_1",
        "IdConsole": "abc",
        "IdList": True,
        "IsEnabled": "yes",
        "Priority": 2.5,
        "AdminBlock": None,
        "BlockUntil": "soon",
        "DomainList": ["a"],
    }
    (user,) = parse_user_list(200, [entry])
    assert user.id_console is None and user.id_list is None and user.priority is None
    assert user.is_enabled is True and user.admin_block is False
    assert user.block_until is None and user.domain_list is None


@pytest.mark.parametrize("value", ["--5", "-", "12.5", ""])
def test_malformed_integers_become_none(value):
    (user,) = parse_user_list(200, [{"Username": "s10000_1", "IdConsole": value}])
    assert user.id_console is None


def test_negative_integer_strings():
    (user,) = parse_user_list(200, [{"Username": "s10000_1", "IdList": "-3"}])
    assert user.id_list == -3


# --- decode_body ---------------------------------------------------------------------------


def test_decode_body_reads_json():
    assert decode_body(200, b'{"Status":"done","Code":"0"}', "application/json") == {
        "Status": "done",
        "Code": "0",
    }


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        (b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>", "text/html"),
        (b"  \n<html><body>Bad gateway</body></html>", ""),
        (b"Bad gateway", "text/html; charset=utf-8"),
    ],
)
def test_decode_body_html_page(content, content_type):
    with pytest.raises(BadResponseError) as caught:
        decode_body(502, content, content_type)
    assert "HTML page" in str(caught.value)
    assert caught.value.http_status == 502
    assert caught.value.retryable is True


@pytest.mark.parametrize("content", [b'{"Status":"done","Co', b'{"Status":', b"[1, 2"])
def test_decode_body_truncated_json(content):
    with pytest.raises(BadResponseError) as caught:
        decode_body(200, content, "application/json")
    assert "truncated JSON" in str(caught.value)
    assert caught.value.retryable is False


@pytest.mark.parametrize("content", [b"", b"   ", b"\r\n"])
def test_decode_body_empty(content):
    with pytest.raises(BadResponseError) as caught:
        decode_body(200, content, "application/json")
    assert "empty body" in str(caught.value)
