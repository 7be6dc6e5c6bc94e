"""The sandbox's accounts, SMTP+ users and templates, loaded from a TOML or JSON data file.

The schema is documented in ``README.md`` and in the header of ``resources/sandbox/demo.toml``.
The file is checked strictly (unknown members are errors) so that a typo does not silently
become a default.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Annotated, Literal

import msgspec

from ..api.dates import parse_datetime
from ..api.dto import MessagePart
from . import SandboxError

AccountState = Literal["active", "suspended", "deleted"]

# 10 MB of files take 13.3 MB as base64; the rest leaves room for the JSON around them.
REQUEST_BODY_LIMIT = 15 * 1024 * 1024

# MailUp derives the account from the SMTP+ username: s<account>_<n>.
# An account id is a .NET long (19 digits at most): more is no account, not a huge number.
_USERNAME = re.compile(r"^s(\d{1,19})_\d+$")


def account_id_of(username: str) -> int | None:
    match = _USERNAME.match(username)
    return int(match.group(1)) if match else None


class DataError(SandboxError):
    """The data file cannot be used; the message names the file and the problem."""


# --- the file's schema -------------------------------------------------------------------------


class _Strict(msgspec.Struct, forbid_unknown_fields=True):
    pass


class _AccountEntry(_Strict):
    id: int
    state: AccountState = "active"
    name: str = ""


class _UserEntry(_Strict):
    username: str
    secret: str
    list_id: int = msgspec.field(name="list")  # "list" would shadow the builtin in annotations
    enabled: bool = True
    admin_block: bool = False
    block_until: datetime | None = None
    block_for_days: float | None = None
    deleted: bool = False
    priority: int = 3
    note: str = ""
    sender_list: str = ""
    domain_list: str = ""
    created: datetime | None = None


class _ImageEntry(_Strict):
    content_id: str
    file: str


class _TemplateEntry(_Strict):
    id: int
    account: int
    list_id: int = msgspec.field(name="list")
    subject: str
    html: str
    name: str = ""
    text: str = ""
    images: list[_ImageEntry] = []


class _LimitsEntry(_Strict):
    request_body_bytes: Annotated[int, msgspec.Meta(ge=1024)] = REQUEST_BODY_LIMIT


class _DataFile(_Strict):
    accounts: list[_AccountEntry]
    users: list[_UserEntry] = []
    templates: list[_TemplateEntry] = []
    limits: _LimitsEntry = msgspec.field(default_factory=_LimitsEntry)


# --- the live model ----------------------------------------------------------------------------


@dataclass
class Account:
    id: int
    state: AccountState
    name: str


@dataclass
class User:
    username: str
    secret: str = field(repr=False)
    account_id: int
    list_id: int
    enabled: bool
    admin_block: bool
    block_until: datetime | None
    deleted: bool
    priority: int
    note: str
    sender_list: str
    domain_list: str
    created: datetime
    updated: datetime

    def blocked_until(self, now: datetime) -> datetime | None:
        """The end of a block still running at ``now``; a past block is no block."""
        return self.block_until if self.block_until and self.block_until > now else None


@dataclass(frozen=True)
class Template:
    id: int
    account_id: int
    list_id: int
    name: str
    subject: str
    html: str
    text: str
    images: tuple[MessagePart, ...]


@dataclass
class SandboxData:
    accounts: dict[int, Account]
    users: dict[str, User]
    templates: dict[int, Template]
    request_body_limit: int = REQUEST_BODY_LIMIT  # bytes; a larger body is refused unread


def load_data(path: Path, now: datetime | None = None) -> SandboxData:
    """Read and check a data file; relative blocks (``block_for_days``) count from ``now``."""
    now = now or datetime.now(UTC)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise DataError(f"{path}: cannot read the data file ({error.strerror})") from None
    try:
        if path.suffix.lower() == ".json":
            entries = msgspec.json.decode(raw, type=_DataFile)
        else:
            entries = msgspec.convert(tomllib.loads(raw.decode("utf-8")), type=_DataFile)
    except msgspec.ValidationError as error:  # before DecodeError, its base class
        raise DataError(f"{path}: {error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, msgspec.DecodeError) as error:
        raise DataError(f"{path}: not valid {_format(path)} ({error})") from None
    try:
        return _build(entries, path.parent, now)
    except ValueError as error:
        raise DataError(f"{path}: {error}") from None


def _format(path: Path) -> str:
    return "JSON" if path.suffix.lower() == ".json" else "TOML"


def _build(entries: _DataFile, folder: Path, now: datetime) -> SandboxData:
    accounts = {entry.id: Account(entry.id, entry.state, entry.name) for entry in entries.accounts}
    if len(accounts) != len(entries.accounts):
        raise ValueError("two accounts have the same id")
    users: dict[str, User] = {}
    for user in (_user(entry, accounts, now) for entry in entries.users):
        if user.username in users:
            raise ValueError(f"user {user.username} is listed twice")
        users[user.username] = user
    templates: dict[int, Template] = {}
    for template in (_template(entry, accounts, folder) for entry in entries.templates):
        if template.id in templates:
            raise ValueError(f"template {template.id} is listed twice")
        templates[template.id] = template
    return SandboxData(accounts, users, templates, entries.limits.request_body_bytes)


def _user(entry: _UserEntry, accounts: dict[int, Account], now: datetime) -> User:
    account_id = account_id_of(entry.username)
    if account_id is None:
        raise ValueError(f"user {entry.username!r}: a username looks like s<account>_<number>")
    if account_id not in accounts:
        raise ValueError(f"user {entry.username}: account {account_id} is not in the file")
    if entry.block_until is not None and entry.block_for_days is not None:
        raise ValueError(f"user {entry.username}: give block_until or block_for_days, not both")
    block_until = parse_datetime(entry.block_until)
    if entry.block_for_days is not None:
        block_until = now + timedelta(days=entry.block_for_days)
    created = parse_datetime(entry.created) or now
    return User(
        username=entry.username,
        secret=entry.secret,
        account_id=account_id,
        list_id=entry.list_id,
        enabled=entry.enabled,
        admin_block=entry.admin_block,
        block_until=block_until,
        deleted=entry.deleted,
        priority=entry.priority,
        note=entry.note,
        sender_list=entry.sender_list,
        domain_list=entry.domain_list,
        created=created,
        updated=created,
    )


def _template(entry: _TemplateEntry, accounts: dict[int, Account], folder: Path) -> Template:
    if entry.account not in accounts:
        raise ValueError(f"template {entry.id} belongs to unknown account {entry.account}")
    return Template(
        id=entry.id,
        account_id=entry.account,
        list_id=entry.list_id,
        name=entry.name,
        subject=entry.subject,
        html=entry.html,
        text=entry.text,
        images=tuple(_image(entry.id, image, folder) for image in entry.images),
    )


def _image(template_id: int, image: _ImageEntry, folder: Path) -> MessagePart:
    path = folder / image.file
    try:
        body = path.read_bytes()
    except OSError as error:
        raise ValueError(
            f"template {template_id}: cannot read image {image.file} ({error.strerror})"
        ) from error
    return MessagePart(filename=Path(image.file).name, body=body, content_id=image.content_id)
