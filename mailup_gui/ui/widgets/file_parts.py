"""Attachments or embedded images: add by dialog or drag-and-drop, see sizes before and after
base64, name a ContentId for images. Files are hashed on a worker, never read on the GUI thread."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.message.draft import FileRef, file_ref
from ..tasks import TaskRunner
from .sizing import keep_rows


def human_size(size: float) -> str:
    """A file size in the units Qt's file dialog shows: B, KiB, MiB (powers of 1024), with the
    UI language's decimal point, so a size reads the same in the app and in the dialog."""
    return QLocale().formattedDataSize(int(size), 2, QLocale.DataSizeFormat.DataSizeIecFormat)


def suggest_content_id(filename: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_-]+", "-", Path(filename).stem).strip("-").lower() or "image"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


class FilePartsEditor(QWidget):
    changed = Signal()

    def __init__(self, tasks: TaskRunner, *, embedded: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._embedded = embedded
        self._refs: list[FileRef] = []
        self._pending = 0
        columns = [
            self.tr("File"),
            self.tr("Type"),
            self.tr("Size"),
            self.tr("Size in the request"),
        ]
        if embedded:
            columns.append(self.tr("ContentId"))
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels(columns)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name takes the rest
        for column in range(1, len(columns)):  # types, sizes, ContentIds whole, headers too
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a long name keeps its end
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._on_content_id_edited)
        what = self.tr("embedded images") if embedded else self.tr("attachments")
        self.table.setAccessibleName(what)
        keep_rows(self.table)
        self.table.setToolTip(self.tr("Drop files here, or use Add…"))
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("Choose files to add as {what}").format(what=what))
        self.add_button.setAccessibleName(self.add_button.toolTip())
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected files"))
        self.remove_button.setAccessibleName(self.remove_button.toolTip())
        self.remove_button.clicked.connect(self.remove_selected)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setAcceptDrops(True)
        self._summarise()

    # ----- data -------------------------------------------------------------------------
    def refs(self) -> list[FileRef]:
        return list(self._refs)

    def set_refs(self, refs: list[FileRef]) -> None:
        self._refs = list(refs)
        self._fill()
        self.changed.emit()

    @property
    def busy(self) -> bool:
        """Files still being read and hashed."""
        return self._pending > 0

    def add_paths(self, paths: list[Path]) -> None:
        """Hash the files on a worker; they appear when ready."""
        for path in paths:
            self._pending += 1
            self._summarise()
            self._tasks.run(lambda p=path: file_ref(p), self._on_ref_ready, self._on_ref_failed)

    # ----- actions ----------------------------------------------------------------------
    def choose_files(self) -> None:
        caption = self.tr("Add embedded images") if self._embedded else self.tr("Add attachments")
        filters = (
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp *.svg);;All files (*)")
            if self._embedded
            else self.tr("All files (*)")
        )
        names, _ = QFileDialog.getOpenFileNames(self, caption, "", filters)
        self.add_paths([Path(name) for name in names])

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self._refs[row]
        self._fill()
        self.changed.emit()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_paths([path for path in paths if path.is_file()])
        event.acceptProposedAction()

    # ----- internals --------------------------------------------------------------------
    def _on_ref_ready(self, ref: FileRef) -> None:
        self._pending -= 1
        if self._embedded and not ref.content_id:
            taken = {r.content_id for r in self._refs if r.content_id}
            ref = FileRef(
                ref.path,
                ref.filename,
                ref.size,
                ref.sha256,
                ref.mime_type,
                suggest_content_id(ref.filename, taken),
            )
        self._refs.append(ref)
        self._fill()
        self.changed.emit()

    def _on_ref_failed(self, error: Exception) -> None:
        self._pending -= 1
        self._summarise(self.tr("A file could not be read: {error}").format(error=error))

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for ref in self._refs:
            row = self.table.rowCount()
            self.table.insertRow(row)
            cells = [
                ref.filename,
                ref.mime_type,
                human_size(ref.size),
                human_size(ref.encoded_size),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(ref.path)
                self.table.setItem(row, column, item)
            if self._embedded:
                cid = QTableWidgetItem(ref.content_id or "")
                cid.setToolTip(
                    self.tr('Reference it in the HTML as src="cid:{cid}"').format(
                        cid=ref.content_id or "…"
                    )
                )
                self.table.setItem(row, 4, cid)
        self.table.blockSignals(False)
        self._summarise()

    def _on_content_id_edited(self, item: QTableWidgetItem) -> None:
        if not self._embedded or item.column() != 4:
            return
        ref = self._refs[item.row()]
        self._refs[item.row()] = FileRef(
            ref.path, ref.filename, ref.size, ref.sha256, ref.mime_type, item.text().strip() or None
        )
        self.changed.emit()

    def _summarise(self, problem: str = "") -> None:
        total = sum(ref.size for ref in self._refs)
        encoded = sum(ref.encoded_size for ref in self._refs)
        text = self.tr("%n file(s)", "", len(self._refs))
        if self._refs:
            text += self.tr(", {size} ({encoded} in the request)").format(
                size=human_size(total), encoded=human_size(encoded)
            )
        if self._pending:
            text += self.tr(" — reading %n file(s)…", "", self._pending)
        if problem:
            text += f" — {problem}"
        self.summary.setText(text)

    def total_bytes(self) -> int:
        return sum(ref.size for ref in self._refs)
