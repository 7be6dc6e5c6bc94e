"""Where a profile's SMTP+ secret is kept, said under the secret field, and storing a typed one.

The keyring is asked and written on a worker (an unlock prompt may block); without a usable
keyring the user may keep the secret in memory for this session only, never in a file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ...core.account.profiles import Endpoint, Profile
from ...core.account.secrets import (
    KeyringHealth,
    KeyringUnavailable,
    SecretStore,
    Storage,
    keyring_label,
)
from ..core_texts import translated
from ..describe import error_html
from ..tasks import TaskRunner


class SecretPlace(QLabel):
    stored = Signal()  # the typed secret is kept (keyring or session): the field may be cleared
    failed = Signal(str)  # rich text: why it could not be stored

    def __init__(
        self, secrets: SecretStore, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # right under the secret it speaks of, however tall the (scrolling) form makes its row
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._secrets = secrets
        self._tasks = tasks
        self._profile: Profile | None = None

    def describe(self, profile: Profile | None) -> None:
        """Say where ``profile``'s secret is kept, once the keyring has answered."""
        self._profile = profile
        if profile is None:
            self.clear()
            return
        profile_id, secrets = profile.id, self._secrets
        self._tasks.run(
            lambda: (profile_id, secrets.storage_of(profile_id), secrets.health()), self._on_found
        )

    def _on_found(self, found: tuple[str, Storage | None, KeyringHealth]) -> None:
        profile_id, storage, health = found
        profile = self._profile
        if profile is None or profile.id != profile_id:
            return  # another profile is shown by now
        if storage is Storage.KEYRING:
            text = self.tr("Stored in {where}. Type a new one to replace it.").format(
                where=translated(health.label)
            )
        elif storage is Storage.SESSION:
            text = self.tr(
                "Kept in memory for this session only: it is forgotten when the app quits."
            )
        elif profile.endpoint is Endpoint.SANDBOX:
            text = self.tr("Not needed: the local sandbox's demo secret is used.")
        else:
            text = self.tr("Not set.")
        if not health.available:
            text += " " + self.tr("No usable system keyring: {why}").format(
                why=translated(health.problem)
            )
        self.setText(text)

    def store(self, profile: Profile, secret: str) -> None:
        """Keep ``secret`` for ``profile`` in the keyring; without one, offer this session."""
        secrets = self._secrets
        self._profile = profile
        self.setText(self.tr("Storing the secret…"))
        self._tasks.run(
            lambda: secrets.set(profile.id, secret, keyring_label(profile.name, profile.username)),
            lambda _storage: self._kept(profile),
            lambda error: self._on_store_failed(profile, secret, error),
            owner=self,  # the dialog may be closed while the keyring is written
        )

    def _kept(self, profile: Profile) -> None:
        self.stored.emit()
        self.describe(profile)

    def _on_store_failed(self, profile: Profile, secret: str, error: Exception) -> None:
        if not isinstance(error, KeyringUnavailable):
            self.failed.emit(error_html(error))
            self.describe(profile)
            return
        choice = QMessageBox.warning(
            self.window(),
            self.tr("No system keyring"),
            self.tr(
                "The secret cannot be stored in the system keyring: {why}\n\n"
                "Keep it in memory for this session only? It will be forgotten when the "
                "app quits, and it is never written to a file."
            ).format(why=translated(str(error))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        if choice == QMessageBox.StandardButton.Yes:
            self._secrets.keep_for_session(profile.id, secret)
            self.stored.emit()
        self.describe(profile)
