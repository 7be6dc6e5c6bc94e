"""The Qt-free decision of the send guard."""

from datetime import UTC, datetime, timedelta

from mailup_gui.api.userstatus import UserState, UserStatus
from mailup_gui.core.send.guard import RETRY_MARGIN, Action, decide

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def test_unknown_and_active_proceed():
    assert decide(None, NOW).action is Action.PROCEED
    assert decide(UserStatus(UserState.ACTIVE), NOW).action is Action.PROCEED


def test_disabled_and_admin_block_refuse():
    assert decide(UserStatus(UserState.DISABLED), NOW).action is Action.REFUSE
    assert decide(UserStatus(UserState.ADMIN_BLOCKED), NOW).action is Action.REFUSE


def test_blocked_until_says_when_sending_works_again():
    until = NOW + timedelta(hours=3)
    verdict = decide(UserStatus(UserState.BLOCKED_UNTIL, until), NOW)
    assert verdict.action is Action.WAIT
    assert verdict.sendable_at == until + RETRY_MARGIN > until


def test_a_block_already_over_proceeds():
    verdict = decide(UserStatus(UserState.BLOCKED_UNTIL, NOW - timedelta(seconds=1)), NOW)
    assert verdict.action is Action.PROCEED
