"""The app as a real process and its embedded sandbox child, found through /proc (Linux).

Shared by tests/integration/test_sandbox_child.py (the child never outlives the app) and
tests/benchmarks/sandbox_child_exit.py (how soon it ends).
"""

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

# Starts the app with SIGINT as its launcher left it: default from a terminal, ignored when a
# script started it in the background (``mailup-gui &``); children inherit that.
# No core file when the app is aborted on purpose.
_LAUNCHER = (
    "import os, resource, signal, sys;"
    "resource.setrlimit(resource.RLIMIT_CORE, (0, 0));"
    "signal.signal(signal.SIGINT, getattr(signal, sys.argv[1]));"
    "os.execv(sys.executable, [sys.executable, '-m', 'mailup_gui', *sys.argv[2:]])"
)


def start_app(sigint: str, stderr: Path, home: Path | None = None) -> subprocess.Popen:
    """``python -m mailup_gui`` offscreen; ``home`` as its MAILUP_GUI_HOME, else the caller's."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if home is not None:
        env["MAILUP_GUI_HOME"] = str(home)
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


def seconds_until_gone(pid: int, limit: float) -> float | None:
    """How long ``pid`` ran on from now (checked every 10 ms), or None if past ``limit``."""
    started = time.monotonic()
    while running(pid):
        if time.monotonic() - started > limit:
            return None
        time.sleep(0.01)
    return time.monotonic() - started
