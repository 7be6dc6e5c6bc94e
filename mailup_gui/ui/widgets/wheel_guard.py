"""Spin boxes, combo boxes and date-time edits take the mouse wheel only once focused.

Otherwise scrolling a form with the wheel changes whatever value passes under the pointer (a
relay port, an endpoint, the active profile) and a later Save keeps it. ``guard_wheel(root)``
fixes every such widget under ``root``: the wheel no longer gives it focus (a click or Tab
does), and while unfocused it leaves the wheel to the form around it, which scrolls. Called on
each pane once built (``LazyPane``), on the window and on the dialogs with such fields.

One filter per widget, not one on the application: a Python filter there would see every event
of every object, Qt's own half-destroyed ones included, which crashes PySide.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)  # QDateTimeEdit is a QAbstractSpinBox


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and not (
            isinstance(watched, QWidget) and watched.hasFocus()
        ):
            event.ignore()  # handled here, not accepted: Qt passes it on to the parent
            return True
        return False


_guard: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Every spin box, combo box and date edit under ``root`` (again is harmless)."""
    global _guard  # one filter for the whole app, owned by it
    if _guard is None:
        _guard = _WheelGuard(QCoreApplication.instance())
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, GUARDED):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(_guard)  # installed twice: Qt keeps it once
