"""The dashboard's table: one row per SMTP+ user, keyed by username, with sort and search keys."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor

from ...api.userstatus import UserState, UserStatus, user_status
from ..describe import state_label, status_text, time_left
from ..locale_text import date_time_text, number_text
from ..privacy import Privacy
from ..widgets.colour import palette_is_dark
from ..widgets.keyed_table_model import Column, KeyedTableModel

if TYPE_CHECKING:
    from ...api.dto import UserInfo

Row = dict[str, Any]
STATUS_COLUMN = 1
NOTE_COLUMN = 5
_LAST = (1, 0)  # sort key of a missing number or date: after every real one

#: Badge colours (background, text) by state; None is Unknown.
_BADGES_ON_LIGHT: dict[UserState | None, tuple[QColor, QColor]] = {
    UserState.ACTIVE: (QColor("#dcefdc"), QColor("#1b5e20")),
    UserState.DISABLED: (QColor("#e3e7ea"), QColor("#37474f")),
    UserState.ADMIN_BLOCKED: (QColor("#f9d6d5"), QColor("#a4161a")),
    UserState.BLOCKED_UNTIL: (QColor("#ffe3bf"), QColor("#8a4b00")),
    None: (QColor("#e8eaf6"), QColor("#3949ab")),
}
_BADGES_ON_DARK: dict[UserState | None, tuple[QColor, QColor]] = {
    UserState.ACTIVE: (QColor("#1e4620"), QColor("#b9e6bb")),
    UserState.DISABLED: (QColor("#37414a"), QColor("#dde3e8")),
    UserState.ADMIN_BLOCKED: (QColor("#5c1a1c"), QColor("#ffc9c7")),
    UserState.BLOCKED_UNTIL: (QColor("#5a3700"), QColor("#ffd9a8")),
    None: (QColor("#262d5c"), QColor("#c5cbf5")),
}


def badge_colours(state: UserState | None) -> tuple[QColor, QColor]:
    """Background and text of a state's badge: pale on a light palette, deep on a dark one."""
    return (_BADGES_ON_DARK if palette_is_dark() else _BADGES_ON_LIGHT)[state]


_STATE_WORDS = {state: state.value for state in UserState}  # Enum.value is slow to read
# Sorting by status: the states that stop sends first, most final first.
_STATE_ORDER = {
    UserState.ADMIN_BLOCKED: 0,
    UserState.DISABLED: 1,
    UserState.BLOCKED_UNTIL: 2,
    UserState.ACTIVE: 3,
}


def user_row(info: UserInfo, now: datetime) -> Row:
    """Plain data for one user: the status judged ``now`` and a lower-case search text."""
    status = user_status(info, now)
    account, list_id = info.id_console, info.id_list
    # One f-string, no helper calls: this runs 10,000 times for a large List.
    search = (
        f"{info.username} {_STATE_WORDS[status.state]} {info.note or ''} "
        f"{info.domain_list or ''} {info.sender_list or ''} "
        f"{'' if account is None else account} {'' if list_id is None else list_id}"
    ).casefold()
    return {
        "username": info.username,
        "info": info,
        "status": status,
        "search": search,
        "order": _username_order(info.username),
    }


def user_rows(
    users: Iterable[UserInfo],
    now: datetime | None = None,
    previous: Mapping[str, Row] | None = None,
) -> list[Row]:
    """Rows for an answer; an unchanged user keeps its ``previous`` row object, which makes
    the next diff of 10,000 rows an identity check instead of a rebuild and a comparison."""
    now = now or datetime.now(UTC)
    previous = previous or {}
    rows = []
    for info in users:
        old = previous.get(info.username)
        if old is not None and old["info"] == info and _still_true(old["status"], now):
            rows.append(old)
        else:
            rows.append(user_row(info, now))
    return rows


def _still_true(status: UserStatus, now: datetime) -> bool:
    """Only a block with an end changes with time alone."""
    return status.until is None or status.until > now


