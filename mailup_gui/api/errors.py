"""The one error family of the API layer, and MailUp's table of codes.

Every failure of a call ends as a ``MailUpError`` that says what happened in MailUp's terms
(HTTP status, Code, Message, the documented meaning) and in plain words for support staff
(``hint``), and whether trying again can help (``retryable``: never for a 4xx).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..texts import QT_TRANSLATE_NOOP
from .connect_failure import ADVICE, NOTHING_SENT, ConnectFailure

if TYPE_CHECKING:
    from .problem import Problem


@dataclass(frozen=True)
class CodeInfo:
    http_status: int
    meaning: str
    hint: str


NOT_AUTHORIZED = "102"  # the one code whose fix may be a new secret

#: MailUp's documented codes (mailup-api.md, "Responses and errors").
CODES: dict[str, CodeInfo] = {
    "1": CodeInfo(
        400,
        QT_TRANSLATE_NOOP("core", "The operation failed."),
        QT_TRANSLATE_NOOP(
            "core", "MailUp could not read the request. Check the fields for wrong values or types."
        ),
    ),
    "101": CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "The input is null."),
        QT_TRANSLATE_NOOP(
            "core", "The request reached MailUp empty. Fill in the message and send again."
        ),
    ),
    NOT_AUTHORIZED: CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "The operation is not authorized."),
        QT_TRANSLATE_NOOP(
            "core",
            "The SMTP+ username or secret is wrong, or the From address is "
            "not an authorised sender of this user. If the SMTP+ password "
            "was changed in MailUp, update the secret of this profile.",
        ),
    ),
    "103": CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "The user is not enabled."),
        QT_TRANSLATE_NOOP(
            "core",
            "This SMTP+ user is disabled. The account's administrator can "
            "enable it in the MailUp console.",
        ),
    ),
    "104": CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "The user is blocked."),
        QT_TRANSLATE_NOOP(
            "core",
            "An administrator blocked this SMTP+ user. Only MailUp support "
            "can lift the block (billing is a common reason). See the "
            "dashboard.",
        ),
    ),
    "105": CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "The user is blocked until this date."),
        QT_TRANSLATE_NOOP(
            "core",
            "This SMTP+ user is blocked until {until}. Wait until then, or "
            "ask MailUp support. See the dashboard.",
        ),
    ),
    "106": CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "The MailUp account cannot be found."),
        QT_TRANSLATE_NOOP(
            "core", "No MailUp account matches this SMTP+ username. Check the username (sNNNNN_NN)."
        ),
    ),
    "107": CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "The MailUp account has been suspended."),
        QT_TRANSLATE_NOOP(
            "core", "The MailUp account is suspended. The account owner must contact MailUp."
        ),
    ),
    "108": CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "The MailUp account has been deleted."),
        QT_TRANSLATE_NOOP(
            "core", "The MailUp account was deleted. This profile can no longer send."
        ),
    ),
    "109": CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "At least one recipient is required."),
        QT_TRANSLATE_NOOP("core", "Add at least one recipient in To, Cc or Bcc."),
    ),
    "110": CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "The sender is required."),
        QT_TRANSLATE_NOOP("core", "Fill in the From address."),
    ),
    "111": CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "The template cannot be found."),
        QT_TRANSLATE_NOOP(
            "core",
            "No template has this ID in the SMTP+ user's List. The template "
            "must belong to the same List as the SMTP+ user; check the ID "
            "in the MailUp console.",
        ),
    ),
    "112": CodeInfo(
        403,
        QT_TRANSLATE_NOOP("core", "The user has been deleted."),
        QT_TRANSLATE_NOOP(
            "core", "This SMTP+ user was deleted. Use another SMTP+ user for this profile."
        ),
    ),
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

    @property
    def is_wrong_secret(self) -> bool:
        """MailUp's 102: the SMTP+ username or secret is wrong (to a send it may also be a
        From this user may not use), so updating the profile's secret is worth offering."""
        return self.code == NOT_AUTHORIZED

    def __str__(self) -> str:
        return f"{self.summary} — {self.hint}"


