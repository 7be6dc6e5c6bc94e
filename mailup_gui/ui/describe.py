"""Words for results and errors, shared by every pane that shows them."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..api.userstatus import UserState, UserStatus
from .core_texts import translated
from .locale_text import date_time_text

if TYPE_CHECKING:  # imported when first needed: the panes that show failures load later
    from ..core.send_result import Failure


def _with_until(texts: dict[UserState, str], status: UserStatus) -> str:
    until = date_time_text(status.until) if status.until else "?"
    return texts[status.state].format(until=until)


def status_text(status: UserStatus) -> str:
    """The state with who can lift it."""
    return _with_until(
        {
            UserState.ACTIVE: QCoreApplication.translate("describe", "Active — can send"),
            UserState.DISABLED: QCoreApplication.translate(
                "describe", "Disabled — the account's admin can enable it in the MailUp console"
            ),
            UserState.ADMIN_BLOCKED: QCoreApplication.translate(
                "describe", "Blocked by an administrator — only MailUp support can lift it"
            ),
            UserState.BLOCKED_UNTIL: QCoreApplication.translate(
                "describe", "Blocked until {until} — wait, or ask MailUp support"
            ),
        },
        status,
    )


def state_label(status: UserStatus | None) -> str:
    """The badge: a few words, ``Unknown`` when MailUp did not (or not yet) list the user."""
    if status is None:
        return QCoreApplication.translate("describe", "Unknown")
    return _with_until(
        {
            UserState.ACTIVE: QCoreApplication.translate("describe", "Active"),
            UserState.DISABLED: QCoreApplication.translate("describe", "Disabled"),
            UserState.ADMIN_BLOCKED: QCoreApplication.translate("describe", "Blocked by admin"),
            UserState.BLOCKED_UNTIL: QCoreApplication.translate(
                "describe", "Blocked until {until}"
            ),
        },
        status,
    )


def time_left(until: datetime, now: datetime) -> str:
    """A countdown such as ``2 d 03:04:05``; ``ended`` once the time has passed."""
    seconds = int((until - now).total_seconds())
    if seconds <= 0:
        return QCoreApplication.translate("describe", "ended")
    days, rest = divmod(seconds, 86_400)
    clock = f"{rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}"
    if not days:
        return clock
    return QCoreApplication.translate("describe", "{days} d {clock}").format(days=days, clock=clock)


_REFUSAL_CODES = {
    UserState.DISABLED: "103",
    UserState.ADMIN_BLOCKED: "104",
    UserState.BLOCKED_UNTIL: "105",
}


def sending_text(status: UserStatus | None) -> str:
    """What the status means for a send through this user."""
    if status is None:
        return QCoreApplication.translate("describe", "Not known: MailUp has not listed this user.")
    code = _REFUSAL_CODES.get(status.state)
    if code is None:
        return QCoreApplication.translate("describe", "MailUp accepts its sends.")
    from ..api.errors import CODES

    return QCoreApplication.translate(
        "describe", "MailUp refuses every send with code {code}: {meaning}"
    ).format(code=code, meaning=translated(CODES[code].meaning))


def failure_html(failure: Failure) -> str:
    """A failure as rich text: what happened, then what to do, in the UI's language as far as
    the words are the app's own (MailUp's message stays as MailUp wrote it). Never a traceback."""
    html = f"<b>{escape(translated(failure.summary))}</b>"
    return f"{html}<br>{escape(translated(failure.hint))}" if failure.hint else html


def error_html(error: Exception) -> str:
    """An exception as ``failure_html`` shows it."""
    from ..core.send_result import Failure

    return failure_html(Failure.of(error))
