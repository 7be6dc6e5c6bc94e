"""The sandbox's own log stays small: the app's once-a-second Outbox poll is left out, and the
file is rotated at a size cap with a few older ones kept (issue 22)."""

import os
import subprocess
import sys

import httpx

from mailup_gui import log_files
from mailup_gui.core.app.sandbox_child import sandbox_command


def test_the_outbox_poll_is_left_out_of_the_access_log(tmp_path):
    log = tmp_path / "sandbox.log"
    env = {**os.environ, "MAILUP_GUI_HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        sandbox_command(log), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    ) as process:
        try:
            line = ""
            while "MailUp sandbox listening on" not in line:
                line = process.stdout.readline()
                assert line, "the sandbox ended before it listened"
            root = line.split(" on ", 1)[1].split("API/v2.0/")[0]
            with httpx.Client(base_url=root) as client:
                for _ in range(30):
                    assert client.get("sandbox/outbox/since/0").status_code == 200
                assert client.get("sandbox/outbox").status_code == 200
                assert client.get("sandbox/outbox/since/x").status_code >= 400
        finally:
            process.stdin.close()
            process.wait(timeout=15)
    text = log.read_text()
    assert '"GET /sandbox/outbox HTTP/1.1" 200' in text  # the log works
    assert '"GET /sandbox/outbox/since/0 HTTP/1.1"' not in text  # on main: 30 lines
    assert "/sandbox/outbox/since/x" in text  # a failing one is still told


def test_the_log_is_rotated_at_its_cap_and_stderr_follows(tmp_path):
    log = tmp_path / "sandbox.log"
    script = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from mailup_gui.log_files import rotating_handler\n"
        f"handler = rotating_handler(Path({str(log)!r}), stderr_follows=True, max_bytes=2000)\n"
        "logging.basicConfig(level=logging.INFO, handlers=[handler])\n"
        "for n in range(400):\n"
        "    logging.info('request %04d %s', n, 'x' * 40)\n"
        "print('a traceback would land here', file=sys.stderr, flush=True)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, stderr=subprocess.DEVNULL)
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["sandbox.log", *(f"sandbox.log.{n}" for n in range(1, log_files.BACKUPS + 1))]
    assert all((tmp_path / name).stat().st_size <= 2000 for name in kept)
    assert "request 0399" in log.read_text()
    assert "a traceback would land here" in log.read_text()
