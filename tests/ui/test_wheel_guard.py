"""Scrolling a form with the wheel never changes a spin box, combo box or date the pointer
passes over: only a focused one takes the wheel (issue 22)."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QSpinBox, QWidget


def wheel(widget, steps: int = -3) -> None:
    """The wheel turned over the middle of ``widget`` (down by default)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value_of(widget) -> object:
    return widget.currentIndex() if isinstance(widget, QComboBox) else widget.text()


def guarded_widgets(root) -> list:
    return [
        widget
        for widget in root.findChildren(QWidget)
        if isinstance(widget, (QAbstractSpinBox, QComboBox)) and widget.isEnabled()
    ]


def turnable(widget) -> bool:
    """Whether the wheel can move it at all (more than one item, not at both ends)."""
    if isinstance(widget, QComboBox):
        return widget.count() > 1
    return not widget.isReadOnly()


def assert_the_wheel_changes_nothing(widgets, qtbot) -> None:
    for widget in widgets:
        widget.clearFocus()
        for steps in (-3, 3):  # down, then up: one of them moves a widget at either end
            before = value_of(widget)
            wheel(widget, steps)
            assert value_of(widget) == before, (widget.objectName(), widget.accessibleName())


def test_no_unfocused_field_in_any_pane_takes_the_wheel(window, qtbot):
    panes = [window.compose, window.templates, window.dashboard, window.outbox]
    window.tabs.setCurrentWidget(window.journal_page)
    panes.append(window.journal_page.pane())
    widgets = guarded_widgets(window)
    for pane in panes:
        widgets += [w for w in guarded_widgets(pane) if w not in widgets]
    assert sum(map(turnable, widgets)) >= 8, [w.accessibleName() for w in widgets]
    assert_the_wheel_changes_nothing(widgets, qtbot)
    shown = [w for w in widgets if w.isVisible()]  # polished: a real wheel could focus them
    assert shown and all(w.focusPolicy() != Qt.FocusPolicy.WheelFocus for w in shown)


def test_no_unfocused_field_of_the_profiles_dialog_takes_the_wheel(dialog, qtbot):
    widgets = guarded_widgets(dialog)
    assert any(isinstance(w, QSpinBox) for w in widgets)  # the relay port
    assert len(widgets) >= 2
    assert_the_wheel_changes_nothing(widgets, qtbot)


def test_a_focused_spin_box_still_takes_the_wheel(dialog, qtbot):
    """The check above can fail: the same wheel moves a field once it has focus."""
    port = next(w for w in guarded_widgets(dialog) if isinstance(w, QSpinBox))
    dialog.activateWindow()
    port.setFocus()
    qtbot.waitUntil(port.hasFocus, timeout=5000)
    before = port.value()
    wheel(port, 3 if before < port.maximum() else -3)
    assert port.value() != before


def test_an_editor_a_table_makes_later_in_a_cell_is_guarded_too(qtbot):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit, QTableWidget, QTableWidgetItem

    from mailup_gui.ui.widgets.wheel_guard import guard_wheel

    table = QTableWidget(1, 2)
    qtbot.addWidget(table)
    number, day = QTableWidgetItem(), QTableWidgetItem()
    number.setData(Qt.ItemDataRole.EditRole, 5)  # the item delegate edits it in a spin box
    day.setData(Qt.ItemDataRole.EditRole, QDate(2026, 3, 1))  # and this in a date edit
    table.setItem(0, 0, number)
    table.setItem(0, 1, day)
    guard_wheel(table)  # before the editors exist
    table.show()
    qtbot.waitExposed(table)
    table.openPersistentEditor(number)
    table.openPersistentEditor(day)
    editors = [table.cellWidget(0, 0), table.cellWidget(0, 1)]
    assert isinstance(editors[0], QSpinBox) and isinstance(editors[1], QDateEdit)
    qtbot.waitUntil(lambda: all(editor.isVisible() for editor in editors))
    assert_the_wheel_changes_nothing(editors, qtbot)
    editors[0].setFocus()  # focused, it takes the wheel: the check above could fail
    qtbot.waitUntil(editors[0].hasFocus)
    wheel(editors[0], 2)
    assert editors[0].value() != 5
