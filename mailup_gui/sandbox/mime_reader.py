"""A message received by the SMTP+ relay read back into the request the API would have taken.

The standard ``email`` package parses it; the result is a dict in MailUp's member names, so the
relay judges, renders and stores it exactly as the API does (``checks.decode_request`` and
``mailup.queue``), and an ``AsSent`` with what the request has no member for. What goes where:
- header fields are read as RFC 5322 and RFC 6532 say: unfolded without the folding space
  (``Subject:\\r\\n Your order`` is "Your order"), raw UTF-8 as UTF-8, RFC 2047 encoded words
  decoded (``X-SMTPAPI`` too);
- From, To, Cc, Reply-To and Subject from their headers; Bcc: the envelope's recipients that
  neither To nor Cc shows; the envelope's recipients are the only ones (``AsSent.recipients``);
- the first text/plain and text/html parts that are not attachments: Text, and Html split back
  into HtmlDTO's parts (the whole document kept as ``AsSent.html``); the ``email`` package ends
  every text part with a line break that the DTO's text did not have, so exactly one is removed;
- files: inside a multipart/related part, EmbeddedImages; elsewhere, Attachments; each keeps
  its Content-Type; one without a file name is named from its Content-ID or its type
  (``logo.png``, ``calendar.ics``); a forwarded ``message/rfc822`` is one file;
- ``X-SMTPAPI``: a JSON object of XSmtpAPI members, becoming XSmtpAPI;
- every other header, except those a MIME message sets itself: ExtendedHeaders.
Problems the API could not have (a header that is not JSON or not UTF-8, files over MailUp's
limit, too many multipart parts) raise ``SmtpReply`` with the relay's answer.
"""

from __future__ import annotations

import base64
import email
import mimetypes
import re
from collections.abc import Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from typing import Any

import msgspec

from ..api.dto import XSmtpApi
from ..api.htmlparts import split_document
from .as_sent import AsSent, FileType, FileTypes
from .content import MAX_FILES_BYTES
from .header_cache import CachingPolicy
from .reader import Unreadable, decode_json

SMTPAPI_HEADER = "X-SMTPAPI"
_OWN_HEADERS = frozenset(
    {
        "from",
        "to",
        "cc",
        "bcc",
        "reply-to",
        "subject",
        "date",
        "message-id",
        "mime-version",
        "content-type",
        "content-transfer-encoding",
        "content-disposition",
        "content-id",
        SMTPAPI_HEADER.lower(),
    }
)
OPTION_NAMES = tuple(field.encode_name for field in msgspec.structs.fields(XSmtpApi))
# Real clients nest a handful of levels; each declared boundary costs the parser a check of
# every line and a level of recursion, so a message may declare this many.
MAX_MULTIPARTS = 100
_BOUNDARY = re.compile(rb"boundary\*?[0-9]*\*?\s*=", re.IGNORECASE)
_LINE_BREAK = re.compile(r"\r?\n")
_FOLD = re.compile(r"[\r\n]")  # unfolding removes the line breaks only (RFC 5322, 2.2.3)
_TOKEN = re.compile(r"[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+")
_PARAM_VALUE = re.compile(r"[ !#-\[\]-~]*")  # printable ASCII without quote and backslash
_PARAM_NAME = re.compile(r"[A-Za-z0-9_-]+")
_SURROGATE = re.compile("[\udc80-\udcff]")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class SmtpReply(Exception):
    """The relay refuses the message with ``reply`` (``550 5.6.0 …``)."""

    def __init__(self, reply: str) -> None:
        super().__init__(reply)
        self.reply = reply


class _AsWritten(CachingPolicy):
    """``policy.default`` reading each header field as written: unfolded without the space
    that started a continuation line after the colon, and in UTF-8 (RFC 6532), which the
    byte parser leaves as one surrogate per byte. Raises ``SmtpReply`` (out of the parser)
    for a field that is not UTF-8."""

    def header_source_parse(self, sourcelines: list[str]) -> tuple[str, str]:
        name, value = super().header_source_parse(sourcelines)
        name = _utf8(name, name)
        return name, _utf8(name, _FOLD.sub("", value).lstrip(" \t"))


_READING = _AsWritten()
_WRITING = _READING.clone(utf8=True, linesep="\r\n")  # a forwarded message, as one file


def _utf8(name: str, text: str) -> str:
    if text.isascii():
        return text
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8")
    except UnicodeError:
        shown = name.encode("ascii", "replace").decode()
        raise SmtpReply(
            f"554 5.6.7 The {shown} header has bytes that are not UTF-8; non-ASCII header "
            "text is UTF-8 (RFC 6532) or RFC 2047 encoded words."
        ) from None


