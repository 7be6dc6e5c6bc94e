"""The send pipeline, Qt-free: build → checks → guard → send → journal record.

Each stage is a plain function; the UI runs ``send`` and ``record`` on a worker through
``ui/tasks.py`` and gets typed data back (``core.send.result``). Nothing here calls back into
the UI. A ``Transport`` carries a built request to MailUp: the HTTP API, or MailUp's SMTP+
relay (``core.send.relay``), a second transport of the same draft (a ``Channel``), chosen per send.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from ...api.dto import Message, TemplateMessage
from ...api.errors import InvalidRequestError, OutcomeUnknownError
from ...api.mergetags import fill, unfilled
from ...api.problem import Problem
from ...api.rendering import merge_values
from ...api.responses import SendResult
from ...texts import QT_TRANSLATE_NOOP
from ..account.connection import open_client, secret_for
from ..account.profiles import Profile, SmtpAddress
from ..account.secrets import SecretStore
from ..message.draft import BuiltMessage, Draft, build_message, build_template
from .kind import SendKind
from .result import Channel, Failure, Outcome, RelayReply, SendReport

# A schedule this far in the past is a mistake, not clock skew: MailUp would send at once.
PAST_SCHEDULE_GRACE = timedelta(seconds=30)


def build(kind: SendKind, draft: Draft, *, read_files: bool) -> BuiltMessage:
    """The request for ``draft`` and its problems; with ``read_files=False`` file bodies stay
    empty (enough for checks and previews)."""
    builder = build_message if kind is SendKind.MESSAGE else build_template
    return builder(draft, read_files=read_files)


def schedule_problem(schedule: datetime | None, now: datetime | None = None) -> str | None:
    """A past time is refused: MailUp would send at once, which is not what was asked."""
    now = now or datetime.now().astimezone()
    if schedule is not None and schedule < now - PAST_SCHEDULE_GRACE:
        return QT_TRANSLATE_NOOP(
            "core",
            "The scheduled time has passed: pick a time in the future, or untick “Send at” to "
            "send now.",
        )
    return None


@dataclass(frozen=True)
class Checks:
    """What stands between a draft and its send, found without reading files."""

    problems: list[Problem]  # must be corrected: nothing is sent
    unfilled_tags: list[str]  # merge tags without a value: the user decides
    subject: str  # the request's Subject as MailUp delivers it (merged); "" when it has none


def unfilled_tags(draft: Draft, content_texts: list[str]) -> list[str]:
    """The [merge tags] of the Subject and ``content_texts`` (the HTML and text, or the
    template's) that have no value, unless merge tags are skipped."""
    if draft.options.skip_dynamic_fields:
        return []
    return unfilled([draft.subject, *content_texts], dict(draft.options.dynamic_fields))


def check(
    kind: SendKind, draft: Draft, content_texts: list[str], channel: Channel = Channel.API
) -> Checks:
    """Every check before a send (the files are read only by ``send``), the relay's own
    when it goes through the relay."""
    built = build(kind, draft, read_files=False)
    problems = built.problems
    if channel is Channel.SMTP:
        from .mime_message import relay_problems

        problems += relay_problems(built.message)
    schedule = schedule_problem(draft.options.schedule)
    if schedule:
        problems.append(Problem("XSmtpAPI.Schedule", schedule))
    options = built.message.x_smtp_api
    values = merge_values(options) if options else {}
    subject = fill(built.message.subject or "", values)
    return Checks(problems, unfilled_tags(draft, content_texts), subject)


class Transport(Protocol):
    """Carries a built, checked request to MailUp and returns its answer; raises MailUpError
    (and friends) as the API client does."""

    def __call__(self, request: Message | TemplateMessage) -> SendResult | RelayReply: ...


@dataclass(frozen=True)
class EmbeddedSandbox:
    """Where the app's embedded sandbox listens; None while it is starting."""

    api_url: str | None = None
    smtp: SmtpAddress | None = None


def api_transport(profile: Profile, secret: str, sandbox: EmbeddedSandbox) -> Transport:
    def post(request: Message | TemplateMessage) -> SendResult:
        with open_client(profile, secret, sandbox.api_url) as client:
            # built and validated by ``send``: encoded once, not checked a third time
            return client.send(client.prepare(request, validate=False))

    return post


def relay_transport(profile: Profile, secret: str, sandbox: EmbeddedSandbox) -> Transport:
    from .relay import relay_transport as transport  # smtplib and ssl only when relaying

    return transport(profile, secret, sandbox.smtp)


TransportFactory = Callable[[Profile, str, EmbeddedSandbox], Transport]
TRANSPORTS: dict[Channel, TransportFactory] = {
    Channel.API: api_transport,
    Channel.SMTP: relay_transport,
}


def send(
    profile: Profile,
    secrets: SecretStore,
    sandbox_url: str | None,
    kind: SendKind,
    draft: Draft,
    channel: Channel = Channel.API,
    *,
    sandbox_smtp: SmtpAddress | None = None,
) -> SendReport:
    """Build ``draft`` with its files, send it as ``profile`` through ``channel`` and report how
    it went. Runs on a worker; whatever happens ends as a report, nothing raises past here.

    ``sandbox_url`` and ``sandbox_smtp`` are where the embedded sandbox's API and SMTP listener
    are (None while it starts): used only by the sandbox profile, the API or the relay.
    """
    started = time.perf_counter()
    built = build(kind, draft, read_files=True)
    if built.problems:
        failure = Failure.of(InvalidRequestError(built.problems))
        return SendReport(Outcome.REFUSED_LOCALLY, built.message, failure=failure, channel=channel)
    request = built.message
    sandbox = EmbeddedSandbox(sandbox_url, sandbox_smtp)
    try:
        transport = TRANSPORTS[channel](profile, secret_for(profile, secrets), sandbox)
        result = transport(request)
    except OutcomeUnknownError as error:
        return _failed(Outcome.UNKNOWN, request, error, started, channel)
    except InvalidRequestError as error:
        return _failed(Outcome.REFUSED_LOCALLY, request, error, started, channel)
    except Exception as error:  # MailUp's, the keyring's, a file's: every failure is reported
        return _failed(Outcome.ERROR, request, error, started, channel)
    options = request.x_smtp_api
    scheduled = options is not None and options.schedule is not None
    outcome = Outcome.SCHEDULED if scheduled else Outcome.QUEUED
    return SendReport(outcome, request, result=result, duration_ms=_since(started), channel=channel)


def _failed(
    outcome: Outcome,
    request: Message | TemplateMessage,
    error: Exception,
    started: float,
    channel: Channel,
) -> SendReport:
    failure = Failure.of(error)
    return SendReport(
        outcome, request, failure=failure, duration_ms=_since(started), channel=channel
    )


def _since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def record(
    profile: Profile,
    endpoint: str,
    kind: SendKind,
    draft: Draft,
    report: SendReport,
    *,
    template_id: int | None = None,
    test_data: str | None = None,
    template_subject: str = "",
) -> tuple[int | None, str | None]:
    """Write the attempt to the journal (on a worker): its id, or why it could not be written.
    A failure here never turns a sent message into an error."""
    from .journal import Journal, entry_for_attempt

    try:
        entry = entry_for_attempt(
            profile_id=profile.id,
            profile_name=profile.name,
            endpoint=endpoint,
            method=kind,
            request=report.request,
            username=profile.username,
            draft=draft,
            outcome=report.outcome,
            answer=report.result or report.failure,
            duration_ms=report.duration_ms,
            channel=report.channel,
            template_id=template_id,
            test_data=test_data,
            template_subject=template_subject,
        )
        journal = Journal()
        try:
            return journal.record(entry), None
        finally:
            journal.close()
    except Exception as error:  # a full disk, a damaged file: say so beside the result
        return None, str(error)
