"""Filtering the dashboard: a text filter and a status filter over the user model.

Sorting is the source model's job (see ``KeyedTableModel.sort``): this proxy passes it on and
keeps the source's order, because sorting 10,000 rows through Python ``data()`` takes ~0.4 s.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from ...api.userstatus import UserState
from ..widgets.keyed_table_model import KeyedTableModel


class UserFilterProxy(QSortFilterProxyModel):
    def __init__(self, model: KeyedTableModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._needle = ""
        self._states: frozenset[UserState] | None = None
        self.setSourceModel(model)

    @property
    def text_filter(self) -> str:
        return self._needle

    def set_text_filter(self, text: str) -> None:
        """Rows whose username, note, domains, senders, IDs or state contain ``text``."""
        needle = text.strip().casefold()
        if needle != self._needle:
            self.beginFilterChange()
            self._needle = needle
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_status_filter(self, states: Collection[UserState] | None) -> None:
        """Only rows in one of ``states``; None shows every state."""
        wanted = frozenset(states) if states is not None else None
        if wanted != self._states:
            self.beginFilterChange()
            self._states = wanted
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        # Called once per row on every keystroke: kept to two lookups (~1 µs a row).
        row = self._model.row(source_row)
        return (self._states is None or row["status"].state in self._states) and (
            self._needle in row["search"]
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)
