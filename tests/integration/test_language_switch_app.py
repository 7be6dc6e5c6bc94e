"""The real app after a language change in Preferences: a second start still reaches it, and
a quit signal still ends it cleanly, sandbox and all (#23, 11)."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from mailup_gui.core.account.profiles import Profile, ProfileStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
DRIVER = Path(__file__).with_name("drive_language.py")


def env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def test_a_second_start_and_a_quit_signal_reach_the_rebuilt_window(app_home, tmp_path):
    profiles = ProfileStore()
    profiles.put(Profile(name="Acme", username="s10000_2"))
    profiles.set_active(profiles.ensure_sandbox().id)
    log = (tmp_path / "app.txt").open("w")
    app = subprocess.Popen(
        [sys.executable, str(DRIVER)], stdout=subprocess.PIPE, stderr=log, text=True, env=env()
    )
    try:
        assert app.stdout is not None
        line = app.stdout.readline()  # the driver prints once the new window's services run
        assert line.startswith("SWITCHED "), (tmp_path / "app.txt").read_text()
        _, url, first_tab = line.split(maxsplit=2)
        assert first_tab.strip() == "Scrivi"
        assert httpx.get(url.removesuffix("API/v2.0/") + "sandbox/outbox").status_code == 200

        second = subprocess.run(
            [sys.executable, "-m", "mailup_gui", "--profile", "Acme"],
            capture_output=True,
            text=True,
            timeout=60,
            env=env(),
        )
        assert second.returncode == 0, second.stderr
        assert ProfileStore().active.name == "Acme"  # the rebuilt window took the hand-over

        app.send_signal(signal.SIGTERM)
        assert app.wait(timeout=30) == 0, (tmp_path / "app.txt").read_text()
        assert "Traceback" not in (tmp_path / "app.txt").read_text()
        with pytest.raises(httpx.TransportError):  # the sandbox stopped with the app
            httpx.get(url, timeout=2)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        if app.stdout is not None:
            app.stdout.close()
        log.close()
