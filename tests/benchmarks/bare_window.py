"""The start-up baseline: a bare PySide6 QMainWindow, shown and painted, timed like --smoke.
With BARE_WINDOW_EXIT_AT_PAINT set it ends at its first paint, as startup_instructions.py
ends the app."""

import json
import os
import sys

from mailup_gui.startup_clock import cpu_ms, ms_since_start, peak_rss_mib, process_start_time

started = process_start_time()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            timings["first_paint_ms"] = ms_since_start(started)
            timings["first_paint_cpu_ms"] = cpu_ms()
            timings["first_paint_peak_rss_mib"] = peak_rss_mib()
            if os.environ.get("BARE_WINDOW_EXIT_AT_PAINT"):
                os._exit(0)
            QTimer.singleShot(0, finish)


def finish():
    print(json.dumps(timings), flush=True)
    app.exit(0)


app = QApplication(sys.argv[:1])
timings = {"qapplication_ms": ms_since_start(started)}
window = Window()
window.setCentralWidget(QLabel("bare"))
available = window.screen().availableGeometry()  # sized as the app sizes its first window
window.resize(min(1400, int(available.width() * 0.9)), min(900, int(available.height() * 0.9)))
window.show()
timings["window_shown_ms"] = ms_since_start(started)
sys.exit(app.exec())
