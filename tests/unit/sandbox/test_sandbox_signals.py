"""``mailup-sandbox`` stops cleanly on SIGTERM and SIGINT in every mode, as a real process."""

import signal
import sys

import pytest

from tests.support.sandbox_process import start_sandbox, stop_if_running

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


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
    process, _ = start_sandbox(tmp_path, *options, sigint=sigint)
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
    process, _ = start_sandbox(tmp_path, "--stop-with-stdin")
    try:
        process.stdin.close()
        process.wait(timeout=15)
        err = process.stderr.read()
    finally:
        stop_if_running(process)
    assert process.returncode == 0, err
    assert "Fatal Python error" not in err
    assert "Finished server process" in err
