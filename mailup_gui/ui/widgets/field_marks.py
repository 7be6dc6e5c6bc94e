"""Marking a field as wrong: a red frame and the reason as its tooltip, until it is fixed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

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
