"""Compose through MailUp's SMTP+ relay: the channel choice, a real send to a real SMTP server on
loopback, the relay's refusals in plain words, the journal and the inspector."""

import email
import json
from email import policy

import pytest
from support.compose import choose_relay, type_into, wait_sent
from support.file_dialogs import answer_next_file_dialog
from support.relay_server import SECRET, USER

from mailup_gui.core.account.profiles import Endpoint, Profile
from mailup_gui.core.send.journal import Journal
from mailup_gui.core.send.result import Channel
from mailup_gui.ui.send_form.inspector import RequestInspector


@pytest.fixture
def compose(window, relay, monkeypatch):
    """Compose as a profile whose API is the embedded sandbox and whose relay is ``relay``."""
    host, port = relay.address
    profile = Profile(
        name="Relay test",
        username=USER,
        endpoint=Endpoint.CUSTOM,
        custom_url=window.context.sandbox_url(),
        from_email="support@example.com",
        relay_host=host,
        relay_port=port,
    )
    window.context.profiles.put(profile)
    window.context.profiles.set_active(profile.id)
    window.context.secrets.keep_for_session(profile.id, SECRET)
    window.reload_profiles()
    pane = window.compose
    monkeypatch.setattr(pane.controller, "confirm_send", lambda profile, draft: True)
    return pane


def test_the_channel_is_chosen_beside_send_and_remembered_per_profile(window, compose):
    form = compose.form
    assert form.channel.isVisibleTo(form) and form.channel_choice() is Channel.API
    choose_relay(form)
    profile = window.context.profiles.active
    assert window.context.settings.value.send_channels == {profile.id: Channel.SMTP}
    form.channel.setCurrentIndex(0)
    compose.controller.refresh_checks()  # as after any edit: the remembered choice is shown again
    assert form.channel_choice() is Channel.API
    choose_relay(form)
    window.context.profiles.set_active(window.context.profiles.ensure_sandbox().id)
    compose.controller.refresh_checks()
    assert form.channel_choice() is Channel.API  # another profile, its own choice


def test_templates_say_they_are_api_only(window):
    form = window.templates.form
    assert not form.channel.isVisibleTo(form)
    assert form.channel_note.isVisibleTo(form)
    assert form.channel_note.text() == "API only"
    assert "relay cannot send stored templates" in form.channel_note.toolTip()


def test_a_send_through_the_relay_arrives_as_mime_and_is_journaled(window, compose, relay, qtbot):
    form = compose.form
    choose_relay(form)
    type_into(qtbot, form.envelope.to.edit, "Mario Rossi <mario@example.org>")
    type_into(qtbot, form.envelope.subject, "Through the relay")
    compose.text.setPlainText("Hello from the relay")
    form.options.merge_values.set_rows([("firstname", "Mario")])
    form.options.editors["campaign_code"].setText("relay-test")
    with qtbot.waitSignal(window.context.journal_feed.recorded, timeout=20_000) as recorded:
        report = wait_sent(qtbot, compose)
    assert report.channel is Channel.SMTP and report.outcome == "queued"
    assert "Queued by MailUp" in form.result.text
    [received] = relay.recorder.received
    assert received.tls and received.rcpt_tos == ["mario@example.org"]
    message = email.message_from_bytes(received.data, policy=policy.default)
    assert message["Subject"] == "Through the relay"
    options = json.loads(str(message["X-SMTPAPI"]).replace("\n", "").replace("\r", ""))
    assert options["CampaignCode"] == "relay-test"
    assert options["DynamicFields"] == [{"N": "firstname", "V": "Mario"}]
    entry = Journal().get(recorded.args[0])
    assert entry.channel is Channel.SMTP and entry.endpoint.startswith("smtp://127.0.0.1:")
    assert entry.code == "250" and "queued as TEST1" in entry.message  # the relay's reply
    assert SECRET not in json.dumps(entry.request)
    window.show_journal()
    journal = window.journal_page.pane()
    qtbot.waitUntil(lambda: journal.model.rowCount() == 1, timeout=10_000)
    journal.table.selectRow(0)
    qtbot.waitUntil(lambda: "SMTP+ relay" in journal.details.text(), timeout=10_000)
    assert "queued as TEST1" in journal.details.text()


