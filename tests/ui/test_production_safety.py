"""Production safety: a custom URL marked as a real account is production everywhere, the send
confirmation for production defaults to Cancel, risky URLs are warned about, and the embedded
sandbox's random URL is never shown."""

from PySide6.QtWidgets import QMessageBox
from support.compose import type_into

from mailup_gui.core.account.profiles import Endpoint, Profile, ProfileStore
from mailup_gui.core.message.draft import Draft
from mailup_gui.ui.templates.source import State


def custom(dialog, qtbot, url: str) -> None:
    dialog.add_profile()
    type_into(qtbot, dialog.name, "Acme live")
    type_into(qtbot, dialog.username, "s123_1")
    dialog.endpoint.setCurrentIndex(dialog.endpoint.findData(Endpoint.CUSTOM))
    type_into(qtbot, dialog.custom_url, url)


def test_a_custom_url_marked_production_gets_the_production_badge(window, dialog, qtbot):
    assert not dialog.production.isVisibleTo(dialog)  # the sandbox profile: nothing to mark
    custom(dialog, qtbot, "https://mailup.acme.example/API/v2.0/")
    assert dialog.production.isVisibleTo(dialog)
    dialog.production.setChecked(True)
    assert dialog.save()
    saved = ProfileStore().find("Acme live")
    assert saved.production and saved.is_production
    window.context.profiles.set_active(saved.id)
    window.reload_profiles()
    assert window.badge.text() == "PRODUCTION"
    # the production rules: no sandbox outbox to list, no template read from a sandbox there
    assert window.outbox.stack.currentWidget() is window.outbox.unavailable
    window.tabs.setCurrentWidget(window.templates_page)
    qtbot.waitUntil(lambda: window.templates.source.state is State.PASTED, timeout=10_000)


def test_production_confirmation_defaults_to_cancel(window, qtbot):
    compose = window.compose
    profile = Profile(
        name="Acme live",
        username="s123_1",
        endpoint=Endpoint.CUSTOM,
        custom_url="https://mailup.acme.example/API/v2.0/",
        production=True,
    )
    draft = Draft(subject="Hi", to="a@example.com")
    box, send = compose.controller.confirmation(profile, draft)
    assert box.defaultButton() is not send
    assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.RejectRole
    assert "PRODUCTION" in box.text()
    sandbox = window.context.profiles.active
    box, send = compose.controller.confirmation(sandbox, draft)
    assert box.defaultButton() is send
    assert window.context.sandbox_url() not in box.text()
    assert "Local sandbox" in box.text()


def test_plain_http_to_another_computer_is_warned(dialog, qtbot):
    custom(dialog, qtbot, "http://mailup.acme.example/API/v2.0/")
    assert dialog.url_warning.isVisibleTo(dialog)
    assert "unencrypted" in dialog.url_warning.text()
    type_into(qtbot, dialog.custom_url, "http://127.0.0.1:8025/API/v2.0/")
    assert not dialog.url_warning.isVisibleTo(dialog)
    type_into(qtbot, dialog.custom_url, "http://mailup.acme.example/API/v2.0/")
    dialog.test_connection()
    assert "unencrypted" in dialog.test_result.text()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "unencrypted" in dialog.test_result.text()  # still there under the outcome


def test_the_embedded_sandbox_port_is_warned_and_its_url_never_shown(window, dialog, qtbot):
    url = window.context.sandbox_url()
    dialog.test_connection()  # the sandbox profile
    assert url not in dialog.test_result.text()
    assert "Local sandbox" in dialog.test_result.text()
    custom(dialog, qtbot, url)
    assert dialog.url_warning.isVisibleTo(dialog)
    assert "changes at every start" in dialog.url_warning.text()
