"""Screen-share masking, and the no-keyring banner."""

import pytest
from PySide6.QtWidgets import QLineEdit

from mailup_gui.core.storage.settings import SettingsStore
from mailup_gui.ui.profiles.dialog import ProfilesDialog


def test_screen_share_masks_usernames_and_secret_reveal(window, qtbot):
    dialog = ProfilesDialog(
        window.context.profiles,
        window.context.secrets,
        window.context.privacy,
        window.context.tasks,
        window.context.sandbox_url,
        window,
    )
    qtbot.addWidget(dialog)
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
    qtbot.waitUntil(lambda: window.banners.keyring.isVisible(), timeout=10_000)
    text = window.banners.keyring.label.text()
    assert "No usable system keyring" in text
    assert "this session only" in text
    assert "session only" in window.keyring_label.text()


@pytest.mark.secret_service
def test_real_keyring_shows_where_secrets_live(window, qtbot):
    qtbot.waitUntil(lambda: "Secret Service" in window.keyring_label.text(), timeout=10_000)
    assert not window.banners.keyring.isVisible()