class MailUpApiError(MailUpError):
    """MailUp answered with an error envelope (or a non-200 status)."""

    # Class attributes: noted for translation at import, as the journal shows them again later.
    SERVER_FAILED = QT_TRANSLATE_NOOP(
        "core", "MailUp had an internal problem. Try again in a few minutes."
    )
    REFUSED = QT_TRANSLATE_NOOP(
        "core", "MailUp refused the request. Read the message from MailUp for the reason."
    )
    NO_MESSAGE = QT_TRANSLATE_NOOP("core", "no message")
    WITH_CODE = QT_TRANSLATE_NOOP("core", "HTTP {status}, Code {code}: {message}")
    WITHOUT_CODE = QT_TRANSLATE_NOOP("core", "HTTP {status}: {message}")

    def __init__(self, http_status: int, code: str | None, server_message: str | None) -> None:
        info = CODES.get(code or "")
        meaning = info.meaning if info else None
        if info:
            hint = info.hint.format(until=_blocked_until_text(server_message))
        elif http_status >= 500:
            hint = self.SERVER_FAILED
        else:
            hint = self.REFUSED
        summary = (self.WITH_CODE if code else self.WITHOUT_CODE).format(
            status=http_status, code=code, message=server_message or meaning or self.NO_MESSAGE
        )
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

    SUMMARY = QT_TRANSLATE_NOOP(
        "core", "HTTP {status}: the server's answer is not a MailUp response ({detail})"
    )
    HINT = QT_TRANSLATE_NOOP(
        "core",
        "Check the profile's endpoint URL: something other than "
        "MailUp answered, or the answer was cut short.",
    )

    def __init__(self, http_status: int, detail: str) -> None:
        super().__init__(
            self.SUMMARY.format(status=http_status, detail=detail),
            hint=self.HINT,
            retryable=http_status >= 500,
            http_status=http_status,
        )


class ConnectionFailedError(MailUpError):
    """The request never reached the server: nothing was sent, trying again is safe."""

    SUMMARY = QT_TRANSLATE_NOOP("core", "Could not reach the server ({detail})")
    HINT = QT_TRANSLATE_NOOP(
        "core",
        "Nothing was sent. Check the network and the profile's endpoint URL, then try again.",
    )

    # A look-up (ListUserInfo, Test connection) was never going to send anything.
    LOOKUP_HINT = QT_TRANSLATE_NOOP(
        "core", "Check the network and the profile's endpoint URL, then try again."
    )

    # Where it was going, at the connect step: host and port named, advice by kind.
    SUMMARY_AT = QT_TRANSLATE_NOOP("core", "Could not connect to {host} port {port} ({detail})")

    def __init__(
        self,
        detail: str,
        *,
        sending: bool = True,
        host: str = "",
        port: int | None = None,
        kind: ConnectFailure = ConnectFailure.OTHER,
    ) -> None:
        at = {"host": host, "port": port, "detail": detail}
        summary = self.SUMMARY_AT.format(**at) if host else self.SUMMARY.format(detail=detail)
        advice = ADVICE.get(kind)
        if advice is not None and host:
            advice = advice.format(host=host, port=port)
            hint = NOTHING_SENT.format(advice=advice) if sending else advice
        else:
            hint = self.HINT if sending else self.LOOKUP_HINT
        super().__init__(summary, hint=hint, retryable=True)


class NetworkError(MailUpError):
    """A read-only call failed in flight (timeout, dropped connection); asking again is safe."""

    SUMMARY = QT_TRANSLATE_NOOP("core", "The server did not answer in time ({detail})")
    HINT = QT_TRANSLATE_NOOP("core", "Nothing changed on MailUp's side. Try again.")

    def __init__(self, detail: str) -> None:
        super().__init__(
            self.SUMMARY.format(detail=detail),
            hint=self.HINT,
            retryable=True,
        )


class OutcomeUnknownError(MailUpError):
    """A send was transmitted but no answer came back: it may have been queued.

    Sending is not idempotent, so this is never retried automatically.
    """

    SUMMARY = QT_TRANSLATE_NOOP(
        "core", "Outcome unknown — the message may have been queued ({detail})"
    )
    HINT = QT_TRANSLATE_NOOP(
        "core",
        "The request reached the server but no answer came back. "
        "Check the journal and the recipient's mailbox before "
        "sending again, or the message may go out twice.",
    )

    def __init__(self, detail: str) -> None:
        super().__init__(
            self.SUMMARY.format(detail=detail),
            hint=self.HINT,
            retryable=False,
        )


class InvalidRequestError(MailUpError):
    """Local checks refused the request before anything was sent."""

    ONE = QT_TRANSLATE_NOOP("core", "{field}: {message}")
    MORE = QT_TRANSLATE_NOOP("core", "{field}: {message} (and {count} more)")
    HINT = QT_TRANSLATE_NOOP(
        "core", "Nothing was sent. Correct the highlighted fields and send again."
    )

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(
            (self.MORE if len(problems) > 1 else self.ONE).format(
                field=first.field, message=first.message, count=len(problems) - 1
            ),
            hint=self.HINT,
            retryable=False,
            code=first.code,
        )


def _blocked_until_text(server_message: str | None) -> str:
    """The block's end as readable local time, taken from MailUp's message when it has one."""
    from .dates import find_datetime, format_local

    when = find_datetime(server_message or "")
    return format_local(when) if when else QT_TRANSLATE_NOOP("core", "the date MailUp gives")
