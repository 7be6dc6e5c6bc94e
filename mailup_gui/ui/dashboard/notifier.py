"""Telling the user that an SMTP+ user changed state, even while the window is minimised.

A desktop notification through the system tray where there is one, else a status-bar
message; the taskbar entry is flagged either way. ``notified`` fires for every notification.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMainWindow, QSystemTrayIcon

from ...core.profiles import DEFAULT_COLOUR, Profile
from ..describe import state_label, status_text
from ..privacy import Privacy
from ..widgets.colour import colour_icon

if TYPE_CHECKING:
    from ...core.user_changes import Transition
    from ...core.user_poll import PollResult

MAX_SEPARATE = 3  # more changes at once get one summary, not a flood of pop-ups
SHOW_MS = 15_000


class Notifier(QObject):
    notified = Signal(str, str)  # title, text

    def __init__(
        self, window: QMainWindow, privacy: Privacy, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._privacy = privacy
        self._tray: QSystemTrayIcon | None = None

    def announce(self, result: PollResult) -> None:
        changes = result.transitions
        for change in changes[:MAX_SEPARATE]:
            self.notify(*self._words(change, result.profile))
        if len(changes) > MAX_SEPARATE:
            self.notify(
                self.tr("{count} more SMTP+ users changed state").format(
                    count=len(changes) - MAX_SEPARATE
                ),
                self.tr("Profile “{profile}”: see the Dashboard and the status log.").format(
                    profile=result.profile.name
                ),
            )

    def _words(self, change: Transition, profile: Profile) -> tuple[str, str]:
        user = self._privacy.username(change.username)
        if change.new is None:
            return (
                self.tr("{user} is no longer listed").format(user=user),
                self.tr(
                    "MailUp stopped listing it: deleted, or moved to another List. "
                    "Profile “{profile}”."
                ).format(profile=profile.name),
            )
        return (
            self.tr("{user}: {state}").format(user=user, state=state_label(change.new)),
            self.tr("Was {old}. {meaning}. Profile “{profile}”.").format(
                old=state_label(change.old), meaning=status_text(change.new), profile=profile.name
            ),
        )

    def notify(self, title: str, text: str) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray_icon().showMessage(
                title, text, QSystemTrayIcon.MessageIcon.Information, SHOW_MS
            )
        else:
            self._window.statusBar().showMessage(f"{title} — {text}", SHOW_MS * 4)
        QApplication.alert(self._window)
        self.notified.emit(title, text)

    def _tray_icon(self) -> QSystemTrayIcon:
        if self._tray is None:
            icon = self._window.windowIcon()
            if icon.isNull():
                icon = colour_icon(DEFAULT_COLOUR)
            self._tray = QSystemTrayIcon(icon, self)
            self._tray.setToolTip("mailup-gui")
            self._tray.activated.connect(self._bring_back)
            self._tray.show()
        return self._tray

    def _bring_back(self, _reason) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
