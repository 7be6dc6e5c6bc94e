"""MailUp's judgement of a request, without HTTP: decoding, the caller, the sender, the template."""

from datetime import UTC, datetime, timedelta

import pytest

from mailup_gui.api import Message, SmtpUser, TemplateMessage
from mailup_gui.api.dto import ListUserInfoRequest
from mailup_gui.resources import resource_path
from mailup_gui.sandbox.checks import (
    Refusal,
    authenticate,
    check_sender,
    decode_request,
    find_template,
)
from mailup_gui.sandbox.data import load_data

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture
def data():
    return load_data(resource_path("sandbox", "demo.toml"), NOW)


def refusal_code(call, *args, **kwargs):
    with pytest.raises(Refusal) as raised:
        call(*args, **kwargs)
    return raised.value.code


@pytest.mark.parametrize("body", [b"", b"\n ", b"null"])
def test_nothing_is_101(body):
    assert refusal_code(decode_request, body, Message) == "101"


@pytest.mark.parametrize(
    "body", [b"{", b"42", b'"text"', b'{"To": "a@example.org"}', b'{"TemplateId": "5"}']
)
def test_unreadable_is_1(body):
    assert refusal_code(decode_request, body, TemplateMessage) == "1"


def test_a_type_error_names_the_member_but_never_its_value():
    with pytest.raises(Refusal) as raised:
        decode_request(b'{"User": {"Username": "s1_1", "Secret": 12345678}}', Message)
    assert "$.User.Secret" in raised.value.message
    assert "12345678" not in raised.value.message


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2021-09-14T17:58+02:00", "2021-09-14T17:58:00+02:00"),
        ("2021-09-14 17:58:30", "2021-09-14T17:58:30+00:00"),
        ("/Date(1631634000000)/", "2021-09-14T15:40:00+00:00"),
    ],
)
def test_the_schedule_is_read_leniently(written, expected):
    message, data = decode_request(f'{{"XSmtpAPI": {{"Schedule": "{written}"}}}}'.encode(), Message)
    assert message.x_smtp_api.schedule.isoformat() == expected
    assert data["XSmtpAPI"]["Schedule"] == expected


def test_list_user_info_request_decodes():
    request, _ = decode_request(
        b'{"User": {"Username": "s1_1", "Secret": "x"}, "Username": "s1_2"}', ListUserInfoRequest
    )
    assert (request.user.username, request.username) == ("s1_1", "s1_2")


def test_credentials_and_states(data):
    def code(username, secret="sandbox", sending=True):
        return refusal_code(authenticate, data, SmtpUser(username, secret), NOW, sending=sending)

    assert (
        authenticate(data, SmtpUser("s10000_1", "sandbox"), NOW, sending=True).username
        == "s10000_1"
    )
    assert [code("nobody"), code("s99_1"), code("s20000_1"), code("s30000_1")] == [
        "106",
        "106",
        "107",
        "108",
    ]
    assert [code("s10000_9"), code("s10000_1", "Sandbox"), code("s10000_5")] == [
        "102",
        "102",
        "112",
    ]
    assert [code("s10000_4"), code("s10000_3"), code("s10000_2")] == ["103", "104", "105"]
    assert refusal_code(authenticate, data, None, NOW, sending=True) == "102"
    for blocked in ("s10000_2", "s10000_3", "s10000_4"):
        assert (
            authenticate(data, SmtpUser(blocked, "sandbox"), NOW, sending=False).username == blocked
        )


def test_the_block_end_is_in_the_message_and_a_past_block_is_none(data):
    with pytest.raises(Refusal) as raised:
        authenticate(data, SmtpUser("s10000_2", "sandbox"), NOW, sending=True)
    assert raised.value.message == "The user is blocked until 2026-12-03T12:00:00+00:00."
    later = NOW + timedelta(days=8)
    assert (
        authenticate(data, SmtpUser("s10000_2", "sandbox"), later, sending=True).username
        == "s10000_2"
    )


@pytest.mark.parametrize(
    ("sender", "allowed"),
    [
        ("support@example.com", True),
        ("SUPPORT@Example.com", True),
        ("anyone@example.com", True),
        ("support@example.com.evil.net", False),
        ("someone@sub.example.com", False),
        ("support@other.org", False),
    ],
)
def test_the_sender_must_be_listed_or_in_a_listed_domain(data, sender, allowed):
    user = data.users["s10000_1"]
    if allowed:
        check_sender(user, sender)
    else:
        assert refusal_code(check_sender, user, sender) == "102"


def test_several_senders_separated_by_semicolons(data):
    user = data.users["s20000_1"]
    user.sender_list, user.domain_list = "a@x.org; b@y.org ;", ""
    check_sender(user, "b@y.org")
    assert refusal_code(check_sender, user, "c@y.org") == "102"


def test_only_templates_of_the_users_list(data):
    user = data.users["s10000_1"]
    assert find_template(data, user, 2).id == 2
    assert refusal_code(find_template, data, user, 9) == "111"
    assert refusal_code(find_template, data, user, 404) == "111"
