"""XSmtpAPI options with every member set to something other than its default."""

from datetime import UTC, datetime

from mailup_gui.core.message.options import Options

EVERY_MEMBER = Options(
    campaign_name=" Invoices ",
    campaign_code="INV",
    campaign_report="Monthly",
    header=True,
    footer=False,
    click_tracking=True,
    view_tracking=False,
    priority=2,
    schedule=datetime(2030, 5, 6, 7, 8, tzinfo=UTC),
    dynamic_fields=[("firstname", "Mario"), ("lastname", "")],
    skip_dynamic_fields=False,
)
