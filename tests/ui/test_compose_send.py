"""Compose end to end against the embedded sandbox: every field, errors, one send per click."""

import json
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from support.compose import FULL, fill_full_example, type_into, use_sandbox_user, wait_sent
from support.notices import said

from mailup_gui.api.dates import parse_datetime


def test_every_field_reaches_mailup_exactly_as_documented(window, compose, admin, qtbot, tmp_path):
    fill_full_example(qtbot, compose, tmp_path)
    report = wait_sent(qtbot, compose)
    assert report.outcome == "scheduled", compose.form.result.text
    assert "Scheduled by MailUp" in compose.form.result.text

    stored = admin.message(admin.outbox()[0].id).request
    expected = {k: v for k, v in json.loads(json.dumps(FULL)).items() if k != "User"}
    assert stored.pop("User") == {"Username": "s10000_1"}  # never the secret
    stored_schedule = stored["XSmtpAPI"].pop("Schedule")
    expected_schedule = expected["XSmtpAPI"].pop("Schedule")
    assert parse_datetime(stored_schedule) == parse_datetime(expected_schedule)
    assert set(stored) == set(expected)
    for member in expected:  # member by member, so a failure names the member
        assert stored[member] == expected[member], member


def test_the_outbox_holds_what_the_preview_showed(window, compose, admin, qtbot, tmp_path):
    fill_full_example(qtbot, compose, tmp_path)
    compose.form.options.schedule.set_value(None)
    qtbot.waitUntil(
        lambda: (
            compose.preview.rendered_html is not None
            and "Dear Mario" in compose.preview.rendered_html
        ),
        timeout=10_000,
    )
    qtbot.waitUntil(lambda: not compose.preview.busy, timeout=10_000)
    shown_html, shown_text = compose.preview.rendered_html, compose.preview.rendered_text
    assert wait_sent(qtbot, compose).outcome == "queued"
    delivered = admin.message(admin.outbox()[0].id)
    assert delivered.html == shown_html
    assert delivered.text == shown_text
    assert (
        delivered.subject == compose.preview.rendered_subject == "Invoice A-1042 for Rossi S.r.l."
    )


@pytest.mark.parametrize(
    ("username", "secret", "code", "hint_words"),
    [
        ("s10000_1", "wrong", "102", "secret"),
        ("s10000_4", "sandbox", "103", "disabled"),
        ("s10000_3", "sandbox", "104", "MailUp support"),
        ("s10000_2", "sandbox", "105", "blocked until"),
        ("s99999_1", "sandbox", "106", "No MailUp account"),
        ("s20000_1", "sandbox", "107", "suspended"),
        ("s30000_1", "sandbox", "108", "deleted"),
        ("s10000_5", "sandbox", "112", "deleted"),
    ],
)
def test_each_refusal_is_shown_with_its_hint(
    window, compose, qtbot, username, secret, code, hint_words, monkeypatch
):
    use_sandbox_user(window, username, secret)
    # the guard has its own tests
    monkeypatch.setattr(compose.controller, "_guard", lambda profile: True)
    type_into(qtbot, compose.form.envelope.from_email, "support@example.com")
    type_into(qtbot, compose.form.envelope.to.edit, "mario@example.org")
    type_into(qtbot, compose.form.envelope.subject, "Hello")
    compose.text.setPlainText("Hello")
    report = wait_sent(qtbot, compose)
    assert report.outcome == "error"
    assert report.failure.code == code
    shown = compose.form.result.text
    assert f"Code {code}" in shown
    assert hint_words.lower() in shown.lower()
    assert compose.form.result.kind == "error"
    assert "retry" not in shown.lower()  # a 403 never offers an automatic retry


def test_from_outside_the_senders_is_102_and_marks_from(window, compose, qtbot):
    type_into(qtbot, compose.form.envelope.from_email, "someone@elsewhere.org")
    type_into(qtbot, compose.form.envelope.to.edit, "mario@example.org")
    compose.text.setPlainText("Hello")
    report = wait_sent(qtbot, compose)
    assert report.failure.code == "102"
    assert compose.form.envelope.from_email.property("problem")


