"""A send attempt's report as the form shows it: the notice's kind and words, whether it offers
the Journal, and the fields to mark. Plain data; the controller applies it to the form."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication

from ...core.send.pipeline import SendKind
from ...core.send.result import Failure, Outcome, SendReport
from ..context import AppContext
from ..core_texts import translated, translated_problems
from ..describe import failure_html
from ..locale_text import date_time_text


@dataclass(frozen=True)
class ResultText:
    kind: str  # the notice's: info, warning or error
    html: str
    journal: bool = False  # offer "Open the Journal" (the outcome is unknown)
    marks: tuple[tuple[str, str], ...] = ()  # (MailUp field path, problem)


def result_text(report: SendReport, kind: SendKind, context: AppContext) -> ResultText | None:
    failure = report.failure
    if report.outcome is Outcome.QUEUED:
        return ResultText(
            "info",
            QCoreApplication.translate(
                "SendResult",
                "<b>Queued by MailUp</b> (not yet delivered): MailUp accepted the message "
                "and will deliver it.",
            ),
        )
    if report.outcome is Outcome.SCHEDULED:
        options = report.request.x_smtp_api
        schedule = options.schedule if options else None
        when = date_time_text(schedule) if schedule else ""
        return ResultText(
            "info",
            QCoreApplication.translate(
                "SendResult", "<b>Scheduled by MailUp</b> for {when} (not yet delivered)."
            ).format(when=when),
        )
    if failure is None:
        return None
    if report.outcome is Outcome.UNKNOWN:
        return ResultText("warning", failure_html(failure), journal=True)
    marks = [(p.field, p.message) for p in translated_problems(failure.problems)]
    field = kind.code_fields.get(failure.code or "")
    if field and report.outcome is Outcome.ERROR:
        marks.append((field, translated(failure.hint)))
    html = failure_html(failure) + _allowed_senders(failure, context)
    return ResultText("error", html, marks=tuple(marks))


def _allowed_senders(failure: Failure, context: AppContext) -> str:
    """For a sender MailUp refused, who may send for the user, as the dashboard last saw."""
    if not any(problem.field.startswith("From") for problem in failure.problems):
        return ""
    profile = context.profiles.active
    user = context.user_states.own_user(profile) if profile else None
    if user is None or not (user.sender_list or user.domain_list):
        return ""
    privacy = context.privacy
    return "<br>" + escape(
        QCoreApplication.translate(
            "SendResult", "Allowed for {user}: senders {senders}; domains {domains}"
        ).format(
            user=privacy.username(user.username),
            senders=privacy.addresses_in(user.sender_list or "—"),
            domains=user.domain_list or "—",
        )
    )
