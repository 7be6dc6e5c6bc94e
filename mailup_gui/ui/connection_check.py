"""The window's "Test connection": ListUserInfo for the active profile's own user, on a worker.
The answer shows in the status bar; a failure in a box, which offers to update the secret when
MailUp calls it wrong."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

from .context import AppContext


class ConnectionCheck(QObject):
    def __init__(
        self,
        window: QMainWindow,
        context: AppContext,
        action: QAction,
        open_profiles: Callable[[], object],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._action = action  # disabled while a check runs
        self._open_profiles = open_profiles
        self.last_result = ""  # what the status bar or the box said last

    def run(self) -> None:
        profile = self._context.profiles.active
        if profile is None:
            return
        secrets, sandbox_url = self._context.secrets, self._context.sandbox_url()
        self._action.setEnabled(False)
        self._window.statusBar().showMessage(self.tr("Testing the connection…"))

        def work():  # the HTTP client loads in here, on the worker
            from ..core.account.connection import check_profile

            return check_profile(profile, secrets, sandbox_url)

        self._context.tasks.run(work, self._on_checked, self._on_failed, owner=self)

    def _on_checked(self, report) -> None:
        from .describe import status_text

        self._action.setEnabled(True)
        user = self._context.privacy.username(report.user.username)
        self.last_result = f"{user}: {status_text(report.status)}"
        self._window.statusBar().showMessage(self.last_result, 15_000)

    def _on_failed(self, error: Exception) -> None:
        from .describe import error_html, is_wrong_secret

        self._action.setEnabled(True)
        self._window.statusBar().clearMessage()
        self.last_result = error_html(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Test connection"), "", parent=self._window
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.last_result)
        if is_wrong_secret(error):
            update = box.addButton(self.tr("Update the secret…"), QMessageBox.ButtonRole.ActionRole)
            update.clicked.connect(self._open_profiles)
        box.addButton(QMessageBox.StandardButton.Close)
        box.open()
