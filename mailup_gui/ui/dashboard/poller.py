"""Polling ListUserInfo for the active profile, from the app's start until its window closes.

Light on purpose (PySide6 and Qt-free core modules only): it starts with the app's services,
whether or not the Dashboard was ever opened, so that state changes are announced. Requests
run on a one-thread pool of its own, never two at once; the HTTP client loads on that thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMainWindow

from ...core.account.profiles import Profile
from ...core.users.poll_policy import PollPolicy, clamp_interval
from ...core.users.status_log import StatusLog
from ..context import AppContext
from ..notices import DesktopNotices
from ..tasks import TaskRunner
from .notifier import Notifier

if TYPE_CHECKING:
    from ...core.users.changes import Transition

DRAIN_MS = 10_000  # how long closing the window waits for a request in flight


class UserPoller(QObject):
    polled = Signal(object)  # PollResult of the profile being watched
    state_changed = Signal()  # busy, error, paused or schedule changed
    retargeted = Signal(object)  # the Profile now watched, or None

    def __init__(self, context: AppContext, window: QMainWindow, notices: DesktopNotices) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        self._tasks = TaskRunner(pool=pool, parent=self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.poll_now)
        interval = clamp_interval(context.settings.value.poll_interval_s)
        self.policy = PollPolicy(interval=interval)
        self.log = StatusLog()
        self.notifier = Notifier(notices, context.privacy, self)
        self.profile: Profile | None = None
        self.in_flight = False
        self.waiting_for_endpoint = False
        self.paused = False  # after an error that asking again cannot fix, until the user acts
        self.last_error: Exception | None = None
        self.last_success: datetime | None = None
        self.next_poll_at: datetime | None = None
        self.recent: dict[str, Transition] = {}  # the latest change of each user of this profile
        self._generation = 0  # answers for an earlier profile are not shown
        self._again = False
        self._minimised = window.isMinimized()
        self._last_finished = time.monotonic()
        self._stopped = False
        window.installEventFilter(self)
        context.sandbox.ready.connect(self._on_endpoint_ready)

    # ----- what to watch ---------------------------------------------------------------------
    def follow(self, profile: Profile | None) -> None:
        """Watch ``profile`` (the active one); the same profile again retries a paused poller."""
        if profile == self.profile and not self.paused:
            return
        if profile != self.profile:
            self._generation += 1
            self.profile = profile
            self.policy.succeeded()
            self.last_error = None
            self.last_success = None
            self.recent.clear()
            self.retargeted.emit(profile)
        self.paused = False
        self.poll_now()

    def set_interval(self, seconds: float) -> None:
        """Any positive interval: the pane clamps the user's choice, tests go below it."""
        self.policy.interval = seconds
        if self._timer.isActive():
            self._schedule()

    # ----- polling ---------------------------------------------------------------------------
    def poll_now(self) -> None:
        if self._stopped or self.profile is None:
            return
        if self.in_flight:
            self._again = True
            return
        profile = self.profile
        sandbox_url = self._context.sandbox_url()
        self._timer.stop()
        self.next_poll_at = None
        self.waiting_for_endpoint = profile.base_url(sandbox_url) is None
        if self.waiting_for_endpoint:  # the embedded sandbox is starting: ready calls back
            self.state_changed.emit()
            return
        self.in_flight = True
        self.paused = False
        self.state_changed.emit()
        # the context's services read here, on the GUI thread, which makes them on first use
        secrets, states = self._context.secrets, self._context.user_states
        log, generation = self.log, self._generation

        def work():
            from ...core.users.poll import poll_users  # the HTTP client loads here, on the worker

            return poll_users(profile, secrets, sandbox_url, states, log)

        self._tasks.run(
            work,
            lambda result: self._on_polled(generation, result),
            lambda error: self._on_failed(generation, error),
            owner=self,
        )

    def look_up(
        self, username: str, on_result: Callable, on_error: Callable, *, owner: QObject
    ) -> None:
        """One user of the watched profile's List, on the same thread as the polls; the
        callbacks are dropped if ``owner`` is deleted meanwhile."""
        profile, context = self.profile, self._context
        if profile is None:
            return
        secrets, sandbox_url = context.secrets, context.sandbox_url()  # on the GUI thread

        def work():
            from ...core.users.poll import look_up_user

            return look_up_user(profile, secrets, sandbox_url, username)

        self._tasks.run(work, on_result, on_error, owner=owner)

    def _on_polled(self, generation: int, result) -> None:
        if self._stopped:
            return
        self._finished()
        self.notifier.announce(result)  # real changes, even of a profile left meanwhile
        if generation == self._generation:
            self.policy.succeeded()
            self.last_error = None
            self.last_success = result.fetched_at
            self.recent.update((change.username, change) for change in result.transitions)
            self.polled.emit(result)
        self._next()

    def _on_failed(self, generation: int, error: Exception) -> None:
        if self._stopped:
            return
        self._finished()
        if generation == self._generation:
            self.last_error = error
            if getattr(error, "retryable", False):
                self.policy.failed()
            else:
                self.paused = True
        self._next()

    def _finished(self) -> None:
        self.in_flight = False
        self._last_finished = time.monotonic()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.poll_now()
            return
        if not self.paused:
            self._schedule()
        self.state_changed.emit()

    def _schedule(self) -> None:
        """Arm the timer for the policy's delay, counted from the end of the last request."""
        elapsed = time.monotonic() - self._last_finished
        delay = max(0.0, self.policy.delay(self._minimised) - elapsed)
        self._timer.start(int(delay * 1000))
        self.next_poll_at = datetime.now(UTC) + timedelta(seconds=delay)

    def _on_endpoint_ready(self, _url: str) -> None:
        if self.waiting_for_endpoint:
            self.poll_now()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.WindowStateChange:
            minimised = self._window.isMinimized()
            if minimised != self._minimised:
                self._minimised = minimised
                if self._timer.isActive():
                    self._schedule()  # slower while minimised, back to normal when restored
                    self.state_changed.emit()
        return False

    # ----- shutdown --------------------------------------------------------------------------
    def stop(self) -> None:
        """Stop polling and wait for a request in flight (window close, test teardown)."""
        self._stopped = True
        self._timer.stop()
        self._window.removeEventFilter(self)
        self._tasks.wait(DRAIN_MS)
        self.in_flight = False  # its answer, still queued, is dropped by the callbacks
