"""Reading MailUp's answers: the status envelope and the tolerant ListUserInfo shapes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec

from ..texts import QT_TRANSLATE_NOOP
from .dates import parse_datetime
from .dto import UserInfo
from .errors import BadResponseError, MailUpApiError

SUCCESS_CODE = "0"


@dataclass(frozen=True)
class SendResult:
    """A successful send: MailUp *queued* the message; delivery happens later."""

    http_status: int
    code: str
    status: str
    message: str


def decode_body(http_status: int, content: bytes, content_type: str) -> Any:
    """The JSON of an answer, or a BadResponseError saying what came instead."""
    if not content.strip():
        raise BadResponseError(http_status, QT_TRANSLATE_NOOP("core", "empty body"))
    try:
        return msgspec.json.decode(content)
    except msgspec.DecodeError as error:
        looks_html = content.lstrip()[:1] == b"<" or "html" in content_type.lower()
        detail = (
            QT_TRANSLATE_NOOP("core", "an HTML page")
            if looks_html
            else QT_TRANSLATE_NOOP("core", "invalid or truncated JSON: {error}").format(error=error)
        )
        raise BadResponseError(http_status, detail) from None


def check_envelope(http_status: int, data: Any) -> SendResult:
    """Success only on HTTP 200 with Code "0"; every other answer raises."""
    if not isinstance(data, dict) or "Code" not in data:
        if http_status != 200:
            raise MailUpApiError(http_status, None, _text(data))
        raise BadResponseError(http_status, QT_TRANSLATE_NOOP("core", "no Status/Code envelope"))
    code = _code(data.get("Code"))
    message = _text(data.get("Message")) or ""
    if http_status != 200 or code != SUCCESS_CODE:
        raise MailUpApiError(http_status, code, message or None)
    return SendResult(http_status, code, _text(data.get("Status")) or "done", message)


def parse_user_list(http_status: int, data: Any) -> list[UserInfo]:
    """A bare list of UserInfoDTO or ``{"UserList": [...]}``, with or without an envelope."""
    if isinstance(data, dict):
        if "Code" in data or http_status != 200:
            check_envelope(http_status, data)
        elif "UserList" not in data:
            raise BadResponseError(
                http_status, QT_TRANSLATE_NOOP("core", "neither a user list nor a MailUp envelope")
            )
        users = data.get("UserList")
        if users is None:
            users = []
    elif http_status != 200:
        raise MailUpApiError(http_status, None, None)
    else:
        users = data
    if not isinstance(users, list):
        raise BadResponseError(
            http_status, QT_TRANSLATE_NOOP("core", "the user list is not a list")
        )
    return [_user_info(http_status, item) for item in users]


def _user_info(http_status: int, item: Any) -> UserInfo:
    if not isinstance(item, dict) or not isinstance(item.get("Username"), str):
        raise BadResponseError(
            http_status, QT_TRANSLATE_NOOP("core", "a user entry has no Username")
        )
    return UserInfo(
        username=item["Username"],
        id_console=_int(item.get("IdConsole")),
        id_list=_int(item.get("IdList")),
        is_enabled=_bool(item.get("IsEnabled"), default=True),
        priority=_int(item.get("Priority")),
        note=_text(item.get("Note")),
        creation_date=parse_datetime(item.get("CreationDate")),
        update_date=parse_datetime(item.get("UpdateDate")),
        domain_list=_text(item.get("DomainList")),
        sender_list=_text(item.get("SenderList")),
        block_until=parse_datetime(item.get("BlockUntil")),
        admin_block=_bool(item.get("AdminBlock"), default=False),
    )


def _code(value: Any) -> str | None:
    if value is None:
        return None
    return str(value).strip()


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            return None
    return None


def _bool(value: Any, *, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return default
