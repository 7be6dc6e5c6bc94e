"""The Options tab: the XSmtpAPI values the message was sent with, as the request gave them.

One row per member of ``core.message.options.OPTION_FIELDS``, the merge values in a table."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.message.options import OPTION_FIELDS, OptionKind
from ....core.outbox.service import StoredMessage
from ...core_texts import translated
from ...locale_text import date_time_text
from ...privacy import Privacy
from ...widgets.sizing import keep_rows, scrolled

_MERGE_VALUES = next(f for f in OPTION_FIELDS if f.kind is OptionKind.MERGE_VALUES)
_IN_THE_FORM = [field for field in OPTION_FIELDS if field is not _MERGE_VALUES]  # the rest: a table


class OptionsTab(QWidget):
    def __init__(self, privacy: Privacy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("method", self.tr("Sent with")),
            ("user", self.tr("SMTP+ user")),
            *((field.name, translated(field.label)) for field in _IN_THE_FORM),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            self.values[key] = value
            self.form.addRow(label + ":", value)
        self.merge_values = QTableWidget(0, 2)
        self.merge_values.setHorizontalHeaderLabels([self.tr("Merge tag"), self.tr("Value")])
        merge_header = self.merge_values.horizontalHeader()
        merge_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # title too
        merge_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.merge_values.verticalHeader().hide()
        self.merge_values.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.merge_values.setAccessibleName(self.tr("Merge values of the request"))
        merge = QVBoxLayout()
        merge.addWidget(QLabel(translated(_MERGE_VALUES.label) + ":"))
        merge.addWidget(self.merge_values, 1)
        keep_rows(self.merge_values)
        content = QHBoxLayout()  # side by side: the form keeps its height in a short pane
        content.addLayout(self.form, 2)
        content.addLayout(merge, 3)
        layout = QVBoxLayout(self)  # and scrolls in a shorter one rather than cutting its rows
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled(content))

    def show_message(self, message: StoredMessage) -> None:
        options, summary = message.options, message.summary
        default = self.tr("not given (the SMTP+ user's default)")
        method = summary.method
        if summary.template_id is not None:
            method = self.tr("{method}, template {id}").format(
                method=method, id=summary.template_id
            )
        texts = {
            "method": method,
            "user": self._privacy.username(summary.username),
            **{
                field.name: self._text(field.kind, getattr(options, field.name))
                for field in _IN_THE_FORM
            },
        }
        for key, text in texts.items():
            self.values[key].setText(default if text is None else text)
        self.merge_values.setRowCount(0)
        for row, pair in enumerate(options.dynamic_fields or []):
            self.merge_values.insertRow(row)
            self.merge_values.setItem(row, 0, QTableWidgetItem(pair.name))
            value = self._privacy.addresses_in(pair.value)
            self.merge_values.setItem(row, 1, QTableWidgetItem(value))
        self.merge_values.resizeRowsToContents()

    def _text(self, kind: OptionKind, value: object) -> str | None:
        """A member's value as the form shows it; None when not given."""
        if value is None:
            return None
        if kind is OptionKind.SWITCH:
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, datetime):
            return date_time_text(value)
        return str(value)
