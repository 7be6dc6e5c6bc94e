"""Screen-share mode: one switch that masks secrets, SMTP+ usernames and addresses on screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLineEdit

from ..core import masking


class Privacy(QObject):
    """Widgets that show sensitive text ask this object how to show it and follow ``changed``."""

    changed = Signal(bool)

    def __init__(self, enabled: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = enabled

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if enabled != self._enabled:
            self._enabled = enabled
            self.changed.emit(enabled)

    def username(self, username: str) -> str:
        return masking.mask_username(username) if self._enabled else username

    def address(self, address: str) -> str:
        return masking.mask_address(address) if self._enabled else address

    def addresses_in(self, text: str) -> str:
        return masking.mask_addresses_in(text) if self._enabled else text

    def guard_field(self, field: QLineEdit) -> None:
        """An editable field of sensitive text shows dots while the mode is on."""

        def apply(enabled: bool) -> None:
            field.setEchoMode(QLineEdit.EchoMode.Password if enabled else QLineEdit.EchoMode.Normal)

        apply(self._enabled)
        self.changed.connect(apply)
