"""What a relayed MIME message says that MailUp's request has no member for, kept with it so
that the outbox shows the message as it was sent: who it went to, the whole HTML document and
each file's Content-Type."""

from __future__ import annotations

import msgspec


class FileType(msgspec.Struct, frozen=True):
    """A file part's Content-Type: ``application/pdf``, ``text/calendar`` with ``method``…"""

    media_type: str
    params: dict[str, str] = {}


class FileTypes(msgspec.Struct, frozen=True):
    """The Content-Type of each attachment and embedded image, in the request's order."""

    attachments: list[FileType] = []
    images: list[FileType] = []


class AsSent(msgspec.Struct, frozen=True):
    """``recipients``: the envelope's (RCPT TO), the only ones the message goes to;
    ``html``: the HTML part as written (HtmlDTO keeps only its head, body tag and body)."""

    recipients: list[str]
    html: str | None = None
    file_types: FileTypes = FileTypes()
