"""What is already known to be refused is said before the send, not after (issue #23, 5): the
template of another List or missing from the sandbox (111) and a From outside the user's senders
(102) head the confirmation with Cancel as the default; a profile without a username stops before
any question, the production one above all."""

from datetime import datetime

import pytest
from PySide6.QtWidgets import QMessageBox
from support.compose import acme_live, type_into

from mailup_gui.api.client import MailUpClient
from mailup_gui.ui.templates.source import State


def know_the_users(window) -> None:
    """The Dashboard's answer for the sandbox's users, as a poll leaves it."""
    with MailUpClient(window.context.sandbox_url(), "s10000_1", "sandbox") as client:
        users = client.list_user_info()
    profile = window.context.profiles.active
    window.context.user_states.update(profile.id, users, datetime.now().astimezone())


def assert_refusal_heads(box: QMessageBox, send, code: str) -> None:
    assert "MailUp will refuse this send" in box.text()
    assert code in box.text()
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.defaultButton() is not send  # Enter cancels
    assert send.text() == "Send anyway"


@pytest.mark.parametrize(
    ("template_id", "state"), [("9", State.FOUND), ("999", State.MISSING)], ids=["list", "missing"]
)
def test_the_templates_known_111_heads_the_confirmation(window, qtbot, template_id, state):
    pane = window.templates
    window.tabs.setCurrentWidget(window.templates_page)
    know_the_users(window)
    type_into(qtbot, pane.template_page.template_id, template_id)
    qtbot.waitUntil(
        lambda: pane.source.template_id == int(template_id) and pane.source.state is state,
        timeout=10_000,
    )
    draft = pane.form.draft()
    box, send = pane.controller.confirmation(window.context.profiles.active, draft)
    assert_refusal_heads(box, send, "111")

    type_into(qtbot, pane.template_page.template_id, "1")  # template 1, List 1: no refusal
    qtbot.waitUntil(lambda: pane.source.found is not None and pane.source.template_id == 1)
    box, send = pane.controller.confirmation(window.context.profiles.active, pane.form.draft())
    assert "refuse" not in box.text() and box.defaultButton() is send


def test_a_from_outside_the_senders_heads_the_confirmation(window, qtbot):
    compose = window.compose
    know_the_users(window)
    type_into(qtbot, compose.form.envelope.from_email, "someone@elsewhere.org")
    box, send = compose.controller.confirmation(
        window.context.profiles.active, compose.form.draft()
    )
    assert_refusal_heads(box, send, "102")
    assert "someone@elsewhere.org" in box.text()


def test_a_profile_without_a_username_stops_before_any_question(window, qtbot, monkeypatch):
    profile = acme_live(username="")
    window.context.profiles.put(profile)
    window.context.profiles.set_active(profile.id)
    window.reload_profiles()
    compose = window.compose
    asked = []
    monkeypatch.setattr(compose.controller, "confirm_send", lambda *a: asked.append(a) or False)
    type_into(qtbot, compose.form.envelope.from_email, "support@example.com")
    type_into(qtbot, compose.form.envelope.to.edit, "mario@example.org")
    type_into(qtbot, compose.form.envelope.subject, "Hello")
    compose.text.setPlainText("Hello")
    compose.controller.send()
    assert asked == []  # no PRODUCTION question first
    shown = compose.form.result.text
    assert compose.form.result.isVisible() and "no SMTP+ username" in shown
    assert "Acme live" in shown and "secret" in shown
    assert compose.form.send_button.isEnabled()  # nothing on its way to MailUp
