"""MailUp's transactional API: typed DTOs, the client, errors and shared checks. No Qt here."""

from .client import PRODUCTION_BASE_URL, MailUpClient, normalize_base_url
from .dto import (
    EmailAddress,
    Html,
    Message,
    MessagePart,
    NameValue,
    SmtpUser,
    TemplateMessage,
    UserInfo,
    XSmtpApi,
)
from .errors import (
    BadResponseError,
    ConnectionFailedError,
    InvalidRequestError,
    MailUpApiError,
    MailUpError,
    NetworkError,
    OutcomeUnknownError,
)
from .responses import SendResult
from .userstatus import UserState, UserStatus, user_status
from .validation import Problem, validate_request

__all__ = [
    "PRODUCTION_BASE_URL",
    "BadResponseError",
    "ConnectionFailedError",
    "EmailAddress",
    "Html",
    "InvalidRequestError",
    "MailUpApiError",
    "MailUpClient",
    "MailUpError",
    "Message",
    "MessagePart",
    "NameValue",
    "NetworkError",
    "OutcomeUnknownError",
    "Problem",
    "SendResult",
    "SmtpUser",
    "TemplateMessage",
    "UserInfo",
    "UserState",
    "UserStatus",
    "XSmtpApi",
    "normalize_base_url",
    "user_status",
    "validate_request",
]
