"""Column widths that never cut a header: a translated header may be longer than the English."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QTableView


def set_column_widths(view: QTableView, widths: Sequence[int]) -> None:
    """Each column at its width, or wider where its header's text and sort arrow need it."""
    header = view.horizontalHeader()
    for column, width in enumerate(widths):
        view.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


def whole_headers(view: QTableView, columns: Sequence[int]) -> None:
    """Widen each of ``columns`` to its header's text and sort arrow in the view's font (a
    translation or a desktop's larger font may need more than the default width)."""
    header = view.horizontalHeader()
    for column in columns:
        view.setColumnWidth(column, max(view.columnWidth(column), header.sectionSizeHint(column)))


def grow_to_contents(view: QTableView, columns: Sequence[int]) -> None:
    """Widen each of ``columns`` to show its cells and header whole, never narrowing one: a live
    list's columns must not jump under the mouse, nor a time or a method be cut."""
    header = view.horizontalHeader()
    for column in columns:
        needed = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        if needed > view.columnWidth(column):
            view.setColumnWidth(column, needed)
