"""The Profiles dialog's SMTP+ relay group: settings checked inline and kept in the profile,
the sandbox profile's note, and Test relay against a real SMTP server on loopback (aiosmtpd)."""

from support.compose import type_into
from support.relay_server import SECRET, USER, free_port

from mailup_gui.core.account.profiles import Endpoint, Profile, ProfileStore


def relay_profile(window, dialog, host: str, port: int, secret: str) -> Profile:
    profile = Profile(
        name="Relay user",
        username=USER,
        endpoint=Endpoint.CUSTOM,
        custom_url="http://127.0.0.1:9/API/v2.0/",
        relay_host=host,
        relay_port=port,
        relay_starttls=True,
    )
    window.context.profiles.put(profile)
    window.context.secrets.keep_for_session(profile.id, secret)
    dialog._reload_list(profile.id)
    return profile


def relay_check_shown(dialog, qtbot) -> str:
    dialog.relay.test_button.click()
    qtbot.waitUntil(lambda: dialog.relay.test_button.isEnabled(), timeout=20_000)
    return dialog.relay.result.text()


def test_relay_settings_are_checked_inline_and_saved(dialog, qtbot):
    dialog.add_profile()
    type_into(qtbot, dialog.name, "Acme relay")
    type_into(qtbot, dialog.username, "s123_1")
    relay = dialog.relay
    assert relay.isVisibleTo(dialog)
    assert [relay.host.itemText(i) for i in range(relay.host.count())] == [
        "fast.smtpok.com",
        "in.smtpok.com",
    ]
    assert not relay.starttls.isEnabled()  # required off this computer
    relay.port.setValue(587)
    assert not dialog.save()
    assert relay.errors["relay_port"].isVisible()
    assert "1025 to 5000" in relay.errors["relay_port"].text()
    relay.host.setCurrentText("in.smtpok.com")
    relay.port.setValue(2525)
    assert dialog.save()
    saved = ProfileStore().find("Acme relay")
    assert (saved.relay_host, saved.relay_port, saved.relay_starttls) == (
        "in.smtpok.com",
        2525,
        True,
    )
    relay.host.setCurrentText("127.0.0.1")
    assert relay.starttls.isEnabled()  # a relay on this computer may go without


def test_the_sandbox_profile_uses_the_embedded_relay(window, dialog, qtbot):
    relay = dialog.relay
    assert window.context.profiles.active.endpoint is Endpoint.SANDBOX
    assert relay.sandbox_note.isVisibleTo(dialog)
    assert not relay._settings.isVisibleTo(dialog)
    assert "not running yet" in relay_check_shown(dialog, qtbot)


def test_test_relay_says_what_passed(window, dialog, relay, qtbot):
    relay_profile(window, dialog, *relay.address, SECRET)
    shown = relay_check_shown(dialog, qtbot)
    assert "accepts this user" in shown
    assert "Server: " in shown
    assert "TLSv1" in shown
    assert "STARTTLS" in shown and "AUTH" in shown
    assert not relay.recorder.received  # never a message


def test_test_relay_says_which_step_failed_and_why(window, dialog, relay, qtbot):
    relay_profile(window, dialog, *relay.address, "wrong-secret")
    shown = relay_check_shown(dialog, qtbot)
    assert "Failed at AUTH" in shown
    assert "535" in shown
    assert "secret is wrong" in shown
    assert "STARTTLS" in shown  # passed before


def test_an_unreachable_relay_fails_at_connect(window, dialog, qtbot):
    relay_profile(window, dialog, "127.0.0.1", free_port(), SECRET)  # nothing listens there
    shown = relay_check_shown(dialog, qtbot)
    assert "Failed at connect" in shown
