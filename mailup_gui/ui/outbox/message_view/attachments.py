"""The Attachments tab: every file of the message (attachments and inline images) with its
type and size; save one, or open it with the system's application after a confirmation."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.outbox.stored_message import MessageFile
from ....core.storage.settings import SettingsStore
from ...preview.links import open_external
from ...widgets.file_dialogs import save_file_name, say_not_saved
from ...widgets.file_parts import human_size
from ...widgets.open_file import offer_instead
from ...widgets.sizing import keep_rows


def ask_save_path(
    parent: QWidget, settings: SettingsStore, purpose: str, title: str, name: str, filters: str
) -> str:
    """The path the user chose to save to, or "" (a wrapper tests replace)."""
    return save_file_name(parent, settings, purpose, title, name, filters)[0]


def write_file(parent: QWidget, path: str, data: bytes) -> bool:
    """Write ``data``; a failure (a read-only folder, a full disk) is said, not raised."""
    try:
        Path(path).write_bytes(data)
    except OSError as error:
        say_not_saved(parent, path, error)
        return False
    return True


class AttachmentsTab(QWidget):
    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.not_opened: QMessageBox | None = None  # said when no application opened a file
        self._files: list[MessageFile] = []
        self.confirmation: QMessageBox | None = None  # the open "Open attachment?" question
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Type"), self.tr("Size"), self.tr("Use")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Files of the message"))
        keep_rows(self.table)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.open_button = QPushButton(self.tr("&Open…"))
        self.open_button.setToolTip(
            self.tr("Open the selected file with the application your system uses for its type")
        )
        self.open_button.clicked.connect(self.open_selected)
        self.save_button = QPushButton(self.tr("Save &as…"))
        self.save_button.setToolTip(self.tr("Save the selected file"))
        self.save_button.clicked.connect(self.save_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._on_selection()

    def show_files(self, files: tuple[MessageFile, ...]) -> None:
        self._files = list(files)
        self.table.setRowCount(0)
        for row, item in enumerate(self._files):
            self.table.insertRow(row)
            use = (
                self.tr("inline image (cid:{id})").format(id=item.content_id)
                if item.inline
                else self.tr("attachment")
            )
            cells = [
                item.filename or self.tr("(no name)"),
                item.mime_type,
                human_size(item.size),
                use,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self._files:
            self.table.selectRow(0)
        self._on_selection()

    def selected(self) -> MessageFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self._files[rows[0].row()] if rows else None

    def save_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        path = ask_save_path(
            self,
            self._settings,
            "attachment",
            self.tr("Save attachment"),
            _safe_name(item),
            self.tr("All files (*)"),
        )
        if path:
            write_file(self, path, item.data)

    def open_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Open attachment"),
            self.tr("Open {name} with the application your system uses for {type}?").format(
                name=_safe_name(item), type=item.mime_type
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr("Files in email can be harmful: open only what you expect to see.")
        )
        open_button = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        open_button.clicked.connect(lambda: self._open(item))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(box.deleteLater)
        box.open()
        self.confirmation = box

    def _open(self, item: MessageFile) -> None:
        folder = Path(tempfile.mkdtemp(prefix="mailup-gui-", dir=_open_copies()))
        path = folder / _safe_name(item)
        written = write_file(self, str(path), item.data)
        if written:
            path.chmod(0o600)  # a customer's file: the user's alone, like the app's own
        opened = written and open_external(QUrl.fromLocalFile(str(path)))
        if path.exists() and not opened:
            self.not_opened = offer_instead(self, path, self._settings, "attachment")

    def _on_selection(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)


_copies: Path | None = None


def _open_copies() -> Path:
    """This session's folder (0700) for the copies "Open…" hands to other applications;
    removed when the app quits (a viewer that still shows one has it open already)."""
    global _copies
    if _copies is None:
        _copies = Path(tempfile.mkdtemp(prefix="mailup-gui-open-"))
        app = QCoreApplication.instance()
        if app is not None:  # always, in the app: a widget needs one
            app.aboutToQuit.connect(remove_open_copies)
    return _copies


def remove_open_copies() -> None:
    global _copies
    if _copies is not None:
        shutil.rmtree(_copies, ignore_errors=True)
        _copies = None


def _safe_name(item: MessageFile) -> str:
    """A file name from untrusted mail, without any folder part."""
    name = Path(item.filename.replace("\\", "/")).name.strip()
    return name if name not in ("", ".", "..") else "attachment"
