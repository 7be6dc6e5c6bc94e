"""Marking a field as wrong: a red frame and the reason as its tooltip, until it is edited
(or cleared by its form)."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QWidget

from .colour import text_colour


def mark(widget: QWidget, problem: str | None) -> None:
    """Show ``problem`` on ``widget``, or clear a previous mark when it is None. A problem from
    api/ or core/ (a validation problem, an error's hint) is shown in the UI's language."""
    if problem:
        from ..core_texts import translated

        problem = translated(problem)
    if widget.property("normal_tooltip") is None:
        widget.setProperty("normal_tooltip", widget.toolTip())
    widget.setProperty("problem", problem or "")
    if problem:
        _clear_on_edit(widget)
        frame = text_colour("invalid").name()
        widget.setStyleSheet(
            f"{type(widget).__name__} {{ border: 2px solid {frame}; border-radius: 3px; }}"
        )
        widget.setToolTip(problem)
    else:
        widget.setStyleSheet("")
        widget.setToolTip(widget.property("normal_tooltip"))


def problem_of(widget: QWidget) -> str:
    return widget.property("problem") or ""


def _clear_on_edit(widget: QWidget) -> None:
    """The mark goes with the field's next edit: the reason may no longer hold."""
    if widget.property("clears_on_edit"):
        return
    widget.setProperty("clears_on_edit", True)
    for signal in _edit_signals(widget):
        signal.connect(lambda *_: mark(widget, None) if problem_of(widget) else None)


def _edit_signals(widget: QWidget) -> list[SignalInstance]:
    if isinstance(widget, QLineEdit):
        return [widget.textEdited]
    if isinstance(widget, QComboBox):
        return [widget.currentTextChanged]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        return [model.dataChanged, model.rowsInserted, model.rowsRemoved]
    changed = getattr(widget, "changed", None)
    return [changed] if isinstance(changed, SignalInstance) else []
