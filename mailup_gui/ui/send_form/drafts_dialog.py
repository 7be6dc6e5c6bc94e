"""Named drafts: open one, delete one, or save the current message under a name."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.message.draft import Draft
from ...core.message.drafts import DraftStore
from ..locale_text import date_time_text


class DraftsDialog(QDialog):
    save_requested = Signal()

    def __init__(self, store: DraftStore, editor: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Drafts"))
        self.resize(460, 380)
        self._store = store
        self._editor = editor
        self.chosen: Draft | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Named drafts"))
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(
            self.tr("&Open"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setToolTip(self.tr("Load the selected draft into the editor"))
        self.open_button.clicked.connect(self._open)
        delete = QPushButton(self.tr("&Delete"))
        delete.setToolTip(self.tr("Delete the selected draft"))
        buttons.addButton(delete, QDialogButtonBox.ButtonRole.DestructiveRole)
        delete.clicked.connect(self._delete)
        save = QPushButton(self.tr("&Save current as…"))
        save.setToolTip(self.tr("Save the message you are writing under a name"))
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self._save_current)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self._reload()

    def _reload(self) -> None:
        self.list.clear()
        for named in self._store.named(self._editor):
            when = date_time_text(datetime.fromtimestamp(named.saved_at).astimezone())
            item = QListWidgetItem(f"{named.name} — {when}")
            item.setData(Qt.ItemDataRole.UserRole, named.id)
            self.list.addItem(item)
        self.open_button.setEnabled(self.list.count() > 0)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _open(self) -> None:
        draft_id = self._selected_id()
        if draft_id is None:
            return
        self.chosen = self._store.load_named(draft_id)
        self.accept()

    def _delete(self) -> None:
        draft_id = self._selected_id()
        if draft_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            self.tr("Delete the draft “{name}”?").format(name=self.list.currentItem().text()),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._store.delete_named(draft_id)
            self._reload()

    def _save_current(self) -> None:
        self.save_requested.emit()
        self._reload()
