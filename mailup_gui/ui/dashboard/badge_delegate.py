"""Paints a cell as a rounded badge in the colours the model gives (Background/Foreground roles)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

_PAD_X, _PAD_Y, _INNER = 4, 3, 8


class BadgeDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        background = index.data(Qt.ItemDataRole.BackgroundRole) or QColor("#e0e0e0")
        foreground = index.data(Qt.ItemDataRole.ForegroundRole) or QColor("#202020")
        opt.text = ""
        opt.backgroundBrush = QBrush()  # the badge carries the colour, not the whole cell
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        metrics = QFontMetrics(opt.font)  # the row's font: bold when highlighted
        area = opt.rect.adjusted(_PAD_X, _PAD_Y, -_PAD_X, -_PAD_Y)
        width = min(area.width(), metrics.horizontalAdvance(text) + 2 * _INNER + 1)
        badge = QRect(area.left(), area.top(), width, area.height())
        radius = badge.height() / 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(badge, radius, radius)
        painter.setPen(foreground)
        painter.setFont(opt.font)
        inner = badge.adjusted(_INNER, 0, -_INNER, 0)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(inner, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 2 * (_PAD_X + _INNER) + 1, size.height() + 2 * _PAD_Y)

    def width_for(self, text: str, font) -> int:
        """The column width that shows ``text`` in a badge without eliding it (bold too)."""
        bold = QFont(font)
        bold.setBold(True)
        return QFontMetrics(bold).horizontalAdvance(text) + 2 * (_PAD_X + _INNER) + 8
