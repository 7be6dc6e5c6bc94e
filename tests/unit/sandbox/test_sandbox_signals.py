"""``mailup-sandbox`` stops cleanly on SIGTERM and SIGINT in every mode, as a real process."""

import os
import signal
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

# Starts the sandbox with SIGINT as a shell would leave it: default in a terminal, ignored for a
# background job (``mailup-sandbox &`` in a script), which Python then keeps ignoring.
_LAUNCHER = (
    "import os, signal, sys;"
    "signal.signal(signal.SIGINT, getattr(signal, sys.argv[1]));"
    "os.execv(sys.executable, [sys.executable, *sys.argv[2:]])"
)


def start_sandbox(tmp_path, *options: str, sigint: str = "SIG_DFL") -> subprocess.Popen:
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
    assert process.stdout.readline().startswith("MailUp sandbox listening on ")
    return process


def stop_if_running(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.kill()
        process.wait()
    for pipe in (process.stdin, process.stdout, process.stderr):
        pipe.close()


@pytest.mark.parametrize("options", [(), ("--stop-with-stdin",)], ids=["plain", "stdin"])
@pytest.mark.parametrize(
    ("signum", "sigint"),
    [
        (signal.SIGTERM, "SIG_DFL"),
        (signal.SIGINT, "SIG_DFL"),
        (signal.SIGINT, "SIG_IGN"),  # inherited ignored: kill -INT must still stop it
    ],
    ids=["SIGTERM", "SIGINT", "SIGINT-inherited-ignored"],
)
def test_a_signal_stops_it_with_code_0(tmp_path, options, signum, sigint):
    process = start_sandbox(tmp_path, *options, sigint=sigint)
    try:
        process.send_signal(signum)
        _, err = process.communicate(timeout=15)
    finally:
        stop_if_running(process)
    assert process.returncode == 0, err
    assert "Fatal Python error" not in err
    assert "Traceback" not in err
    assert "Finished server process" in err  # uvicorn's own clean stop


def test_closing_stdin_stops_it_with_code_0(tmp_path):
    process = start_sandbox(tmp_path, "--stop-with-stdin")
    try:
        process.stdin.close()
        process.wait(timeout=15)
        err = process.stderr.read()
    finally:
        stop_if_running(process)
    assert process.returncode == 0, err
    assert "Fatal Python error" not in err
    assert "Finished server process" in err
