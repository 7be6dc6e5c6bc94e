"""An editable two-column table of names and values (extended headers, merge-tag values)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .colour import surface_colours
from .sizing import keep_rows
from .table_columns import grow_to_contents, whole_headers


class NameValueTable(QWidget):
    changed = Signal()

    def __init__(
        self,
        name_title: str,
        value_title: str,
        *,
        check: Callable[[str, str], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([name_title, value_title])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        whole_headers(self.table, [0])
        self.table.verticalHeader().hide()
        keep_rows(self.table)
        self.table.setAccessibleName(f"{name_title} / {value_title}")
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a row"))
        self.add_button.setAccessibleName(self.tr("Add a row"))
        self.add_button.clicked.connect(self.add_empty_row)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected rows"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected rows"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def rows(self) -> list[tuple[str, str]]:
        return [(self._text(row, 0), self._text(row, 1)) for row in range(self.table.rowCount())]

    def set_rows(self, rows: list[tuple[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for name, value in rows:
            self._append(name, value)
        self.table.blockSignals(False)
        self._recheck()
        grow_to_contents(self.table, (0,))
        self.changed.emit()

    def add_empty_row(self) -> None:
        self._append("", "")
        name_item = self.table.item(self.table.rowCount() - 1, 0)
        assert name_item is not None  # _append just set it
        self.table.editItem(name_item)
        self.changed.emit()

    def remove_selected(self) -> None:
        for row in sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.changed.emit()

    def _append(self, name: str, value: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(value))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        self._recheck()
        grow_to_contents(self.table, (0,))  # a long merge tag's name stays whole
        self.changed.emit()

    def _recheck(self) -> None:
        """Colour rows the check refuses, with the reason (in the UI's language) as tooltip."""
        if self._check is None:
            return
        from ..core_texts import translated

        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            problem = translated(self._check(self._text(row, 0), self._text(row, 1)))
            for column in range(2):
                item = self.table.item(row, column)
                if item is None:
                    continue
                item.setBackground(QBrush(surface_colours("problem")[0]) if problem else QBrush())
                item.setToolTip(problem or item.text())
        self.table.blockSignals(False)
