"""Screen-share masking, and the no-keyring banner."""

import pytest
from PySide6.QtWidgets import QLineEdit
from support.profiles import profiles_dialog

from mailup_gui.core.storage.settings import SettingsStore


def test_screen_share_masks_usernames_and_secret_reveal(window, qtbot):
    dialog = profiles_dialog(window, qtbot)
    dialog.reveal.setChecked(True)
    assert "s10000_1" in window.endpoint_label.text()

    window.screen_share_action.trigger()

    assert "s10000_1" not in window.endpoint_label.text()
    assert dialog.username.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.from_email.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.secret.echoMode() is QLineEdit.EchoMode.Password
    assert not dialog.reveal.isEnabled()
    assert SettingsStore().value.screen_share  # remembered for the next start

    window.test_action.trigger()
    qtbot.waitUntil(lambda: window.test_action.isEnabled(), timeout=10_000)
    assert "s10000_1" not in window.last_test_result
    assert "Active" in window.last_test_result

    window.screen_share_action.trigger()
    assert "s10000_1" in window.endpoint_label.text()
    assert dialog.username.echoMode() is QLineEdit.EchoMode.Normal


def test_no_keyring_shows_a_banner_that_explains(window, qtbot):
    qtbot.waitUntil(lambda: window.window_notices.keyring.isVisible(), timeout=10_000)
    text = window.window_notices.keyring.text
    assert "No usable system keyring" in text
    assert "this session only" in text
    assert "session only" in window.keyring_label.text()


@pytest.mark.secret_service
def test_real_keyring_shows_where_secrets_live(window, qtbot):
    qtbot.waitUntil(lambda: "Secret Service" in window.keyring_label.text(), timeout=10_000)
    assert not window.window_notices.keyring.isVisible()


def test_the_window_shows_screen_share_is_on_and_masks_profile_names(window, qtbot):
    from mailup_gui.core.account.profiles import Endpoint, Profile

    window.context.profiles.put(
        Profile(name="Acme Logistics", username="s123456_1", endpoint=Endpoint.PRODUCTION)
    )
    window.reload_profiles()
    window.show()
    qtbot.waitExposed(window)
    combo = window.profile_combo
    names = lambda: [combo.itemText(i) for i in range(combo.count())]  # noqa: E731
    assert "Acme Logistics" in names()
    assert not window.screen_share_indicator.isVisible()

    window.screen_share_action.trigger()
    qtbot.waitUntil(window.screen_share_indicator.isVisible, timeout=5_000)  # at the next layout
    assert "Screen-share on" in window.screen_share_indicator.text()
    assert "Acme Logistics" not in names() and "A•••e L•••s" in names()
    dialog = profiles_dialog(window, qtbot)
    listed = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert "Acme Logistics" not in listed and "A•••e L•••s" in listed

    window.screen_share_indicator.click()  # one click turns it off
    assert not window.context.privacy.enabled
    qtbot.waitUntil(lambda: not window.screen_share_indicator.isVisible(), timeout=5_000)
    assert "Acme Logistics" in names()
