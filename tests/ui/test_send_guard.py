"""guard_send stops a send from a profile whose own SMTP+ user the dashboard saw unable to send."""

from datetime import UTC, datetime, timedelta
from html import unescape

from PySide6.QtWidgets import QMessageBox
from support.dashboard import first_poll, poll, set_user

from mailup_gui.core.send.guard import RETRY_MARGIN
from mailup_gui.ui.send_form.send_guard import GuardDecision, guard_send


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


def test_blocked_until_says_when_sending_works_and_offers_a_reminder_not_a_schedule(window, qtbot):
    until = (datetime.now(UTC) + timedelta(hours=3)).replace(microsecond=0)
    set_user(window, "s10000_1", block_until=until)
    poll(window, qtbot)
    profile = window.context.profiles.active

    ask = Clicker(QMessageBox.ButtonRole.AcceptRole)
    decision = guard_send(window, window.context, profile, ask=ask)
    assert decision == GuardDecision(False, until + RETRY_MARGIN)  # nothing is sent now
    assert "The block lifts at" in ask.texts[0] and "send it again from" in ask.texts[0]
    assert "scheduled for later is refused too" in ask.texts[0]
    assert until.astimezone().strftime("%H:%M") in ask.texts[0]  # shown in local time

    close = Clicker(QMessageBox.ButtonRole.RejectRole)
    assert guard_send(window, window.context, profile, ask=close) == GuardDecision(False)


def test_the_reminder_leaves_the_draft_as_it_was_and_pops_up_later(window, qtbot, monkeypatch):
    from support.compose import type_into

    import mailup_gui.ui.send_form.send_guard as send_guard

    until = (datetime.now(UTC) + timedelta(hours=3)).replace(microsecond=0)
    set_user(window, "s10000_1", block_until=until)
    poll(window, qtbot)
    compose = window.compose
    type_into(qtbot, compose.form.envelope.to.edit, "mario@example.org")
    compose.text.setPlainText("After the block")
    before = compose.form.draft()
    real_guard = send_guard.guard_send
    monkeypatch.setattr(
        send_guard,
        "guard_send",
        lambda *args: real_guard(*args, ask=Clicker(QMessageBox.ButtonRole.AcceptRole)),
    )
    compose.controller.send()
    assert compose.form.draft() == before  # no Schedule ticked behind the user's back
    assert compose.form.draft().options.schedule is None
    assert "reminder" in compose.form.result.text
    assert window.notices.pending_reminders == 1

    notes = []
    window.notices.notified.connect(lambda title, text: notes.append(title))
    window.notices.remind_at(datetime.now(UTC) - timedelta(seconds=1), lambda: ("due", "now"))
    qtbot.waitUntil(lambda: notes == ["due"], timeout=2_000)
