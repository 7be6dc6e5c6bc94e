"""Ties a sandbox run as a child (``--stop-with-stdin``) to the program that started it.

The child stops when its standard input closes (the parent closed it, or died and the OS
closed it) or when a watchdog thread sees the parent process gone, whichever comes first.
Nothing here waits on the main thread: a stop is only requested, and if the clean stop has not
finished in time the process ends anyway, so an orphaned sandbox never keeps answering on its
port. Not Linux's PR_SET_PDEATHSIG: it fires when the *thread* that started the child ends, and
the app starts it from a pool thread that expires after 30 idle seconds.
"""

from __future__ import annotations

import ctypes
import os
import threading
import time
from collections.abc import Callable

_POLL_S = 0.2
_GRACE_S = 0.5  # for the clean stop once the parent is gone; then the process ends regardless


def stop_with_parent(request_stop: Callable[[], None]) -> None:
    """Call ``request_stop`` once the parent is gone or stdin closes; end the process
    ``_GRACE_S`` later if it is still running."""
    parent = os.getppid()

    def parent_gone() -> None:
        request_stop()
        deadline = threading.Timer(_GRACE_S, os._exit, (0,))
        deadline.daemon = True  # a clean stop in time ends the process without waiting for it
        deadline.start()

    for watch in (_watch_stdin, _watch_parent):
        threading.Thread(target=watch, args=(parent, parent_gone), daemon=True).start()


def _watch_stdin(_parent: int, gone: Callable[[], None]) -> None:
    # os.read, not sys.stdin: a daemon thread blocked inside the buffered reader holds its lock,
    # and the interpreter aborts ("Fatal Python error") when it finalises stdin at exit.
    try:
        while os.read(0, 4096):
            pass
    except OSError:
        pass
    gone()


def _watch_parent(parent: int, gone: Callable[[], None]) -> None:
    if os.name == "nt":
        _wait_for_windows_process(parent)
    else:
        while os.getppid() == parent:  # an orphan is re-parented (to init or a subreaper)
            time.sleep(_POLL_S)
    gone()


def _wait_for_windows_process(pid: int) -> None:
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    synchronize, infinite = 0x00100000, 0xFFFFFFFF
    handle = kernel32.OpenProcess(synchronize, False, pid)
    if handle:  # no handle: the parent is already gone
        kernel32.WaitForSingleObject(handle, infinite)
        kernel32.CloseHandle(handle)
