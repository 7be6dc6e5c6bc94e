"""Typed models of MailUp's transactional DTOs and the one JSON serializer of the app.

Python names are snake_case; on the wire every member carries MailUp's exact name
(``CharSet``, ``XSmtpAPI``, ``N``/``V``). Unset optional members are omitted, so ``None``
always means "use the SMTP+ user's default" rather than "send null".
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

import msgspec


class _Dto(msgspec.Struct, rename="pascal", omit_defaults=True, forbid_unknown_fields=False):
    """Base for every DTO: PascalCase on the wire, defaults left out."""


class SmtpUser(_Dto):
    """SmtpUserDTO: the SMTP+ credentials carried in every request body."""

    username: str
    secret: str

    def __repr__(self) -> str:  # keeps the secret out of logs, tracebacks and test output
        return f"SmtpUser(username={self.username!r}, secret='***')"

    def __rich_repr__(self) -> list[tuple[str, Any]]:  # rich and similar pretty-printers
        return [("username", self.username), ("secret", "***")]  # ask this one, not __repr__


class EmailAddress(_Dto):
    """EmailAddressDTO."""

    email: str
    name: str | None = None


class NameValue(_Dto):
    """NameValueDTO: a header or a merge-tag value."""

    name: str = msgspec.field(name="N")
    value: str = msgspec.field(name="V")


class MessagePart(_Dto):
    """MessagePartDTO: an attachment or an embedded image. ``body`` travels as base64."""

    filename: str
    body: bytes
    content_id: str | None = None


class Html(_Dto):
    """HtmlDTO: ``body`` is only what goes inside ``<body>``."""

    body: str
    doc_type: str | None = None
    head: str | None = None
    body_tag: str | None = None


class XSmtpApi(_Dto):
    """XSmtpAPIDTO: every member optional; ``None`` means the SMTP+ user's default."""

    campaign_name: str | None = None
    campaign_code: str | None = None
    header: bool | None = None
    footer: bool | None = None
    click_tracking: bool | None = None
    view_tracking: bool | None = None
    priority: int | None = None
    schedule: datetime | None = None
    dynamic_fields: list[NameValue] | None = None
    campaign_report: str | None = None
    skip_dynamic_fields: bool | None = None


class _Envelope(_Dto):
    """Members shared by MessageDTO and TemplateDTO."""

    subject: str | None = None
    from_: EmailAddress | None = msgspec.field(default=None, name="From")
    to: list[EmailAddress] = msgspec.field(default_factory=list)
    cc: list[EmailAddress] = msgspec.field(default_factory=list)
    bcc: list[EmailAddress] = msgspec.field(default_factory=list)
    reply_to: str | None = None
    char_set: str | None = None
    extended_headers: list[NameValue] = msgspec.field(default_factory=list)
    attachments: list[MessagePart] = msgspec.field(default_factory=list)
    embedded_images: list[MessagePart] = msgspec.field(default_factory=list)
    x_smtp_api: XSmtpApi | None = msgspec.field(default=None, name="XSmtpAPI")
    user: SmtpUser | None = None


class Message(_Envelope):
    """MessageDTO, the body of SendMessage."""

    html: Html | None = None
    text: str | None = None


class TemplateMessage(_Envelope):
    """TemplateDTO, the body of SendTemplate."""

    template_id: int = 0


class ListUserInfoRequest(_Dto):
    """The body of ListUserInfo; no ``username`` lists every SMTP+ user of the List."""

    user: SmtpUser | None = None
    username: str | None = None


class UserInfo(msgspec.Struct, frozen=True):
    """UserInfoDTO after lenient decoding (see ``responses.parse_user_list``)."""

    username: str
    id_console: int | None = None
    id_list: int | None = None
    is_enabled: bool = True
    priority: int | None = None
    note: str | None = None
    creation_date: datetime | None = None
    update_date: datetime | None = None
    domain_list: str | None = None
    sender_list: str | None = None
    block_until: datetime | None = None
    admin_block: bool = False


_encoder = msgspec.json.Encoder()
T = TypeVar("T")


def to_json(value: Any) -> bytes:
    """Serialize a DTO (or plain data) with MailUp's member names."""
    return _encoder.encode(value)


def to_builtins(value: Any) -> Any:
    """The DTO as plain dicts and lists, exactly as it would appear in JSON."""
    return msgspec.to_builtins(value)


def from_json(data: bytes | str, type_: type[T]) -> T:
    """Strictly decode MailUp JSON into a DTO.

    Raises ``msgspec.DecodeError`` or ``msgspec.ValidationError``.
    """
    return msgspec.json.decode(data, type=type_)


def from_builtins(value: Any, type_: type[T]) -> T:
    """Strictly convert already-decoded JSON data into a DTO."""
    return msgspec.convert(value, type=type_)
