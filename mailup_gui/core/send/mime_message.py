"""A built MessageDTO as the MIME message MailUp's SMTP+ relay takes (the standard ``email``).

The request the API would post becomes: From with its name, To and Cc, Reply-To, Subject, the
extended headers, and the XSmtpAPI options in one ``X-SMTPAPI`` header holding the JSON the API
takes as ``XSmtpAPI`` (same member names). Bcc travels only in the envelope. The body, each
level only when needed: multipart/mixed (attachments) > multipart/related (``cid:`` images) >
multipart/alternative (text, HTML). Merge tags stay as typed: MailUp fills them in.
"""

from __future__ import annotations

import codecs
import json
import mimetypes
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.policy import EmailPolicy
from email.utils import format_datetime, make_msgid

from ...api.dto import EmailAddress, Message, MessagePart, TemplateMessage, XSmtpApi, to_builtins
from ...api.htmlparts import html_document
from ...api.problem import Problem
from ...texts import QT_TRANSLATE_NOOP

SMTPAPI_HEADER = "X-SMTPAPI"
# Headers the message sets itself: an extended header of the same name would clash with them.
RESERVED_HEADERS = frozenset(
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
        SMTPAPI_HEADER.lower(),
        "content-type",
        "content-transfer-encoding",
        "content-disposition",
        "content-id",
    }
)
# 7-bit clean (quoted-printable, base64): every relay takes it, 8BITMIME or not.
_POLICY = policy.SMTP.clone(cte_type="7bit")
_UTF8_POLICY = policy.SMTPUTF8.clone(cte_type="7bit")  # RFC 6532: non-ASCII addresses as UTF-8
_FALLBACK_ID_DOMAIN = "mailup-gui.invalid"  # make_msgid would ask DNS for the host's name


@dataclass(frozen=True)
class RelayMessage:
    """The MIME message and its envelope: Bcc is only here, never a header."""

    mime: EmailMessage
    sender: str
    to: list[str]
    cc: list[str]
    bcc: list[str]

    @property
    def recipients(self) -> list[str]:
        """The envelope's recipients: To, Cc and Bcc."""
        return [*self.to, *self.cc, *self.bcc]

    @property
    def utf8(self) -> bool:
        """Whether an address needs SMTPUTF8 (the message is then written in UTF-8)."""
        return _any_non_ascii([self.sender, *self.recipients])

    @property
    def policy(self) -> EmailPolicy[EmailMessage]:
        return _UTF8_POLICY if self.utf8 else _POLICY

    def as_bytes(self) -> bytes:
        return self.mime.as_bytes(policy=self.policy)

    def as_text(self) -> str:
        """The message as sent, with "\n" line ends, as a script or a file holds it."""
        return self.mime.as_string(policy=self.policy.clone(linesep="\n"))


def relay_problems(request: Message | TemplateMessage) -> list[Problem]:
    """What stops a request that passed ``validate_request`` from going through the relay."""
    if isinstance(request, TemplateMessage):
        return [
            Problem(
                "TemplateId",
                QT_TRANSLATE_NOOP(
                    "core", "MailUp's relay has no templates: send a template through the API."
                ),
            )
        ]
    problems = [
        Problem(
            f"ExtendedHeaders[{index}].N",
            QT_TRANSLATE_NOOP(
                "core", "The message sets {name} itself: remove this header or rename it."
            ).format(name=header.name.strip()),
        )
        for index, header in enumerate(request.extended_headers)
        if header.name.strip().lower() in RESERVED_HEADERS
    ]
    charset = request.char_set or "utf-8"
    try:
        codecs.lookup(charset)
    except LookupError:
        problems.append(
            Problem(
                "CharSet",
                QT_TRANSLATE_NOOP(
                    "core", "“{charset}” is not a character set; utf-8 writes every text."
                ).format(charset=charset),
            )
        )
        return problems
    for text in (request.text, request.html and html_document(request.html)):
        try:
            (text or "").encode(charset)
        except UnicodeEncodeError:
            problems.append(
                Problem(
                    "CharSet",
                    QT_TRANSLATE_NOOP(
                        "core", "{charset} cannot write every character of the message: use utf-8."
                    ).format(charset=charset),
                )
            )
            break
    return problems


def relay_message(request: Message, *, now: datetime | None = None) -> RelayMessage:
    """The MIME message for ``request`` (checked by ``relay_problems``) with its envelope."""
    return RelayMessage(_mime(request, now, file_bodies=True), *_envelope(request))


def for_people(request: Message, *, now: datetime | None = None) -> str:
    """The MIME message as it will be sent, for the inspector: each file's base64 replaced by a
    line saying what it holds (megabytes of base64 help nobody)."""
    return RelayMessage(_mime(request, now, file_bodies=False), *_envelope(request)).as_text()


def smtpapi_json(options: XSmtpApi) -> str:
    """``X-SMTPAPI``'s value: the JSON the API takes as ``XSmtpAPI``, in ASCII (``\\uXXXX``
    escapes: a header is ASCII), with a space after each comma and colon to fold at."""
    text = json.dumps(to_builtins(options), ensure_ascii=True)
    # "=?" only occurs inside JSON strings; escaped, no relay can mistake it for RFC 2047.
    return text.replace("=?", "\\u003d?")


