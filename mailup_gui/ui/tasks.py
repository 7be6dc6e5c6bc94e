"""The one way background work reaches the GUI thread.

A Qt-free function runs on a ``QThreadPool``; its result or exception comes back through one
signals object that the runner creates on the GUI thread and keeps for its whole life, so the
callbacks always run there and no QObject is ever destroyed from a worker thread. Tests may
pass a pool of their own, and ``wait()`` drains it in teardown.

Two guards spare the callers their own bookkeeping: ``owner`` drops the answer of a widget
deleted (or being destroyed) while its work ran, whatever kind of callable the callbacks are;
``key`` keeps only the latest run's answer when a newer run with the same key (and owner)
started since, so a slow answer for a row selected earlier never replaces the current one; and a
superseded run still waiting for a thread never starts, so browsing a list queues no work behind
the rows passed (keyed work must therefore be a read whose only product is its answer).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    succeeded = Signal(int, object)
    failed = Signal(int, object)


@dataclass
class _Pending:
    on_result: Callable[[Any], object] | None
    on_error: Callable[[Exception], object] | None
    owner: QObject | None
    key: str | None
    superseded: bool = False  # a newer run with the same key started, or the key was dropped


class _Job(QRunnable):
    def __init__(
        self, task_id: int, work: Callable[[], Any], pending: _Pending, signals: _Signals
    ) -> None:
        super().__init__()
        self._task_id = task_id
        self._work = work
        self._pending = pending
        self._signals = signals

    def run(self) -> None:
        try:
            # moot before it started (a newer run with its key): its answer would be dropped
            result = None if self._pending.superseded else self._work()
        except Exception as error:  # handed to the GUI thread, shown there
            self._signals.failed.emit(self._task_id, error)
        else:
            self._signals.succeeded.emit(self._task_id, result)


class TaskRunner(QObject):
    """Runs functions off the GUI thread and calls back on it."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool(self)
        self._signals = _Signals(self)
        self._signals.succeeded.connect(self._deliver_result)
        self._signals.failed.connect(self._deliver_error)
        self._pending: dict[int, _Pending] = {}
        self._ids = itertools.count(1)

    def run(
        self,
        work: Callable[[], Any],
        on_result: Callable[[Any], object] | None = None,  # what it returns is ignored
        on_error: Callable[[Exception], object] | None = None,
        *,
        owner: QObject | None = None,
        key: str | None = None,
    ) -> None:
        """Run ``work`` on the pool; call back on the GUI thread unless the answer is moot.

        With ``owner``, neither callback runs once the owner was deleted or began its
        destruction. Without it, a callback that is a method of a deleted QObject is skipped.
        With ``key``, a newer run with the same key and owner makes this one's answer moot.
        An error without ``on_error`` always reaches the excepthook: a crash is never dropped.
        """
        if key is not None:
            self.drop(key, owner=owner)
        task_id = next(self._ids)
        pending = self._pending[task_id] = _Pending(on_result, on_error, owner, key)
        self.pool.start(_Job(task_id, work, pending, self._signals))

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def drop(self, key: str, *, owner: QObject | None = None) -> None:
        """Make moot the answers of the runs with ``key`` and ``owner`` started so far (the
        user moved on, with nothing new to ask); those still waiting for a thread never run."""
        for pending in self._pending.values():
            if pending.key == key and pending.owner is owner:
                pending.superseded = True

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    @Slot(int, object)
    def _deliver_result(self, task_id: int, result: Any) -> None:
        pending = self._pending.pop(task_id)
        if pending.on_result and self._wanted(pending, pending.on_result):
            pending.on_result(result)

    @Slot(int, object)
    def _deliver_error(self, task_id: int, error: Exception) -> None:
        pending = self._pending.pop(task_id)
        if pending.on_error is None:
            raise error  # reaches the app's excepthook: logged and shown, never silent
        if self._wanted(pending, pending.on_error):
            pending.on_error(error)

    @staticmethod
    def _wanted(pending: _Pending, callback: Callable) -> bool:
        if pending.superseded:
            return False
        # shiboken invalidates a wrapper before its C++ destructor emits ``destroyed``, so this
        # also holds while the owner's destruction is under way.
        if pending.owner is not None and not shiboken6.isValid(pending.owner):
            return False
        return _owner_alive(callback)


def _owner_alive(callback: Callable) -> bool:
    """False for a method of a widget deleted while its work ran (a closed pane or dialog)."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)