def test_missing_sender_and_recipient_are_refused_before_sending(window, compose, admin, qtbot):
    compose.form.envelope.from_email.clear()
    compose.form.envelope.to.set_text("")
    type_into(qtbot, compose.form.envelope.cc.edit, "not-an-address")
    compose.controller.send()
    shown = said(compose)  # a notice a field
    assert "Not sent" in shown and "From" in shown and "The first Cc address" in shown
    assert compose.form.envelope.from_email.property("problem")
    assert compose.form.envelope.cc.edit.property("problem")
    assert admin.outbox() == []
    assert compose.form.envelope.cc.edit.text() == "not-an-address"  # nothing typed is lost


def test_a_double_click_sends_once(window, compose, admin, qtbot):
    type_into(qtbot, compose.form.envelope.to.edit, "mario@example.org")
    compose.text.setPlainText("Once")
    with qtbot.waitSignal(compose.sent, timeout=20_000):
        qtbot.mouseDClick(compose.form.send_button, Qt.MouseButton.LeftButton)
        compose.controller.send()
    qtbot.wait(300)
    assert len(admin.outbox()) == 1


def test_unfilled_merge_tags_block_sending_unless_overridden(
    window, compose, admin, qtbot, monkeypatch
):
    type_into(qtbot, compose.form.envelope.to.edit, "mario@example.org")
    type_into(qtbot, compose.form.envelope.subject, "Hello [firstname]")
    compose.text.setPlainText("Hi [firstname]")
    asked = []
    monkeypatch.setattr(
        compose.controller, "confirm_unfilled", lambda tags, subject: asked.append(tags) or False
    )
    compose.controller.send()
    assert asked == [["firstname"]]
    assert admin.outbox() == []
    monkeypatch.setattr(compose.controller, "confirm_unfilled", lambda tags, subject: True)
    assert wait_sent(qtbot, compose).outcome == "queued"


def test_a_past_schedule_is_refused(window, compose, admin, qtbot):
    type_into(qtbot, compose.form.envelope.to.edit, "mario@example.org")
    compose.text.setPlainText("Late")
    compose.form.options.schedule.set_value(datetime(2020, 1, 1).astimezone())
    compose.controller.send()
    assert "passed" in said(compose)  # the Schedule's problem
    assert admin.outbox() == []


def test_outcome_unknown_points_to_the_journal(window, compose, admin, qtbot):
    # queued, then the connection drops before the answer; "times" is left open because the
    # dashboard's poller may make the next MailUp call
    admin.set_faults(drop=True)
    type_into(qtbot, compose.form.envelope.to.edit, "mario@example.org")
    compose.text.setPlainText("Slow")
    report = wait_sent(qtbot, compose)
    admin.clear_faults()
    assert report.outcome == "unknown"
    assert "may have been queued" in compose.form.result.text
    assert compose.form.journal_button.isVisible()


def test_a_from_outside_the_listed_senders_is_warned_before_sending(window, compose, qtbot):
    from mailup_gui.api.client import MailUpClient

    with MailUpClient(window.context.sandbox_url(), "s10000_1", "sandbox") as client:
        users = client.list_user_info()
    profile = window.context.profiles.active
    window.context.user_states.update(profile.id, users, datetime.now().astimezone())
    type_into(qtbot, compose.form.envelope.from_email, "someone@elsewhere.org")
    qtbot.waitUntil(lambda: compose.form.envelope.from_warning.isVisible(), timeout=5_000)
    assert "102" in compose.form.envelope.from_warning.text()
    type_into(
        qtbot, compose.form.envelope.from_email, "billing@example.com"
    )  # DomainList example.com
    qtbot.waitUntil(lambda: not compose.form.envelope.from_warning.isVisible(), timeout=5_000)
