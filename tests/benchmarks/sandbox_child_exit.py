"""How soon the embedded sandbox ends once the app is gone: from the app's death (this script
reaps it) to its sandbox child ended, after ``kill -9``, an abort and a clean SIGTERM quit, each
with the app started from a terminal and as a background job (SIGINT ignored), as
tests/integration/test_sandbox_child.py ends it.

Goal: every run within 1 s of the app's death. Baseline in the same run: the floor of the
mechanism, a bare Python parent killed with ``kill -9`` while its child blocks reading the
parent's pipe on stdin (it ends at end of file), timed the same way; the ratio is app / baseline.
Runs alternate, so that a busy machine weighs on both alike. Linux only (reads /proc).
Run: python tests/benchmarks/sandbox_child_exit.py [--runs N]
"""

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for support

from support.sandbox_child import (
    children,
    port_open,
    seconds_until_gone,
    start_app,
    wait_for_sandbox_child,
)

GOAL_S = 1.0
SIGNALS = {"kill -9": signal.SIGKILL, "abort": signal.SIGABRT, "SIGTERM": signal.SIGTERM}
LAUNCHERS = {"terminal": "SIG_DFL", "background": "SIG_IGN"}  # SIGINT as the launcher left it
LIMIT_S = 15.0  # a child still running this long after is killed and reported
_BARE_CHILD = "import os; print('reading', flush=True); os.read(0, 1)"
_BARE_PARENT = (
    "import subprocess, sys, time;"
    f"subprocess.Popen([sys.executable, '-c', {_BARE_CHILD!r}], stdin=subprocess.PIPE);"
    "time.sleep(600)"
)


def bare_exit() -> float:
    """Seconds from a bare parent's death to its stdin-reading child ended."""
    parent = subprocess.Popen([sys.executable, "-c", _BARE_PARENT], stdout=subprocess.PIPE)
    assert parent.stdout is not None
    assert parent.stdout.readline() == b"reading\n"  # the child's, through the inherited pipe
    [child] = children(parent.pid)
    parent.kill()
    parent.wait()
    return _gone(child)


def app_exit(signum: int, sigint: str, home: Path) -> float:
    """Seconds from the app's death (``signum``) to its sandbox child ended."""
    app = start_app(sigint, home / "stderr.txt", home)
    try:
        child, port = wait_for_sandbox_child(app)
    finally:
        app.send_signal(signum)
        app.wait(timeout=60)
    took = _gone(child)
    if port_open(port):
        raise SystemExit(f"the sandbox's port {port} still answers after its process ended")
    return took


def _gone(pid: int) -> float:
    took = seconds_until_gone(pid, LIMIT_S)
    if took is None:
        os.kill(pid, signal.SIGKILL)
        raise SystemExit(f"process {pid} still ran {LIMIT_S:.0f} s after its parent died")
    return took


def main() -> None:
    if not sys.platform.startswith("linux"):
        raise SystemExit("Linux only: the sandbox child is found through /proc")
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    kinds = {
        f"{name}, {launcher}": (signum, sigint)
        for name, signum in SIGNALS.items()
        for launcher, sigint in LAUNCHERS.items()
    }
    times: dict[str, list[float]] = {"baseline": [], **{kind: [] for kind in kinds}}
    with tempfile.TemporaryDirectory() as home:
        for _ in range(args.runs):
            for kind, (signum, sigint) in kinds.items():
                times["baseline"].append(bare_exit())
                times[kind].append(app_exit(signum, sigint, Path(home)))

    baseline = statistics.median(times["baseline"])
    print(f"runs: {args.runs} per kind, alternating with the baseline")
    print(
        f"baseline (bare parent killed, child reading stdin): median {baseline * 1000:7.1f} ms"
        f"   worst {max(times['baseline']) * 1000:7.1f} ms"
    )
    for kind in kinds:
        median, worst = statistics.median(times[kind]), max(times[kind])
        verdict = "met" if worst <= GOAL_S else "NOT met"
        print(
            f"app {kind:20} → child ended: median {median * 1000:7.1f} ms"
            f"   worst {worst * 1000:7.1f} ms   ratio {median / baseline:6.1f}"
            f"   goal every run <= {GOAL_S * 1000:.0f} ms: {verdict}"
        )


if __name__ == "__main__":
    main()
