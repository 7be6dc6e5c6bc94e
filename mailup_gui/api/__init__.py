"""MailUp's transactional API: typed DTOs, the client, errors and shared checks. No Qt here.

Names are loaded on first use (PEP 562) so that ``import mailup_gui.api.endpoints`` stays cheap
for the GUI's start-up, while ``from mailup_gui.api import MailUpClient`` still works.
"""

from importlib import import_module
from typing import Any

_HOMES = {
    "MailUpClient": "client",
    "PRODUCTION_BASE_URL": "endpoints",
    "normalize_base_url": "endpoints",
    "EmailAddress": "dto",
    "Html": "dto",
    "Message": "dto",
    "MessagePart": "dto",
    "NameValue": "dto",
    "SmtpUser": "dto",
    "TemplateMessage": "dto",
    "UserInfo": "dto",
    "XSmtpApi": "dto",
    "BadResponseError": "errors",
    "ConnectionFailedError": "errors",
    "InvalidRequestError": "errors",
    "MailUpApiError": "errors",
    "MailUpError": "errors",
    "NetworkError": "errors",
    "OutcomeUnknownError": "errors",
    "SendResult": "responses",
    "UserState": "userstatus",
    "UserStatus": "userstatus",
    "user_status": "userstatus",
    "Problem": "problem",
    "validate_request": "validation",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_HOMES[name]}", __name__), name)
    globals()[name] = value
    return value
