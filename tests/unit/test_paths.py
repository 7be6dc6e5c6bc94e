"""The app's folders on Linux: the XDG base directories, as platformdirs reads them.

paths.py reads the three XDG variables itself to keep platformdirs out of the start-up; a user
upgrading must find their profiles, drafts and logs where the platformdirs-based versions put
them, so platformdirs (its Unix rules, whatever OS runs the test) is the reference here.
"""

import sys
from pathlib import Path

import pytest
from platformdirs.unix import Unix

from mailup_gui import paths

VARIABLES = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME")


@pytest.mark.parametrize(
    "value",
    [None, "", "/srv/xdg", "/srv/xdg/", "relative/xdg", "~/xdg"],
    ids=["unset", "empty", "absolute", "trailing-slash", "relative", "tilde"],
)
def test_the_folders_are_where_platformdirs_puts_them(monkeypatch, tmp_path, value):
    monkeypatch.delenv("MAILUP_GUI_HOME", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for variable in VARIABLES:
        if value is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, value)
    reference = Unix(paths.APP_NAME, appauthor=False)

    assert str(paths.config_dir()) == str(Path(reference.user_config_dir))
    assert str(paths.data_dir()) == str(Path(reference.user_data_dir))
    assert str(paths.log_dir()) == str(Path(reference.user_log_dir))


def test_each_variable_moves_only_its_own_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("MAILUP_GUI_HOME", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("HOME", str(tmp_path))
    for variable in VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", "/srv/state")

    assert paths.config_dir() == tmp_path / ".config" / "mailup-gui"
    assert paths.data_dir() == tmp_path / ".local" / "share" / "mailup-gui"
    assert paths.log_dir() == Path("/srv/state/mailup-gui/log")


def test_mailup_gui_home_overrides_them_all(monkeypatch, tmp_path):
    monkeypatch.setenv("MAILUP_GUI_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", "/srv/xdg")

    assert paths.config_dir() == tmp_path / "config"
    assert paths.data_dir() == tmp_path / "data"
    assert paths.log_dir() == tmp_path / "log"
