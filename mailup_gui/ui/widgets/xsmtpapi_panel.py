"""The XSmtpAPI options: campaign, tracking, priority, schedule and merge-tag values.

Every switch has three states — the SMTP+ user's default (nothing sent), on, off — because
MailUp treats a missing member as "use the default", which is not the same as "off".
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.message.draft import Options
from .name_value_table import NameValueTable
from .sizing import scrolled

PRIORITY_CAVEAT = QT_TRANSLATE_NOOP(
    "XSmtpApiPanel",
    "1 is the highest priority, 5 the lowest. MailUp honours it at one stage of delivery only, "
    "so the order in which messages arrive is not guaranteed.",
)


class TriState(QComboBox):
    """Account default / On / Off."""

    def __init__(self, name: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Account default"), None)
        self.addItem(self.tr("On"), True)
        self.addItem(self.tr("Off"), False)
        self.setToolTip(tooltip + " " + self.tr("“Account default” sends nothing."))
        self.setAccessibleName(name)

    def value(self) -> bool | None:
        return self.currentData()

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(self.findData(value))


class XSmtpApiPanel(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign_name = self._line(
            self.tr("CampaignName"),
            self.tr("Name of the aggregated campaign in MailUp's statistics"),
        )
        self.campaign_code = self._line(
            self.tr("CampaignCode"),
            self.tr(
                "Aggregation key: keep it stable so statistics stay "
                "meaningful and the message count low"
            ),
        )
        self.campaign_report = self._line(
            self.tr("CampaignReport"), self.tr("Name of the aggregated campaign report")
        )
        self.header = TriState(self.tr("Header"), self.tr("Add MailUp's header to the message."))
        self.footer = TriState(self.tr("Footer"), self.tr("Add MailUp's footer to the message."))
        self.click_tracking = TriState(self.tr("Click tracking"), self.tr("Track clicks on links."))
        self.view_tracking = TriState(self.tr("View tracking"), self.tr("Track opens."))
        self.skip_dynamic_fields = TriState(
            self.tr("SkipDynamicFields"),
            self.tr("On: MailUp leaves [merge tags] as written instead of filling them."),
        )
        self.priority = QComboBox()
        self.priority.addItem(self.tr("Account default"), None)
        for level in range(1, 6):
            label = {1: self.tr("1 (highest)"), 5: self.tr("5 (lowest)")}.get(level, str(level))
            self.priority.addItem(label, level)
        self.priority.setToolTip(self.tr(str(PRIORITY_CAVEAT)))  # the stub says object
        self.priority.setAccessibleName(self.tr("Priority"))

        self.schedule_on = QCheckBox(self.tr("Send at"))
        self.schedule_on.setToolTip(
            self.tr("Schedule the send on MailUp's side; the app need not be open then")
        )
        self.schedule_on.setAccessibleName(self.tr("Schedule the send"))
        self.schedule = QDateTimeEdit()
        self.schedule.setCalendarPopup(True)
        self.schedule.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.schedule.setToolTip(self.tr("Your local time; it is sent with its UTC offset"))
        self.schedule.setAccessibleName(self.tr("Scheduled time"))
        self.schedule.setEnabled(False)
        self.schedule.setDateTime(QDateTime.currentDateTime().addSecs(3600))
        self.schedule_on.toggled.connect(self.schedule.setEnabled)
        self.schedule_on.toggled.connect(self._on_schedule_toggled)
        self.schedule_note = QLabel()
        schedule_row = QHBoxLayout()
        schedule_row.addWidget(self.schedule_on)
        schedule_row.addWidget(self.schedule, 1)

        self.merge_values = NameValueTable(self.tr("Merge tag"), self.tr("Value"))
        self.merge_values.setToolTip(
            self.tr(
                "DynamicFields: the value of each [tag] in the subject, HTML and text. A tag "
                "left empty is not sent: MailUp delivers it as written."
            )
        )

        campaign = QGroupBox(self.tr("Campaign"))
        campaign_form = QFormLayout(campaign)
        campaign_form.addRow(self.tr("Campaign name"), self.campaign_name)
        campaign_form.addRow(self.tr("Campaign code"), self.campaign_code)
        campaign_form.addRow(self.tr("Campaign report"), self.campaign_report)
        delivery = QGroupBox(self.tr("Delivery"))
        delivery_form = QFormLayout(delivery)
        delivery_form.addRow(self.tr("Header"), self.header)
        delivery_form.addRow(self.tr("Footer"), self.footer)
        delivery_form.addRow(self.tr("Click tracking"), self.click_tracking)
        delivery_form.addRow(self.tr("View tracking"), self.view_tracking)
        delivery_form.addRow(self.tr("Priority"), self.priority)
        delivery_form.addRow(self.tr("Schedule"), schedule_row)
        delivery_form.addRow("", self.schedule_note)
        tags = QGroupBox(self.tr("Merge tags (DynamicFields)"))
        tags_layout = QVBoxLayout(tags)
        tags_layout.addWidget(self.merge_values)
        skip_row = QFormLayout()
        skip_row.addRow(self.tr("Skip merge tags"), self.skip_dynamic_fields)
        tags_layout.addLayout(skip_row)

        # One above the other, each as wide as the pane: side by side, a laptop-size window
        # left the campaign fields a few characters wide.
        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(tags, 1)  # the most used part first, and the one that grows
        content.addWidget(campaign)
        content.addWidget(delivery)
        layout = QVBoxLayout(self)  # scrolls in a short window rather than crushing the fields
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolled(content))

        for combo in (
            self.header,
            self.footer,
            self.click_tracking,
            self.view_tracking,
            self.skip_dynamic_fields,
            self.priority,
        ):
            combo.currentIndexChanged.connect(self.changed)
        for line in (self.campaign_name, self.campaign_code, self.campaign_report):
            line.textChanged.connect(self.changed)
        self.schedule.dateTimeChanged.connect(self.changed)
        self.schedule_on.toggled.connect(self.changed)
        self.merge_values.changed.connect(self.changed)

    def _line(self, name: str, tooltip: str) -> QLineEdit:
        line = QLineEdit()
        line.setToolTip(tooltip)
        line.setAccessibleName(name)
        return line

    def _on_schedule_toggled(self, on: bool) -> None:
        if on and self.schedule.dateTime() <= QDateTime.currentDateTime():
            self.schedule.setDateTime(QDateTime.currentDateTime().addSecs(3600))

    # ----- values -----------------------------------------------------------------------
    def options(self) -> Options:
        return Options(
            campaign_name=self.campaign_name.text(),
            campaign_code=self.campaign_code.text(),
            campaign_report=self.campaign_report.text(),
            header=self.header.value(),
            footer=self.footer.value(),
            click_tracking=self.click_tracking.value(),
            view_tracking=self.view_tracking.value(),
            priority=self.priority.currentData(),
            schedule=self.scheduled_at(),
            dynamic_fields=self.merge_values.rows(),
            skip_dynamic_fields=self.skip_dynamic_fields.value(),
        )

    def set_options(self, options: Options) -> None:
        self.campaign_name.setText(options.campaign_name)
        self.campaign_code.setText(options.campaign_code)
        self.campaign_report.setText(options.campaign_report)
        self.header.set_value(options.header)
        self.footer.set_value(options.footer)
        self.click_tracking.set_value(options.click_tracking)
        self.view_tracking.set_value(options.view_tracking)
        self.skip_dynamic_fields.set_value(options.skip_dynamic_fields)
        self.priority.setCurrentIndex(max(0, self.priority.findData(options.priority)))
        self.set_schedule(options.schedule)
        self.merge_values.set_rows(options.dynamic_fields)

    def scheduled_at(self) -> datetime | None:
        """The chosen time, aware, in the local zone (so it goes out with its UTC offset)."""
        if not self.schedule_on.isChecked():
            return None
        # PySide6 converts between QDateTime and datetime; its stubs say object / QDateTime only.
        local: datetime = self.schedule.dateTime().toPython()  # pyright: ignore[reportAssignmentType]
        return local.astimezone()  # a naive local time becomes aware with the local offset

    def set_schedule(self, when: datetime | None) -> None:
        self.schedule_on.setChecked(when is not None)
        if when is not None:
            naive_local = when.astimezone().replace(tzinfo=None)  # (see scheduled_at on the stubs)
            self.schedule.setDateTime(QDateTime(naive_local))  # pyright: ignore[reportArgumentType]

    def sync_merge_tags(self, tags: list[str]) -> None:
        """List every tag found in the content; typed values and extra rows stay."""
        rows = self.merge_values.rows()
        known = {name.lower() for name, _ in rows}
        missing = [(tag, "") for tag in tags if tag.lower() not in known]
        if missing:
            self.merge_values.set_rows(rows + missing)
