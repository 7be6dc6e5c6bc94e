"""How long the embedded sandbox child outlives an app killed with SIGKILL (Linux, /proc).

    python tests/benchmarks/sandbox_child_exit_after_kill.py [ROUNDS]

Each round a stand-in parent starts the child exactly as the app does (``sandbox_command``,
stdin a pipe), waits until it listens, and is killed with SIGKILL; the time until the child is
gone (exited, or a zombie) is measured. Baseline in the same run, alternating with it: a bare
Python child that only waits for its stdin to close, i.e. what noticing the parent's death
costs at all. The goal (README, "Quitting"): the sandbox gone within 2 s, with a second of
margin: max <= 1.0 s. Not a pytest module.
"""

from __future__ import annotations

import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

from mailup_gui.ui.sandbox_host import sandbox_command

GOAL_S = 1.0
LOG_FILE = Path("/tmp/mailup-gui-bench-child-exit/sandbox.log")
_PARENT = """
import subprocess, sys
child = subprocess.Popen(sys.argv[1:], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
if sys.argv[1:3] == [sys.executable, "-c"]:
    print(child.pid, flush=True)
else:
    for line in child.stdout:
        if "MailUp sandbox listening" in line:
            print(child.pid, flush=True)
            break
sys.stdin.read()
"""
_BARE_CHILD = [sys.executable, "-c", "import os\nwhile os.read(0, 4096): pass"]


def gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in {"Z", "X"}


def one_round(child_command: list[str]) -> float:
    """Seconds from the parent's SIGKILL to its child's end."""
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT, *child_command],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    killed = time.monotonic()
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    while not gone(child):
        time.sleep(0.005)
    return time.monotonic() - killed


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    os.environ.setdefault("MAILUP_GUI_HOME", str(LOG_FILE.parent))
    sandbox, bare = [], []
    for _ in range(rounds):
        bare.append(one_round(_BARE_CHILD))
        sandbox.append(one_round(sandbox_command(LOG_FILE)))
    print(f"bare child (baseline): median {statistics.median(bare):.3f} s, max {max(bare):.3f} s")
    print(
        f"sandbox child: median {statistics.median(sandbox):.3f} s, max {max(sandbox):.3f} s, "
        f"all {', '.join(f'{s:.2f}' for s in sandbox)}"
    )
    ratio = statistics.median(sandbox) / statistics.median(bare)
    print(f"ratio (median sandbox / median baseline): {ratio:.1f}")
    print(f"goal max <= {GOAL_S} s: {'met' if max(sandbox) <= GOAL_S else 'NOT met'}")
    return 0 if max(sandbox) <= GOAL_S else 1


if __name__ == "__main__":
    sys.exit(main())
