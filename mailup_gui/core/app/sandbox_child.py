"""Starting the embedded sandbox's child process, without Qt: the app starts it as early as it
knows the active profile is the sandbox, before its window is built, so that the child's own
start-up (Python, starlette, uvicorn, aiosmtpd) runs beside the GUI's instead of after it.
Waiting for its "listening" lines is the UI's (``ui/sandbox_host.py``), on a worker thread.

The child runs below normal priority: on a busy machine its start-up took the CPU the window's
first paint needed (a median 187 ms to paint instead of 116 without the child, two other
processes busy on two cores; 122 ms with it lowered), and later a large send it checks must
not slow the window either. Where nothing else runs, each has a core and nothing changes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import suppress
from pathlib import Path

from ... import paths

NICENESS = 10  # nice(1)'s default step: the window's process weighs ~9 times the child's


def sandbox_command(log_file: Path) -> list[str]:
    """``mailup-gui sandbox …`` from a bundle, ``python -m mailup_gui sandbox …`` from source;
    its log in ``log_file``, rotated by the child itself."""
    program = (
        [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "mailup_gui"]
    )
    return [
        *program,
        *("sandbox", "--port", "0", "--smtp-port", "0", "--stop-with-stdin"),
        *("--log-file", str(log_file)),
    ]


def sandbox_log_file() -> Path:
    return paths.log_dir() / "sandbox.log"


def spawn_sandbox_process() -> subprocess.Popen[str]:
    """The child, started; its standard error appended to the sandbox log."""
    log_file = sandbox_log_file()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    creation_flags = 0
    if sys.platform == "win32":
        creation_flags = subprocess.BELOW_NORMAL_PRIORITY_CLASS
    with log_file.open("ab") as log:  # until the child's own log takes stderr over
        child = subprocess.Popen(
            sandbox_command(log_file),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            creationflags=creation_flags,
        )
    if hasattr(os, "setpriority"):
        with suppress(ProcessLookupError):  # it already ended: waiting for it says why
            os.setpriority(os.PRIO_PROCESS, child.pid, NICENESS)
    return child
