"""Suite-wide settings: Qt offscreen, English, and app folders in a temporary home per test."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"
os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def app_home(tmp_path, monkeypatch):
    """Every test gets its own config/data/log folders, never the user's real ones."""
    home = tmp_path / "home"
    monkeypatch.setenv("MAILUP_GUI_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def damaged_files(monkeypatch):
    """Each test starts with no damaged file reported: the record is process-wide."""
    from mailup_gui.core.storage import damaged

    record = damaged.DamagedFiles()
    monkeypatch.setattr(damaged, "_session", record)
    return record


@pytest.fixture(autouse=True)
def keyring_backend(request):
    """Tests use the real Secret Service only when marked ``secret_service``; every other test
    sees "no keyring", so that no test ever writes into a developer's own keyring."""
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    if request.node.get_closest_marker("secret_service") is None:
        keyring.set_keyring(fail.Keyring())
    else:
        require_secret_service()
    yield
    keyring.set_keyring(previous)


def require_secret_service() -> None:
    """Skip when no Secret Service is reachable, except on CI, where it must be there."""
    import keyring
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    try:
        backend.get_password("mailup-gui-tests", "probe")
    except Exception as error:
        message = f"no usable Secret Service ({type(error).__name__}: {error}); run ./dev test"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    keyring.set_keyring(backend)


@pytest.fixture(scope="session")
def translations_built():
    """The .qm files the app loads, compiled from the .ts as ./dev does (pytest may run alone)."""
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_translations.py")], check=True)
