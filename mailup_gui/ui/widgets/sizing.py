"""Layout helpers for laptop-size windows: a page that scrolls rather than squeezing its
fields, and lists and tables that never shrink below a few rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLayout,
    QScrollArea,
    QTableView,
    QTabWidget,
    QWidget,
)


def scrolled(content: QLayout | QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area: in a short pane it scrolls, and every field in it
    keeps its own minimum size instead of being crushed to a few pixels."""
    if isinstance(content, QWidget):
        inner = content
    else:
        inner = QWidget()
        inner.setLayout(content)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(inner)
    return area


def keep_rows(view: QAbstractItemView, rows: int = 3) -> None:
    """However short the pane, ``view`` shows ``rows`` rows (under its header, for a table)."""
    row = max(view.fontMetrics().lineSpacing() + 4, view.sizeHintForRow(0))
    height = 2 * view.frameWidth() + rows * row
    if isinstance(view, QTableView):
        row = max(row, view.verticalHeader().defaultSectionSize())
        header = view.horizontalHeader()
        height = 2 * view.frameWidth() + rows * row
        if not header.isHidden():
            height += header.sizeHint().height()
    view.setMinimumHeight(height)


def whole_tab_labels(tabs: QTabWidget) -> None:
    """Tab labels never cut ("Temp…", "Hea…"): when they do not fit, the bar scrolls."""
    bar = tabs.tabBar()
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setUsesScrollButtons(True)
