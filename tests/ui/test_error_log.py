"""The app's error log is capped and rotated like the sandbox's (issue 22)."""

import sys

from PySide6.QtWidgets import QMessageBox, QWidget

from mailup_gui import log_files, paths
from mailup_gui.ui.errors import install_excepthook


def test_the_apps_error_log_is_capped_the_same_way(app_home, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: None)
    monkeypatch.setattr(log_files, "MAX_BYTES", 5000)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "__excepthook__", lambda *args: None)
    parent = QWidget()
    qtbot.addWidget(parent)
    install_excepthook(parent)
    for n in range(200):
        try:
            raise RuntimeError(f"the same failure again, {n}")
        except RuntimeError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    logs = sorted(paths.log_dir().iterdir())
    assert [p.name for p in logs][:2] == ["mailup-gui.log", "mailup-gui.log.1"]
    assert len(logs) == log_files.BACKUPS + 1
    assert "again, 199" in (paths.log_dir() / "mailup-gui.log").read_text()
