"""One send from a draft, start to finish, off the GUI thread: build, post, time, report.

Whatever happens ends as a ``SendReport`` the UI can show; nothing raises past here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from ..api.dto import Message, TemplateMessage
from ..api.errors import InvalidRequestError, OutcomeUnknownError
from ..api.responses import SendResult
from .connection import open_client, secret_for
from .draft import BuiltMessage, Draft, build_message
from .profiles import Profile
from .secrets import SecretStore

QUEUED, SCHEDULED, ERROR, UNKNOWN, REFUSED_LOCALLY = (
    "queued",
    "scheduled",
    "error",
    "unknown",
    "refused-locally",
)


@dataclass(frozen=True)
class SendReport:
    outcome: str
    request: Message | TemplateMessage | None  # what was (or would have been) sent
    request_body: bytes | None  # the exact JSON posted, secret included: never store it as is
    result: SendResult | None = None
    error: Exception | None = None
    duration_ms: float = 0.0

    @property
    def sent(self) -> bool:
        return self.outcome in (QUEUED, SCHEDULED)


def send_draft(
    profile: Profile,
    secrets: SecretStore,
    sandbox_url: str | None,
    draft: Draft,
    build: Callable[..., BuiltMessage] = build_message,
) -> SendReport:
    """SendMessage for ``draft`` as ``profile`` (SendTemplate when ``build`` is
    ``draft.build_template``); the files are read here, on the caller's thread."""
    built = build(draft, read_files=True)
    if built.problems:
        return SendReport(
            REFUSED_LOCALLY, built.message, None, error=InvalidRequestError(built.problems)
        )
    return send_request(profile, secrets, sandbox_url, built.message)


def send_request(
    profile: Profile,
    secrets: SecretStore,
    sandbox_url: str | None,
    request: Message | TemplateMessage,
) -> SendReport:
    """Post a built SendMessage or SendTemplate request and report how it went."""
    body = None
    started = time.perf_counter()
    try:
        with open_client(profile, secret_for(profile, secrets), sandbox_url) as client:
            prepared = client.prepare(request)  # encoded once: megabytes of base64 cost time
            body = prepared.body
            result = client.send(prepared)
    except OutcomeUnknownError as error:
        return SendReport(UNKNOWN, request, body, error=error, duration_ms=_since(started))
    except InvalidRequestError as error:
        return SendReport(REFUSED_LOCALLY, request, body, error=error, duration_ms=_since(started))
    except Exception as error:  # MailUp's, the keyring's, a file's: every failure is reported
        return SendReport(ERROR, request, body, error=error, duration_ms=_since(started))
    options = request.x_smtp_api
    scheduled = options is not None and options.schedule is not None
    return SendReport(
        SCHEDULED if scheduled else QUEUED,
        request,
        body,
        result=result,
        duration_ms=_since(started),
    )


def _since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)
