"""A stored message (.eml) read into plain data: who, what, every header, every part.

Qt-free; the standard ``email`` package does the MIME work. Damaged input never raises: a
header that cannot be parsed is kept as written, a part that cannot be decoded as its bytes.
"""

from __future__ import annotations

import email
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime


@dataclass(frozen=True)
class Mailbox:
    name: str
    address: str

    def __str__(self) -> str:
        return f"{self.name} <{self.address}>" if self.name else self.address


@dataclass(frozen=True)
class Header:
    name: str
    value: str


@dataclass(frozen=True)
class MessageFile:
    """An attachment, or an inline image when ``content_id`` is set and it sits inline."""

    filename: str
    mime_type: str
    data: bytes = field(repr=False)
    content_id: str | None = None
    inline: bool = False

    @property
    def size(self) -> int:
        return len(self.data)


@dataclass(frozen=True)
class ParsedMessage:
    sender: tuple[Mailbox, ...] = ()
    to: tuple[Mailbox, ...] = ()
    cc: tuple[Mailbox, ...] = ()
    bcc: tuple[Mailbox, ...] = ()
    reply_to: tuple[Mailbox, ...] = ()
    subject: str = ""
    date: datetime | None = None
    message_id: str = ""
    headers: tuple[Header, ...] = ()  # every top-level header, in order, as decoded text
    html: str | None = None
    text: str | None = None
    files: tuple[MessageFile, ...] = ()
    raw: bytes = field(default=b"", repr=False)

    @property
    def attachments(self) -> tuple[MessageFile, ...]:
        return tuple(item for item in self.files if not item.inline)

    @property
    def inline_images(self) -> dict[str, tuple[bytes, str]]:
        """ContentId → (bytes, MIME type), as the preview resolves ``cid:`` URLs: every part
        with a Content-ID, as mail apps do, even one sent as an attachment."""
        return {
            item.content_id: (item.data, item.mime_type) for item in self.files if item.content_id
        }


def parse_message(raw: bytes) -> ParsedMessage:
    message = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)  # policy.default builds EmailMessage objects
    headers = tuple(Header(name, _text(value)) for name, value in message.items())
    html, text, files = _parts(message)
    return ParsedMessage(
        sender=_mailboxes(message, "from"),
        to=_mailboxes(message, "to"),
        cc=_mailboxes(message, "cc"),
        bcc=_mailboxes(message, "bcc"),
        reply_to=_mailboxes(message, "reply-to"),
        subject=_text(message.get("subject", "")),
        date=_date(message.get("date")),
        message_id=_text(message.get("message-id", "")).strip(),
        headers=headers,
        html=html,
        text=text,
        files=tuple(files),
        raw=raw,
    )


def _parts(message: EmailMessage) -> tuple[str | None, str | None, list[MessageFile]]:
    html = text = None
    files = []
    for part in message.walk():
        if part.is_multipart():
            continue
        content_type = part.get_content_type()
        disposition = part.get_content_disposition()
        content_id = (part.get("content-id") or "").strip().strip("<>") or None
        if disposition != "attachment" and content_type == "text/html" and html is None:
            html = _decoded_text(part)
        elif disposition != "attachment" and content_type == "text/plain" and text is None:
            text = _decoded_text(part)
        else:
            data = part.get_payload(decode=True)
            files.append(
                MessageFile(
                    filename=part.get_filename() or content_id or "",
                    mime_type=content_type,
                    data=data if isinstance(data, bytes) else b"",
                    content_id=content_id,
                    inline=disposition != "attachment" and content_id is not None,
                )
            )
    return html, text, files


def _decoded_text(part) -> str:
    data = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know: best effort
        return data.decode("utf-8", errors="replace")


def _mailboxes(message: EmailMessage, name: str) -> tuple[Mailbox, ...]:
    values = [str(value) for value in message.get_all(name, [])]
    return tuple(
        Mailbox(display_name, address)
        for display_name, address in getaddresses(values)
        if address or display_name
    )


def _date(value: object) -> datetime | None:
    if value is None:
        return None
    datetime_value = getattr(value, "datetime", None)  # policy.default's DateHeader
    if isinstance(datetime_value, datetime):
        return datetime_value
    try:
        return parsedate_to_datetime(str(value))
    except (TypeError, ValueError):
        return None


def _text(value: object) -> str:
    """A header as readable text: encoded words decoded, folding undone."""
    return " ".join(str(value).split())
