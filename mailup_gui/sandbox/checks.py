"""How MailUp judges a request, in MailUp's order: body, account, user, content, sender, template.

Every refusal is a ``Refusal`` carrying a MailUp code; the routes turn it into the envelope.
Messages never quote the request, so a secret cannot leak into an answer or a log.
"""

from __future__ import annotations

import hmac
from datetime import datetime
from typing import Any, TypeVar

import msgspec

from ..api.dates import to_wire
from ..api.dto import Message, SmtpUser, TemplateMessage, XSmtpApi
from ..api.errors import CODES
from .content import MALFORMED, NO_RECIPIENT, NO_SENDER, Problem, problems, subject_merge_problems
from .data import SandboxData, Template, User, account_id_of
from .reader import Unreadable, decode_json, lenient, needs_reshaping

T = TypeVar("T")

NULL_INPUT = "101"
NOT_AUTHORIZED = "102"
NOT_ENABLED = "103"
BLOCKED = "104"
BLOCKED_UNTIL = "105"
NO_ACCOUNT = "106"
ACCOUNT_SUSPENDED = "107"
ACCOUNT_DELETED = "108"
NO_TEMPLATE = "111"
USER_DELETED = "112"

UTF8_BOM = b"\xef\xbb\xbf"
_ACCOUNT_REFUSALS = {"suspended": ACCOUNT_SUSPENDED, "deleted": ACCOUNT_DELETED}


class Refusal(Exception):
    """MailUp refuses the request with ``code``; ``message`` defaults to the documented one."""

    def __init__(self, code: str, message: str | None = None) -> None:
        self.code = code
        self.message = message or CODES[code].meaning
        super().__init__(f"{code}: {self.message}")


def malformed(reason: str) -> Refusal:
    """400, code 1, with MailUp's sentence and then what is wrong."""
    return Refusal(MALFORMED, f"{CODES[MALFORMED].meaning} {reason}")


def decode_request(body: bytes, type_: type[T]) -> tuple[T, dict[str, Any]]:
    """The typed request and the JSON it came from, or 101 (nothing) / 1 (not readable).
    A leading UTF-8 byte-order mark is skipped, as .NET readers do (old .NET writers send one)."""
    body = body.removeprefix(UTF8_BOM)
    if not body.strip():
        raise Refusal(NULL_INPUT)
    try:
        data = decode_json(body)
        if data is None:
            raise Refusal(NULL_INPUT)
        if not isinstance(data, dict):
            raise malformed("The body must be a JSON object.")
        shaped = lenient(data) if needs_reshaping(body) else data
        request = msgspec.convert(shaped, type=type_)
    except Unreadable as error:
        raise malformed(str(error)) from None
    except msgspec.ValidationError as error:
        raise malformed(f"{error}.") from None
    _show_schedule_as_read(data, request)
    return request, data


def _show_schedule_as_read(data: dict[str, Any], request: object) -> None:
    """The stored request shows the schedule as the sandbox read it (MailUp's own example has
    no seconds); an unset one stays as sent."""
    options = getattr(request, "x_smtp_api", None)
    raw = data.get("XSmtpAPI")
    if isinstance(options, XSmtpApi) and options.schedule and isinstance(raw, dict):
        raw["Schedule"] = to_wire(options.schedule)


def authenticate(
    data: SandboxData, credentials: SmtpUser | None, now: datetime, *, sending: bool
) -> User:
    """The calling user, or the refusal MailUp gives first.

    A blocked user may still call ListUserInfo (``sending=False``): that is how it learns why.
    """
    if credentials is None:
        raise Refusal(NOT_AUTHORIZED)
    account_id = account_id_of(credentials.username)
    account = data.accounts.get(account_id) if account_id is not None else None
    if account is None:
        raise Refusal(NO_ACCOUNT)
    if account.state in _ACCOUNT_REFUSALS:
        raise Refusal(_ACCOUNT_REFUSALS[account.state])
    user = data.users.get(credentials.username)
    if user is None or not hmac.compare_digest(user.secret.encode(), credentials.secret.encode()):
        raise Refusal(NOT_AUTHORIZED)
    if user.deleted:
        raise Refusal(USER_DELETED)
    if sending:
        _check_can_send(user, now)
    return user


def _check_can_send(user: User, now: datetime) -> None:
    if not user.enabled:
        raise Refusal(NOT_ENABLED)
    if user.admin_block:
        raise Refusal(BLOCKED)
    until = user.blocked_until(now)
    if until is not None:
        raise Refusal(BLOCKED_UNTIL, f"The user is blocked until {to_wire(until)}.")


def check_content(request: Message | TemplateMessage) -> None:
    """The sender (110), then the recipients (109), then every other problem (1)."""
    _refuse_first(problems(request))


def check_template_subject(options: XSmtpApi | None, subject: str) -> None:
    """A SendTemplate without a Subject: the merge values its template's subject would use."""
    _refuse_first(subject_merge_problems(options, subject))


def _refuse_first(found: list[Problem]) -> None:
    for code in (NO_SENDER, NO_RECIPIENT):
        if any(problem.code == code for problem in found):
            raise Refusal(code)
    if found:
        raise malformed(f"{found[0].path}: {found[0].reason}")


def check_sender(user: User, sender: str) -> None:
    """From must be one of the user's senders or in one of its domains (both ';'-separated)."""
    address = sender.strip().lower()
    if address in _entries(user.sender_list) or address.rpartition("@")[2] in _entries(
        user.domain_list
    ):
        return
    raise Refusal(NOT_AUTHORIZED)


def _entries(listing: str) -> set[str]:
    return {entry.strip().lower() for entry in listing.split(";") if entry.strip()}


def find_template(data: SandboxData, user: User, template_id: int) -> Template:
    """Only a template of the user's own List can be sent."""
    template = data.templates.get(template_id)
    if template is None or (template.account_id, template.list_id) != (
        user.account_id,
        user.list_id,
    ):
        raise Refusal(NO_TEMPLATE)
    return template