def needs_smtputf8(request: Message) -> bool:
    """Whether the sender or a recipient has non-ASCII characters: the relay must offer
    SMTPUTF8, which some clients (swaks) cannot use."""
    sender, to, cc, bcc = _envelope(request)
    return _any_non_ascii([sender, *to, *cc, *bcc])


def _any_non_ascii(addresses: list[str]) -> bool:
    return not all(address.isascii() for address in addresses)


def _envelope(request: Message) -> tuple[str, list[str], list[str], list[str]]:
    assert request.from_ is not None  # validate_request requires it (code 110)
    to, cc, bcc = (
        [item.email.strip() for item in member] for member in (request.to, request.cc, request.bcc)
    )
    return request.from_.email.strip(), to, cc, bcc


def _mime(request: Message, now: datetime | None, *, file_bodies: bool) -> EmailMessage:
    message = EmailMessage(policy=_POLICY)
    assert request.from_ is not None
    message["From"] = _address(request.from_)
    if request.to:
        message["To"] = [_address(item) for item in request.to]
    if request.cc:
        message["Cc"] = [_address(item) for item in request.cc]
    if request.reply_to:
        message["Reply-To"] = request.reply_to.strip()
    message["Subject"] = request.subject or ""
    message["Date"] = format_datetime(now or datetime.now().astimezone())
    message["Message-ID"] = make_msgid(domain=id_domain(request.from_.email))
    message["MIME-Version"] = "1.0"
    for header in request.extended_headers:
        message[header.name.strip()] = header.value
    if request.x_smtp_api is not None:
        message[SMTPAPI_HEADER] = _SpaceFoldedHeader(
            SMTPAPI_HEADER, smtpapi_json(request.x_smtp_api)
        )

    node: EmailMessage | MIMEPart = message
    containers = (
        ("mixed", request.attachments, "attachment"),
        ("related", request.embedded_images, "inline"),
    )
    for subtype, files, disposition in containers:
        if files:
            parts = [_file_part(part, disposition, file_bodies) for part in files]
            node = _wrap(node, subtype, parts)
    charset = request.char_set or "utf-8"
    html = html_document(request.html) if request.html is not None else None
    bodies = [(text, kind) for text, kind in ((request.text, "plain"), (html, "html")) if text]
    first, kind = bodies[0] if bodies else ("", "plain")
    node.set_content(first, subtype=kind, charset=charset)
    for text, kind in bodies[1:]:
        node.add_alternative(text, subtype=kind, charset=charset)
    return message


def _wrap(node: EmailMessage | MIMEPart, subtype: str, parts: list[MIMEPart]) -> MIMEPart:
    """Make ``node`` multipart/``subtype`` holding a new first part, then ``parts``; the new
    part is returned, to be filled."""
    inner = MIMEPart(policy=_POLICY)
    node["Content-Type"] = f"multipart/{subtype}"
    node.set_payload([inner, *parts])
    return inner


def _file_part(part: MessagePart, disposition: str, with_body: bool) -> MIMEPart:
    mime_type = mimetypes.guess_type(part.filename)[0] or "application/octet-stream"
    maintype, _, subtype = mime_type.partition("/")
    mime = MIMEPart(policy=_POLICY)
    mime.set_content(
        part.body if with_body else b"",
        maintype,
        subtype,
        disposition=disposition,
        filename=part.filename,
        cid=f"<{part.content_id}>" if part.content_id else None,
    )
    if not with_body:
        encoded = 4 * ((len(part.body) + 2) // 3)
        mime.set_payload(
            f"[{part.filename}: {len(part.body):,} bytes, sent as {encoded:,} characters of "
            "base64, not shown here]\n"
        )
    return mime


def _address(address: EmailAddress) -> Address:
    # Given as parts, not parsed: the parser refuses UTF-8 local parts MailUp accepts.
    username, _, domain = address.email.strip().rpartition("@")
    return Address(display_name=address.name or "", username=username, domain=domain)


def id_domain(sender: str) -> str:
    """The Message-ID's domain: the sender's (make_msgid would ask DNS for the host's)."""
    domain = sender.strip().rpartition("@")[2]
    return domain if domain.isascii() and domain else _FALLBACK_ID_DOMAIN


class _SpaceFoldedHeader(str):
    """A header value folded here, only at its own spaces. The email package folds a long
    unbroken token (a long JSON string) into RFC 2047 encoded words, which a relay reading the
    JSON would not decode; unfolding (removing each CRLF) gives this value back exactly.
    ``EmailPolicy`` stores a value whose ``name`` matches as it is and folds it with its
    ``fold`` (documented in ``email.policy``). A single token longer than a line stays whole."""

    name: str

    def __new__(cls, name: str, value: str) -> _SpaceFoldedHeader:
        header = super().__new__(cls, value)
        header.name = name
        return header

    def fold(self, *, policy: EmailPolicy) -> str:
        limit = policy.max_line_length or 998
        start = f"{self.name}:"
        lines, line = [], start
        for word in self.split(" "):
            if word and line != start and len(line) + 1 + len(word) > limit:
                lines.append(line)
                line = ""
            line += " " + word
        lines.append(line)
        return policy.linesep.join(lines) + policy.linesep
