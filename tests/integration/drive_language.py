"""Runs the real app (mailup_gui.app.main) and switches it to Italian in Preferences once its
sandbox listens; prints SWITCHED <sandbox URL> <first tab's title> and keeps running."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mailup_gui import app as app_module
from mailup_gui.ui.main_window import MainWindow
from mailup_gui.ui.menus import open_preferences


def shown_window() -> MainWindow:
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    )


def switch_when_ready() -> None:
    window = shown_window()
    if not window.context.sandbox_url():
        QTimer.singleShot(200, switch_when_ready)
        return
    window.replaced.connect(lambda new: new.services_started.connect(lambda: report(new)))
    dialog = open_preferences(window)
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    dialog.apply()


def report(window: MainWindow) -> None:
    print("SWITCHED", window.context.sandbox_url(), window.tabs.tabText(0), flush=True)


application = QApplication(sys.argv[:1])
QTimer.singleShot(1000, switch_when_ready)
sys.exit(app_module.main([]))
