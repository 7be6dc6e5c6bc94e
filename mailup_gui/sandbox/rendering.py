"""The message as its recipient would see it: merge tags filled, MailUp's header and footer,
the full HTML document and the MIME message (``.eml``).

MIME layout, each level only when needed:
multipart/mixed > multipart/related > multipart/alternative (text, html); images sit in the
related part with a Content-ID, attachments in the mixed part. Bcc is never a header.
"""

from __future__ import annotations

import codecs
import functools
import mimetypes
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime, make_msgid

import msgspec

from ..api.dto import Message, MessagePart, NameValue, TemplateMessage, XSmtpApi
from ..api.htmlparts import html_document
from ..api.mergetags import TAG
from ..api.rendering import merge_values, render_content
from .as_sent import AsSent, FileType, FileTypes
from .data import Template
from .headers import Mailboxes, Unstructured
from .limits import SUBJECT_CHARS, too_long

# Only headers MailUp has approved get through; others are dropped silently, as MailUp does.
# The sandbox stands in for that approval with custom X- headers and the unsubscribe pair.
_APPROVED_HEADERS = {"list-unsubscribe", "list-unsubscribe-post"}
_MESSAGE_ID_DOMAIN = "sandbox.mailup.invalid"  # a fixed domain: make_msgid would ask DNS otherwise
# Python's text codecs that no mail program reads as a charset (and some fail on any long text).
_NOT_CHARSETS = frozenset({"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"})
# Subject, HTML and text after merge tags; keeps a tag repeated 100k times from filling the disk.
MAX_RENDERED_CHARS = 20 * 1024 * 1024


class RenderError(ValueError):
    """The request cannot become an email: its CharSet cannot write it, or it is too large."""


class _Source(msgspec.Struct, tag=True):
    """All the .eml is built from, stored with the message: the MIME tree, the slow part of a
    send, is built when the .eml is first read."""

    subject: str
    html: str | None
    text: str | None
    images: list[MessagePart]
    received_at: datetime


class _MessageSource(_Source):
    request: Message
    file_types: FileTypes = FileTypes()  # a relayed message's, as sent


class _TemplateSource(_Source):
    request: TemplateMessage


@dataclass(frozen=True)
class Rendered:
    subject: str
    html: str | None
    text: str | None
    dropped_headers: list[str]
    mime_source: bytes  # for build_eml

    @property
    def eml(self) -> bytes:
        return build_eml(self.mime_source)


def render(
    request: Message | TemplateMessage,
    received_at: datetime,
    template: Template | None = None,
    as_sent: AsSent | None = None,
) -> Rendered:
    """What the recipients get; ``template`` supplies the content of a SendTemplate, ``as_sent``
    what a relayed message's MIME said beyond the request (its HTML document, file types)."""
    # The document HtmlDTO's parts make, built once for the size check and the rendering.
    document = (
        html_document(request.html)
        if isinstance(request, Message) and request.html is not None
        else None
    )
    _check_size(request, template, document)
    if as_sent is not None and as_sent.html is not None:
        document = as_sent.html  # the relayed message's own, kept instead
    content = render_content(request, template, document)
    if len(content.subject) > SUBJECT_CHARS:
        raise RenderError(
            f"Subject: once merge tags are filled, {too_long(len(content.subject), SUBJECT_CHARS)}"
        )
    charset = _charset(request.char_set)
    for body in (content.text, content.html):
        if body is not None and not _writes(charset, body):
            raise RenderError(f"CharSet: the message has characters that {charset} cannot write.")
    parts = (content.subject, content.html, content.text, content.images, received_at)
    stored = msgspec.structs.replace(request, user=None)  # the secret is never written
    source: _Source = (
        _TemplateSource(*parts, request=stored)
        if isinstance(stored, TemplateMessage)
        else _MessageSource(
            *parts, request=stored, file_types=as_sent.file_types if as_sent else FileTypes()
        )
    )
    dropped = [
        header.name.strip()
        for header in request.extended_headers
        if not _approved(header.name.strip())
    ]
    return Rendered(
        content.subject, content.html, content.text, dropped, msgspec.msgpack.encode(source)
    )


def build_eml(mime_source: bytes) -> bytes:
    """The MIME message of a ``Rendered.mime_source``."""
    source = msgspec.msgpack.decode(mime_source, type=_MessageSource | _TemplateSource)
    request = source.request
    file_types = source.file_types if isinstance(source, _MessageSource) else FileTypes()
    mime, _ = build_mime(
        request,
        source.subject,
        source.html,
        source.text,
        source.images,
        source.received_at,
        file_types,
    )
    return mime.as_bytes(policy=policy.SMTPUTF8 if _needs_utf8(request) else policy.SMTP)


