"""Start-up budget: `mailup-gui --smoke` against a bare PySide6 window, alternating.

Both report, at their first paint, the time since the OS started the process and the peak
resident memory so far. The goal is a median ratio <= 1.5 for both. For information it also
prints the app's figures once its services (embedded sandbox, keyring probe) are running and
the whole-process peak RSS the OS measured.
Run: python tests/benchmarks/startup.py [--runs N] [--app EXECUTABLE]
(--app dist/mailup-gui/mailup-gui times a frozen bundle instead of ``python -m mailup_gui``;
the baseline stays the bare window on this Python.)
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(command: list[str], home: str) -> dict:
    """The child's JSON line, plus its whole-process peak RSS in MiB."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MAILUP_GUI_HOME=home)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed: {output!r}")
    result = json.loads(output.decode().strip().splitlines()[-1])
    result["process_peak_rss_mib"] = usage.ru_maxrss / 1024
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--app", metavar="EXECUTABLE", help="the mailup-gui to time")
    args = parser.parse_args()
    app = [args.app, "--smoke"] if args.app else [sys.executable, "-m", "mailup_gui", "--smoke"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    results: dict[str, list[dict]] = {"app": [], "bare": []}
    with tempfile.TemporaryDirectory() as home:
        run(app, home)  # warm the disk cache and create the sandbox database once
        for _ in range(args.runs):
            results["app"].append(run(app, home))
            results["bare"].append(run(bare, home))

    def median(kind: str, key: str) -> float:
        return statistics.median(r[key] for r in results[kind])

    print(f"runs: {args.runs} each, alternating")
    for kind in ("bare", "app"):
        print(
            f"{kind:5} QApplication {median(kind, 'qapplication_ms'):6.1f} ms   "
            f"first paint {median(kind, 'first_paint_ms'):6.1f} ms   "
            f"peak RSS at first paint {median(kind, 'first_paint_peak_rss_mib'):6.1f} MiB   "
            f"process peak RSS {median(kind, 'process_peak_rss_mib'):6.1f} MiB"
        )
    print(
        f"app   services ready {median('app', 'services_ready_ms'):.1f} ms, "
        f"peak RSS then {median('app', 'services_peak_rss_mib'):.1f} MiB"
    )
    paint = median("app", "first_paint_ms") / median("bare", "first_paint_ms")
    rss = median("app", "first_paint_peak_rss_mib") / median("bare", "first_paint_peak_rss_mib")
    whole = median("app", "process_peak_rss_mib") / median("bare", "process_peak_rss_mib")
    print(f"ratio time to first paint:        {paint:.2f} (goal <= 1.5)")
    print(f"ratio peak RSS at first paint:    {rss:.2f} (goal <= 1.5)")
    print(
        f"ratio whole-process peak RSS:     {whole:.2f} (services started and first pane built;"
        " the sandbox and Chromium run in child processes)"
    )


if __name__ == "__main__":
    main()
