"""Screen-share mode: one switch that masks secrets, SMTP+ usernames, addresses and profile
names on screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit


class Privacy(QObject):
    """Widgets that show sensitive text ask this object how to show it and follow ``changed``.

    The masks load with the first text masked (``_masks``)."""

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
        return _masks().mask_username(username) if self._enabled else username

    def address(self, address: str) -> str:
        return _masks().mask_address(address) if self._enabled else address

    def name(self, name: str) -> str:
        """A profile's name: often a customer's, so masked too."""
        return _masks().mask_name(name) if self._enabled else name

    def addresses_in(self, text: str) -> str:
        return _masks().mask_addresses_in(text) if self._enabled else text

    def text(self, text: str) -> str:
        """Free text (an error, MailUp's message) with its addresses and usernames masked."""
        if not self._enabled:
            return text
        masks = _masks()
        return masks.mask_usernames_in(masks.mask_addresses_in(text))

    def guard_field(self, field: QLineEdit) -> None:
        """An editable field of sensitive text shows dots while the mode is on, except while
        it has the focus: whoever types can check for typos, its neighbours stay hidden."""
        from .field_guard import FieldGuard  # with the first form: not in the first picture

        FieldGuard(field, self)


def _masks():  # no annotation: pyright infers the module itself, typed to its functions
    """The masking module, imported on first use: with the mode off, never before the first
    paint (the module and its patterns cost it ~2M instructions)."""
    from ..core.account import masking

    return masking
