"""Words for results and errors, shared by every pane that shows them."""

from __future__ import annotations

import re
from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..api.errors import MailUpError
from ..api.userstatus import UserState, UserStatus
from ..texts import Text
from .core_texts import translated
from .locale_text import date_time_text

if TYPE_CHECKING:  # imported when first needed: the panes that show failures load later
    from ..core.send.result import Failure


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


_PATH = re.compile(r"^(?P<member>\w+)(?:\[(?P<index>\d+)\])?(?:\.(?P<sub>\w+))?$")


def _tr(text: object) -> str:
    """A text marked with QT_TRANSLATE_NOOP("FieldWords", …), translated."""
    return QCoreApplication.translate("FieldWords", str(text))


def _ordinal(index: int) -> str:
    """first, second… for an index from 0; past the tenth, the number."""
    ordinals = (
        _tr(QT_TRANSLATE_NOOP("FieldWords", "first")),
        _tr(QT_TRANSLATE_NOOP("FieldWords", "second")),
        _tr(QT_TRANSLATE_NOOP("FieldWords", "third")),
        _tr(QT_TRANSLATE_NOOP("FieldWords", "fourth")),
        _tr(QT_TRANSLATE_NOOP("FieldWords", "fifth")),
        _tr(QT_TRANSLATE_NOOP("FieldWords", "sixth")),
        _tr(QT_TRANSLATE_NOOP("FieldWords", "seventh")),
        _tr(QT_TRANSLATE_NOOP("FieldWords", "eighth")),
        _tr(QT_TRANSLATE_NOOP("FieldWords", "ninth")),
        _tr(QT_TRANSLATE_NOOP("FieldWords", "tenth")),
    )
    return (
        ordinals[index]
        if index < len(ordinals)
        else _tr(QT_TRANSLATE_NOOP("FieldWords", "no. {n}")).format(n=index + 1)
    )


def field_words(path: str) -> str:
    """A MailUp member path as people say it: ``To[1].Email`` → "the second To address",
    ``ExtendedHeaders[0].V`` → "the value of header 1"; a path it does not know, as it is."""
    if path.startswith("XSmtpAPI."):
        path = path.removeprefix("XSmtpAPI.")
        if path.startswith("DynamicFields["):
            path = "MergeTags" + path.removeprefix("DynamicFields")
    match = _PATH.match(path)
    if match is None:
        return path
    member, sub = match["member"], match["sub"] or ""
    index = int(match["index"]) if match["index"] is not None else None
    if member in ("To", "Cc", "Bcc") and index is not None:
        words = (
            _tr(QT_TRANSLATE_NOOP("FieldWords", "the name of the {ordinal} {member} address"))
            if sub == "Name"
            else _tr(QT_TRANSLATE_NOOP("FieldWords", "the {ordinal} {member} address"))
        )
        # the envelope's own label: "A" in Italian
        label = QCoreApplication.translate("EnvelopeForm", member)
        return words.format(ordinal=_ordinal(index), member=label)
    if index is not None:
        # (the name or N, the Content-ID, the value or the whole item)
        items = {
            "ExtendedHeaders": (
                _tr(QT_TRANSLATE_NOOP("FieldWords", "the name of header {n}")),
                "",
                _tr(QT_TRANSLATE_NOOP("FieldWords", "the value of header {n}")),
            ),
            "MergeTags": (
                _tr(QT_TRANSLATE_NOOP("FieldWords", "the name of merge tag {n}")),
                "",
                _tr(QT_TRANSLATE_NOOP("FieldWords", "the value of merge tag {n}")),
            ),
            "Attachments": (
                _tr(QT_TRANSLATE_NOOP("FieldWords", "the name of attachment {n}")),
                _tr(QT_TRANSLATE_NOOP("FieldWords", "the Content-ID of attachment {n}")),
                _tr(QT_TRANSLATE_NOOP("FieldWords", "attachment {n}")),
            ),
            "EmbeddedImages": (
                _tr(QT_TRANSLATE_NOOP("FieldWords", "the name of embedded image {n}")),
                _tr(QT_TRANSLATE_NOOP("FieldWords", "the Content-ID of embedded image {n}")),
                _tr(QT_TRANSLATE_NOOP("FieldWords", "embedded image {n}")),
            ),
        }
        if member not in items:
            return path
        named, content_id, other = items[member]
        if sub in ("N", "Filename"):
            return named.format(n=index + 1)
        return (content_id if sub == "ContentId" else other).format(n=index + 1)
    whole = {
        ("From", ""): _tr(QT_TRANSLATE_NOOP("FieldWords", "the From address")),
        ("From", "Email"): _tr(QT_TRANSLATE_NOOP("FieldWords", "the From address")),
        ("From", "Name"): _tr(QT_TRANSLATE_NOOP("FieldWords", "the From name")),
        ("ReplyTo", ""): _tr(QT_TRANSLATE_NOOP("FieldWords", "the Reply-To address")),
        ("To", ""): _tr(QT_TRANSLATE_NOOP("FieldWords", "the recipients")),
        ("Subject", ""): _tr(QT_TRANSLATE_NOOP("FieldWords", "the Subject")),
        ("Schedule", ""): _tr(QT_TRANSLATE_NOOP("FieldWords", "the Schedule")),
        ("Priority", ""): _tr(QT_TRANSLATE_NOOP("FieldWords", "the Priority")),
        ("TemplateId", ""): _tr(QT_TRANSLATE_NOOP("FieldWords", "the TemplateId")),
        ("CharSet", ""): _tr(QT_TRANSLATE_NOOP("FieldWords", "the CharSet")),
        ("CampaignCode", ""): _tr(QT_TRANSLATE_NOOP("FieldWords", "the CampaignCode")),
    }
    return whole.get((member, sub), path)


def problem_words(path: str) -> str:
    """``field_words`` to start a line: "The second To address"."""
    words = field_words(path)
    return words[:1].upper() + words[1:]


def failure_html(failure: Failure) -> str:
    """A failure as rich text: what happened, then what to do, in the UI's language as far as
    the words are the app's own (MailUp's message stays as MailUp wrote it). Never a traceback."""
    html = f"<b>{escape(in_words(failure.summary))}</b>"
    return f"{html}<br>{escape(translated(failure.hint))}" if failure.hint else html


def in_words(text: str | None) -> str:
    """``translated``, with the field path of a local refusal ("To[1].Email: …") said in
    words ("The second To address: …"), in a result notice and in the journal alike."""
    from ..api.errors import InvalidRequestError

    refusal = (InvalidRequestError.ONE, InvalidRequestError.MORE)
    if isinstance(text, Text) and text.source in refusal and text.values:
        field = text.values.get("field")
        if isinstance(field, str):
            text = text.format(field=problem_words(field))
    return translated(text)


def error_html(error: Exception) -> str:
    """An exception as ``failure_html`` shows it."""
    from ..core.send.result import Failure

    return failure_html(Failure.of(error))


def is_wrong_secret(error: Exception) -> bool:
    """MailUp called the SMTP+ username or secret wrong: offer to update the secret."""
    return isinstance(error, MailUpError) and error.is_wrong_secret
