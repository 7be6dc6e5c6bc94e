"""Suite-wide settings: Qt offscreen, English, and app folders in a temporary home per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def app_home(tmp_path, monkeypatch):
    """Every test gets its own config/data/log folders, never the user's real ones."""
    home = tmp_path / "home"
    monkeypatch.setenv("MAILUP_GUI_HOME", str(home))
    return home
