"""Screen-share mode: one switch that masks secrets, SMTP+ usernames, addresses and profile
names on screen."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QLineEdit

from ..core.account import masking


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

    def name(self, name: str) -> str:
        """A profile's name: often a customer's, so masked too."""
        return masking.mask_name(name) if self._enabled else name

    def addresses_in(self, text: str) -> str:
        return masking.mask_addresses_in(text) if self._enabled else text

    def text(self, text: str) -> str:
        """Free text (an error, MailUp's message) with its addresses and usernames masked."""
        if not self._enabled:
            return text
        return masking.mask_usernames_in(masking.mask_addresses_in(text))

    def guard_field(self, field: QLineEdit) -> None:
        """An editable field of sensitive text shows dots while the mode is on, except while
        it has the focus: whoever types can check for typos, its neighbours stay hidden."""
        _FieldGuard(field, self)


class _FieldGuard(QObject):
    """A child of its field: it goes with the field, and Qt then drops its connection to
    ``Privacy.changed`` (a closure over the field would outlive it and raise on the next
    toggle once a dialog holding the field was deleted)."""

    def __init__(self, field: QLineEdit, privacy: Privacy) -> None:
        super().__init__(field)
        self._field = field
        self._privacy = privacy
        field.installEventFilter(self)
        privacy.changed.connect(self._apply)
        self._apply()

    def _apply(self) -> None:
        hidden = self._privacy.enabled and not self._field.hasFocus()
        mode = QLineEdit.EchoMode.Password if hidden else QLineEdit.EchoMode.Normal
        if self._field.echoMode() != mode:
            self._field.setEchoMode(mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A field being deleted loses the focus after its QLineEdit part is gone: let it be.
        focus = event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut)
        if focus and shiboken6.isValid(self._field):
            self._apply()
        return False