def _check_size(
    request: Message | TemplateMessage, template: Template | None, document: str | None
) -> None:
    """Refuse before filling merge tags when the result would be too large (an upper bound:
    every text that may be filled counts). ``document``: a SendMessage's, from its HtmlDTO."""
    values = merge_values(request.x_smtp_api or XSmtpApi())
    texts = [request.subject]
    if isinstance(request, Message):
        texts += [request.text, document]
    elif template is not None:
        texts += [template.subject, template.html, template.text]
    written = sum(len(text) for text in texts if text)
    longest = max(map(len, values.values()), default=0)
    if written + written // 3 * longest <= MAX_RENDERED_CHARS:  # a tag takes 3 characters or more
        return
    size = sum(filled_length(text, values) for text in texts if text)
    if size > MAX_RENDERED_CHARS:
        raise RenderError(
            f"the message would be {size:,} characters once merge tags are filled; "
            f"the sandbox's limit is {MAX_RENDERED_CHARS:,}."
        )


def filled_length(text: str, values: Mapping[str, str]) -> int:
    """The length of ``text`` once its tags are filled, without filling them."""
    lengths = {name.lower(): len(value) for name, value in values.items()}
    return len(text) + sum(
        lengths[match.group(1).lower()] - len(match.group(0))
        for match in TAG.finditer(text)
        if match.group(1).lower() in lengths
    )


def _writes(charset: str, text: str) -> bool:
    try:
        text.encode(charset)
    except UnicodeError:  # idna raises UnicodeError itself
        return False
    return True


def build_mime(
    request: Message | TemplateMessage,
    subject: str,
    html: str | None,
    text: str | None,
    images: list[MessagePart],
    received_at: datetime,
    file_types: FileTypes | None = None,
) -> tuple[EmailMessage, list[str]]:
    """The MIME message and the names of the extended headers that were not approved.

    ``request`` has passed the sandbox's checks (one-line names and headers, valid addresses).
    ``file_types``: the files' Content-Types as sent; a file without one is typed by its name.
    """
    message = EmailMessage()
    assert request.from_ is not None  # checked before rendering (code 110)
    message["From"] = Mailboxes("From", [request.from_])
    if request.to:
        message["To"] = Mailboxes("To", request.to)
    if request.cc:
        message["Cc"] = Mailboxes("Cc", request.cc)
    if request.reply_to:
        message["Reply-To"] = request.reply_to
    message["Subject"] = Unstructured("Subject", subject)
    message["Date"] = format_datetime(received_at)
    message["Message-ID"] = make_msgid(domain=_MESSAGE_ID_DOMAIN)
    message["MIME-Version"] = "1.0"
    dropped = _add_extended_headers(message, request.extended_headers)

    charset = _charset(request.char_set)
    types = file_types or FileTypes()
    node: EmailMessage | MIMEPart = message
    for subtype, parts, kinds in (
        ("mixed", request.attachments, types.attachments),
        ("related", images, types.images),
    ):
        if parts:
            typed = [(part, kinds[i] if i < len(kinds) else None) for i, part in enumerate(parts)]
            node = _open_multipart(node, subtype, [_file_part(*item, subtype) for item in typed])
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
    except UnicodeError:
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


def _file_part(part: MessagePart, file_type: FileType | None, container: str) -> MIMEPart:
    if file_type is None:
        file_type = FileType(mimetypes.guess_type(part.filename)[0] or "application/octet-stream")
    maintype, _, subtype = file_type.media_type.partition("/")
    content_id = (part.content_id or "").strip()
    mime = MIMEPart()
    mime.set_content(
        part.body,
        maintype,
        subtype,
        # A forwarded message is not base64 (RFC 2046, 5.2.1) unless it holds 8-bit bytes,
        # which the email package cannot write into one.
        cte="7bit" if maintype == "message" and part.body.isascii() else "base64",
        disposition="inline" if container == "related" else "attachment",
        filename=part.filename,
        cid=f"<{content_id}>" if content_id else None,
        params=file_type.params,
    )
    return mime


def _needs_utf8(request: Message | TemplateMessage) -> bool:
    """RFC 6532: an address with non-ASCII characters is written in UTF-8, not encoded."""
    shown = [item.email for item in (request.from_, *request.to, *request.cc) if item]
    return not all(address.isascii() for address in [*shown, request.reply_to or ""])


def _approved(name: str) -> bool:
    return name.lower().startswith("x-") or name.lower() in _APPROVED_HEADERS


def _add_extended_headers(message: EmailMessage, headers: list[NameValue]) -> list[str]:
    dropped = []
    for header in headers:
        name = header.name.strip()
        if _approved(name):
            message[name] = Unstructured(name, header.value)
        else:
            dropped.append(name)
    return dropped


@functools.lru_cache(maxsize=64)  # a send looks its CharSet up twice or more, and most say UTF-8
def _charset(name: str | None) -> str:
    charset = (name or "utf-8").strip()
    try:
        codec = codecs.lookup(charset)
        "".encode(charset)  # a text encoding, not e.g. rot13 or hex
    except (LookupError, ValueError):  # ValueError: a NUL in the name
        raise RenderError(f"CharSet: {charset!r} is not a known character set.") from None
    if codec.name in _NOT_CHARSETS:
        raise RenderError(f"CharSet: {charset!r} is not a character set for email text.")
    return charset
