"""The app's command line, run as a real process."""

import json
import os
import subprocess
import sys
from pathlib import Path

from mailup_gui.core.account.profiles import Profile, ProfileStore
from mailup_gui.core.storage.settings import SettingsStore


def run_app(*args: str, timeout: float = 90, **env_vars: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **env_vars)
    return subprocess.run(
        [sys.executable, "-m", "mailup_gui", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def test_version_and_help():
    version = run_app("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("mailup-gui ")
    help_text = run_app("--help")
    assert help_text.returncode == 0
    for option in ("--profile", "--sandbox", "--smoke", "--version"):
        assert option in help_text.stdout


def test_unknown_profile_is_refused_with_the_names_there_are(app_home):
    ProfileStore().put(Profile(name="Acme", username="s123456_1"))
    result = run_app("--profile", "Nobody")
    assert result.returncode == 2
    assert "no profile named 'Nobody'" in result.stderr
    assert "Acme" in result.stderr


def test_smoke_starts_the_full_app_on_the_sandbox(app_home):
    result = run_app("--smoke")
    assert result.returncode == 0, result.stdout + result.stderr
    timings = json.loads(result.stdout.strip().splitlines()[-1])
    assert 0 < timings["qapplication_ms"] <= timings["window_shown_ms"] <= timings["first_paint_ms"]
    assert timings["first_paint_ms"] <= timings["services_ready_ms"]
    assert timings["sandbox_url"].startswith("http://127.0.0.1:")
    assert ProfileStore().active.name == "Sandbox (local)"


def smoke_report(**env_vars: str) -> dict:
    result = run_app("--smoke", **env_vars)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_language_follows_the_os(app_home, translations_built):
    assert smoke_report(LANGUAGE="it")["language"] == "it"
    assert smoke_report(LANGUAGE="en", LANG="it_IT.UTF-8")["language"] == "en"


def test_the_language_setting_overrides_the_os(app_home, translations_built):
    SettingsStore().update(language="it")
    assert smoke_report(LANGUAGE="en")["language"] == "it"


def test_smoke_reports_the_keyring_backends_this_install_can_load(app_home):
    keyring = smoke_report()["keyring"]
    assert {"SecretService", "KWallet", "macOS", "Windows"} <= set(keyring["backends"])


def test_smoke_sets_damaged_databases_aside_and_says_so(app_home):
    data = app_home / "data"
    data.mkdir(parents=True)
    names = ["drafts.sqlite3", "journal.sqlite3", "templates.sqlite3", "sandbox.sqlite3"]
    for name in names:
        (data / name).write_bytes(b"random bytes, not a database " * 200)
    result = run_app("--smoke")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    reported = {
        Path(found["file"]).name: Path(found["kept_as"]) for found in report["damaged_files"]
    }
    assert sorted(reported) == sorted(names)
    for name, kept in reported.items():
        assert kept.parent == data and kept.name.startswith(name + ".damaged-")
        assert kept.read_bytes().startswith(b"random bytes")


def test_folders_in_place_of_the_stores_are_set_aside_and_the_app_starts(app_home):
    data = app_home / "data"
    for name in ("drafts.sqlite3", "journal.sqlite3", "sandbox.sqlite3"):
        (data / name).mkdir(parents=True)
    result = run_app("--smoke", timeout=60)  # on main: "unable to open database file", code 1
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert any("sandbox.sqlite3" in str(found) for found in report["damaged_files"]), report
    assert (data / "sandbox.sqlite3").is_file()
    assert list(data.glob("sandbox.sqlite3.damaged-*"))
