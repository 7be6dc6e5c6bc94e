"""The message as its recipient would see it: merge tags filled, MailUp's header and footer,
the full HTML document and the MIME message (``.eml``).

MIME layout, each level only when needed:
multipart/mixed > multipart/related > multipart/alternative (text, html); images sit in the
related part with a Content-ID, attachments in the mixed part. Bcc is never a header.
"""

from __future__ import annotations

import codecs
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, make_msgid

from ..api.dto import EmailAddress, Message, MessagePart, NameValue, TemplateMessage
from ..api.rendering import render_content
from .data import Template

# Only headers MailUp has approved get through; others are dropped silently, as MailUp does.
# The sandbox stands in for that approval with custom X- headers and the unsubscribe pair.
_APPROVED_HEADERS = {"list-unsubscribe", "list-unsubscribe-post"}
_MESSAGE_ID_DOMAIN = "sandbox.mailup.invalid"  # a fixed domain: make_msgid would ask DNS otherwise


class RenderError(ValueError):
    """The request cannot become an email: its CharSet is unknown or cannot write it."""


@dataclass(frozen=True)
class Rendered:
    subject: str
    html: str | None
    text: str | None
    eml: bytes
    dropped_headers: list[str]


def render(
    request: Message | TemplateMessage, received_at: datetime, template: Template | None = None
) -> Rendered:
    """What the recipients get; ``template`` supplies the content of a SendTemplate."""
    content = render_content(request, template)
    mime, dropped = build_mime(
        request, content.subject, content.html, content.text, content.images, received_at
    )
    eml = mime.as_bytes(policy=policy.SMTPUTF8 if _needs_utf8(request) else policy.SMTP)
    return Rendered(content.subject, content.html, content.text, eml, dropped)


def build_mime(
    request: Message | TemplateMessage,
    subject: str,
    html: str | None,
    text: str | None,
    images: list[MessagePart],
    received_at: datetime,
) -> tuple[EmailMessage, list[str]]:
    """The MIME message and the names of the extended headers that were not approved.

    ``request`` has passed ``validate_request`` (one-line names and headers, valid addresses).
    """
    message = EmailMessage()
    assert request.from_ is not None  # checked before rendering (code 110)
    message["From"] = _address(request.from_)
    if request.to:
        message["To"] = [_address(item) for item in request.to]
    if request.cc:
        message["Cc"] = [_address(item) for item in request.cc]
    if request.reply_to:
        message["Reply-To"] = request.reply_to
    message["Subject"] = subject
    message["Date"] = format_datetime(received_at)
    message["Message-ID"] = make_msgid(domain=_MESSAGE_ID_DOMAIN)
    message["MIME-Version"] = "1.0"
    dropped = _add_extended_headers(message, request.extended_headers)

    charset = _charset(request.char_set)
    node: EmailMessage | MIMEPart = message
    for subtype, parts in (("mixed", request.attachments), ("related", images)):
        if parts:
            node = _open_multipart(node, subtype, [_file_part(part, subtype) for part in parts])
    bodies = [
        (content, kind)
        for content, kind in ((text, "plain"), (html, "html"))
        if content is not None
    ]
    first, kind = bodies[0] if bodies else ("", "plain")
    try:
        node.set_content(first, subtype=kind, charset=charset)
        for content, kind in bodies[1:]:
            node.add_alternative(content, subtype=kind, charset=charset)
    except UnicodeEncodeError:
        raise RenderError(
            f"CharSet: the message has characters that {charset} cannot write."
        ) from None
    return message, dropped


def _open_multipart(node: EmailMessage | MIMEPart, subtype: str, extra: list[MIMEPart]) -> MIMEPart:
    """Make ``node`` multipart/<subtype>: a new first part, then ``extra``. Returns the new part."""
    inner = MIMEPart()
    node["Content-Type"] = f"multipart/{subtype}"
    node.set_payload([inner, *extra])
    return inner


def _file_part(part: MessagePart, container: str) -> MIMEPart:
    maintype, _, subtype = (
        mimetypes.guess_type(part.filename)[0] or "application/octet-stream"
    ).partition("/")
    mime = MIMEPart()
    mime.set_content(
        part.body,
        maintype,
        subtype,
        disposition="inline" if container == "related" else "attachment",
        filename=part.filename,
        cid=f"<{part.content_id}>" if part.content_id else None,
    )
    return mime


def _address(address: EmailAddress) -> Address:
    # Given as parts, not parsed: the parser refuses the UTF-8 local parts MailUp accepts.
    username, _, domain = address.email.strip().rpartition("@")
    return Address(display_name=address.name or "", username=username, domain=domain)


def _needs_utf8(request: Message | TemplateMessage) -> bool:
    """RFC 6532: an address with non-ASCII characters is written in UTF-8, not encoded."""
    shown = [item.email for item in (request.from_, *request.to, *request.cc) if item]
    return not all(address.isascii() for address in [*shown, request.reply_to or ""])


def _add_extended_headers(message: EmailMessage, headers: list[NameValue]) -> list[str]:
    dropped = []
    for header in headers:
        name = header.name.strip()
        if name.lower().startswith("x-") or name.lower() in _APPROVED_HEADERS:
            message[name] = header.value
        else:
            dropped.append(name)
    return dropped


def _charset(name: str | None) -> str:
    charset = (name or "utf-8").strip()
    try:
        codecs.lookup(charset)
    except LookupError:
        raise RenderError(f"CharSet: '{charset}' is not a known character set.") from None
    return charset
