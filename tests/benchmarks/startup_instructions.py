"""Start-up in instructions: `mailup-gui --smoke` against the bare window, to their first paint.

Wall and CPU time (startup.py) are what the user feels and what issue 21's goals are set in,
but on a shared or virtual machine they swing by a quarter from one run of 15 to the next.
Instructions executed do not: valgrind counts them the same, to a tenth of a percent, in every
run, so this figure tells whether a change made start-up cheaper before startup.py can.
The instructions are the process's own, up to its first paint (each side exits there); the
sandbox child runs in a process of its own and is not counted. Needs valgrind
(apt install valgrind); each side runs about ten seconds under it.
Run: python tests/benchmarks/startup_instructions.py
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

# The app as --smoke runs it, ended at once at its first paint (as test_startup_order does).
APP_TO_FIRST_PAINT = """
import os, sys
import mailup_gui.app as app

def arm(qapp, window, timings, started):
    def painted():
        child = window.context.sandbox_child
        if child is not None:
            child.kill()
        os._exit(0)

    window.first_painted.connect(painted)

app._arm_smoke = arm
sys.exit(app.main(["--smoke"]))
"""


def instructions(command: list[str], env: dict[str, str]) -> int:
    """What valgrind counts for ``command``'s own process, threads included."""
    counted = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", counted.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count: {counted.stderr[-500:]}")
    return int(found.group(1))


def main() -> None:
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt install valgrind)")
    app = [sys.executable, "-c", APP_TO_FIRST_PAINT]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    with tempfile.TemporaryDirectory() as home:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            MAILUP_GUI_HOME=home,
            PYTHONPYCACHEPREFIX=str(Path(home) / "bytecode"),
            BARE_WINDOW_EXIT_AT_PAINT="1",
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for command in (app, bare):  # bytecode caches, the sandbox's database and certificate
            subprocess.run(command, env=env, capture_output=True, check=True)
        app_count = instructions(app, env)
        bare_count = instructions(bare, env)
    print(f"app  to first paint: {app_count / 1e6:8.1f} M instructions")
    print(f"bare to first paint: {bare_count / 1e6:8.1f} M instructions")
    print(f"ratio: {app_count / bare_count:.3f} (for information: issue 21's goal is in time)")


if __name__ == "__main__":
    main()
