"""``python -m mailup_gui.sandbox`` as a real process, listening on a free port, its home in
a test's folder. Shared by test_sandbox_signals.py (how it stops) and
test_sandbox_send_is_stored.py (what a kill -9 keeps)."""

import os
import subprocess
import sys

# Starts the sandbox with SIGINT as a shell would leave it: default in a terminal, ignored for a
# background job (``mailup-sandbox &`` in a script), which Python then keeps ignoring.
_LAUNCHER = (
    "import os, signal, sys;"
    "signal.signal(signal.SIGINT, getattr(signal, sys.argv[1]));"
    "os.execv(sys.executable, [sys.executable, *sys.argv[2:]])"
)


def start_sandbox(tmp_path, *options: str, sigint: str = "SIG_DFL") -> tuple[subprocess.Popen, str]:
    """The process, once it listens, and its root URL."""
    env = {**os.environ, "MAILUP_GUI_HOME": str(tmp_path), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _LAUNCHER,
            sigint,
            "-m",
            "mailup_gui.sandbox",
            "--port",
            "0",
            *options,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    line = process.stdout.readline()  # MailUp sandbox listening on http://…/API/v2.0/ — …
    assert line.startswith("MailUp sandbox listening on "), line
    return process, line.split()[4].removesuffix("API/v2.0/")


def stop_if_running(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()
    for pipe in (process.stdin, process.stdout, process.stderr):
        pipe.close()
