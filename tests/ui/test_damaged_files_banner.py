"""A damaged data file: the pane still opens and the window says what was set aside."""

import threading
from pathlib import Path

import pytest

from mailup_gui import paths
from mailup_gui.core.storage.damaged import DamagedFile

GARBAGE = b"these bytes are not an SQLite database " * 100


@pytest.fixture
def damaged_drafts() -> Path:
    drafts = paths.data_dir() / "drafts.sqlite3"
    drafts.parent.mkdir(parents=True, exist_ok=True)
    drafts.write_bytes(GARBAGE)
    return drafts


def test_a_damaged_drafts_file_leaves_compose_working_and_is_named(damaged_drafts, window, qtbot):
    drafts = damaged_drafts
    window.tabs.setCurrentWidget(window.compose_page)
    pane = window.compose  # builds the pane, which opens its drafts
    assert pane.isVisible()
    qtbot.waitUntil(window.window_notices.damaged.notice.isVisible, timeout=5_000)
    [kept] = drafts.parent.glob("drafts.sqlite3.damaged-*")
    assert kept.read_bytes() == GARBAGE
    text = window.window_notices.damaged.notice.text
    assert str(drafts) in text
    assert str(kept) in text
    assert "the autosaved messages and the named drafts" in text


def test_a_damaged_settings_file_is_told_by_the_same_banner(qtbot, qapp):
    from mailup_gui.core.account.profiles import ProfileStore
    from mailup_gui.core.storage.settings import SettingsStore
    from mailup_gui.ui.context import AppContext
    from mailup_gui.ui.main_window import MainWindow

    settings = paths.config_dir() / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('{"language": ')
    context = AppContext.create(ProfileStore(), SettingsStore())
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert not window.window_notices.damaged.notice.isHidden()
    assert str(settings) in window.window_notices.damaged.notice.text
    assert "the settings (language" in window.window_notices.damaged.notice.text


def test_a_report_from_a_worker_thread_reaches_the_banner(window, qtbot, damaged_files):
    found = DamagedFile(Path("/data/journal.sqlite3"), Path("/data/j.damaged-1"), "x")
    worker = threading.Thread(target=damaged_files.report, args=(found,))
    worker.start()
    worker.join()
    qtbot.waitUntil(window.window_notices.damaged.notice.isVisible, timeout=5_000)
    assert window.window_notices.damaged.found == [found]


def test_an_unknown_send_channel_opens_compose_on_the_api_and_says_so(qtbot, qapp):
    import json

    from mailup_gui.core.account.profiles import ProfileStore
    from mailup_gui.core.send.result import Channel
    from mailup_gui.core.storage.settings import SettingsStore
    from mailup_gui.ui.context import AppContext
    from mailup_gui.ui.main_window import MainWindow

    profiles = ProfileStore()
    sandbox = profiles.ensure_sandbox()
    settings = paths.config_dir() / "settings.json"
    settings.write_text(json.dumps({"send_channels": {sandbox.id: "SMTP"}}))
    window = MainWindow(AppContext.create(profiles, SettingsStore()))
    qtbot.addWidget(window)
    window.tabs.setCurrentWidget(window.compose_page)
    assert window.compose.form.channel_choice() is Channel.API  # on main: ValueError
    assert not window.window_notices.damaged.notice.isHidden()
    assert "“SMTP”" in window.window_notices.damaged.notice.text
