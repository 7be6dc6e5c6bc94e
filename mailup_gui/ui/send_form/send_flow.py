"""The send flow of the form: checks → guard → confirmation → send on a worker → result →
journal, each stage a ``core.send.pipeline`` function; this module only asks and shows.

The worker gets plain data (the profile, the draft, the kind) and hands back a
``SendReport``: nothing running off the GUI thread touches a widget.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

import msgspec
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from ...core.account.profiles import Profile
from ...core.message.addresses import parse_addresses
from ...core.message.draft import Draft
from ...core.send.pipeline import check, record, send
from ...core.send.result import Channel, Failure, Outcome, SendReport
from ..core_texts import translated, translated_problems
from ..describe import failure_html, problem_words
from ..locale_text import date_time_text
from ..widgets.colour import text_colour

if TYPE_CHECKING:
    from .form import MessageForm


class SendFlow(QObject):
    def __init__(self, form: MessageForm) -> None:
        super().__init__(form)
        self.form = form
        self.context = form.context
        self._sending = False
        self.last_profile: Profile | None = None  # who sent the last report

    def send(self, address: str | None) -> None:
        """Send the form's draft; with ``address``, to it alone."""
        form = self.form
        if self._sending:
            return  # one send at a time: a double click sends once
        profile = self.context.profiles.active
        if profile is None:
            form.show_result("error", self.tr("Add a profile first (File ▸ Profiles…)."))
            return
        if form.attachments.busy or form.images.busy:
            form.show_result(
                "warning", self.tr("Files are still being read; send again in a moment.")
            )
            return
        form.autosave_now()
        form.forget_feedback()  # the last attempt's result, or a guard's note, is stale now
        draft = self._draft_to(address)
        if not self._checks_pass(draft):
            return
        if not self._guard(profile):
            return
        if not self.confirm_send(profile, draft):
            return
        self._start(profile, draft)

    def _draft_to(self, address: str | None) -> Draft:
        draft = self.form.draft()
        if address is None:
            return draft
        return msgspec.structs.replace(draft, to=address, cc="", bcc="")

    def _checks_pass(self, draft: Draft) -> bool:
        form = self.form
        form.clear_marks()
        checks = check(form.kind, draft, form.content.content_texts(draft), form.channel_choice())
        problems = translated_problems(checks.problems)
        if problems:
            for problem in problems:
                form.mark_field(problem.field, problem.message)
            listed = "".join(
                f"<li><b>{escape(problem_words(p.field))}</b>: {escape(p.message)}</li>"
                for p in problems[:8]
            )
            form.show_result(
                "error", self.tr("Not sent: correct these first.") + f"<ul>{listed}</ul>"
            )
            return False
        tags = checks.unfilled_tags
        if tags and not self.confirm_unfilled(tags, checks.subject):
            form.mark_field("XSmtpAPI.DynamicFields", self.tr("Give these merge tags a value"))
            form.editors.setCurrentWidget(form.options)
            return False
        return True

    def _guard(self, profile: Profile) -> bool:
        """Whether the send may go ahead; the draft stays as it was either way."""
        from .send_guard import guard_send

        decision = guard_send(self.form, self.context, profile)
        if decision.remind_at is not None:
            self._remind(profile, decision.remind_at)
        return decision.proceed

    def _remind(self, profile: Profile, when: datetime) -> None:
        notices = getattr(self.form.window(), "notices", None)
        if notices is None:
            return
        user = self.context.privacy.username(profile.username)
        notices.remind_at(
            when,
            self.tr("{user} can send again").format(user=user),
            self.tr("The block has lifted: your unsent message can be sent now."),
        )
        self.form.show_result(
            "info",
            escape(
                self.tr("Not sent. A reminder pops up at {when} while the app is open.").format(
                    when=date_time_text(when)
                )
            ),
        )

    def confirm_unfilled(self, tags: list[str], subject: str) -> bool:
        """Say exactly what MailUp delivers: each tag as written, the subject as it will read."""
        listed = ", ".join(f"[{t}]" for t in tags)
        text = self.tr(
            "These merge tags have no value: {tags}.\n\nMailUp delivers them as written: the "
            "recipients will read the brackets and the name, not a value."
        ).format(tags=listed)
        if any(f"[{t}]".lower() in subject.lower() for t in tags):
            text += "\n\n" + self.tr("The subject will read: “{subject}”").format(subject=subject)
        answer = QMessageBox.warning(
            self.form,
            self.tr("Merge tags without a value"),
            text + "\n\n" + self.tr("Send it like this?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_send(self, profile: Profile, draft: Draft) -> bool:
        box, send_button = self.confirmation(profile, draft)
        box.exec()
        return box.clickedButton() is send_button

    def confirmation(self, profile: Profile, draft: Draft) -> tuple[QMessageBox, QPushButton]:
        """The question before a send, and its Send button. It names the profile, the endpoint
        (production in red, with Cancel as the default so that Enter does not send) and the
        recipients (a few by address, so that a send to oneself can be seen to be one)."""
        recipients = [
            entry.email
            for text in (draft.to, draft.cc, draft.bcc)
            for entry in parse_addresses(text)
            if entry.problem is None
        ]
        count = len(recipients)
        endpoint = escape(self.where(profile, self.form.channel_choice()))
        if profile.is_production:
            endpoint = '<b style="color:{colour}">{endpoint}</b>'.format(
                colour=text_colour("error").name(),
                endpoint=self.tr("{endpoint} (PRODUCTION)").format(endpoint=endpoint),
            )
        when = self.tr("now")
        if draft.options.schedule:
            when = date_time_text(draft.options.schedule)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Send through {method}").format(method=self.form.kind.method),
            "",
            parent=self.form,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        shown = [self.context.privacy.address(a) for a in recipients]
        box.setText(
            self.tr(
                "Send {what} to <b>%n recipient(s)</b>?<br>Profile: <b>{profile}</b><br>"
                "Endpoint: {endpoint}<br>When: {when}",
                "",
                count,
            ).format(
                what=escape(self.form.content.send_summary(draft)),
                profile=escape(profile.name),
                endpoint=endpoint,
                when=escape(when),
            )
            + (
                "<br>"
                + escape(self.tr("Recipients: {addresses}").format(addresses=", ".join(shown)))
                if 0 < count <= 3
                else ""
            )
            + _warning_line(self.form.content.checks_note())
        )
        send_button = box.addButton(self.tr("Send"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel if profile.is_production else send_button)
        return box, send_button

    def where(self, profile: Profile, channel: Channel) -> str:
        """Where a send goes, as the confirmation and the banners name it."""
        if channel is Channel.SMTP:
            relay = profile.relay_endpoint(self.context.sandbox_smtp())
            return self.tr("SMTP+ relay {where}").format(
                where=relay.label if relay else self.tr("of the local sandbox (starting)")
            )
        return translated(profile.endpoint_label(self.context.sandbox_url()))

    def _start(self, profile: Profile, draft: Draft) -> None:
        form = self.form
        channel = form.channel_choice()
        self._sending = True
        form.send_button.setEnabled(False)
        form.send_button.setText(self.tr("Sending…"))
        form.show_result(
            "info",
            self.tr("Sending to {endpoint}…").format(endpoint=escape(self.where(profile, channel))),
        )
        secrets, sandbox_url, kind = self.context.secrets, self.context.sandbox_url(), form.kind
        smtp = self.context.sandbox_smtp()
        self.context.tasks.run(
            lambda: send(profile, secrets, sandbox_url, kind, draft, channel, sandbox_smtp=smtp),
            lambda report: self._on_sent(profile, draft, report),
            self.show_crash,
        )

    def _on_sent(self, profile: Profile, draft: Draft, report: SendReport) -> None:
        form = self.form
        self._sending = False
        form.send_button.setEnabled(True)
        form.send_button.setText(self.tr("Send"))
        self.last_profile = profile
        failure = report.failure
        if report.outcome is Outcome.QUEUED:
            form.show_result(
                "info",
                self.tr(
                    "<b>Queued by MailUp</b> (not yet delivered): MailUp accepted the message "
                    "and will deliver it."
                ),
            )
        elif report.outcome is Outcome.SCHEDULED:
            options = report.request.x_smtp_api
            schedule = options.schedule if options else None
            when = date_time_text(schedule) if schedule else ""
            form.show_result(
                "info",
                self.tr("<b>Scheduled by MailUp</b> for {when} (not yet delivered).").format(
                    when=when
                ),
            )
        elif failure is not None:
            self._show_failure(report.outcome, failure)
        self._journal(profile, draft, report)
        form.sent.emit(report)

    def _show_failure(self, outcome: Outcome, failure: Failure) -> None:
        form = self.form
        if outcome is Outcome.UNKNOWN:
            form.show_result("warning", failure_html(failure), journal=True)
            return
        for problem in translated_problems(failure.problems):
            form.mark_field(problem.field, problem.message)
        field = form.kind.code_fields.get(failure.code or "")
        if field and outcome is Outcome.ERROR:
            form.mark_field(field, translated(failure.hint))
        form.show_result("error", failure_html(failure) + self._allowed_senders(failure))

    def _allowed_senders(self, failure: Failure) -> str:
        """For a sender MailUp refused, who may send for the user, as the dashboard last saw."""
        if not any(problem.field.startswith("From") for problem in failure.problems):
            return ""
        profile = self.context.profiles.active
        user = self.context.user_states.own_user(profile) if profile else None
        if user is None or not (user.sender_list or user.domain_list):
            return ""
        privacy = self.context.privacy
        return "<br>" + escape(
            self.tr("Allowed for {user}: senders {senders}; domains {domains}").format(
                user=privacy.username(user.username),
                senders=privacy.addresses_in(user.sender_list or "—"),
                domains=user.domain_list or "—",
            )
        )

    def _journal(self, profile: Profile, draft: Draft, report: SendReport) -> None:
        """Record the attempt on a worker, once the result is on screen."""
        endpoint = profile.base_url(self.context.sandbox_url()) or ""
        if report.channel is Channel.SMTP:
            relay = profile.relay_endpoint(self.context.sandbox_smtp())
            endpoint = relay.label if relay else ""
        kind, extra = self.form.kind, self.form.content.journal_extra(draft)
        self.context.tasks.run(
            lambda: record(profile, endpoint, kind, draft, report, **extra), self._on_journaled
        )

    def _on_journaled(self, recorded: tuple[int | None, str | None]) -> None:
        entry_id, problem = recorded
        if entry_id is not None:
            self.context.journal_feed.recorded.emit(entry_id)
        if problem:
            result = self.form.result
            result.set_message(
                result.label.text()
                + "<br>"
                + escape(
                    self.tr("It could not be written to the journal: {problem}").format(
                        problem=problem
                    )
                )
            )

    def show_crash(self, error: Exception) -> None:
        """A worker failed where no report could be made (a bug, not a refusal)."""
        self._sending = False
        self.form.send_button.setEnabled(True)
        self.form.send_button.setText(self.tr("Send"))
        self.form.show_result("error", failure_html(Failure.of(error)))


def _warning_line(text: str) -> str:
    """A line of the confirmation in the warning colour ("" for no text)."""
    if not text:
        return ""
    return '<br><span style="color:{colour}">{text}</span>'.format(
        colour=text_colour("warning").name(), text=escape(text)
    )
