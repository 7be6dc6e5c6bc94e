"""From follows the profile (issue #23, 6): on a switch, a From the new user may not send from
is marked at once, from the senders the Dashboard knows, with a one-click fix to the profile's
default From."""

from datetime import datetime

from PySide6.QtCore import Qt

from mailup_gui.api.client import MailUpClient
from mailup_gui.core.account.profiles import Endpoint, Profile


def switch_to(window, profile: Profile) -> None:
    window.context.profiles.set_active(profile.id)
    window.reload_profiles()


def test_a_switch_marks_a_from_the_new_user_may_not_use_and_offers_the_default(
    window, admin, qtbot
):
    compose = window.compose
    envelope = compose.form.envelope
    sandbox = window.context.profiles.active
    assert envelope.from_email.text() == "support@example.com"  # the sandbox profile's draft
    other = Profile(
        name="Example.net shop",
        username="s20000_1",  # DomainList example.net in the sandbox's demo data
        endpoint=Endpoint.CUSTOM,
        custom_url=window.context.sandbox_url(),
        from_name="The Shop",
        from_email="news@example.net",
    )
    window.context.profiles.put(other)
    admin.set_account(20000, "active")  # the demo's suspended account, answering for once
    with MailUpClient(window.context.sandbox_url(), "s20000_1", "sandbox") as client:
        users = client.list_user_info()
    now = datetime.now().astimezone()
    window.context.user_states.update(other.id, users, now)  # as the Dashboard's poll leaves it
    with MailUpClient(window.context.sandbox_url(), "s10000_1", "sandbox") as client:
        window.context.user_states.update(sandbox.id, client.list_user_info(), now)

    switch_to(window, other)  # no edit: the switch alone marks it
    assert envelope.from_warning.isVisibleTo(envelope)
    assert "102" in envelope.from_warning.text()
    fix = envelope.use_default_from
    assert fix.isVisibleTo(envelope) and "news@example.net" in fix.text()

    qtbot.mouseClick(fix, Qt.MouseButton.LeftButton)
    assert envelope.from_email.text() == "news@example.net"
    assert envelope.from_name.text() == "The Shop"
    qtbot.waitUntil(lambda: not envelope.from_warning.isVisibleTo(envelope), timeout=5_000)
    assert not fix.isVisibleTo(envelope)

    switch_to(window, sandbox)  # and back: example.net is not s10000_1's
    assert envelope.from_warning.isVisibleTo(envelope)
    assert "support@example.com" in envelope.use_default_from.text()
