"""First start with no profile: the embedded sandbox, its profile, the welcome panel."""

from PySide6.QtCore import Qt
from support.notices import button_of

from mailup_gui.core.account.profiles import Endpoint, ProfileStore
from mailup_gui.core.storage.settings import SettingsStore


def test_first_start_selects_the_running_sandbox(window):
    profile = window.context.profiles.active
    assert profile.endpoint is Endpoint.SANDBOX
    assert window.badge.text() == "SANDBOX"
    url = window.context.sandbox_url()
    assert url.startswith("http://127.0.0.1:") and url.endswith("/API/v2.0/")
    # Not the URL, whose port changes at every start: a profile built on it would break.
    assert window.endpoint_label.text().startswith("Local sandbox · ")
    assert url not in window.endpoint_label.text()
    assert "s10000_1" in window.endpoint_label.text()
    assert window.window_notices.welcome.notice.isVisible()
    assert ProfileStore().active.id == profile.id  # persisted for the next start


def test_test_connection_shows_the_demo_user_active(window, qtbot):
    window.test_action.trigger()
    qtbot.waitUntil(lambda: window.test_action.isEnabled(), timeout=10_000)
    assert window.last_test_result.startswith("s10000_1: Active")
    assert "s10000_1: Active" in window.statusBar().currentMessage()


def test_welcome_dismissal_is_remembered(window, qtbot):
    got_it = button_of(window.notice_area, window.window_notices.welcome.notice, "Got it")
    qtbot.mouseClick(got_it, Qt.MouseButton.LeftButton)
    assert not window.window_notices.welcome.notice.isVisible()
    assert SettingsStore().value.welcome_dismissed


def test_help_welcome_brings_the_dismissed_welcome_back(window, qtbot):
    window.window_notices.welcome.dismiss()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    welcome = next(action for action in help_menu.actions() if action.text() == "&Welcome")
    welcome.trigger()
    assert window.window_notices.welcome.notice.isVisible()


def test_panes_and_shortcuts(window, qtbot):
    assert window.test_action.shortcut().toString() == "Ctrl+T"
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Compose", "Templates", "Dashboard", "Outbox", "Journal"]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.outbox_page
    qtbot.waitUntil(lambda: window.outbox_page.built is not None)  # built once shown


def test_production_profile_looks_different(window, qtbot):
    from mailup_gui.core.account.profiles import Profile

    production = Profile(name="Acme", username="s123456_1")
    window.context.profiles.put(production)
    window.reload_profiles()
    index = window.profile_combo.findData(production.id)
    window.profile_combo.setCurrentIndex(index)
    window.profile_combo.activated.emit(index)
    assert window.badge.text() == "PRODUCTION"
    assert "send.mailup.com" in window.endpoint_label.text()
    welcome = window.window_notices.welcome.notice
    assert not welcome.isVisible()  # it speaks of the sandbox: not on a real account
    assert "background: #c62828" in window.badge.styleSheet()
    assert window.outbox.stack.currentIndex() == 1  # the outbox says it has nothing for production


def test_the_welcome_follows_the_active_profile(window, qtbot):
    from mailup_gui.core.account.profiles import Profile

    sandbox = window.context.profiles.active
    custom = Profile(
        name="Own sandbox",
        username="s10000_1",
        endpoint=Endpoint.CUSTOM,
        custom_url="http://127.0.0.1:8025/API/v2.0/",
    )
    window.context.profiles.put(custom)
    window.reload_profiles()

    def choose(profile) -> None:
        index = window.profile_combo.findData(profile.id)
        window.profile_combo.setCurrentIndex(index)
        window.profile_combo.activated.emit(index)

    choose(custom)
    assert not window.window_notices.welcome.notice.isVisible()
    choose(sandbox)
    assert window.window_notices.welcome.notice.isVisible()


def test_add_a_user_from_the_welcome_opens_profiles_on_a_new_empty_profile(
    window, qtbot, monkeypatch
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen = {}
    asked = []  # closing a profile never saved asks first (issue 22); Discard keeps nothing
    discard = QMessageBox.StandardButton.Discard
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or discard)
    before = len(window.context.profiles.all())

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        seen["name"], seen["username"] = dialog.name.text(), dialog.username.text()
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    welcome = window.window_notices.welcome.notice
    add = button_of(window.notice_area, welcome, "Add a MailUp SMTP+ user…")
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert seen == {"name": "New profile", "username": ""}
    assert asked and len(window.context.profiles.all()) == before
