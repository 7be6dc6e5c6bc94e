"""SIGTERM, SIGINT and SIGHUP quit the app the way File ▸ Quit does.

Without this a SIGTERM (a session logging out, ``kill``) ends the app on the spot: no last
autosave, and the sandbox child is left to notice on its own. Python runs a signal handler only
when the main thread runs Python code, and that thread sits in Qt's event loop; the wake-up
socket lets Qt's loop wake up on a signal so that the handler runs at once.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer

from ..early_signals import SIGNALS, held


class QuitOnSignals(QObject):
    """Closes the window ``close_window`` names (which saves the drafts and stops the sandbox)
    and leaves the event loops, dialogs' too, when one of the signals arrives. A function, not
    a window: a language change builds another window in its place."""

    def __init__(self, close_window: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._close_window = close_window
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for signum in SIGNALS:
            signal.signal(signum, self._on_signal)
        if held():  # one came during the start-up
            QTimer.singleShot(0, self._quit)

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except BlockingIOError:
            pass

    def _on_signal(self, _signum, _frame) -> None:
        QTimer.singleShot(0, self._quit)

    def _quit(self) -> None:
        self._close_window()
        QCoreApplication.exit(0)
