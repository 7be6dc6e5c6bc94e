"""Spin boxes, combo boxes and date-time edits take the mouse wheel only once focused.

Otherwise scrolling a form with the wheel changes whatever value passes under the pointer (a
relay port, an endpoint, the active profile) and a later Save keeps it. ``guard_wheel(root)``
fixes every such widget under ``root``: the wheel no longer gives it focus (a click or Tab
does), and while unfocused it leaves the wheel to the form around it, which scrolls. Called on
each pane once built (``LazyPane``), on the window and on the dialogs with such fields. An
editor a table or list creates later in a cell (its item delegate's spin box, combo box or date
edit, a persistent one above all) is guarded as its view polishes it.

One filter per widget, not one on the application: a Python filter there would see every event
of every object, Qt's own half-destroyed ones included, which crashes PySide.
"""

from __future__ import annotations

from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)  # QDateTimeEdit is a QAbstractSpinBox


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            event.ignore()  # handled here, not accepted: Qt passes it on to the parent
            return True
        if kind == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
            child = event.child()  # on a view's viewport: a cell's editor, built
            if isinstance(child, QWidget):
                _guard_under(child)
        return False


_guard: _WheelGuard | None = None


def guard_wheel(root: QWidget) -> None:
    """Every spin box, combo box and date edit under ``root`` (again is harmless)."""
    global _guard  # one filter for the whole app, owned by it
    if _guard is None:
        _guard = _WheelGuard(QCoreApplication.instance())
    _guard_under(root)


def _guard_under(root: QWidget) -> None:
    assert _guard is not None
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, GUARDED):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(_guard)  # installed twice: Qt keeps it once
        elif isinstance(widget, QAbstractItemView):
            widget.viewport().installEventFilter(_guard)  # the editors it makes later
