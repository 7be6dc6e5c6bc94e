"""Keeps the sandbox's outbox in view while a sandbox profile is active: polls what is new
once a second on a worker, never two polls at once, and counts the messages that arrived
while the app ran and have not been opened yet (the unread count of the Outbox tab)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from ...core.account.profiles import Profile
from ...core.message.template_source import sandbox_root
from ...core.outbox.service import OutboxChanges, OutboxSummary, SandboxOutbox
from ..context import AppContext

Answer = list[OutboxSummary] | OutboxChanges | Exception
POLL_MS = 1000  # a new message shows within two seconds of being accepted
RETRY_MS = 5000  # while the sandbox does not answer


class OutboxWatcher(QObject):
    rows_changed = Signal(list)  # list[OutboxSummary], newest first
    unread_changed = Signal(int)
    failed = Signal(object)  # the exception of the last poll; a later success clears it
    loaded = Signal()  # a poll or a full read finished
    profile_followed = Signal(object)  # the Profile (or None) whose outbox is watched now

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.service: SandboxOutbox | None = None
        self.rows: dict[int, OutboxSummary] = {}
        self.unread: set[int] = set()
        self.known = False  # the whole list was read once for this service
        self._latest = 0
        self._in_flight = False
        self._full_wanted = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.poll)

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def follow(self, profile: Profile | None) -> None:
        """Watch the outbox of this profile's sandbox, or stop for a production profile."""
        self.profile_followed.emit(profile)
        root = sandbox_root(profile, self._context.sandbox.root_url) if profile else None
        if self.service is not None and self.service.root == root:
            return
        self.stop()
        self.rows, self.unread, self.known, self._latest = {}, set(), False, 0
        self.rows_changed.emit([])
        self.unread_changed.emit(0)
        if root is None:
            return
        self.service = SandboxOutbox(root)
        self._timer.start()
        self.poll()

    def stop(self) -> None:
        self._timer.stop()
        service, self.service = self.service, None
        if service is not None:
            service.close()  # a call in flight finishes first; its answer is then dropped

    def refresh(self) -> None:
        """Read the whole list again (after a delete, or when asked)."""
        self._full_wanted = True
        self.poll()

    def poll(self) -> None:
        service = self.service
        if service is None or self._in_flight:
            return
        self._in_flight = True
        full = self._full_wanted or not self.known
        self._full_wanted = False
        latest = self._latest

        def work() -> tuple[SandboxOutbox, Answer]:
            try:
                return service, service.messages() if full else service.changes(latest)
            except Exception as error:  # reported below if this service is still followed
                return service, error

        self._context.tasks.run(work, self._on_answer)

    def count_unread_on(self, tabs: QTabWidget, page: QWidget, title: str) -> None:
        """Keep the unread count in the title of the tab that holds the Outbox."""

        def show(count: int) -> None:
            index = tabs.indexOf(page)
            counted = self.tr("{title} (%n)", "", count).format(title=title)
            tabs.setTabText(index, counted if count else title)
            tip = self.tr("%n new message(s) not opened yet", "", count)
            tabs.setTabToolTip(index, tip if count else "")

        self.unread_changed.connect(show)

    def mark_read(self, message_id: int) -> None:
        if message_id in self.unread:
            self.unread.discard(message_id)
            self.unread_changed.emit(len(self.unread))

    def _on_answer(self, answer: tuple[SandboxOutbox, Answer]) -> None:
        self._in_flight = False
        service, result = answer
        if service is not self.service:
            return  # asked of a sandbox the app no longer follows
        if isinstance(result, Exception):
            self._timer.setInterval(RETRY_MS)
            self.failed.emit(result)
            return
        self._timer.setInterval(POLL_MS)
        unread_before = len(self.unread)
        if isinstance(result, OutboxChanges):
            if result.count != len(self.rows) + len(result.new):
                self.refresh()  # some were deleted elsewhere: read the whole list
                return
            fresh = list(result.new)
            self.rows.update((row.id, row) for row in fresh)
            self.unread.update(row.id for row in fresh)
        else:
            fresh = [row for row in result if row.id not in self.rows]
            if self.known:
                self.unread.update(row.id for row in fresh)
            self.rows = {row.id: row for row in result}
            self.unread &= self.rows.keys()
            self.known = True
        self._latest = max(self.rows, default=self._latest)
        if fresh or not isinstance(result, OutboxChanges):
            self.rows_changed.emit(sorted(self.rows.values(), key=lambda r: r.id, reverse=True))
        if len(self.unread) != unread_before or fresh:
            self.unread_changed.emit(len(self.unread))
        self.loaded.emit()
        if self._full_wanted:
            self.poll()
