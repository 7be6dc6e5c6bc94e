"""The Template page: the TemplateId (digits only) and the profile's library of templates,
with a label and notes each, to pick from."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.message.template_library import LibraryTemplate
from ..locale_text import date_time_text
from ..widgets.colour import text_style
from ..widgets.keyed_table_model import Column, KeyedTableModel
from ..widgets.sizing import keep_rows

# MailUp shows a template's ID as a plain number; nine digits are far more than any account has.
_DIGITS = QRegularExpression(r"[0-9]{0,9}")


class TemplatePage(QWidget):
    template_id_edited = Signal()
    fetch_requested = Signal()
    save_requested = Signal()  # to the library, with the label and notes typed
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.template_id = QLineEdit()
        self.template_id.setValidator(QRegularExpressionValidator(_DIGITS, self.template_id))
        self.template_id.setPlaceholderText(self.tr("e.g. 12"))
        self.template_id.setToolTip(
            self.tr(
                "TemplateId: the numeric ID of a message stored in "
                "the MailUp console, in the SMTP+ user's List"
            )
        )
        self.template_id.setAccessibleName(self.tr("TemplateId"))
        self.template_id.setMaximumWidth(140)
        self.template_id.textEdited.connect(self._on_edited)
        self.template_id.inputRejected.connect(self._on_rejected)
        self.id_error = QLabel()
        self.id_error.setStyleSheet(text_style("error"))
        self.id_error.setWordWrap(True)
        self.id_error.setAccessibleName(self.tr("TemplateId problem"))
        self.id_error.hide()
        self.fetch_button = QPushButton(self.tr("Fetch"))  # Alt+F is the File menu
        self.fetch_button.setToolTip(self.tr("Read the template from the sandbox again"))
        self.fetch_button.setAccessibleName(self.tr("Fetch the template"))
        self.fetch_button.clicked.connect(self.fetch_requested)
        id_row = QHBoxLayout()
        id_row.addWidget(self.template_id)
        id_row.addWidget(self.fetch_button)
        id_row.addStretch(1)

        self.model = KeyedTableModel(
            [
                Column(self.tr("ID"), lambda r: str(r["id"]), lambda r: r["id"]),
                Column(self.tr("Label"), lambda r: r["label"]),
                Column(self.tr("Notes"), lambda r: r["notes"], tooltip=lambda r: r["notes"]),
                Column(
                    self.tr("Last used"),
                    _last_used,
                    lambda r: r["last_used"].timestamp() if r["last_used"] else 0.0,
                ),
            ],
            key="id",
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Templates of this profile"))
        keep_rows(self.table, rows=2)  # the form around it needs the height at 1280×720
        self.table.setToolTip(
            self.tr("Templates you sent or saved with this profile; click one to use it")
        )
        self.table.clicked.connect(self._on_picked)

        self.label = QLineEdit()
        self.label.setToolTip(self.tr("A name to find the template by, e.g. “Order confirmation”"))
        self.label.setAccessibleName(self.tr("Template label"))
        self.notes = QLineEdit()
        self.notes.setToolTip(
            self.tr("Anything worth remembering: who uses it, which merge tags it needs…")
        )
        self.notes.setAccessibleName(self.tr("Template notes"))
        self._shown = ("", "")  # the label and notes as the library gave them
        self.save_button = QPushButton(self.tr("Save to library"))
        self.save_button.setToolTip(
            self.tr("Keep this TemplateId with its label and notes in this profile's library")
        )
        self.save_button.setAccessibleName(self.tr("Save to library"))
        self.save_button.clicked.connect(self.save_requested)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(
            self.tr("Take the selected template out of the library (its test data stays)")
        )
        self.remove_button.setAccessibleName(self.tr("Remove from library"))
        self.remove_button.clicked.connect(self.remove_requested)
        details = QHBoxLayout()  # one row: the table keeps the height in a short window
        for text, field, stretch in (
            (self.tr("Label"), self.label, 2),
            (self.tr("Notes"), self.notes, 3),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            details.addWidget(label)
            details.addWidget(field, stretch)
        library_buttons = QHBoxLayout()
        library_buttons.addWidget(self.save_button)
        library_buttons.addWidget(self.remove_button)
        library_buttons.addStretch(1)
        library = QGroupBox(self.tr("Your templates (this profile)"))
        library_layout = QVBoxLayout(library)
        library_layout.addWidget(self.table, 1)
        library_layout.addLayout(details)
        library_layout.addLayout(library_buttons)

        id_label = QLabel(self.tr("Templat&eId"))
        id_label.setBuddy(self.template_id)  # Alt+E: the row holds a layout, not the field
        form = QFormLayout()
        form.addRow(id_label, id_row)
        form.addRow("", self.id_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(library, 1)

    # ----- the ID -----------------------------------------------------------------------
    def value(self) -> int:
        """The ID typed; 0 when there is none (or it is not a number)."""
        text = self.template_id.text().strip()
        return int(text) if text.isdigit() else 0

    def set_value(self, template_id: int) -> None:
        self.template_id.setText(str(template_id) if template_id else "")
        self.id_error.hide()

    def _on_edited(self, _text: str) -> None:
        self.id_error.hide()
        self.template_id_edited.emit()

    def _on_rejected(self) -> None:
        self.id_error.setText(
            self.tr(
                "Digits only: the TemplateId is the number the MailUp "
                "console shows for the message."
            )
        )
        self.id_error.show()

    # ----- the library ------------------------------------------------------------------
    def show_library(self, templates: list[LibraryTemplate]) -> None:
        self.model.set_rows(
            [
                {"id": t.template_id, "label": t.label, "notes": t.notes, "last_used": t.last_used}
                for t in templates
            ]
        )
        self.remove_button.setEnabled(bool(templates))

    def show_details(self, label: str, notes: str) -> None:
        self.label.setText(label)
        self.notes.setText(notes)
        self._shown = (label, notes)

    def suggest_label(self, name: str) -> None:
        """The template's own name as its label, unless one was typed."""
        if not self.label.text():
            self.label.setText(name)
            self._shown = (name, self._shown[1])

    def details_typed(self) -> bool:
        """Whether the label or notes were typed since the library's were shown."""
        return (self.label.text(), self.notes.text()) != self._shown

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row(index.row())["id"] if index.isValid() else None

    def _on_picked(self, index) -> None:
        row = self.model.row(index.row())
        self.set_value(row["id"])
        self.show_details(row["label"], row["notes"])
        self.template_id_edited.emit()


def _last_used(row: dict) -> str:
    return date_time_text(row["last_used"]) if row["last_used"] else ""
