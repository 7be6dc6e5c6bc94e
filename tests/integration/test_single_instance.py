"""One app per data folder, with real processes: a second start hands over and ends."""

import os
import signal
import subprocess
import sys
import time

import pytest

from mailup_gui.core.account.profiles import Profile, ProfileStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def app_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "mailup_gui", *args]


def env() -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def second_start(*args: str) -> tuple[subprocess.CompletedProcess, float]:
    began = time.monotonic()
    result = subprocess.run(
        app_command(*args), capture_output=True, text=True, timeout=60, env=env()
    )
    return result, time.monotonic() - began


def start_first(app_home, tmp_path) -> subprocess.Popen:
    """The app, once it holds the data folder's lock (its PID is in the lock file)."""
    with (tmp_path / "first.txt").open("w") as log:
        app = subprocess.Popen(app_command(), stdout=log, stderr=log, env=env())
    lock = app_home / "data" / "instance.lock"
    deadline = time.monotonic() + 60
    while not (lock.exists() and lock.read_text().strip() == str(app.pid)):
        assert app.poll() is None and time.monotonic() < deadline, "the first start failed"
        time.sleep(0.05)
    return app


@pytest.fixture
def first_app(app_home, tmp_path):
    """The app running on ``app_home`` with profiles Acme and the sandbox, the sandbox active."""
    profiles = ProfileStore()
    profiles.put(Profile(name="Acme", username="s10000_2"))
    profiles.set_active(profiles.ensure_sandbox().id)
    app = start_first(app_home, tmp_path)
    try:
        ready, _ = second_start()  # waits for the first to listen (it may still be starting)
        assert ready.returncode == 0, ready.stderr
        yield app
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)


def test_a_second_start_hands_over_its_profile_and_exits_0(first_app):
    result, took = second_start("--profile", "Acme")
    assert result.returncode == 0, result.stderr
    assert "already running" in result.stdout
    assert first_app.poll() is None  # the first one goes on
    assert ProfileStore().active.name == "Acme"  # it switched, and saved that
    print(f"second start with --profile: {took:.2f} s")


def test_an_unknown_profile_is_refused_by_the_running_app(first_app):
    result, _ = second_start("--profile", "Nobody")
    assert result.returncode == 2
    assert "no profile named 'Nobody'" in result.stderr
    assert "Acme" in result.stderr
    assert ProfileStore().active.name == "Sandbox (local)"


def test_smoke_never_runs_on_the_files_of_a_running_app(first_app):
    result, _ = second_start("--smoke")
    assert result.returncode == 1
    assert "another mailup-gui is running on this data folder" in result.stdout


def test_the_standalone_sandbox_is_not_stopped_by_the_lock(first_app):
    sandbox = subprocess.Popen(
        app_command("sandbox", "--port", "0"), stdout=subprocess.PIPE, text=True, env=env()
    )
    try:
        assert sandbox.stdout.readline().startswith("MailUp sandbox listening on ")
    finally:
        sandbox.send_signal(signal.SIGTERM)
        sandbox.communicate(timeout=30)
    assert sandbox.returncode == 0


def test_the_lock_of_a_killed_instance_is_taken_over(app_home, tmp_path):
    app = start_first(app_home, tmp_path)
    ready, _ = second_start()
    assert ready.returncode == 0, ready.stderr
    app.send_signal(signal.SIGKILL)
    app.wait(timeout=30)
    result, _ = second_start("--smoke")  # a full start: it must get the lock and run
    assert result.returncode == 0, result.stdout + result.stderr
    assert '"sandbox_url": "http://127.0.0.1:' in result.stdout