def test_a_wrong_secret_is_said_in_plain_words(window, compose, relay, qtbot):
    window.context.secrets.keep_for_session(window.context.profiles.active.id, "wrong")
    form = compose.form
    choose_relay(form)
    type_into(qtbot, form.envelope.to.edit, "mario@example.org")
    compose.text.setPlainText("x")
    report = wait_sent(qtbot, compose)
    assert report.outcome == "error" and report.failure.code == "535"
    shown = form.result.text
    assert "535" in shown and "secret" in shown.lower()
    assert relay.recorder.received == []


def test_a_refused_sender_names_who_may_send_as_the_dashboard_saw_it(
    window, admin, compose, relay, qtbot
):
    from support.dashboard import poll

    admin.set_user(USER, secret=SECRET)  # the same SMTP+ user for the API, as on MailUp
    poll(window, qtbot)  # the dashboard has listed the profile's own user
    relay.recorder.faults.mail = "550 5.7.1 Sender not authorised"
    form = compose.form
    choose_relay(form)
    type_into(qtbot, form.envelope.from_email, "someone@elsewhere.example")
    type_into(qtbot, form.envelope.to.edit, "mario@example.org")
    compose.text.setPlainText("x")
    report = wait_sent(qtbot, compose)
    assert report.failure is not None and report.failure.code == "550"
    shown = form.result.text
    assert "Allowed for" in shown and "example.com" in shown
    assert form.envelope.from_email.property("problem")  # the From field is marked


def test_the_inspector_shows_the_mime_message_and_the_relays_code(window, compose, qtbot):
    form = compose.form
    choose_relay(form)
    type_into(qtbot, form.envelope.to.edit, "mario@example.org")
    type_into(qtbot, form.envelope.subject, "Inspect me")
    compose.text.setPlainText("Body")
    form.options.editors["campaign_code"].setText("inspect")
    compose.controller.inspect_request()
    qtbot.waitUntil(lambda: bool(form.findChildren(RequestInspector)), timeout=10_000)
    inspector = form.findChildren(RequestInspector)[-1]
    qtbot.addWidget(inspector)
    tabs = [inspector.tabs.tabText(i) for i in range(inspector.tabs.count())]
    assert tabs == ["MIME", "Python", "swaks"]
    mime = inspector.views["MIME"].toPlainText()
    assert "X-SMTPAPI:" in mime and "inspect" in mime and "Subject: Inspect me" in mime
    python = inspector.views["Python"].toPlainText()
    assert "smtplib" in python and SECRET not in python
    assert "swaks" in inspector.views["swaks"].toPlainText()


def test_the_relay_inspector_saves_the_message_as_eml(window, compose, qtbot, tmp_path):
    form = compose.form
    choose_relay(form)
    type_into(qtbot, form.envelope.to.edit, "mario@example.org")
    type_into(qtbot, form.envelope.subject, "Keep me")
    compose.text.setPlainText("Body")
    compose.controller.inspect_request()
    qtbot.waitUntil(lambda: bool(form.findChildren(RequestInspector)), timeout=10_000)
    inspector = form.findChildren(RequestInspector)[-1]
    qtbot.addWidget(inspector)
    assert inspector.save_button.text() == "Save as .&eml…"
    target = tmp_path / "saved.eml"
    seen = answer_next_file_dialog(str(target))
    inspector.save_button.click()
    assert seen["file"].endswith("/message.eml")
    saved = email.message_from_bytes(target.read_bytes())
    assert saved["Subject"] == "Keep me" and saved["To"] == "mario@example.org"


def test_a_relay_confirmation_is_titled_with_the_relay(window, compose):
    form = compose.form
    form.channel.setCurrentIndex(form.channel.findData(Channel.SMTP))
    box, _send = compose.controller.confirmation(window.context.profiles.active, form.draft())
    assert box.windowTitle() == "Send through the SMTP+ relay"
    form.channel.setCurrentIndex(form.channel.findData(Channel.API))
    box, _send = compose.controller.confirmation(window.context.profiles.active, form.draft())
    assert box.windowTitle() == "Send through SendMessage"
