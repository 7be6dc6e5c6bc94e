"""The window while the Checks tab checks a 600 KB newsletter: does the GUI thread keep running?

Preflight runs on a worker thread, but its Python shares the interpreter lock with the GUI
thread. Measured here, in an offscreen QApplication with the real ChecksView and TaskRunner:
- the longest gap between firings of a 10 ms timer on the GUI thread while the check runs
  (from the request to the report shown); baseline in the same run: the same timer with
  nothing running. Goal: under 50 ms, a stall no one notices (RAIL's 50 ms budget for work
  between two inputs);
- an arrow key and repaint in a Python-model table (the Outbox's KeyedTableModel), while a
  check runs against idle: each call into Python waits for the lock, so this is what the
  worker costs a GUI that reads its model in Python;
- the check alone, with no GUI (as `mailup-gui preflight` runs it), and the full garbage
  collections of the whole run (each holds the lock from start to end).
The message: tests/support/newsletter.py (table-based, inline styles on every cell).
Timings swing on a shared machine: compare the ratios, and the load average printed.
Run: python tests/benchmarks/checks_responsiveness.py [--runs N]
"""

import argparse
import gc
import itertools
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/, for support/
GOAL_MS = 50
TICK_MS = 10


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QTableView
    from support.newsletter import newsletter

    from mailup_gui.core.preflight.checker import check
    from mailup_gui.core.preflight.delivered import from_html
    from mailup_gui.ui.preview.checks import ChecksView
    from mailup_gui.ui.tasks import TaskRunner
    from mailup_gui.ui.widgets.keyed_table_model import Column, KeyedTableModel

    app = QApplication(sys.argv[:1])
    html = newsletter()
    check(from_html("<p>warm-up</p>"))  # the caniemail data, loaded once per app
    view = ChecksView()
    view.resize(800, 600)
    view.show()
    tasks = TaskRunner()
    names = ["received", "method", "user", "subject", "recipients", "status"]
    model = KeyedTableModel([Column(name, _cell(name)) for name in names], key="received")
    model.set_rows([{name: f"{name} {row}" for name in names} for row in range(60)])
    table = QTableView()
    table.setModel(model)
    table.resize(1024, 600)
    table.show()
    table.setCurrentIndex(model.index(0, 0))

    def pump_until(done) -> None:
        while not done():
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    def longest_gap_ms(done) -> tuple[float, float]:
        """The longest wait between the timer's firings until ``done()``, and how long it took."""
        stamps: list[float] = []
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(TICK_MS)
        timer.timeout.connect(lambda: stamps.append(time.perf_counter()))
        timer.start()
        start = time.perf_counter()
        pump_until(done)
        timer.stop()
        points = [start, *stamps, time.perf_counter()]
        gaps = [later - earlier for earlier, later in itertools.pairwise(points)]
        return max(gaps) * 1000, (points[-1] - start) * 1000

    def start_check() -> None:
        view.report = None
        view.request(tasks, lambda: check(from_html(html)))

    def arrow_key_ms() -> float:
        started = time.perf_counter()
        down = table.currentIndex().row() < 50
        QTest.keyClick(table, Qt.Key.Key_Down if down else Qt.Key.Key_Home)
        table.viewport().repaint()
        return (time.perf_counter() - started) * 1000

    pauses: list[float] = []  # each full garbage collection's, in ms
    gc.callbacks.append(_FullCollections(pauses))
    idle_gaps, busy_gaps, in_gui_ms = [], [], []
    idle_keys, busy_keys = [], []
    for _ in range(args.runs):
        end = time.perf_counter() + 0.5
        idle_gaps.append(longest_gap_ms(lambda end=end: time.perf_counter() > end)[0])
        start_check()
        gap, took = longest_gap_ms(lambda: view.report is not None)
        busy_gaps.append(gap)
        in_gui_ms.append(took)
        idle_keys += [arrow_key_ms() for _ in range(10)]
        start_check()
        while view.report is None:
            busy_keys.append(arrow_key_ms())
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
    gui_pauses = list(pauses)  # the GUI part's; the check alone's are not the window's
    shown = view.report
    assert shown is not None

    alone = []
    for _ in range(args.runs):
        started = time.perf_counter()
        check(from_html(html))
        alone.append((time.perf_counter() - started) * 1000)

    print(
        f"message: {len(html.encode('utf-8')) // 1024} KB of HTML, {len(shown.findings)} findings"
    )
    print(f"check alone (no GUI): {_spread(alone)} ms")
    print(f"check in the GUI, request to report shown: {_spread(in_gui_ms)} ms")
    print(f"longest gap of a {TICK_MS} ms timer, idle (baseline): {_spread(idle_gaps)} ms")
    print(f"longest gap of a {TICK_MS} ms timer, checking: {_spread(busy_gaps)} ms")
    ratio = statistics.median(busy_gaps) / statistics.median(idle_gaps)
    print(f"ratio checking / idle: {ratio:.1f}")
    print(f"arrow key + repaint, idle (baseline): {_spread(idle_keys)} ms")
    print(f"arrow key + repaint, checking: {_spread(busy_keys)} ms")
    key_ratio = statistics.median(busy_keys) / statistics.median(idle_keys)
    print(f"ratio checking / idle: {key_ratio:.1f}")
    longest_pause = max(gui_pauses, default=0.0)
    print(f"full garbage collections: {len(gui_pauses)}, the longest {longest_pause:.0f} ms")
    worst = max(busy_gaps)
    print(f"goal, longest gap under {GOAL_MS} ms: {'met' if worst < GOAL_MS else 'MISSED'}")
    print("load average: " + ", ".join(f"{value:.2f}" for value in os.getloadavg()))


class _FullCollections:
    """A gc callback that times each full collection (the interpreter lock held throughout)."""

    def __init__(self, pauses: list[float]) -> None:
        self.pauses = pauses
        self.started = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self.started = time.perf_counter()
        else:
            self.pauses.append((time.perf_counter() - self.started) * 1000)


def _cell(name: str):
    return lambda row: row[name]


def _spread(values: list[float]) -> str:
    """Median (min–max) of ``values``."""
    return f"{statistics.median(values):.0f} ({min(values):.0f}–{max(values):.0f})"


if __name__ == "__main__":
    main()
