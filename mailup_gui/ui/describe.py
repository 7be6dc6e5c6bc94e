"""Words for results and errors, shared by every pane that shows them."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from ..api.dates import format_local
from ..api.userstatus import UserState, UserStatus


def tr(text: str) -> str:
    return QCoreApplication.translate("describe", text)


def _with_until(texts: dict[UserState, str], status: UserStatus) -> str:
    until = format_local(status.until) if status.until else "?"
    return texts[status.state].format(until=until)


def status_text(status: UserStatus) -> str:
    """The state with who can lift it."""
    return _with_until({
        UserState.ACTIVE: tr("Active — can send"),
        UserState.DISABLED: tr(
            "Disabled — the account's admin can enable it in the MailUp console"),
        UserState.ADMIN_BLOCKED: tr(
            "Blocked by an administrator — only MailUp support can lift it"),
        UserState.BLOCKED_UNTIL: tr("Blocked until {until} — wait, or ask MailUp support"),
    }, status)


def state_label(status: UserStatus | None) -> str:
    """The badge: a few words, ``Unknown`` when MailUp did not (or not yet) list the user."""
    if status is None:
        return tr("Unknown")
    return _with_until({
        UserState.ACTIVE: tr("Active"),
        UserState.DISABLED: tr("Disabled"),
        UserState.ADMIN_BLOCKED: tr("Blocked by admin"),
        UserState.BLOCKED_UNTIL: tr("Blocked until {until}"),
    }, status)


def time_left(until: datetime, now: datetime) -> str:
    """A countdown such as ``2 d 03:04:05``; ``ended`` once the time has passed."""
    seconds = int((until - now).total_seconds())
    if seconds <= 0:
        return tr("ended")
    days, rest = divmod(seconds, 86_400)
    clock = f"{rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}"
    return tr("{days} d {clock}").format(days=days, clock=clock) if days else clock


_REFUSAL_CODES = {
    UserState.DISABLED: "103",
    UserState.ADMIN_BLOCKED: "104",
    UserState.BLOCKED_UNTIL: "105",
}


def sending_text(status: UserStatus | None) -> str:
    """What the status means for a send through this user."""
    if status is None:
        return tr("Not known: MailUp has not listed this user.")
    code = _REFUSAL_CODES.get(status.state)
    if code is None:
        return tr("MailUp accepts its sends.")
    from ..api.errors import CODES

    return tr("MailUp refuses every send with code {code}: {meaning}").format(
        code=code, meaning=CODES[code].meaning)


def error_html(error: Exception) -> str:
    """An error as rich text: what happened, then what to do. Never a traceback."""
    from ..api.errors import MailUpError

    if isinstance(error, MailUpError):
        return f"<b>{escape(error.summary)}</b><br>{escape(error.hint)}"
    return f"<b>{escape(str(error) or type(error).__name__)}</b>"
