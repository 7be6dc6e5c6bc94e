"""A message received by the SMTP+ relay read back into the request the API would have taken.

The standard ``email`` package parses it; the result is a dict in MailUp's member names, so the
relay judges, renders and stores it exactly as the API does (``checks.decode_request`` and
``mailup.queue``). What goes where:
- From, To, Cc, Reply-To and Subject from their headers; Bcc: the envelope's recipients that
  neither To nor Cc shows;
- the first text/plain and text/html parts that are not attachments: Text, and Html split back
  into HtmlDTO's parts; the ``email`` package ends every text part with a line break that the
  DTO's text did not have, so exactly one is removed;
- files: inside a multipart/related part, EmbeddedImages; elsewhere, Attachments;
- ``X-SMTPAPI``: a JSON object of XSmtpAPI members, becoming XSmtpAPI;
- every other header, except those a MIME message sets itself: ExtendedHeaders.
Problems the API could not have (a header that is not JSON, files over MailUp's limit) raise
``SmtpReply`` with the relay's answer.
"""

from __future__ import annotations

import base64
import email
import re
from email.message import EmailMessage
from typing import Any

import msgspec

from ..api.dto import XSmtpApi
from ..api.htmlparts import split_document
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
_LINE_BREAK = re.compile(r"\r?\n")


class SmtpReply(Exception):
    """The relay refuses the message with ``reply`` (``550 5.6.0 …``)."""

    def __init__(self, reply: str) -> None:
        super().__init__(reply)
        self.reply = reply


def request_of(content: bytes, recipients: list[str]) -> dict[str, Any]:
    """The request for the message ``content`` sent to the envelope's ``recipients``."""
    # policy.default's settings, each header value parsed once in this message
    message = email.message_from_bytes(content, _class=EmailMessage, policy=CachingPolicy())
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
    if message["Subject"] is not None:
        data["Subject"] = str(message["Subject"])
    headers = [
        {"N": name, "V": str(value)}
        for name, value in message.items()
        if name.lower() not in _OWN_HEADERS
    ]
    if headers:
        data["ExtendedHeaders"] = headers
    options = _options(message)
    if options is not None:
        data["XSmtpAPI"] = options
    data.update(_body(message))
    return data


def _addresses(message: EmailMessage, name: str) -> list[dict[str, str]]:
    header = message[name]
    if header is None:
        return []
    try:
        addresses = header.addresses  # pyright: ignore[reportAttributeAccessIssue]
    except (AttributeError, ValueError, IndexError):
        raise SmtpReply(f"550 5.6.0 The {name} header cannot be read as addresses.") from None
    found = []
    for address in addresses:
        entry = {"Email": address.addr_spec}
        if address.display_name:
            entry = {"Name": address.display_name, **entry}
        found.append(entry)
    return found


def _options(message: EmailMessage) -> dict[str, Any] | None:
    """``X-SMTPAPI`` as XSmtpAPI: its raw value unfolded, as the sender wrote the JSON."""
    values = [
        value for name, value in message.raw_items() if name.lower() == SMTPAPI_HEADER.lower()
    ]
    if not values:
        return None
    if len(values) > 1:
        raise SmtpReply(f"550 5.6.0 {SMTPAPI_HEADER}: the header is given {len(values)} times.")
    text = _LINE_BREAK.sub("", str(values[0])).strip()
    try:
        options = decode_json(text.encode("utf-8", "surrogateescape"))
    except Unreadable as error:
        raise SmtpReply(f"550 5.6.0 {SMTPAPI_HEADER}: {error}") from None
    if not isinstance(options, dict):
        raise SmtpReply(
            f"550 5.6.0 {SMTPAPI_HEADER}: the header holds a JSON object of XSmtpAPI members, "
            f'e.g. {{"CampaignCode": "welcome"}}; this is not an object.'
        )
    unknown = [name for name in options if name not in OPTION_NAMES]
    if unknown:
        raise SmtpReply(
            f"550 5.6.0 {SMTPAPI_HEADER}: {unknown[0]!r} is not an XSmtpAPI member "
            f"(they are {', '.join(OPTION_NAMES)})."
        )
    return options


def _body(message: EmailMessage) -> dict[str, Any]:
    found: dict[str, Any] = {}
    files: dict[str, list[dict[str, str]]] = {"Attachments": [], "EmbeddedImages": []}
    size = 0
    for part, in_related in _leaves(message, in_related=False):
        kind = part.get_content_type()
        member = {"text/plain": "Text", "text/html": "Html"}.get(kind)
        if member and member not in found and part.get_content_disposition() != "attachment":
            found[member] = _text(part)
            found.setdefault("CharSet", part.get_content_charset())
            continue
        body = part.get_payload(decode=True)
        body = body if isinstance(body, bytes) else b""
        size += len(body)
        entry = {"Filename": part.get_filename() or "", "Body": base64.b64encode(body).decode()}
        content_id = (part["Content-ID"] or "").strip().removeprefix("<").removesuffix(">")
        if content_id:
            entry["ContentId"] = content_id
        files["EmbeddedImages" if in_related else "Attachments"].append(entry)
    if size > MAX_FILES_BYTES:
        raise SmtpReply(
            f"552 5.3.4 Attachments and embedded images take {size:,} bytes; MailUp's limit "
            f"is {MAX_FILES_BYTES:,} bytes (10 MB) in total."
        )
    if "Html" in found:
        found["Html"] = msgspec.to_builtins(split_document(found["Html"]))
    if found.get("CharSet") is None:
        found.pop("CharSet", None)
    return found | {member: parts for member, parts in files.items() if parts}


def _leaves(part: EmailMessage, *, in_related: bool) -> list[tuple[EmailMessage, bool]]:
    """Every part that is not multipart, with whether its parent is multipart/related."""
    if not part.is_multipart():
        return [(part, in_related)]
    related = part.get_content_subtype() == "related"
    return [
        leaf
        for child in part.iter_parts()
        for leaf in _leaves(child, in_related=related)  # pyright: ignore[reportArgumentType]
    ]


def _text(part: EmailMessage) -> str:
    try:
        text = part.get_content()
    except (LookupError, UnicodeError):
        raise SmtpReply(
            f"550 5.6.0 A {part.get_content_type()} part is in a character set the sandbox "
            "cannot read; send it in utf-8."
        ) from None
    text = _LINE_BREAK.sub("\n", text)
    return text.removesuffix("\n")
