"""Screen-share mode masks profile names (often customers') wherever the app shows one — the
send confirmation, desktop notices and reminders, the Dashboard's export — and its pill in the
window follows the mode whatever turned it on."""

from datetime import UTC, datetime, timedelta

from support.compose import acme_live
from support.dashboard import first_poll, open_dashboard, poll, set_user
from support.file_dialogs import answer_next_file_dialog

from mailup_gui.core.account.masking import mask_name
from mailup_gui.core.message.draft import Draft
from mailup_gui.core.send.result import Channel
from mailup_gui.core.storage.settings import SettingsStore
from mailup_gui.ui.menus import open_preferences

DRAFT = Draft(from_email="support@example.com", to="mario.rossi@example.org", subject="Hi")


def test_the_send_confirmation_masks_the_profile_name(compose):
    profile = acme_live()
    questions = compose.controller.questions
    box, _send = questions.confirmation(profile, DRAFT, "SendMessage", Channel.API, "“Hi”")
    assert "Acme live" in box.text()  # off: named, so the check below can fail

    compose.context.privacy.set_enabled(True)
    box, _send = questions.confirmation(profile, DRAFT, "SendMessage", Channel.API, "“Hi”")
    assert "Acme live" not in box.text() and mask_name("Acme live") in box.text()
    assert "mario.rossi" not in box.text()


def test_a_state_change_notice_masks_the_profile_name(window, qtbot):
    notes = []
    window.poller.notifier.notified.connect(lambda title, text: notes.append(text))
    first_poll(window, qtbot)
    window.screen_share_action.trigger()
    set_user(window, "s10000_1", admin_block=True)
    poll(window, qtbot)
    assert len(notes) == 1
    assert "Sandbox (local)" not in notes[0] and mask_name("Sandbox (local)") in notes[0]


def test_a_reminder_is_worded_when_it_pops_up_masked_if_the_mode_came_on_since(
    compose, window, qtbot
):
    profile = acme_live("s123456_1")
    notes = []
    window.notices.notified.connect(lambda title, text: notes.append(title))
    compose.controller._remind(profile, datetime.now(UTC) - timedelta(seconds=1))
    window.screen_share_action.trigger()  # before it pops up
    qtbot.waitUntil(lambda: len(notes) == 1, timeout=2_000)
    assert "s123456_1" not in notes[0] and "can send again" in notes[0]


def test_a_notice_in_the_status_bar_is_taken_back_when_the_mode_comes_on(window):
    window.notices.notify("s10000_1: Blocked", "Profile “Acme live”.")  # offscreen: no tray
    assert "Acme live" in window.statusBar().currentMessage()
    window.screen_share_action.trigger()
    assert "Acme live" not in window.statusBar().currentMessage()


def test_the_dashboard_export_names_no_username_while_the_screen_is_shared(window, qtbot, tmp_path):
    pane = open_dashboard(window, qtbot)
    seen = answer_next_file_dialog(None)
    pane.export_button.click()
    assert "s10000_1" in seen["file"]  # off: named after the user, so the check can fail

    window.screen_share_action.trigger()
    seen = answer_next_file_dialog(str(tmp_path / "s10000_1.csv"))
    pane.export_button.click()
    assert "s10000_1" not in seen["file"]
    qtbot.waitUntil(lambda: "Exported" in pane.updated_label.text(), timeout=10_000)
    assert "s10000_1" not in pane.updated_label.text()


def test_the_pill_follows_the_mode_whatever_turned_it_on(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    pill = window.screen_share_indicator
    privacy = window.context.privacy

    privacy.set_enabled(True)  # not through the menu's action
    qtbot.waitUntil(pill.isVisible, timeout=5_000)
    assert window.screen_share_action.isChecked()
    assert SettingsStore().value.screen_share

    pill.click()
    qtbot.waitUntil(lambda: not pill.isVisible(), timeout=5_000)
    assert not window.screen_share_action.isChecked() and not privacy.enabled

    dialog = open_preferences(window)
    qtbot.addWidget(dialog)
    assert not dialog.screen_share.isChecked()
    dialog.screen_share.setChecked(True)
    dialog.apply()
    qtbot.waitUntil(pill.isVisible, timeout=5_000)
    assert privacy.enabled and window.screen_share_action.isChecked()
    assert SettingsStore().value.screen_share  # kept for the next start


def test_the_pill_shows_at_start_when_the_settings_keep_the_mode_on(qtbot):
    from mailup_gui.core.account.profiles import ProfileStore
    from mailup_gui.ui.context import AppContext
    from mailup_gui.ui.main_window import MainWindow

    settings = SettingsStore()
    settings.update(screen_share=True)
    context = AppContext.create(ProfileStore(), settings)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.screen_share_indicator.isVisible, timeout=5_000)
    assert window.screen_share_action.isChecked()
    context.tasks.wait()


def test_the_dashboard_heading_masks_the_profile_name(window, qtbot):
    pane = open_dashboard(window, qtbot)
    assert "Sandbox (local)" in pane.heading.text()
    window.screen_share_action.trigger()
    assert "Sandbox (local)" not in pane.heading.text()
    assert mask_name("Sandbox (local)") in pane.heading.text()


def test_a_missing_secret_is_said_without_the_profile_name(window, qtbot):
    from support.dashboard import POLL_TIMEOUT

    from mailup_gui.core.account.profiles import Profile

    pane = open_dashboard(window, qtbot)
    window.screen_share_action.trigger()
    customer = Profile(name="Acme Logistics", username="s123456_1")  # no secret stored
    window.context.profiles.put(customer)
    window.context.profiles.set_active(customer.id)
    window.reload_profiles()
    qtbot.waitUntil(lambda: window.poller.paused, timeout=POLL_TIMEOUT)
    banner = pane.poll_notice.text
    assert "No SMTP+ secret" in banner and "Acme Logistics" not in banner


def test_the_profiles_dialog_name_field_shows_dots_in_screen_share(window, qtbot):
    from PySide6.QtWidgets import QLineEdit
    from support.profiles import profiles_dialog

    dialog = profiles_dialog(window, qtbot)
    qtbot.waitExposed(dialog)
    assert dialog.name.echoMode() is QLineEdit.EchoMode.Normal
    window.screen_share_action.trigger()
    assert dialog.name.echoMode() is QLineEdit.EchoMode.Password
    window.screen_share_action.trigger()
    assert dialog.name.echoMode() is QLineEdit.EchoMode.Normal