def badge_text(status: UserStatus | None, now: datetime | None = None) -> str:
    """The badge with the live countdown of a block that has an end."""
    label = state_label(status)
    if status is not None and status.until is not None:
        left = time_left(status.until, now or datetime.now(UTC))
        return f"{label} · {left}"
    return label


def _username_order(username: str) -> tuple:
    """s10000_2 before s10000_10; computed once per row, as sorting 10,000 asks often."""
    account, _, number = username[1:].partition("_")
    if username[:1] in "sS" and account.isdecimal() and number.isdecimal():
        return (0, int(account), int(number), "")
    return (1, 0, 0, username.casefold())


def _status_key(row: Row) -> tuple:
    status: UserStatus = row["status"]
    until = status.until.timestamp() if status.until else 0.0
    return (_STATE_ORDER[status.state], until)


def _number_key(name: str):
    def key(row: Row) -> tuple:
        value = getattr(row["info"], name)
        return _LAST if value is None else (0, value)

    return key


def _date_key(name: str):
    def key(row: Row) -> tuple:
        value = getattr(row["info"], name)
        return _LAST if value is None else (0, value.timestamp())

    return key


def _text_key(name: str):
    return lambda row: (getattr(row["info"], name) or "").casefold()


def _date_text(value: datetime | None) -> str:
    return date_time_text(value) if value else ""


def _number_text(value: int | None) -> str:
    return "" if value is None else number_text(value)


def _badge_background(row: Row) -> QColor:
    return badge_colours(row["status"].state)[0]


def _badge_foreground(row: Row) -> QColor:
    return badge_colours(row["status"].state)[1]


def user_table_model(privacy: Privacy, parent: QObject | None = None) -> KeyedTableModel:
    """The model of the dashboard; usernames and addresses follow screen-share mode."""

    def info(row: Row):
        return row["info"]

    columns = [
        Column(
            QCoreApplication.translate("UserTableModel", "Username"),
            lambda r: privacy.username(r["username"]),
            itemgetter("order"),
        ),
        Column(
            QCoreApplication.translate("UserTableModel", "Status"),
            lambda r: badge_text(r["status"]),
            _status_key,
            tooltip=lambda r: status_text(r["status"]),
            background=_badge_background,
            foreground=_badge_foreground,
        ),
        Column(
            QCoreApplication.translate("UserTableModel", "Priority"),
            lambda r: _number_text(info(r).priority),
            _number_key("priority"),
        ),
        Column(
            QCoreApplication.translate("UserTableModel", "Domains"),
            lambda r: info(r).domain_list or "",
            _text_key("domain_list"),
        ),
        Column(
            QCoreApplication.translate("UserTableModel", "Senders"),
            lambda r: privacy.addresses_in(info(r).sender_list or ""),
            _text_key("sender_list"),
        ),
        Column(
            QCoreApplication.translate("UserTableModel", "Note"),
            lambda r: privacy.addresses_in(info(r).note or ""),
            _text_key("note"),
            tooltip=lambda r: privacy.addresses_in(info(r).note or ""),
        ),
        Column(
            QCoreApplication.translate("UserTableModel", "Created"),
            lambda r: _date_text(info(r).creation_date),
            _date_key("creation_date"),
        ),
        Column(
            QCoreApplication.translate("UserTableModel", "Updated"),
            lambda r: _date_text(info(r).update_date),
            _date_key("update_date"),
        ),
        Column(
            QCoreApplication.translate("UserTableModel", "Account ID"),
            lambda r: _number_text(info(r).id_console),
            _number_key("id_console"),
        ),
        Column(
            QCoreApplication.translate("UserTableModel", "List ID"),
            lambda r: _number_text(info(r).id_list),
            _number_key("id_list"),
        ),
    ]
    return KeyedTableModel(columns, key="username", parent=parent)


def blocked_until_keys(rows: Iterable[Row]) -> list[str]:
    """Usernames whose badge counts down."""
    return [row["username"] for row in rows if row["status"].state is UserState.BLOCKED_UNTIL]
