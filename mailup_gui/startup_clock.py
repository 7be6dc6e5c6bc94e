"""Time since this process started, for ``--smoke`` timings and the start-up benchmark."""

from __future__ import annotations

import os
import sys
import time

_IMPORTED_AT = time.time()


def process_start_time() -> float:
    """When the OS started this process (Linux, to a clock tick), else when this module loaded.

    Measured as the process's age against the uptime clock: boot time itself is only known to
    the second, which would skew every figure by up to a second.
    """
    try:
        with open(f"/proc/{os.getpid()}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started_after_boot = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22 of proc(5)
        with open("/proc/uptime", encoding="ascii") as uptime:
            now_after_boot = float(uptime.read().split()[0])
        return time.time() - (now_after_boot - started_after_boot)
    except (OSError, ValueError, IndexError):
        return _IMPORTED_AT


def peak_rss_mib() -> float | None:
    """This process's peak resident memory so far (None where the OS does not say)."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def ms_since_start(start: float) -> float:
    return round((time.time() - start) * 1000, 1)


def cpu_ms() -> float:
    """CPU time this process has used so far, every thread: steadier than the wall clock on a
    machine that other work keeps busy."""
    return round(time.process_time() * 1000, 1)
