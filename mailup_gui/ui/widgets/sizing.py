"""Layout helpers for laptop-size windows: a page that scrolls rather than squeezing its
fields, a pane that scrolls only below its minimum size, and lists and tables that never
shrink below a few rows."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
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


def scrolled_below_minimum(content: QWidget) -> QScrollArea:
    """``content`` filling a frameless area as a layout would place it, scrolling only when the
    area is smaller than the content's minimum size (a desktop's larger font, notices shown):
    its fields keep their minimum instead of being squeezed over each other."""
    return _BelowMinimumScroll(content)


class _BelowMinimumScroll(QScrollArea):
    # Not QScrollArea's widgetResizable: for content with word-wrapped labels (height for
    # width) it takes the preferred height, and would scroll long before anything is squeezed.
    def __init__(self, content: QWidget) -> None:
        super().__init__()
        self._content = content
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)
        content.installEventFilter(self)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the area, or a scroll bar come or gone
            self._fit()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._content and event.type() == QEvent.Type.LayoutRequest:
            self._fit()  # the content's minimum may have changed
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        content = self._content
        content.resize(self.viewport().size().expandedTo(content.minimumSizeHint()))


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
