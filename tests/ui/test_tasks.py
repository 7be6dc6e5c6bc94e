"""The task runner: callbacks on the GUI thread, errors delivered, closed widgets skipped."""

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThreadPool
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


def test_an_owner_deleted_meanwhile_gets_neither_callback_whatever_its_kind(runner, qtbot):
    release, seen = threading.Event(), []
    label = QLabel()

    def show_error(error: Exception) -> None:
        label.setText(str(error))

    runner.run(lambda: release.wait(5) and "late", lambda text: label.setText(text), owner=label)
    runner.run(lambda: release.wait(5) and 1 / 0, None, show_error, owner=label)
    runner.run(lambda: release.wait(5) and "late", seen.append, owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)  # delivered and dropped: nothing reached the hook
    assert seen == []


def test_an_owner_being_destroyed_gets_no_callback(runner, qtbot):
    """The answer arrives while the owner's destruction runs (an event loop spun meanwhile)."""
    release, seen = threading.Event(), []
    parent = QLabel()
    owner = QLabel(parent)
    runner.run(lambda: release.wait(5) and "late", seen.append, owner=owner)

    def answer_now() -> None:
        release.set()
        runner.wait()
        QCoreApplication.sendPostedEvents()  # the queued answer is delivered right here

    owner.destroyed.connect(answer_now)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not runner.busy)
    assert seen == []


def test_only_the_latest_run_with_a_key_and_owner_answers(runner, qtbot):
    first, second, seen = threading.Event(), threading.Event(), []
    other_pane = QLabel()
    runner.run(lambda: first.wait(5) and "old", seen.append, seen.append, key="details")
    runner.run(lambda: second.wait(5) and "new", seen.append, seen.append, key="details")
    runner.run(lambda: "other key", seen.append, key="list")
    runner.run(lambda: "other owner", seen.append, key="details", owner=other_pane)
    second.set()
    qtbot.waitUntil(lambda: "new" in seen)
    first.set()  # the older answer arrives last and is dropped
    qtbot.waitUntil(lambda: not runner.busy)
    assert sorted(seen) == ["new", "other key", "other owner"]

    third, seen[:] = threading.Event(), []
    runner.run(lambda: third.wait(5) and 1 / 0, seen.append, seen.append, key="details")
    runner.run(lambda: "newest", seen.append, seen.append, key="details")
    qtbot.waitUntil(lambda: seen == ["newest"])
    third.set()  # the older error, arriving after the newer answer, is dropped too
    qtbot.waitUntil(lambda: not runner.busy)
    assert seen == ["newest"]


def test_dropping_a_key_makes_its_answers_moot(runner, qtbot):
    release, seen = threading.Event(), []
    pane = QLabel()
    runner.run(lambda: release.wait(5) and "row 1", seen.append, key="details", owner=pane)
    runner.run(lambda: release.wait(5) and "kept", seen.append, key="details")
    runner.drop("details", owner=pane)  # the selection was cleared: nothing new to ask
    release.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert seen == ["kept"]


def test_a_superseded_run_still_waiting_for_a_thread_never_runs(qapp, qtbot):
    """Arrow keys through a list: the rows passed queue no work behind the current one."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    runner, busy, ran, seen = TaskRunner(pool), threading.Event(), [], []
    runner.run(lambda: busy.wait(5))  # the only thread, taken
    for row in range(20):
        runner.run(lambda row=row: ran.append(row) or row, seen.append, key="details")
    busy.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert ran == [19] and seen == [19]


def test_an_error_nobody_handles_reaches_the_excepthook_even_when_moot(runner, qtbot):
    release = threading.Event()
    label = QLabel()
    with qtbot.capture_exceptions() as caught:
        runner.run(lambda: release.wait(5) and 1 / 0, owner=label, key="save")
        runner.run(lambda: "later", key="save")
        label.deleteLater()
        qtbot.waitUntil(lambda: not _alive(label))
        release.set()
        qtbot.waitUntil(lambda: not runner.busy)
    assert [type(error) for _, error, _ in caught] == [ZeroDivisionError]


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