def request_of(content: bytes, recipients: list[str]) -> tuple[dict[str, Any], AsSent]:
    """The request for the message ``content`` sent to the envelope's ``recipients``, and what
    it was as sent."""
    multiparts = len(_BOUNDARY.findall(content))
    if multiparts > MAX_MULTIPARTS:
        raise SmtpReply(
            f"554 5.6.0 The message declares {multiparts:,} multipart boundaries; the relay "
            f"reads up to {MAX_MULTIPARTS}."
        )
    reading = _READING.for_one_message()  # each header value parsed once in this message
    message = email.message_from_bytes(content, _class=EmailMessage, policy=reading)
    assert isinstance(message, EmailMessage)  # _class
    data: dict[str, Any] = {}
    senders = _addresses(message, "From")
    if senders:
        data["From"] = senders[0]
    shown: set[str] = set()
    for member in ("To", "Cc"):
        addresses = _addresses(message, member)
        shown |= {address["Email"].lower() for address in addresses}
        if addresses:
            data[member] = addresses
    hidden = [{"Email": address} for address in recipients if address.lower() not in shown]
    if hidden:
        data["Bcc"] = hidden
    reply_to = _addresses(message, "Reply-To")
    if reply_to:
        data["ReplyTo"] = reply_to[0]["Email"]
    with _unreadable("The Subject header"):
        subject = message["Subject"]
        if subject is not None:
            data["Subject"] = str(subject)
    headers = [
        {"N": name, "V": _header_value(name, raw)}
        for name, raw in message.raw_items()
        if name.lower() not in _OWN_HEADERS
    ]
    if headers:
        data["ExtendedHeaders"] = headers
    options = _options(message)
    if options is not None:
        data["XSmtpAPI"] = options
    body, as_sent = _body(message, recipients)
    data.update(body)
    _check_decoded(data, "")
    return data, as_sent


