"""The embedded sandbox (a child process) never outlives the app, however the app ends.

Real processes: the app runs offscreen in its own MAILUP_GUI_HOME; the test finds the sandbox
child and its listening port through /proc (tests/support/sandbox_child.py), ends the app, and
checks that both are gone, within a generous bound: how soon is measured by
tests/benchmarks/sandbox_child_exit.py.
"""

import os
import signal
import sys
import time

import pytest
from support.sandbox_child import (
    port_open,
    seconds_until_gone,
    start_app,
    wait_for_sandbox_child,
)

from mailup_gui.core.app.sandbox_child import NICENESS

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


def assert_gone(child: int, port: int) -> None:
    """The child ends after the app; how soon is a goal measured by
    tests/benchmarks/sandbox_child_exit.py, not asserted here."""
    if seconds_until_gone(child, limit=10) is None:
        os.kill(child, signal.SIGKILL)  # do not leave it behind for the next tests
        pytest.fail(f"the sandbox child {child} outlived the app by more than 10 s")
    # A multi-threaded process's main thread shows as a zombie while its other threads are
    # still exiting, and its sockets close with the last of them: a moment later.
    deadline = time.monotonic() + 5
    while port_open(port):
        assert time.monotonic() < deadline, f"port {port} still open 5 s after the child ended"
        time.sleep(0.05)


@pytest.mark.parametrize("sigint", ["SIG_DFL", "SIG_IGN"], ids=["terminal", "background-job"])
@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGABRT], ids=["kill-9", "abort"])
def test_the_child_ends_when_the_app_dies(app_home, tmp_path, signum, sigint):
    app = start_app(sigint, tmp_path / "stderr.txt")
    try:
        child, port = wait_for_sandbox_child(app)
        assert port_open(port)
    finally:
        app.send_signal(signum)
        app.wait(timeout=30)
    assert app.returncode == -signum
    assert_gone(child, port)


@pytest.mark.parametrize("sigint", ["SIG_DFL", "SIG_IGN"], ids=["terminal", "background-job"])
def test_sigterm_quits_the_app_cleanly_and_stops_the_child(app_home, tmp_path, sigint):
    app = start_app(sigint, tmp_path / "stderr.txt")
    try:
        child, port = wait_for_sandbox_child(app)
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)
    err = (tmp_path / "stderr.txt").read_text()
    assert app.returncode == 0, err
    assert "Traceback" not in err
    assert_gone(child, port)
    log = (app_home / "log" / "sandbox.log").read_text()
    assert "Finished server process" in log  # stopped cleanly, not killed


def test_the_child_runs_below_the_window_s_priority(app_home, tmp_path):
    """The window comes first: the child's start-up and its sends must not take the CPU the
    window needs on a busy machine (core/app/sandbox_child.py)."""
    app = start_app("SIG_DFL", tmp_path / "stderr.txt")
    try:
        child, _port = wait_for_sandbox_child(app)
        assert (
            os.getpriority(os.PRIO_PROCESS, child)
            == os.getpriority(os.PRIO_PROCESS, app.pid) + NICENESS
        )
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)
