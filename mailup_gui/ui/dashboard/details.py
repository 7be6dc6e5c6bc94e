"""Every field of one SMTP+ user, what its state means for sending and who can lift it."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...api.userstatus import UserStatus
from ..describe import sending_text, state_label, status_text, time_left
from ..locale_text import date_time_text
from ..privacy import Privacy
from ..widgets.colour import text_colour
from .model import badge_colours

if TYPE_CHECKING:
    from ...api.dto import UserInfo


def _list_html(value: str | None, privacy: Privacy) -> str:
    """A ``;``-separated MailUp list, one entry a line."""
    parts = [part.strip() for part in (value or "").replace(",", ";").split(";") if part.strip()]
    return "<br>".join(escape(privacy.addresses_in(part)) for part in parts) or "—"


def details_html(
    info: UserInfo, status: UserStatus | None, privacy: Privacy, now: datetime | None = None
) -> str:
    now = now or datetime.now(UTC)
    background, foreground = badge_colours(status.state if status else None)
    badge = (
        f'<span style="background:{background.name()}; color:{foreground.name()};">'
        f"&nbsp;{escape(state_label(status))}&nbsp;</span>"
    )
    until = ""
    if status is not None and status.until is not None:
        until = QCoreApplication.translate("UserDetails", "{local} (in {left}; UTC {utc})").format(
            local=date_time_text(status.until),
            left=time_left(status.until, now),
            utc=status.until.astimezone(UTC).strftime("%Y-%m-%d %H:%M"),
        )
    # Literal translate() calls, so that lupdate finds every one under "UserDetails".
    yes = QCoreApplication.translate("UserDetails", "yes")
    no = QCoreApplication.translate("UserDetails", "no")
    fields = [
        (QCoreApplication.translate("UserDetails", "Sending"), escape(sending_text(status))),
        (
            QCoreApplication.translate("UserDetails", "Who can lift it"),
            escape(status_text(status)) if status and not status.can_send else "—",
        ),
        (QCoreApplication.translate("UserDetails", "Blocked until"), escape(until) or "—"),
        (QCoreApplication.translate("UserDetails", "Enabled"), yes if info.is_enabled else no),
        (
            QCoreApplication.translate("UserDetails", "Blocked by admin"),
            yes if info.admin_block else no,
        ),
        (
            QCoreApplication.translate("UserDetails", "Priority"),
            escape(str(info.priority)) if info.priority is not None else "—",
        ),
        (
            QCoreApplication.translate("UserDetails", "Allowed domains"),
            _list_html(info.domain_list, privacy),
        ),
        (
            QCoreApplication.translate("UserDetails", "Allowed senders"),
            _list_html(info.sender_list, privacy),
        ),
        (
            QCoreApplication.translate("UserDetails", "Note"),
            escape(privacy.addresses_in(info.note or "")) or "—",
        ),
        (
            QCoreApplication.translate("UserDetails", "Created"),
            escape(date_time_text(info.creation_date)) if info.creation_date else "—",
        ),
        (
            QCoreApplication.translate("UserDetails", "Updated"),
            escape(date_time_text(info.update_date)) if info.update_date else "—",
        ),
        (
            QCoreApplication.translate("UserDetails", "Account ID"),
            escape(str(info.id_console)) if info.id_console is not None else "—",
        ),
        (
            QCoreApplication.translate("UserDetails", "List ID"),
            escape(str(info.id_list)) if info.id_list is not None else "—",
        ),
    ]
    muted = text_colour("muted").name()
    rows = "".join(
        f'<tr><td style="padding:2px 10px 2px 0; color:{muted};" valign="top">{escape(name)}</td>'
        f"<td>{value}</td></tr>"
        for name, value in fields
    )
    return (
        f"<p><b>{escape(privacy.username(info.username))}</b>&nbsp;&nbsp;{badge}</p>"
        f"<table>{rows}</table>"
    )