def _check_decoded(value: Any, path: str) -> None:
    """Refuse a text that decoding left with undecodable bytes: the ``email`` package keeps
    them as surrogates when an encoded word or an RFC 2231 parameter is not valid in its
    character set."""
    if isinstance(value, dict):
        for key, item in value.items():
            _check_decoded(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_decoded(item, f"{path}[{index}]")
    elif isinstance(value, str) and not value.isascii() and _SURROGATE.search(value):
        raise SmtpReply(
            f"554 5.6.0 {path}: its encoded words or parameters hold bytes that are not valid "
            "in the character set they name."
        )


@contextmanager
def _unreadable(what: str) -> Iterator[None]:
    """Refuse what the ``email`` package's parser fails on: it raises on some malformed
    values (a display name of ".", a broken parameter) when they are read."""
    try:
        yield
    except (AttributeError, IndexError, LookupError, TypeError, ValueError):
        raise SmtpReply(f"550 5.6.0 {what} cannot be read.") from None


def _header_value(name: str, raw: str) -> str:
    with _unreadable(f"The {name} header"):
        return str(_READING.header_fetch_parse(name, raw))


def _addresses(message: EmailMessage, name: str) -> list[dict[str, str]]:
    with _unreadable(f"The {name} header"):
        header = message[name]
        addresses = header.addresses if header is not None else ()
    found = []
    for address in addresses:
        entry = {"Email": address.addr_spec}
        if address.display_name:
            entry = {"Name": address.display_name, **entry}
        found.append(entry)
    return found


def _options(message: EmailMessage) -> dict[str, Any] | None:
    """``X-SMTPAPI`` as XSmtpAPI: unfolded, its encoded words decoded, as the sender wrote
    the JSON."""
    values = [raw for name, raw in message.raw_items() if name.lower() == SMTPAPI_HEADER.lower()]
    if not values:
        return None
    refused = f"550 5.6.0 {SMTPAPI_HEADER}: the {SMTPAPI_HEADER} header"
    if len(values) > 1:
        raise SmtpReply(f"{refused} is given {len(values)} times.")
    text = _header_value(SMTPAPI_HEADER, values[0]).strip()
    try:
        options = decode_json(text.encode("utf-8", "surrogateescape"))
    except Unreadable as error:
        raise SmtpReply(f"{refused} {str(error).removeprefix('The body ')}") from None
    if not isinstance(options, dict):
        raise SmtpReply(
            f"{refused} holds a JSON object of XSmtpAPI members, "
            f'e.g. {{"CampaignCode": "welcome"}}; this is not an object.'
        )
    unknown = [name for name in options if name not in OPTION_NAMES]
    if unknown:
        raise SmtpReply(
            f"550 5.6.0 {SMTPAPI_HEADER}: {unknown[0]!r} is not an XSmtpAPI member "
            f"(they are {', '.join(OPTION_NAMES)})."
        )
    return options


def _body(message: EmailMessage, recipients: list[str]) -> tuple[dict[str, Any], AsSent]:
    found: dict[str, Any] = {}
    files: dict[str, list[dict[str, str]]] = {"Attachments": [], "EmbeddedImages": []}
    types: dict[str, list[FileType]] = {"Attachments": [], "EmbeddedImages": []}
    size = 0
    for part, in_related in _leaves(message, in_related=False):
        with _unreadable("A MIME part's headers"):
            kind = part.get_content_type()
            member = {"text/plain": "Text", "text/html": "Html"}.get(kind)
            if member and member not in found and part.get_content_disposition() != "attachment":
                found[member] = _text(part)
                found.setdefault("CharSet", part.get_content_charset())
                continue
            content_id = (part["Content-ID"] or "").strip().removeprefix("<").removesuffix(">")
            filename = part.get_filename() or _name_of(part, content_id)
            file_type = _file_type(part)
        with _unreadable(f"The {kind} part"):
            body = _file_body(part)
        size += len(body)
        entry = {"Filename": filename, "Body": base64.b64encode(body).decode()}
        if content_id:
            entry["ContentId"] = content_id
        member = "EmbeddedImages" if in_related else "Attachments"
        files[member].append(entry)
        types[member].append(file_type)
    if size > MAX_FILES_BYTES:
        raise SmtpReply(
            f"552 5.3.4 Attachments and embedded images take {size:,} bytes; MailUp's limit "
            f"is {MAX_FILES_BYTES:,} bytes (10 MB) in total."
        )
    document = found.get("Html")
    if document is not None:
        found["Html"] = msgspec.to_builtins(split_document(document))
    if found.get("CharSet") is None:
        found.pop("CharSet", None)
    as_sent = AsSent(recipients, document, FileTypes(types["Attachments"], types["EmbeddedImages"]))
    return found | {member: parts for member, parts in files.items() if parts}, as_sent


def _leaves(part: EmailMessage, *, in_related: bool) -> list[tuple[EmailMessage, bool]]:
    """Every part that is not multipart, with whether its parent is multipart/related. A
    forwarded message (``message/*``) is one part: its own parts belong to it."""
    if not part.is_multipart() or part.get_content_maintype() == "message":
        return [(part, in_related)]
    related = part.get_content_subtype() == "related"
    return [
        leaf
        for child in part.iter_parts()
        for leaf in _leaves(child, in_related=related)  # pyright: ignore[reportArgumentType]
    ]


def _file_body(part: EmailMessage) -> bytes:
    if part.get_content_maintype() == "message" and part.is_multipart():
        inner = part.get_payload(0)
        return inner.as_bytes(policy=_WRITING) if isinstance(inner, EmailMessage) else b""
    body = part.get_payload(decode=True)
    return body if isinstance(body, bytes) else b""


def _name_of(part: EmailMessage, content_id: str) -> str:
    """A name for a file sent without one, as MailUp needs one: from its Content-ID
    (``logo@example.com`` → ``logo.png``), else from its type (``calendar.ics``)."""
    stem = _UNSAFE_NAME.sub("_", content_id.partition("@")[0]).strip("._")
    if "." in stem:
        return stem
    stem = stem or _UNSAFE_NAME.sub("_", part.get_content_subtype()).strip("._") or "file"
    return stem + (mimetypes.guess_extension(part.get_content_type()) or "")


def _file_type(part: EmailMessage) -> FileType:
    """The part's media type and the parameters that say more than the name (``method``)."""
    media_type = part.get_content_type()
    if not _TOKEN.fullmatch(media_type):
        return FileType("application/octet-stream")
    params = getattr(part["Content-Type"], "params", {})
    kept = {
        name: value
        for name, value in params.items()
        if name.lower() != "name" and _PARAM_NAME.fullmatch(name) and _PARAM_VALUE.fullmatch(value)
    }
    return FileType(media_type, kept)


def _text(part: EmailMessage) -> str:
    try:
        text = _undeclared_utf8(part) or part.get_content()
    except (LookupError, UnicodeError, ValueError):  # ValueError: a NUL in the charset's name
        raise SmtpReply(
            f"550 5.6.0 A {part.get_content_type()} part is in a character set the sandbox "
            "cannot read; send it in utf-8."
        ) from None
    text = _LINE_BREAK.sub("\n", text)
    return text.removesuffix("\n")


def _undeclared_utf8(part: EmailMessage) -> str | None:
    """8-bit text sent with no charset (swaks sends ``Content-Type: text/plain``): read as
    UTF-8, as mail clients read it, when it is valid UTF-8; ``email`` would read it as ASCII
    and put U+FFFD for every other byte."""
    if part.get_param("charset") is not None:
        return None
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes) or raw.isascii():
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
