"""A plain-text editor for code: line numbers in a gutter on its left, and ``show_line`` to
scroll to a line and mark it (a problem found in it, say)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from .colour import surface_colours, text_colour

_GUTTER_PADDING = 8  # pixels around the numbers


class CodeEditor(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gutter = _LineNumbers(self)
        self.shown_line: int | None = None  # the line ``show_line`` marked, 1-based
        self.blockCountChanged.connect(self._fit_gutter)
        self.updateRequest.connect(self._scroll_gutter)
        self.textChanged.connect(self._forget_shown_line)
        self._fit_gutter()

    def gutter_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return _GUTTER_PADDING + self.fontMetrics().horizontalAdvance("9") * max(digits, 2)

    def show_line(self, number: int) -> bool:
        """Scroll to line ``number`` (1-based), select it and mark it until the text changes;
        False when there is no such line."""
        block = self.document().findBlockByNumber(number - 1)
        if not block.isValid() or number < 1:
            return False
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        mark = QTextEdit.ExtraSelection()
        background, _text = surface_colours("problem")
        mark.format.setBackground(background)
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        mark.cursor = cursor
        self.setExtraSelections([mark])
        self.shown_line = number
        self.gutter.update()
        self.setFocus()
        return True

    def _forget_shown_line(self) -> None:
        if self.shown_line is not None:
            self.shown_line = None
            self.setExtraSelections([])

    def _fit_gutter(self) -> None:
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)

    def _scroll_gutter(self, rect: QRect, dy: int) -> None:
        if dy:
            self.gutter.scroll(0, dy)
        else:
            self.gutter.update(0, rect.y(), self.gutter.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._fit_gutter()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        inside = self.contentsRect()
        self.gutter.setGeometry(
            QRect(inside.left(), inside.top(), self.gutter_width(), inside.height())
        )

    def paint_gutter(self, event: QPaintEvent) -> None:
        painter = QPainter(self.gutter)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.AlternateBase))
        muted, marked = text_colour("muted"), palette.color(QPalette.ColorRole.Text)
        block = self.firstVisibleBlock()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        height = self.fontMetrics().height()
        while block.isValid() and top <= event.rect().bottom():
            bottom = top + round(self.blockBoundingRect(block).height())
            if block.isVisible() and bottom >= event.rect().top():
                number = block.blockNumber() + 1
                painter.setPen(QColor(marked if number == self.shown_line else muted))
                painter.drawText(
                    0,
                    top,
                    self.gutter.width() - _GUTTER_PADDING // 2,
                    height,
                    Qt.AlignmentFlag.AlignRight,
                    str(number),
                )
            block, top = block.next(), bottom
        painter.end()


class _LineNumbers(QWidget):
    """The gutter: painted by its editor, which knows the lines."""

    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def sizeHint(self) -> QSize:
        return QSize(self._editor.gutter_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._editor.paint_gutter(event)
