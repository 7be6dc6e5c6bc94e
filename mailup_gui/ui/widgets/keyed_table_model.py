"""A table model of dict rows updated by key, so selection and scroll survive a refresh.

It can also keep its rows sorted itself (``sort``): a proxy that sorts calls ``data()`` twice
per comparison, which through Python costs ~0.4 s for 10,000 rows; sorting the list here
with each column's key costs a few milliseconds. Keys may be highlighted (bold on a tint),
e.g. rows whose state just changed.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from .colour import surface_colours

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root: no parent
Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str] | None = None
    background: Callable[[Row], QColor | None] | None = None
    foreground: Callable[[Row], QColor | None] | None = None


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class KeyedTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], key: str, parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._key = key
        self._rows: list[Row] = []
        self._positions: dict[Any, int] | None = None  # key → row, rebuilt after moves
        self._sorting: tuple[int, Qt.SortOrder] | None = None
        self._highlighted: set[Any] = set()
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
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
        if role == Qt.ItemDataRole.BackgroundRole:
            own = column.background(row) if column.background else None
            if own or row[self._key] not in self._highlighted:
                return own
            return surface_colours("highlight")[0]
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        if role == Qt.ItemDataRole.FontRole and row[self._key] in self._highlighted:
            return self._bold
        return None

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rows_by_key(self) -> dict[Any, Row]:
        return {row[self._key]: row for row in self._rows}

    def row_of_key(self, key: Any) -> int | None:
        return self._position_map().get(key)

    def _position_map(self) -> dict[Any, int]:
        if self._positions is None:
            self._positions = {row[self._key]: i for i, row in enumerate(self._rows)}
        return self._positions

    def refresh_display(self) -> None:
        """Every cell's text may have changed (e.g. screen-share mode was switched)."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    def refresh_cells(self, keys: Iterable[Any], column: int) -> None:
        """The text of one column changed for these rows (e.g. a countdown ticked)."""
        for key in keys:
            index = self.row_of_key(key)
            if index is not None:
                cell = self.index(index, column)
                self.dataChanged.emit(cell, cell)

    def set_highlighted(self, keys: Collection[Any]) -> None:
        changed = self._highlighted.symmetric_difference(keys)
        self._highlighted = set(keys)
        last = len(self._columns) - 1
        for key in changed:
            index = self.row_of_key(key)
            if index is not None:
                self.dataChanged.emit(self.index(index, 0), self.index(index, last))

    @property
    def highlighted(self) -> frozenset[Any]:
        return frozenset(self._highlighted)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Make the model hold ``rows`` by removing, updating and inserting only what differs."""
        wanted = {row[self._key]: row for row in rows}
        self._remove_all_but(wanted)
        present = self._position_map()
        last = len(self._columns) - 1
        updated = False
        for key, row in wanted.items():
            index = present.get(key)
            if index is not None:
                old = self._rows[index]
                if old is not row and old != row:  # a row passed again as is: nothing to compare
                    self._rows[index] = row
                    updated = True
                    self.dataChanged.emit(self.index(index, 0), self.index(index, last))
        new = [row for key, row in wanted.items() if key not in present]
        first_fill = not self._rows
        if new:
            if first_fill and self._sorting:  # sorted before they are shown: no re-layout
                new.sort(
                    key=self._sort_key(self._sorting[0]),
                    reverse=self._sorting[1] == Qt.SortOrder.DescendingOrder,
                )
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._rows.extend(new)
            self._positions = None
            self.endInsertRows()
        if updated or (new and not first_fill):
            self._keep_sorted()

    def _remove_all_but(self, keys: Collection[Any]) -> None:
        """Remove rows in runs from the bottom up: one signal per run, not per row."""
        key = self._key
        gone = [i for i, row in enumerate(self._rows) if row[key] not in keys]
        while gone:
            last = gone.pop()
            first = last
            while gone and gone[-1] == first - 1:
                first = gone.pop()
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first : last + 1]
            self._positions = None
            self.endRemoveRows()

    # ----- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            self._sorting = None
            return
        self._sorting = (column, order)
        self._keep_sorted()

    def _sort_key(self, column: int) -> Callable[[Row], Any]:
        found = self._columns[column]
        return found.sort_key or found.text

    def _keep_sorted(self) -> None:
        if not self._sorting or len(self._rows) < 2:
            return
        column, order = self._sorting
        ordered = sorted(
            self._rows, key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder
        )
        if all(a is b for a, b in zip(ordered, self._rows, strict=True)):
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        keys = [(self._rows[i.row()][self._key], i.column()) for i in persistent]
        self._rows = ordered
        self._positions = None
        self.changePersistentIndexList(
            persistent, [self.index(self._position_map()[key], column) for key, column in keys]
        )
        self.layoutChanged.emit()
