"""An editable field of sensitive text that shows dots while screen-share mode is on, except
while it has the focus (``Privacy.guard_field``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit

if TYPE_CHECKING:
    from .privacy import Privacy


class FieldGuard(QObject):
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
