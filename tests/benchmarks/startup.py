"""Start-up budget: `mailup-gui --smoke` against a bare PySide6 window, alternating.

Both report, at their first paint, the time since the OS started the process, the CPU time used
so far and the peak resident memory. The app also reports when its services are ready (the
embedded sandbox and its SMTP+ relay listening: ``services_ready_ms``). Goals (issue 21):
- first paint, app / bare window: median ratio <= 1.25;
- services ready / the bare window's first paint: median ratio <= 3.
Each figure is given as the median and its spread (lowest–highest, and the middle half) over
``--runs`` runs of each (default 40), the two alternating so that a busy machine weighs on both
alike; the CPU-time ratio at first paint is printed too, as it moves less with the load.
40, not 15: on a shared virtual machine the ratio of 15-run medians swung from 1.17 to 1.37 in
three consecutive runs of the same code; of 40-run medians, from 1.19 to 1.24 (about 35 s).
Both run with bytecode caches, as an installed app does (pip compiles them at install, a
frozen bundle ships them): the warm-up runs write them to a folder of the throw-away home, even
where PYTHONDONTWRITEBYTECODE is set (as in this project's dev shells), which would otherwise
have every start compile the app's sources while the bare window has next to none.
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
PAINT_GOAL = 1.25
READY_GOAL = 3.0


def run(command: list[str], home: str) -> dict:
    """The child's JSON line, plus its whole-process peak RSS in MiB."""
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        MAILUP_GUI_HOME=home,
        PYTHONPYCACHEPREFIX=str(Path(home) / "bytecode"),  # the sandbox child's too
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed: {output!r}")
    result = json.loads(output.decode().strip().splitlines()[-1])
    result["process_peak_rss_mib"] = usage.ru_maxrss / 1024
    return result


def spread(values: list[float]) -> str:
    """Median, the middle half and the whole range."""
    quartiles = statistics.quantiles(values, n=4)
    return (
        f"median {statistics.median(values):7.1f}  middle half {quartiles[0]:7.1f}–"
        f"{quartiles[2]:<7.1f} range {min(values):7.1f}–{max(values):.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--app", metavar="EXECUTABLE", help="the mailup-gui to time")
    args = parser.parse_args()
    app = [args.app, "--smoke"] if args.app else [sys.executable, "-m", "mailup_gui", "--smoke"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    results: dict[str, list[dict]] = {"app": [], "bare": []}
    with tempfile.TemporaryDirectory() as home:
        # warm the disk cache, write the bytecode caches, create the sandbox database and its
        # certificate
        run(app, home)
        run(bare, home)
        for _ in range(args.runs):
            results["app"].append(run(app, home))
            results["bare"].append(run(bare, home))

    def values(kind: str, key: str) -> list[float]:
        return [r[key] for r in results[kind]]

    def median(kind: str, key: str) -> float:
        return statistics.median(values(kind, key))

    print(f"runs: {args.runs} each, alternating; times in ms since the process started")
    for kind, key in (
        ("bare", "first_paint_ms"),
        ("app", "first_paint_ms"),
        ("app", "services_ready_ms"),
        ("bare", "first_paint_cpu_ms"),
        ("app", "first_paint_cpu_ms"),
    ):
        print(f"{kind:5} {key:20} {spread(values(kind, key))}")
    paired = [
        (a["first_paint_ms"] / b["first_paint_ms"], a["services_ready_ms"] / b["first_paint_ms"])
        for a, b in zip(results["app"], results["bare"], strict=True)
    ]
    print("ratios of each alternating pair (app run / the bare run after it):")
    print(f"  first paint    {spread([paint for paint, _ in paired])}")
    print(f"  services ready {spread([ready for _, ready in paired])}")
    paint = median("app", "first_paint_ms") / median("bare", "first_paint_ms")
    ready = median("app", "services_ready_ms") / median("bare", "first_paint_ms")
    cpu = median("app", "first_paint_cpu_ms") / median("bare", "first_paint_cpu_ms")
    rss = median("app", "first_paint_peak_rss_mib") / median("bare", "first_paint_peak_rss_mib")
    print(f"ratio of medians, first paint:                 {paint:.2f} (goal <= {PAINT_GOAL})")
    print(f"ratio of medians, services ready / bare paint: {ready:.2f} (goal <= {READY_GOAL})")
    print(f"ratio of medians, CPU time at first paint:     {cpu:.2f} (for information)")
    print(f"ratio of medians, peak RSS at first paint:     {rss:.2f} (for information)")
    print(
        f"app peak RSS with services ready {median('app', 'services_peak_rss_mib'):.1f} MiB; "
        f"whole process {median('app', 'process_peak_rss_mib'):.1f} MiB, bare "
        f"{median('bare', 'process_peak_rss_mib'):.1f} MiB (the sandbox and Chromium run in "
        "child processes)"
    )


if __name__ == "__main__":
    main()
