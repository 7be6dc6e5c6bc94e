"""What one send attempt came to, as typed data: an outcome and, when it failed, why.

Built on a worker by ``core.send.pipeline`` and shown by the UI, which translates the texts where
it shows them. Nothing here holds a secret: the request is the DTO without its ``User``, and a
failure keeps words and codes, never the exception that may carry a body.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ...api.dto import Message, TemplateMessage
from ...api.endpoints import Channel
from ...api.errors import MailUpError
from ...api.problem import Problem
from ...api.responses import SendResult


class Outcome(enum.StrEnum):
    QUEUED = "queued"  # MailUp accepted it: queued, not yet delivered
    SCHEDULED = "scheduled"  # accepted, sent by MailUp at XSmtpAPI.Schedule
    REFUSED_LOCALLY = "refused-locally"  # never left the app: the problems say why
    ERROR = "error"  # MailUp refused it, or it could not be sent (keyring, network, files)
    UNKNOWN = "unknown"  # it may have been queued: never resend without asking

    @property
    def sent(self) -> bool:
        return self in (Outcome.QUEUED, Outcome.SCHEDULED)


@dataclass(frozen=True)
class Failure:
    """Why a send did not succeed, in MailUp's terms where MailUp answered."""

    summary: str
    hint: str = ""
    code: str | None = None  # MailUp's Code
    http_status: int | None = None
    server_message: str | None = None  # MailUp's Message, as MailUp wrote it
    retryable: bool = False
    problems: tuple[Problem, ...] = ()  # field paths in MailUp's terms, for the marks

    @classmethod
    def of(cls, error: Exception) -> Failure:
        if isinstance(error, MailUpError):
            return cls(
                summary=error.summary,
                hint=error.hint,
                code=error.code,
                http_status=error.http_status,
                server_message=error.server_message,
                retryable=error.retryable,
                problems=tuple(getattr(error, "problems", ())),
            )
        return cls(summary=str(error) or type(error).__name__)


@dataclass(frozen=True)
class RelayReply:
    """The SMTP+ relay's reply to a message it accepted (the answer to DATA): the relay's
    counterpart of MailUp's ``SendResult``, read the same way by the journal."""

    code: str  # e.g. "250"
    message: str  # the server's text, e.g. "2.0.0 Ok: queued as 4XYZ"
    http_status: None = None  # no HTTP on this channel


@dataclass(frozen=True)
class SendReport:
    outcome: Outcome
    request: Message | TemplateMessage  # what was (or would have been) sent, without User
    result: SendResult | RelayReply | None = None  # the answer when MailUp accepted it
    failure: Failure | None = None
    duration_ms: float = 0.0
    channel: Channel = Channel.API

    @property
    def sent(self) -> bool:
        return self.outcome.sent
