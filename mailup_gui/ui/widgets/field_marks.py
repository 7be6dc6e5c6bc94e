"""Marking a field as wrong: a red frame and the reason as its tooltip, until it is fixed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

_INVALID_STYLE = "border: 2px solid #c62828; border-radius: 3px;"


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
        widget.setStyleSheet(f"{type(widget).__name__} {{ {_INVALID_STYLE} }}")
        widget.setToolTip(problem)
    else:
        widget.setStyleSheet("")
        widget.setToolTip(widget.property("normal_tooltip"))


def problem_of(widget: QWidget) -> str:
    return widget.property("problem") or ""
