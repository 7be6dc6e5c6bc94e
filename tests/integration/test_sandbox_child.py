"""The embedded sandbox (a child process) never outlives the app, however the app ends.

Real processes: the app runs offscreen in its own MAILUP_GUI_HOME; the test finds the sandbox
child and its listening port through /proc, ends the app, and checks that both are gone.
"""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

# Starts the app with SIGINT as its launcher left it: default from a terminal, ignored when a
# script started it in the background (``mailup-gui &``); children inherit that.
# No core file when the test aborts the app.
_LAUNCHER = (
    "import os, resource, signal, sys;"
    "resource.setrlimit(resource.RLIMIT_CORE, (0, 0));"
    "signal.signal(signal.SIGINT, getattr(signal, sys.argv[1]));"
    "os.execv(sys.executable, [sys.executable, '-m', 'mailup_gui', *sys.argv[2:]])"
)
_DEADLINE_S = 2.0  # the child must be gone this long after the app's death


def start_app(sigint: str, stderr: Path) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with stderr.open("w") as err:  # a file: a pipe nobody reads could fill and block the app
        return subprocess.Popen(
            [sys.executable, "-c", _LAUNCHER, sigint],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=env,
        )


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def listening_ports(pid: int) -> set[int]:
    """The TCP ports ``pid`` listens on: its socket inodes matched against /proc/net/tcp*."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").glob("*"):
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    ports = set()
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/{pid}/net/{table}").read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                ports.add(int(fields[1].rsplit(":", 1)[1], 16))
    return ports


def wait_for_sandbox_child(app: subprocess.Popen, timeout: float = 90) -> tuple[int, int]:
    """The sandbox child's PID and port, once it listens."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert app.poll() is None, "the app ended before its sandbox started"
        for child in children(app.pid):
            try:
                command = Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")
                ports = listening_ports(child)
            except OSError:
                continue
            if b"--stop-with-stdin" in command and ports:
                return child, ports.pop()
        time.sleep(0.1)
    raise AssertionError("the app started no sandbox child")


def running(pid: int) -> bool:
    """Whether ``pid`` still runs (a zombie nobody reaped yet counts as ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def port_open(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
    except OSError:
        return False
    return True


def assert_gone_in_time(child: int, port: int) -> None:
    ended = time.monotonic()
    while running(child) and time.monotonic() - ended < 10:
        time.sleep(0.02)
    took = time.monotonic() - ended
    if running(child):
        os.kill(child, signal.SIGKILL)  # do not leave it behind for the next tests
        pytest.fail(f"the sandbox child {child} outlived the app by more than 10 s")
    assert took < _DEADLINE_S, f"the sandbox child took {took:.2f} s to end"
    assert not port_open(port)


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
    assert_gone_in_time(child, port)


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
    assert_gone_in_time(child, port)
    log = (app_home / "log" / "sandbox.log").read_text()
    assert "Finished server process" in log  # stopped cleanly, not killed
