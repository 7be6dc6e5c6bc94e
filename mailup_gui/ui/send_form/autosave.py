"""When the form's draft is written, and where the writing happens.

A pause in typing saves soon (``PAUSE_MS``); typing that never pauses still saves at least
every ``CEILING_MS``, so a crash loses a few seconds of work, never a whole paragraph. The
snapshot is taken on the GUI thread (it reads the widgets); the write runs on one worker thread
of its own, in order, so a slow disk never freezes typing and an older draft never lands after
a newer one. Each write's outcome comes back as ``saved`` or ``failed`` on the GUI thread; after
a failure (a full disk) the draft stays in memory and the write is tried again every
``CEILING_MS`` until one works.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

PAUSE_MS = 2000
CEILING_MS = 5000


class Autosave(QObject):
    saved = Signal()
    failed = Signal(object)  # the exception the write raised (OSError, sqlite3.Error…)

    def __init__(
        self,
        snapshot: Callable[[], Any],
        write: Callable[[Any], None],
        clear: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._snapshot = snapshot
        self._write = write
        self._clear = clear
        self._pause = QTimer(self, singleShot=True, interval=PAUSE_MS)
        self._ceiling = QTimer(self, singleShot=True, interval=CEILING_MS)
        self._pause.timeout.connect(self.save_now)
        self._ceiling.timeout.connect(self.save_now)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self.failed.connect(self._try_again_later)

    def changed(self) -> None:
        """Something was typed: save after a pause, or when the oldest unsaved change is
        ``CEILING_MS`` old, whichever comes first."""
        self._pause.start()
        if not self._ceiling.isActive():
            self._ceiling.start()

    def save_now(self, *, wait_until_written: bool = False) -> None:
        """Write what the form holds now, off the GUI thread; with ``wait_until_written``
        return once it is on disk or failed (before a send, when quitting)."""
        self._pause.stop()
        self._ceiling.stop()
        self._queue(partial(self._write, self._snapshot()), wait_until_written)

    def discard(self) -> None:
        """Forget the autosaved draft (the form was emptied on purpose), after the writes
        already queued so that none of them brings it back."""
        self._pause.stop()
        self._ceiling.stop()
        self._queue(self._clear, wait_until_written=False)

    def _queue(self, work: Callable[[], None], wait_until_written: bool) -> None:
        pending = self._writer.submit(work)
        pending.add_done_callback(self._report)
        if wait_until_written:
            wait([pending])

    def _try_again_later(self, _error: Exception) -> None:
        self._ceiling.start()  # typing or not: the notice clears once a write works

    def _report(self, done: Future) -> None:  # on the writer thread: signals queue to the GUI
        if not shiboken6.isValid(self):
            return  # the form closed while its last write ran
        error = done.exception()
        if error is None:
            self.saved.emit()
        else:
            self.failed.emit(error)
