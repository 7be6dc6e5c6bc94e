"""The Options tab: the XSmtpAPI values the message was sent with, as the request gave them."""

from __future__ import annotations

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

from ....core.outbox.service import StoredMessage
from ...locale_text import date_time_text
from ...privacy import Privacy
from ...widgets.sizing import keep_rows, scrolled


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
            ("campaign_name", self.tr("Campaign name")),
            ("campaign_code", self.tr("Campaign code")),
            ("campaign_report", self.tr("Campaign report")),
            ("header", self.tr("MailUp header")),
            ("footer", self.tr("MailUp footer")),
            ("click_tracking", self.tr("Click tracking")),
            ("view_tracking", self.tr("View tracking")),
            ("priority", self.tr("Priority")),
            ("schedule", self.tr("Schedule")),
            ("skip_dynamic_fields", self.tr("Skip merge tags")),
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
        merge.addWidget(QLabel(self.tr("Merge values (DynamicFields):")))
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
            "campaign_name": options.campaign_name,
            "campaign_code": options.campaign_code,
            "campaign_report": options.campaign_report,
            "header": self._yes_no(options.header),
            "footer": self._yes_no(options.footer),
            "click_tracking": self._yes_no(options.click_tracking),
            "view_tracking": self._yes_no(options.view_tracking),
            "priority": None if options.priority is None else str(options.priority),
            "schedule": date_time_text(options.schedule) if options.schedule else None,
            "skip_dynamic_fields": self._yes_no(options.skip_dynamic_fields),
        }
        for key, text in texts.items():
            self.values[key].setText(default if text is None else text)
        self.merge_values.setRowCount(0)
        for row, (name, value) in enumerate(options.merge_values):
            self.merge_values.insertRow(row)
            self.merge_values.setItem(row, 0, QTableWidgetItem(name))
            self.merge_values.setItem(row, 1, QTableWidgetItem(self._privacy.addresses_in(value)))
        self.merge_values.resizeRowsToContents()

    def _yes_no(self, value: bool | None) -> str | None:
        if value is None:
            return None
        return self.tr("yes") if value else self.tr("no")
