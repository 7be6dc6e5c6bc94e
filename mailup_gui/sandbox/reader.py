"""Reading a request body the way MailUp's .NET deserializer does: leniently.

Written from what published clients send (``shared/mailup-api.md``, "What real clients send"):
- ``null`` stands for "not given" in every member, list and object;
- a file's ``Body`` is base64, with or without line breaks, or an array of byte values 0-255;
- ``XSmtpAPI.Schedule`` is ISO 8601 with or without an offset (none means UTC), ``/Date(ms)/``,
  or .NET's minimum date ``0001-01-01T00:00:00``, which means "not scheduled".
Only the members the sandbox reads are walked, so any nesting elsewhere costs nothing.
Whatever cannot be read raises ``Unreadable`` naming the member (``$.Attachments[0].Body``).
"""

from __future__ import annotations

import base64
import binascii
import operator
import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import msgspec

_ADDRESS_LISTS = ("To", "Cc", "Bcc")
_NAME_VALUE_LISTS = ("ExtendedHeaders",)
_FILE_LISTS = ("Attachments", "EmbeddedImages")
_OBJECTS = ("From", "Html", "User")
_DOTNET_DATE = re.compile(r"/Date\((-?\d{1,15})(?:([+-])(\d\d)(\d\d))?\)/")
_BASE64_SPACE = re.compile(rb"[ \t\r\n]+")


class Unreadable(ValueError):
    """The body is not a request MailUp could read; the message names the member."""


def decode_json(body: bytes) -> Any:
    """The JSON value of ``body``; any failure (bad UTF-8, nesting too deep) is Unreadable."""
    try:
        return msgspec.json.decode(body)
    except (msgspec.DecodeError, msgspec.ValidationError, RecursionError, UnicodeError) as error:
        raise Unreadable(f"The body is not JSON: {error}.") from None


def needs_reshaping(body: bytes) -> bool:
    """False when ``body`` has nothing ``lenient`` changes: no null, file or schedule, and no
    \\u escape that could spell a member's name."""
    words = (b"null", b'"Attachments"', b'"EmbeddedImages"', b'"Schedule"')
    # "\\" first: a one-byte search is the fastest, and most bodies have no escape at all
    return any(word in body for word in words) or (b"\\" in body and b"\\u" in body)


def lenient(data: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``data`` in the one shape the typed DTOs read; ``data`` is left as sent."""
    shaped = {key: item for key, item in data.items() if item is not None}  # changed below
    for member in _OBJECTS:
        shaped[member] = _without_nulls(shaped.get(member))
    for member in (*_ADDRESS_LISTS, *_NAME_VALUE_LISTS):
        shaped[member] = _each_without_nulls(shaped.get(member))
    for member in _FILE_LISTS:
        parts = shaped.get(member)
        if isinstance(parts, list):
            shaped[member] = [
                _file(part, f"$.{member}[{index}]") for index, part in enumerate(parts)
            ]
    options = shaped.get("XSmtpAPI")
    if isinstance(options, dict):
        options = {key: item for key, item in options.items() if item is not None}  # changed below
        if "DynamicFields" in options:
            options["DynamicFields"] = _each_without_nulls(options["DynamicFields"])
        if "Schedule" in options:
            options["Schedule"] = _schedule(options["Schedule"])
        shaped["XSmtpAPI"] = options
    return _without_nulls(shaped)  # members set to None above were absent


def _without_nulls(value: Any) -> Any:
    """``value`` itself when it has no null member (it is not changed later), else a copy."""
    if not isinstance(value, dict) or None not in value.values():
        return value
    return {key: item for key, item in value.items() if item is not None}


def _each_without_nulls(value: Any) -> Any:
    if not isinstance(value, list):
        return value
    items = [_without_nulls(item) for item in value]
    return value if all(map(operator.is_, items, value)) else items


def _file(part: Any, path: str) -> Any:
    if not isinstance(part, dict):
        return part
    part = {key: item for key, item in part.items() if item is not None}
    if "Body" in part:
        part["Body"] = _body(part["Body"], f"{path}.Body")
    return part


def _body(value: Any, path: str) -> Any:
    """A file's bytes as one unbroken base64 string (what the DTO reads)."""
    if isinstance(value, list):
        if not all(type(item) is int and 0 <= item <= 255 for item in value):
            raise Unreadable(f"{path}: an array of bytes holds whole numbers from 0 to 255.")
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, str):
        packed = _BASE64_SPACE.sub(b"", value.encode("utf-8", "surrogatepass"))
        try:
            base64.b64decode(packed, validate=True)
        except (binascii.Error, ValueError):
            raise Unreadable(f"{path}: not base64 (nor an array of bytes).") from None
        return packed.decode("ascii")
    return value  # a wrong type: the typed conversion names it


def _schedule(value: Any) -> str | None:
    """The schedule as ISO 8601 with an offset, None for "not scheduled"."""
    if not isinstance(value, str):
        return value  # a wrong type: the typed conversion names it
    when = read_date(value)
    if when is None:
        raise Unreadable(
            "$.XSmtpAPI.Schedule: not a date (ISO 8601, e.g. 2026-12-01T09:30:00+01:00)."
        )
    if when.year <= 1:
        return None
    try:
        when.astimezone(UTC)  # the outbox and every comparison work in UTC
    except OverflowError:
        raise Unreadable(
            "$.XSmtpAPI.Schedule: out of range (in UTC, from year 1 to 9999)."
        ) from None
    return when.isoformat(timespec="seconds")


def read_date(text: str) -> datetime | None:
    """ISO 8601 (no offset: UTC) or ``/Date(ms[+hhmm])/``; None when it is neither."""
    text = text.strip()
    dotnet = _DOTNET_DATE.fullmatch(text)
    try:
        if dotnet:
            milliseconds, sign, hours, minutes = dotnet.groups()
            when = datetime(1970, 1, 1, tzinfo=UTC) + timedelta(milliseconds=int(milliseconds))
            if sign:
                offset = timedelta(hours=int(hours), minutes=int(minutes))
                when = when.astimezone(timezone(offset if sign == "+" else -offset))
            return when
        when = datetime.fromisoformat(text)
        when = when if when.tzinfo else when.replace(tzinfo=UTC)
        when.astimezone(UTC)  # 9999-12-31T23:59:59-14:00 is past the last storable time
    except (ValueError, OverflowError):
        return None
    return when
