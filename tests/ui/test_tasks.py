"""The task runner: callbacks on the GUI thread, errors delivered, closed widgets skipped."""

import threading

import pytest
from PySide6.QtWidgets import QLabel

from mailup_gui.ui.tasks import TaskRunner


@pytest.fixture
def runner(qapp):
    tasks = TaskRunner()
    yield tasks
    tasks.wait()


def test_result_and_error_come_back_on_the_gui_thread(runner, qtbot):
    seen = []
    gui = threading.get_ident()
    runner.run(
        lambda: threading.get_ident(), lambda worker: seen.append((worker, threading.get_ident()))
    )
    runner.run(lambda: 1 / 0, None, lambda error: seen.append(type(error)))
    qtbot.waitUntil(lambda: len(seen) == 2)
    worker_and_caller = next(item for item in seen if isinstance(item, tuple))
    assert worker_and_caller[0] != gui and worker_and_caller[1] == gui
    assert ZeroDivisionError in seen
    assert not runner.busy


def test_a_widget_deleted_meanwhile_gets_no_callback(runner, qtbot):
    release = threading.Event()
    label = QLabel()
    runner.run(lambda: release.wait(5) and "late", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)  # delivered and dropped, without a crash


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
