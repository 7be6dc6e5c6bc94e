"""The one way background work reaches the GUI thread.

A Qt-free function runs on a ``QThreadPool``; its result or exception comes back through one
signals object that the runner creates on the GUI thread and keeps for its whole life, so the
callbacks always run there and no QObject is ever destroyed from a worker thread. Tests may
pass a pool of their own, and ``wait()`` drains it in teardown.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    succeeded = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, task_id: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._task_id = task_id
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, shown there
            self._signals.failed.emit(self._task_id, error)
        else:
            self._signals.succeeded.emit(self._task_id, result)


Callbacks = tuple[Callable[[Any], object] | None, Callable[[Exception], object] | None]


class TaskRunner(QObject):
    """Runs functions off the GUI thread and calls back on it."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool(self)
        self._signals = _Signals(self)
        self._signals.succeeded.connect(self._deliver_result)
        self._signals.failed.connect(self._deliver_error)
        self._callbacks: dict[int, Callbacks] = {}
        self._ids = itertools.count(1)

    def run(
        self,
        work: Callable[[], Any],
        on_result: Callable[[Any], object] | None = None,  # what it returns is ignored
        on_error: Callable[[Exception], object] | None = None,
    ) -> None:
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_result, on_error)
        self.pool.start(_Job(task_id, work, self._signals))

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    @Slot(int, object)
    def _deliver_result(self, task_id: int, result: Any) -> None:
        on_result, _ = self._callbacks.pop(task_id, (None, None))
        if on_result and _owner_alive(on_result):
            on_result(result)

    @Slot(int, object)
    def _deliver_error(self, task_id: int, error: Exception) -> None:
        _, on_error = self._callbacks.pop(task_id, (None, None))
        if on_error is None:
            raise error  # reaches the app's excepthook: logged and shown, never silent
        if _owner_alive(on_error):
            on_error(error)


def _owner_alive(callback: Callable) -> bool:
    """False for a method of a widget deleted while its work ran (a closed pane or dialog)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
