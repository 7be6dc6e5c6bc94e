"""The dashboard's table as CSV: every UserInfo field and the derived status, no secrets."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ...api.userstatus import user_status
from ..storage.atomic import write_bytes_atomic

if TYPE_CHECKING:
    from ...api.dto import UserInfo

HEADER = [
    "Username",
    "Status",
    "Blocked until",
    "Priority",
    "Domains",
    "Senders",
    "Note",
    "Created",
    "Updated",
    "Account ID",
    "List ID",
]
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """Text a spreadsheet shows as text: a note starting with '=' must not run as a formula."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def users_csv(users: Iterable[UserInfo], now: datetime) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for user in users:
        status = user_status(user, now)
        writer.writerow(
            _cell(value)
            for value in (
                user.username,
                status.state.value,
                status.until,
                user.priority,
                user.domain_list,
                user.sender_list,
                user.note,
                user.creation_date,
                user.update_date,
                user.id_console,
                user.id_list,
            )
        )
    return out.getvalue().encode("utf-8-sig")  # the BOM makes Excel read UTF-8


def write_users_csv(path: Path, users: Iterable[UserInfo], now: datetime) -> None:
    write_bytes_atomic(path, users_csv(users, now))
