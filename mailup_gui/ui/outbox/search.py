"""The Outbox's sort and search: rows whose subject or a recipient contains the query."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ..widgets.keyed_table_model import SORT_ROLE, KeyedTableModel


class OutboxFilter(QSortFilterProxyModel):
    def __init__(self, model: KeyedTableModel, parent=None) -> None:
        super().__init__(parent)
        self._model = model
        self._query = ""
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._query = text.strip().casefold()
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._query:
            return True
        row = self._model.row(source_row)
        texts = [row["subject"], *row["recipient_emails"]]
        return any(self._query in text.casefold() for text in texts)
