"""The one error family of the API layer, and MailUp's table of codes.

Every failure of a call ends as a ``MailUpError`` that says what happened in MailUp's terms
(HTTP status, Code, Message, the documented meaning) and in plain words for support staff
(``hint``), and whether trying again can help (``retryable``: never for a 4xx).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .validation import Problem


@dataclass(frozen=True)
class CodeInfo:
    http_status: int
    meaning: str
    hint: str


#: MailUp's documented codes (mailup-api.md, "Responses and errors").
CODES: dict[str, CodeInfo] = {
    "1": CodeInfo(400, "The operation failed.",
                  "MailUp could not read the request. Check the fields for wrong values or types."),
    "101": CodeInfo(403, "The input is null.",
                    "The request reached MailUp empty. Fill in the message and send again."),
    "102": CodeInfo(403, "The operation is not authorized.",
                    "The SMTP+ username or secret is wrong, or the From address is not an authorised "
                    "sender of this user. If the SMTP+ password was changed in MailUp, update the "
                    "secret of this profile."),
    "103": CodeInfo(403, "The user is not enabled.",
                    "This SMTP+ user is disabled. The account's administrator can enable it in the "
                    "MailUp console."),
    "104": CodeInfo(403, "The user is blocked.",
                    "An administrator blocked this SMTP+ user. Only MailUp support can lift the block "
                    "(billing is a common reason). See the dashboard."),
    "105": CodeInfo(403, "The user is blocked until this date.",
                    "This SMTP+ user is blocked until {until}. Wait until then, or ask MailUp support. "
                    "See the dashboard."),
    "106": CodeInfo(403, "The MailUp account cannot be found.",
                    "No MailUp account matches this SMTP+ username. Check the username (sNNNNN_NN)."),
    "107": CodeInfo(403, "The MailUp account has been suspended.",
                    "The MailUp account is suspended. The account owner must contact MailUp."),
    "108": CodeInfo(403, "The MailUp account has been deleted.",
                    "The MailUp account was deleted. This profile can no longer send."),
    "109": CodeInfo(403, "At least one recipient is required.",
                    "Add at least one recipient in To, Cc or Bcc."),
    "110": CodeInfo(403, "The sender is required.",
                    "Fill in the From address."),
    "111": CodeInfo(403, "The template cannot be found.",
                    "No template has this ID in the SMTP+ user's List. The template must belong to "
                    "the same List as the SMTP+ user; check the ID in the MailUp console."),
    "112": CodeInfo(403, "The user has been deleted.",
                    "This SMTP+ user was deleted. Use another SMTP+ user for this profile."),
}


class MailUpError(Exception):
    """Base of every failure of a MailUp call."""

    def __init__(
        self,
        summary: str,
        *,
        hint: str,
        retryable: bool,
        http_status: int | None = None,
        code: str | None = None,
        server_message: str | None = None,
        meaning: str | None = None,
    ) -> None:
        super().__init__(summary)
        self.summary = summary
        self.hint = hint
        self.retryable = retryable
        self.http_status = http_status
        self.code = code
        self.server_message = server_message
        self.meaning = meaning

    def __str__(self) -> str:
        return f"{self.summary} — {self.hint}"


class MailUpApiError(MailUpError):
    """MailUp answered with an error envelope (or a non-200 status)."""

    def __init__(self, http_status: int, code: str | None, server_message: str | None) -> None:
        info = CODES.get(code or "")
        meaning = info.meaning if info else None
        if info:
            hint = info.hint.format(until=_blocked_until_text(server_message))
        elif http_status >= 500:
            hint = "MailUp had an internal problem. Try again in a few minutes."
        else:
            hint = "MailUp refused the request. Read the message from MailUp for the reason."
        label = f"HTTP {http_status}" + (f", Code {code}" if code else "")
        summary = f"{label}: {server_message or meaning or 'no message'}"
        super().__init__(
            summary,
            hint=hint,
            retryable=http_status >= 500,
            http_status=http_status,
            code=code,
            server_message=server_message,
            meaning=meaning,
        )


class BadResponseError(MailUpError):
    """The server answered, but not with a MailUp envelope (HTML page, truncated JSON, ...)."""

    def __init__(self, http_status: int, detail: str) -> None:
        super().__init__(
            f"HTTP {http_status}: the server's answer is not a MailUp response ({detail})",
            hint="Check the profile's endpoint URL: something other than MailUp answered, "
            "or the answer was cut short.",
            retryable=http_status >= 500,
            http_status=http_status,
        )


class ConnectionFailedError(MailUpError):
    """The request never reached the server: nothing was sent, trying again is safe."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"Could not reach the server ({detail})",
            hint="Nothing was sent. Check the network and the profile's endpoint URL, then try again.",
            retryable=True,
        )


class NetworkError(MailUpError):
    """A read-only call failed in flight (timeout, dropped connection); asking again is safe."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The server did not answer in time ({detail})",
            hint="Nothing changed on MailUp's side. Try again.",
            retryable=True,
        )


class OutcomeUnknownError(MailUpError):
    """A send was transmitted but no answer came back: it may have been queued.

    Sending is not idempotent, so this is never retried automatically.
    """

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"Outcome unknown — the message may have been queued ({detail})",
            hint="The request reached the server but no answer came back. Check the journal and "
            "the recipient's mailbox before sending again, or the message may go out twice.",
            retryable=False,
        )


class InvalidRequestError(MailUpError):
    """Local checks refused the request before anything was sent."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(
            f"{first.field}: {first.message}{more}",
            hint="Nothing was sent. Correct the highlighted fields and send again.",
            retryable=False,
            code=first.code,
        )


def _blocked_until_text(server_message: str | None) -> str:
    """The block's end as readable local time, taken from MailUp's message when it has one."""
    from .dates import find_datetime, format_local

    when = find_datetime(server_message or "")
    return format_local(when) if when else "the date MailUp gives"
