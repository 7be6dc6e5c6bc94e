"""No stale feedback: a result goes with the next attempt, a profile switch, a draft loaded or
New; a field's mark goes once the field is edited; every banner can be closed."""

from PySide6.QtWidgets import QMessageBox
from support.compose import type_into, use_sandbox_user, wait_sent
from support.dashboard import poll, set_user

import mailup_gui.ui.send_form.send_guard as send_guard
from mailup_gui.core.message.draft import Draft
from mailup_gui.ui.widgets.field_marks import problem_of


def queued(qtbot, compose) -> None:
    type_into(qtbot, compose.form.envelope.to.edit, "customer@example.org")
    type_into(qtbot, compose.form.envelope.subject, "Hello")
    wait_sent(qtbot, compose)
    assert compose.form.result.isVisible()
    assert "Queued by MailUp" in compose.form.result.text


def test_the_guard_stopping_the_next_send_clears_the_last_result(
    window, compose, admin, qtbot, monkeypatch
):
    queued(qtbot, compose)
    set_user(window, "s10000_1", admin_block=True)
    poll(window, qtbot)
    real = send_guard.guard_send
    closed = []

    def close(box: QMessageBox):
        closed.append(box.text())
        return box.button(QMessageBox.StandardButton.Close)

    monkeypatch.setattr(
        send_guard,
        "guard_send",
        lambda parent, context, profile: real(parent, context, profile, close),
    )
    compose.controller.send()
    assert closed  # the guard stopped it
    assert not compose.form.result.isVisible()


def test_a_profile_switch_clears_the_result_and_the_marks(window, compose, admin, qtbot):
    queued(qtbot, compose)
    compose.form.mark_field("Subject", "Something MailUp said")
    other = use_sandbox_user(window, "s10000_3")  # reloads the profiles: the switch
    assert window.context.profiles.active.id == other.id
    assert not compose.form.result.isVisible()
    assert problem_of(compose.form.envelope.subject) == ""


def test_a_loaded_draft_and_new_clear_the_result(window, compose, admin, qtbot, monkeypatch):
    queued(qtbot, compose)
    monkeypatch.setattr(compose.controller, "_confirm_replace", lambda: True)
    assert compose.controller.open_draft(Draft(subject="From the journal", to="x@example.org"))
    assert not compose.form.result.isVisible()
    compose.form.show_result("info", "Queued by MailUp")
    monkeypatch.setattr(compose.controller, "has_unsaved_work", lambda: False)
    compose.controller.new_message()
    assert not compose.form.result.isVisible()


def test_a_mark_goes_when_its_field_is_edited(window, compose, qtbot):
    form = compose.form
    form.mark_field("Subject", "Too long")
    form.mark_field("From", "Not an authorised sender")
    assert problem_of(form.envelope.subject) == "Too long"
    qtbot.keyClicks(form.envelope.subject, "x")
    assert problem_of(form.envelope.subject) == ""
    assert problem_of(form.envelope.from_email) == "Not an authorised sender"  # not edited
    form.mark_field("ExtendedHeaders[0].V", "Not allowed")
    form.headers.add_empty_row()
    assert problem_of(form.headers.table) == ""
    type_into(qtbot, form.envelope.to.edit, "not-an-address")
    assert problem_of(form.envelope.to.edit)  # the field's own check stays


def test_every_notice_closes(window, compose, qtbot):
    result = compose.form.result
    compose.form.show_result("error", "Connection refused")
    row = window.notice_area.rows[("compose", "result")]
    assert row.close_button.isVisible()
    row.close_button.click()
    assert not result.isVisible()
    assert ("compose", "result") not in window.notice_area.rows
