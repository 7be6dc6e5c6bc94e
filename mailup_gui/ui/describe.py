"""Words for results and errors, shared by every pane that shows them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from ..api.dates import format_local
from ..api.userstatus import UserState, UserStatus


def tr(text: str) -> str:
    return QCoreApplication.translate("describe", text)


def status_text(status: UserStatus) -> str:
    if status.state is UserState.ACTIVE:
        return tr("Active — can send")
    if status.state is UserState.DISABLED:
        return tr("Disabled — the account's admin can enable it in the MailUp console")
    if status.state is UserState.ADMIN_BLOCKED:
        return tr("Blocked by an administrator — only MailUp support can lift it")
    until = format_local(status.until) if status.until else "?"
    return tr("Blocked until {until} — wait, or ask MailUp support").format(until=until)


def error_html(error: Exception) -> str:
    """An error as rich text: what happened, then what to do. Never a traceback."""
    from ..api.errors import MailUpError

    if isinstance(error, MailUpError):
        return f"<b>{escape(error.summary)}</b><br>{escape(error.hint)}"
    return f"<b>{escape(str(error) or type(error).__name__)}</b>"
