"""Runs the real app (mailup_gui.app.main) and drives its Compose pane, for crash tests.

python drive_compose.py type    types a message, prints TYPED once it is autosaved, keeps running
python drive_compose.py steady  types a key every 300 ms, never pausing; prints TYPED <subject>
                                once it has typed for longer than the autosave ceiling, types on
python drive_compose.py read    prints the Compose fields as JSON after start-up, then quits
"""

import json
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mailup_gui import app as app_module
from mailup_gui.ui.main_window import MainWindow
from mailup_gui.ui.send_form.autosave import CEILING_MS, PAUSE_MS

MODE = sys.argv[1]


def main_window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))


def act() -> None:
    window = main_window()
    pane = window.compose
    if MODE == "steady":
        type_steadily(pane.form.envelope.subject)
    elif MODE == "type":
        QTest.keyClicks(pane.form.envelope.subject, "Unsent when the app was killed")
        QTest.keyClicks(pane.form.envelope.to.edit, "Mario Rossi <mario@example.org>, bad-entry")
        pane.text.setPlainText("Body typed before the crash")
        QTimer.singleShot(PAUSE_MS + 1500, lambda: print("TYPED", flush=True))
    else:
        fields = {
            "subject": pane.form.envelope.subject.text(),
            "to": pane.form.envelope.to.text(),
            "text": pane.text.toPlainText(),
            "banner": pane.form.result.text,
        }
        print(json.dumps(fields), flush=True)
        window.close()


def type_steadily(field) -> None:
    """A key every 300 ms, never the pause the autosave waits for."""
    keys = iter(range(10**6))
    started = time.monotonic()

    def key() -> None:
        QTest.keyClicks(field, "abcdefghij"[next(keys) % 10])
        if time.monotonic() - started > (CEILING_MS + 2500) / 1000:
            print("TYPED", field.text(), flush=True)

    timer = QTimer(field, interval=300)
    timer.timeout.connect(key)
    timer.start()


application = QApplication(sys.argv[:1])
QTimer.singleShot(1500, act)
sys.exit(app_module.main([]))
