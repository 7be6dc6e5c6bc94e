"""Desktop notifications, even while the window is minimised: through the system tray where
there is one, else the status bar; the taskbar entry is flagged either way. Reminders pop up
at a given time while the app runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from ..core.account.profiles import DEFAULT_COLOUR
from .privacy import Privacy
from .widgets.colour import colour_icon

if TYPE_CHECKING:  # loaded with the first reminder, not before the first paint
    from datetime import datetime

SHOW_MS = 15_000
# QTimer counts in signed 32-bit milliseconds: a reminder further off is re-armed on the way.
_LONGEST_WAIT_MS = 2**31 - 1


class DesktopNotices(QObject):
    """One per app, in the ``AppContext``: whatever wants to tell the user something while the
    window may be hidden calls it. The window shows itself to it with ``attach``."""

    notified = Signal(str, str)  # title, text

    def __init__(self, privacy: Privacy, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window: QMainWindow | None = None
        self._tray: QSystemTrayIcon | None = None
        self._reminders: list[QTimer] = []
        self._shown = ""  # the status bar's notice, taken back if screen-share comes on
        privacy.changed.connect(self._on_privacy)

    def attach(self, window: QMainWindow) -> None:
        """The window that shows a notice without a tray, is flagged, and comes back on a
        click of the tray icon."""
        self._window = window

    def notify(self, title: str, text: str) -> None:
        window = self._window
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_icon().showMessage(
                title, text, QSystemTrayIcon.MessageIcon.Information, SHOW_MS
            )
        elif window is not None:
            self._shown = f"{title} — {text}"
            window.statusBar().showMessage(self._shown, SHOW_MS * 4)
        if window is not None:
            QApplication.alert(window)
        self.notified.emit(title, text)

    def remind_at(self, when: datetime, words: Callable[[], tuple[str, str]]) -> None:
        """``notify`` at ``when`` (aware), if the app is still running then, with the title and
        text ``words`` makes then: screen-share mode may have been turned on since."""
        from datetime import UTC, datetime

        timer = QTimer(self, singleShot=True)
        self._reminders.append(timer)

        def fire() -> None:
            left_ms = (when - datetime.now(UTC)).total_seconds() * 1000
            if left_ms > 0:
                timer.start(min(int(left_ms) + 1, _LONGEST_WAIT_MS))
                return
            self._reminders.remove(timer)
            timer.deleteLater()
            self.notify(*words())

        timer.timeout.connect(fire)
        timer.start(0)

    def _on_privacy(self, enabled: bool) -> None:
        """A notice worded before screen-share mode came on names what it now hides."""
        window = self._window
        if enabled and window is not None and window.statusBar().currentMessage() == self._shown:
            window.statusBar().clearMessage()

    @property
    def pending_reminders(self) -> int:
        return len(self._reminders)

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            icon = self._window.windowIcon() if self._window is not None else None
            if icon is None or icon.isNull():
                icon = colour_icon(DEFAULT_COLOUR)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip("mailup-gui")
            self._tray.activated.connect(self._bring_back)
            self._tray.show()
        return self._tray

    def _bring_back(self, _reason) -> None:
        window = self._window
        if window is not None:
            window.showNormal()
            window.raise_()
            window.activateWindow()
