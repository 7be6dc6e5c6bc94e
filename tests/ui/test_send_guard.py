"""guard_send stops a send from a profile whose own SMTP+ user the dashboard saw unable to send."""

from datetime import UTC, datetime, timedelta
from html import unescape

from dashboard_helpers import first_poll, poll, set_user
from PySide6.QtWidgets import QMessageBox

from mailup_gui.core.send_guard import SCHEDULE_MARGIN
from mailup_gui.ui.message.send_guard import GuardDecision, guard_send


class Clicker:
    """Stands in for the modal loop: records the box and clicks the button with ``role``."""

    def __init__(self, role: QMessageBox.ButtonRole | None = None) -> None:
        self.role = role
        self.texts: list[str] = []

    def __call__(self, box: QMessageBox):
        self.texts.append(unescape(box.text()))
        if self.role is None:
            return None
        return next(b for b in box.buttons() if box.buttonRole(b) == self.role)


def test_active_or_unknown_sends_without_asking(window, qtbot):
    profile = window.context.profiles.active

    def never(box):
        raise AssertionError("no dialog expected")

    assert guard_send(window, window.context, profile, ask=never) == GuardDecision(True)  # unknown
    first_poll(window, qtbot)
    assert guard_send(window, window.context, profile, ask=never) == GuardDecision(True)


def test_admin_block_stops_the_send_with_who_can_lift_it(window, qtbot):
    set_user(window, "s10000_1", admin_block=True)
    poll(window, qtbot)
    ask = Clicker(QMessageBox.ButtonRole.RejectRole)
    decision = guard_send(window, window.context, window.context.profiles.active, ask=ask)
    assert decision == GuardDecision(False)
    assert "only MailUp support can lift it" in ask.texts[0]
    assert "code 104" in ask.texts[0] and "Nothing was sent" in ask.texts[0]


def test_disabled_stops_the_send(window, qtbot):
    set_user(window, "s10000_1", is_enabled=False)
    poll(window, qtbot)
    ask = Clicker()
    decision = guard_send(window, window.context, window.context.profiles.active, ask=ask)
    assert decision == GuardDecision(False)
    assert "the account's admin can enable it in the MailUp console" in ask.texts[0]


def test_blocked_until_offers_to_schedule_after_the_block(window, qtbot):
    until = (datetime.now(UTC) + timedelta(hours=3)).replace(microsecond=0)
    set_user(window, "s10000_1", block_until=until)
    poll(window, qtbot)
    profile = window.context.profiles.active

    ask = Clicker(QMessageBox.ButtonRole.AcceptRole)
    decision = guard_send(window, window.context, profile, ask=ask)
    assert decision == GuardDecision(True, until + SCHEDULE_MARGIN)
    assert "The block lifts at" in ask.texts[0]
    assert until.astimezone().strftime("%H:%M") in ask.texts[0]  # shown in local time

    cancel = Clicker(QMessageBox.ButtonRole.RejectRole)
    assert guard_send(window, window.context, profile, ask=cancel) == GuardDecision(False)
