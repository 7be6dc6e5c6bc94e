"""Every field of one SMTP+ user, what its state means for sending and who can lift it."""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...api.dates import format_local
from ...api.userstatus import UserStatus
from ..describe import sending_text, state_label, status_text, time_left
from ..privacy import Privacy
from .model import BADGE_COLOURS

if TYPE_CHECKING:
    from ...api.dto import UserInfo


def _tr(text: str) -> str:
    return QCoreApplication.translate("UserDetails", text)


def _list_html(value: str | None, privacy: Privacy) -> str:
    """A ``;``-separated MailUp list, one entry a line."""
    parts = [part.strip() for part in (value or "").replace(",", ";").split(";") if part.strip()]
    return "<br>".join(escape(privacy.addresses_in(part)) for part in parts) or "—"


def details_html(
    info: UserInfo, status: UserStatus | None, privacy: Privacy, now: datetime | None = None
) -> str:
    now = now or datetime.now(UTC)
    background, foreground = BADGE_COLOURS[status.state if status else None]
    badge = (f'<span style="background:{background.name()}; color:{foreground.name()};">'
             f"&nbsp;{escape(state_label(status))}&nbsp;</span>")
    until = ""
    if status is not None and status.until is not None:
        until = _tr("{local} (in {left}; UTC {utc})").format(
            local=format_local(status.until), left=time_left(status.until, now),
            utc=status.until.astimezone(UTC).strftime("%Y-%m-%d %H:%M"))
    fields = [
        (_tr("Sending"), escape(sending_text(status))),
        (_tr("Who can lift it"), escape(status_text(status)) if status and not status.can_send
         else "—"),
        (_tr("Blocked until"), escape(until) or "—"),
        (_tr("Enabled"), _tr("yes") if info.is_enabled else _tr("no")),
        (_tr("Blocked by admin"), _tr("yes") if info.admin_block else _tr("no")),
        (_tr("Priority"), escape(str(info.priority)) if info.priority is not None else "—"),
        (_tr("Allowed domains"), _list_html(info.domain_list, privacy)),
        (_tr("Allowed senders"), _list_html(info.sender_list, privacy)),
        (_tr("Note"), escape(privacy.addresses_in(info.note or "")) or "—"),
        (_tr("Created"), escape(format_local(info.creation_date)) if info.creation_date else "—"),
        (_tr("Updated"), escape(format_local(info.update_date)) if info.update_date else "—"),
        (_tr("Account ID"), escape(str(info.id_console)) if info.id_console is not None else "—"),
        (_tr("List ID"), escape(str(info.id_list)) if info.id_list is not None else "—"),
    ]
    rows = "".join(
        f'<tr><td style="padding:2px 10px 2px 0; color:#5f6b76;" valign="top">{escape(name)}</td>'
        f"<td>{value}</td></tr>"
        for name, value in fields
    )
    return (f"<p><b>{escape(privacy.username(info.username))}</b>&nbsp;&nbsp;{badge}</p>"
            f"<table>{rows}</table>")
