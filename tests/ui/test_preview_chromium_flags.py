"""The Chromium flags the preview starts QtWebEngine with."""

from mailup_gui.ui.preview.surface import chromium_flags


def test_root_on_linux_turns_chromium_sandbox_off_and_keeps_the_users_flags():
    flags = chromium_flags("--disable-gpu --lang=it", 0, "linux")
    assert flags.split() == ["--disable-gpu", "--lang=it", "--no-sandbox"]


def test_a_flag_the_user_gave_is_not_repeated():
    assert chromium_flags("--no-sandbox", 0, "linux") == "--no-sandbox"


def test_other_users_and_systems_keep_the_sandbox():
    assert chromium_flags("--disable-gpu", 1000, "linux") == "--disable-gpu"
    assert chromium_flags("", None, "win32") == ""
    assert chromium_flags("", 0, "darwin") == ""
