"""The one-word state of an SMTP+ user and its precedence."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mailup_gui.api.dto import UserInfo
from mailup_gui.api.responses import parse_user_list
from mailup_gui.api.userstatus import UserState, UserStatus, user_status

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
FUTURE = NOW + timedelta(hours=5)
PAST = NOW - timedelta(minutes=1)


def info(**members) -> UserInfo:
    return UserInfo(username="s10000_1", **members)


def test_active():
    status = user_status(info(), NOW)
    assert status == UserStatus(UserState.ACTIVE)
    assert status.can_send is True
    assert status.state.value == "active"


def test_disabled():
    status = user_status(info(is_enabled=False), NOW)
    assert status.state is UserState.DISABLED
    assert status.can_send is False
    assert status.state.value == "disabled"


def test_blocked_by_admin():
    status = user_status(info(admin_block=True), NOW)
    assert status.state is UserState.ADMIN_BLOCKED
    assert status.can_send is False
    assert status.state.value == "blocked by admin"


def test_blocked_until_future():
    status = user_status(info(block_until=FUTURE), NOW)
    assert status == UserStatus(UserState.BLOCKED_UNTIL, FUTURE)
    assert status.until == FUTURE
    assert status.can_send is False
    assert status.state.value == "blocked until"


@pytest.mark.parametrize("until", [PAST, NOW, NOW - timedelta(days=400)])
def test_block_that_has_ended_is_active(until):
    status = user_status(info(block_until=until), NOW)
    assert status.state is UserState.ACTIVE
    assert status.until is None
    assert status.can_send is True


def test_block_end_in_another_zone_compares_by_instant():
    from datetime import timezone

    plus_two = timezone(timedelta(hours=2))
    # 13:30 at +02:00 is 11:30 UTC: already over at 12:00 UTC.
    assert (
        user_status(info(block_until=datetime(2026, 6, 1, 13, 30, tzinfo=plus_two)), NOW).state
        is UserState.ACTIVE
    )
    # 14:30 at +02:00 is 12:30 UTC: still blocked.
    assert (
        user_status(info(block_until=datetime(2026, 6, 1, 14, 30, tzinfo=plus_two)), NOW).state
        is UserState.BLOCKED_UNTIL
    )


@pytest.mark.parametrize(
    ("members", "expected"),
    [
        ({"is_enabled": False, "admin_block": True, "block_until": FUTURE}, UserState.DISABLED),
        ({"is_enabled": False, "admin_block": True}, UserState.DISABLED),
        ({"is_enabled": False, "block_until": FUTURE}, UserState.DISABLED),
        ({"admin_block": True, "block_until": FUTURE}, UserState.ADMIN_BLOCKED),
        ({"admin_block": True, "block_until": PAST}, UserState.ADMIN_BLOCKED),
        ({"block_until": FUTURE}, UserState.BLOCKED_UNTIL),
    ],
)
def test_precedence_follows_codes_103_104_105(members, expected):
    assert user_status(info(**members), NOW).state is expected


def test_default_now_is_the_current_time():
    real_now = datetime.now(UTC)
    assert (
        user_status(info(block_until=real_now + timedelta(hours=1))).state
        is UserState.BLOCKED_UNTIL
    )
    assert user_status(info(block_until=real_now - timedelta(hours=1))).state is UserState.ACTIVE


def test_from_the_wire():
    users = parse_user_list(
        200,
        [
            {"Username": "a", "BlockUntil": "0001-01-01T00:00:00", "IsEnabled": True},
            {"Username": "b", "BlockUntil": "2026-06-01T15:00:00+02:00"},  # 13:00 UTC
            {"Username": "c", "AdminBlock": "true"},
            {"Username": "d", "IsEnabled": "false"},
        ],
    )
    states = {u.username: user_status(u, NOW) for u in users}
    assert states["a"].state is UserState.ACTIVE
    assert states["b"] == UserStatus(UserState.BLOCKED_UNTIL, datetime(2026, 6, 1, 13, tzinfo=UTC))
    assert states["c"].state is UserState.ADMIN_BLOCKED
    assert states["d"].state is UserState.DISABLED
