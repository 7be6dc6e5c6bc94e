"""A table model of dict rows updated by key, so selection and scroll survive a refresh."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[dict[str, Any]], str]
    sort_key: Callable[[dict[str, Any]], Any] | None = None
    tooltip: Callable[[dict[str, Any]], str] | None = None


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class KeyedTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], key: str, parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[dict[str, Any]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        return None

    def row(self, index: int) -> dict[str, Any]:
        return self._rows[index]

    def row_of_key(self, key: Any) -> int | None:
        return next((i for i, row in enumerate(self._rows) if row[self._key] == key), None)

    def refresh_display(self) -> None:
        """Every cell's text may have changed (e.g. screen-share mode was switched)."""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1))

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Make the model hold ``rows`` by removing, updating and inserting only what differs."""
        wanted = {row[self._key]: row for row in rows}
        for index in reversed(range(len(self._rows))):
            if self._rows[index][self._key] not in wanted:
                self.beginRemoveRows(QModelIndex(), index, index)
                del self._rows[index]
                self.endRemoveRows()
        present = {row[self._key]: i for i, row in enumerate(self._rows)}
        for key, row in wanted.items():
            if key in present:
                index = present[key]
                if self._rows[index] != row:
                    self._rows[index] = row
                    self.dataChanged.emit(self.index(index, 0), self.index(index, len(self._columns) - 1))
        new = [row for key, row in wanted.items() if key not in present]
        if new:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()
