"""kill -9 while a message is being written; the next start brings it back."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

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
