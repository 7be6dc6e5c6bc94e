"""When the window's deferred work runs: after its first paint, or after its services started.

The first picture needs only the window's frame, so everything else waits for the paint. The
pane shown at start waits longer, for the services (the embedded sandbox listening): building
it (the send form, the preview's Chromium) holds the GUI thread for a good half second, and
the app would only learn of the sandbox after it. A sandbox slow to start must not keep the
pane empty either: at the latest ``PANE_WAIT_MS`` after the paint, it is built anyway.
Owned by the window: what is still waiting when the window goes is dropped with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

PANE_WAIT_MS = 500

Callback = Callable[[], object]


class StartOrder(QObject):
    def __init__(self, owner: QObject | None = None) -> None:
        super().__init__(owner)
        self.painted = False
        self.services_up = False  # the sandbox listens, or failed, or is not needed
        self._after_paint: list[Callback] = []
        self._after_services: list[Callback] = []

    def after_paint(self, callback: Callback) -> None:
        """Run ``callback`` once the window has painted (at once if it has)."""
        if self.painted:
            QTimer.singleShot(0, self, callback)
        else:
            self._after_paint.append(callback)

    def after_services(self, callback: Callback) -> None:
        """Run ``callback`` once the services started, or ``PANE_WAIT_MS`` after the paint."""
        if self.services_up:
            QTimer.singleShot(0, self, callback)
        else:
            self._after_services.append(callback)

    def mark_painted(self) -> None:
        self.painted = True
        self._run_soon(self._after_paint)
        QTimer.singleShot(PANE_WAIT_MS, self, lambda: self._run_soon(self._after_services))

    def mark_services_up(self) -> None:
        self.services_up = True
        self._run_soon(self._after_services)

    def _run_soon(self, callbacks: list[Callback]) -> None:
        """Each callback on its own turn of the event loop, in order; the list emptied."""
        for callback in callbacks:
            QTimer.singleShot(0, self, callback)
        callbacks.clear()
