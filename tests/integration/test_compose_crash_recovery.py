"""kill -9 while a message is being written; the next start brings it back."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from mailup_gui.ui.send_form.autosave import CEILING_MS

DRIVER = Path(__file__).with_name("drive_compose.py")


def start(mode: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, str(DRIVER), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def test_a_killed_app_restores_the_draft(app_home):
    with start("type") as typing:
        try:
            line = typing.stdout.readline()
            assert line.strip() == "TYPED", (
                typing.stderr.read() if typing.poll() is not None else line
            )
        finally:
            typing.send_signal(signal.SIGKILL)  # no chance to save anything on the way out
            typing.wait(timeout=30)
    assert typing.returncode == -signal.SIGKILL

    reading = start("read")
    out, err = reading.communicate(timeout=90)
    assert reading.returncode == 0, err
    fields = json.loads(out.strip().splitlines()[-1])
    assert fields["subject"] == "Unsent when the app was killed"
    assert fields["to"] == "Mario Rossi <mario@example.org>, bad-entry"  # even the bad entry
    assert fields["text"] == "Body typed before the crash"
    assert "restored" in fields["banner"]


def test_steady_typing_is_saved_within_the_ceiling(app_home):
    """Typing that never pauses long enough for the pause rule is still on disk, a few
    seconds behind, when the app is killed."""
    with start("steady") as typing:
        try:
            line = typing.stdout.readline()
            assert line.startswith("TYPED "), (
                typing.stderr.read() if typing.poll() is not None else line
            )
        finally:
            typing.send_signal(signal.SIGKILL)
            typing.wait(timeout=30)
    typed = line.split(" ", 1)[1].strip()

    reader = sqlite3.connect(app_home / "data" / "drafts.sqlite3")  # not the app's connection
    try:
        rows = reader.execute("SELECT draft FROM autosave WHERE editor = 'message'").fetchall()
    finally:
        reader.close()
    assert rows, f"nothing autosaved after {len(typed)} keys typed without a pause"
    saved = json.loads(rows[0][0])["subject"]
    assert typed.startswith(saved)
    # At most a ceiling's worth of keys (one every 300 ms) plus the one in flight is missing.
    assert len(typed) - len(saved) <= CEILING_MS // 300 + 2, (typed, saved)
