"""What the app does before its first paint, run as a real process: only what that picture
needs is loaded, and the embedded sandbox is already starting beside it."""

import json
import os
import subprocess
import sys

# Run the app as --smoke does, but stop at the first paint and list what was imported by then,
# in the order it was.
_AT_FIRST_PAINT = """
import gc, json, sys
import mailup_gui.app as app

def arm(qapp, window, timings, started):
    def painted():
        from PySide6 import QtCore, QtGui, QtWidgets

        loaded = [name for name in sys.modules if name.startswith(("mailup_gui", "PySide6"))]
        # PySide6 makes a class (and its enums) on first use: the ones made so far
        classes = [f"{m.__name__}.{name}" for m in (QtCore, QtGui, QtWidgets) for name in vars(m)]
        found = {"loaded": loaded, "qt_classes": classes, **timings}
        found |= {"gc_enabled": gc.isenabled(), "gc_frozen": gc.get_freeze_count()}
        print(json.dumps(found), flush=True)
        window.close()
        qapp.exit(0)

    window.first_painted.connect(painted)

app._arm_smoke = arm
sys.exit(app.main(["--smoke"]))
"""

# Hidden at start or not part of the first picture: built after it.
_LATE = {
    "mailup_gui.ui.damaged_notice",
    "mailup_gui.ui.welcome",  # the window's notices and their board, made right after the paint
    "mailup_gui.ui.window_notices",
    "mailup_gui.ui.widgets.notice_board",
    "mailup_gui.ui.dashboard.poller",
    "mailup_gui.ui.compose.pane",
    "mailup_gui.ui.preview",
    "mailup_gui.core.account.connection",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtSvg",
    # the services, made on first use, after the paint
    "mailup_gui.ui.tasks",
    "mailup_gui.ui.sandbox_host",
    "mailup_gui.ui.notices",
    "mailup_gui.ui.journal_feed",
    "mailup_gui.core.account.secrets",
    "mailup_gui.core.users.states",
    # their Qt namespace or QMessageBox alone cost ~13 ms of PySide enum creation
    "mailup_gui.ui.connection_check",
    "mailup_gui.ui.widgets.wheel_guard",
    "mailup_gui.ui.errors",
    "mailup_gui.ui.window_chrome",
    "mailup_gui.ui.screen_share_indicator",  # the mode is off: the indicator is not shown
    "mailup_gui.ui.widgets.sizing",
    "mailup_gui.ui.widgets.notice_area",  # the welcome of a first start shows right after
    "mailup_gui.ui.about",
    "mailup_gui.core.app.single_instance",  # second starts are listened for after the paint
    "mailup_gui.core.account.masking",  # screen-share mode is off: nothing is masked
    "platformdirs",  # Linux's folders are read by paths.py
}

# Qt classes that cost the first paint a millisecond or more to make, none of them in its picture
_LATE_QT = {
    "PySide6.QtCore.Qt",  # the namespace: ~13 ms of enums
    "PySide6.QtWidgets.QMessageBox",
    "PySide6.QtWidgets.QCommonStyle",  # wrapped by listing the application's children
    "PySide6.QtWidgets.QLineEdit",  # no editable field in the first picture
    "PySide6.QtCore.QDateTime",  # no date either
}


def at_first_paint() -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_PAINT], capture_output=True, text=True, timeout=90, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_first_paint_comes_before_hidden_banners_and_panes(app_home):
    loaded = set(at_first_paint()["loaded"])
    assert "mailup_gui.ui.main_window" in loaded  # the list is real
    assert not _LATE & loaded, _LATE & loaded


def test_the_first_paint_makes_no_costly_qt_class_it_does_not_show(app_home):
    made = set(at_first_paint()["qt_classes"])
    assert "PySide6.QtWidgets.QMainWindow" in made  # the list is real
    assert not _LATE_QT & made, _LATE_QT & made


def test_garbage_collection_resumes_at_the_first_paint_without_the_start_ups_objects(app_home):
    """Paused through start-up, whose objects all live on: they are set apart for good."""
    found = at_first_paint()
    assert found["gc_enabled"]
    assert found["gc_frozen"] > 10_000


def test_the_sandbox_child_starts_before_the_window_is_built(app_home):
    timings = at_first_paint()
    assert 0 < timings["sandbox_spawned_ms"] < timings["qapplication_ms"]


def test_the_profiles_and_settings_load_before_qt(app_home):
    """PySide6's import hook reads the source of every module imported after it."""
    loaded = at_first_paint()["loaded"]
    qt = loaded.index("PySide6")
    for core in ("mailup_gui.core.account.profiles", "mailup_gui.core.storage.settings"):
        assert loaded.index(core) < qt, core
