"""The send form's controller: drafts, checks, the channel, the send, the inspector and opening
a saved request. It talks to the form only through ``FormView`` (``view.py``) and to the pane
through ``MessageContent`` (``content.py``); the form never imports it.

The send: checks → guard → confirmation → send on a worker → result → journal, each stage a
``core.send.pipeline`` function; the worker gets plain data (the profile, the draft, the kind)
and hands back a ``SendReport``: nothing running off the GUI thread touches a widget.

Nothing typed is lost: the draft is autosaved shortly after a pause, and every few seconds while
typing goes on (``autosave.Autosave``), and restored on the next start, even after a crash.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

import msgspec
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton, QWidget

from ...api.mergetags import find_tags
from ...core.account.profiles import Profile
from ...core.message.draft import Draft, Options, typed_anything
from ...core.message.drafts import DraftStore
from ...core.send.pipeline import check, record, send
from ...core.send.result import Channel, Failure, SendReport
from ..context import AppContext
from ..core_texts import translated_problems
from ..describe import error_html, failure_html, problem_words
from ..locale_text import date_time_text
from ..widgets.notice_board import Cause
from .autosave import Autosave
from .checks import form_notes
from .confirmation import SendQuestions
from .content import MessageContent
from .request_actions import inspect_request, open_request
from .result_text import result_text
from .sender_check import sender_refusal
from .stale import edit_causes
from .view import FormView

CHECKS_DELAY_MS = 300


class SendController(QObject):
    sent = Signal(object)  # core.send.result.SendReport, after every attempt

    def __init__(
        self, context: AppContext, view: FormView, content: MessageContent, parent: QWidget
    ) -> None:
        """``parent`` owns the controller, and its dialogs open over it: the form's widget."""
        super().__init__(parent)
        self.context = context
        self.view = view
        self.content = content
        self.kind = content.kind
        self._parent = parent
        self.drafts = DraftStore()
        self.questions = SendQuestions(context, parent)
        self._sending = False
        self._checked: Draft | None = None  # the draft the checks last saw: what an edit changed
        slot = self.kind.draft_slot
        self.autosave = Autosave(
            view.draft,
            lambda draft: self.drafts.autosave(slot, draft),
            lambda: self.drafts.clear_autosave(slot),
            self,
        )
        self.autosave.failed.connect(view.show_not_saving)
        self.autosave.saved.connect(lambda: view.show_not_saving(None))
        self._refresh = QTimer(self, singleShot=True, interval=CHECKS_DELAY_MS)
        self._refresh.timeout.connect(self.refresh_checks)
        said = view.signals
        said.changed.connect(self._on_changed)
        said.send_requested.connect(self.send)
        said.new_requested.connect(self.new_message)
        said.save_requested.connect(self.save_named)
        said.drafts_requested.connect(self.manage_drafts)
        said.inspect_requested.connect(self.inspect_request)
        said.open_request_requested.connect(self.open_request)
        said.channel_chosen.connect(self._remember_channel)

    def restore(self) -> None:
        """Load the draft autosaved last time, or a new one; the pane calls it once it is
        built, as loading asks the pane for its content and preview."""
        default = self.default_draft()
        restored = self.drafts.restore(self.kind.draft_slot)
        self.load(restored or default)
        if restored is not None and typed_anything(restored, default):
            self.view.show_result("info", self.tr("Your unsent message was restored."))

    # ----- the draft --------------------------------------------------------------------
    def default_draft(self) -> Draft:
        profile = self.context.profiles.active
        if profile is None:
            return Draft()
        return Draft(
            from_name=profile.from_name,
            from_email=profile.from_email,
            options=Options(campaign_code=profile.campaign_code),
        )

    def load(self, draft: Draft) -> None:
        self.view.load_draft(draft)
        self.view.forget_feedback(Cause.MESSAGE)
        self.refresh_checks()

    def has_unsaved_work(self) -> bool:
        return self.view.draft() != self.default_draft()

    def _on_changed(self) -> None:
        self.autosave.changed()
        self._refresh.start()

    def autosave_now(self) -> None:
        self.autosave.save_now(wait_until_written=True)

    # ----- checks and preview -----------------------------------------------------------
    def refresh_soon(self) -> None:
        """Checks and preview again shortly, as after an edit (e.g. the template arrived)."""
        self._refresh.start()

    def refresh_checks(self) -> None:
        self._refresh.stop()
        self.view.show_channel(self._remembered_channel())
        draft = self.view.draft()
        self._forget_edited(draft)
        texts = self.content.content_texts(draft)
        notes = form_notes(draft, texts, self.content.content_notes(draft))
        tags = find_tags(draft.subject, *texts)
        self.view.show_checks(notes, tags, self.context.profiles.active)
        self.content.show_preview(draft)

    def _forget_edited(self, draft: Draft) -> None:
        """The notices about the fields edited since the last check go; all of them when the
        edit made it another message (another TemplateId)."""
        before, self._checked = self._checked, draft
        if before is not None:
            causes = edit_causes(before, draft, self.content.identity_members)
            if causes:
                self.view.notices.gone(*causes)

    # ----- the channel ------------------------------------------------------------------
    def _remembered_channel(self) -> Channel:
        """The channel last chosen for the active profile (the API unless it was the relay)."""
        profile = self.context.profiles.active
        chosen = self.context.settings.value.send_channels.get(profile.id if profile else "")
        return chosen or Channel.API  # an unknown stored value is read as the API (settings.py)

    def _remember_channel(self, channel: Channel) -> None:
        profile = self.context.profiles.active
        if profile is None:
            return
        channels = self.context.settings.value.send_channels
        self.context.settings.update(send_channels={**channels, profile.id: channel})

    # ----- sending ----------------------------------------------------------------------
    def send(self) -> None:
        """Send to the recipients in the form."""
        self._send(None)

    def send_only_to(self, address: str) -> None:
        """Send to ``address`` alone: To becomes it, Cc and Bcc are left out, and the form
        keeps what was typed."""
        self._send(address)

    def _send(self, address: str | None) -> None:
        view = self.view
        if self._sending:
            return  # one send at a time: a double click sends once
        profile = self.context.profiles.active
        if profile is None:
            view.show_result("error", self.tr("Add a profile first (File ▸ Profiles…)."))
            return
        if view.files_busy():
            view.show_result(
                "warning", self.tr("Files are still being read; send again in a moment.")
            )
            return
        self.autosave_now()
        view.forget_feedback(Cause.SEND)  # the last attempt's words are stale now
        draft = view.draft()
        self._checked = draft  # what this attempt says is about this: edits from here on
        if address is not None:
            draft = msgspec.structs.replace(draft, to=address, cc="", bcc="")
        if not self._checks_pass(draft):
            return
        if not self._profile_can_send(profile):
            return
        if not self._guard(profile):
            return
        if not self.confirm_send(profile, draft):
            return
        self._start(profile, draft)

    def _checks_pass(self, draft: Draft) -> bool:
        view = self.view
        view.clear_marks()
        checks = check(self.kind, draft, self.content.content_texts(draft), view.channel_choice())
        problems = translated_problems(checks.problems)
        if problems:
            for problem in problems:
                view.mark_field(problem.field, problem.message)
            view.show_problems([(p.field, problem_words(p.field), p.message) for p in problems])
            return False
        tags = checks.unfilled_tags
        if tags and not self.confirm_unfilled(tags, checks.subject):
            view.mark_field("XSmtpAPI.DynamicFields", self.tr("Give these merge tags a value"))
            return False
        return True

    def _profile_can_send(self, profile: Profile) -> bool:
        """A profile without a username is refused by MailUp whatever the message: say so
        before any question, the production one above all."""
        if profile.username.strip():
            return True
        self.view.show_result(
            "error",
            escape(
                self.tr(
                    "Not sent: the profile “{name}” has no SMTP+ username, and MailUp refuses "
                    "a send without one. Enter the username and its secret in Profiles "
                    "(File ▸ Profiles…)."
                ).format(name=self.context.privacy.name(profile.name))
            ),
        )
        return False

    def _guard(self, profile: Profile) -> bool:
        """Whether the send may go ahead; the draft stays as it was either way."""
        from .send_guard import guard_send

        decision = guard_send(self._parent, self.context, profile)
        if decision.remind_at is not None:
            self._remind(profile, decision.remind_at)
        return decision.proceed

    def _remind(self, profile: Profile, when: datetime) -> None:
        def words() -> tuple[str, str]:  # when it pops up: masked if screen-share is on then
            user = self.context.privacy.username(profile.username)
            return (
                self.tr("{user} can send again").format(user=user),
                self.tr("The block has lifted: your unsent message can be sent now."),
            )

        self.context.notices.remind_at(when, words)
        self.view.show_result(
            "info",
            escape(
                self.tr("Not sent. A reminder pops up at {when} while the app is open.").format(
                    when=date_time_text(when)
                )
            ),
        )

    # The questions, here so that tests can answer them without a modal loop.
    def confirm_unfilled(self, tags: list[str], subject: str) -> bool:
        return self.questions.unfilled_accepted(tags, subject)

    def confirm_send(self, profile: Profile, draft: Draft) -> bool:
        box, send_button = self.confirmation(profile, draft)
        box.exec()
        return box.clickedButton() is send_button

    def confirmation(self, profile: Profile, draft: Draft) -> tuple[QMessageBox, QPushButton]:
        summary = self.content.send_summary(draft)
        channel = self.view.channel_choice()
        refusals = self.predicted_refusals(profile, draft)
        note = self.content.checks_note()
        return self.questions.confirmation(
            profile, draft, self.kind.method, channel, summary, refusals, note
        )

    def predicted_refusals(self, profile: Profile, draft: Draft) -> list[str]:
        """What MailUp is already known to refuse in ``draft`` for ``profile`` (HTML lines):
        the checks' From outside the user's senders, the pane's own (the template's List)."""
        refusals = self.content.predicted_refusals(draft)
        sender = sender_refusal(self.context, profile, draft.from_email)
        return ([escape(sender)] if sender else []) + refusals

    def _start(self, profile: Profile, draft: Draft) -> None:
        channel = self.view.channel_choice()
        self._sending = True
        self.view.set_sending(True)
        where = self.questions.where(profile, channel)
        self.view.show_result(
            "info", self.tr("Sending to {endpoint}…").format(endpoint=escape(where))
        )
        secrets, sandbox_url, kind = self.context.secrets, self.context.sandbox_url(), self.kind
        smtp = self.context.sandbox_smtp()
        self.context.tasks.run(
            lambda: send(profile, secrets, sandbox_url, kind, draft, channel, sandbox_smtp=smtp),
            lambda report: self._on_sent(profile, draft, report),
            self.show_crash,
            owner=self,
        )

    def _on_sent(self, profile: Profile, draft: Draft, report: SendReport) -> None:
        self._sending = False
        self.view.set_sending(False)
        shown = result_text(report, self.kind, self.context)
        if shown is not None:
            for field, problem in shown.marks:
                self.view.mark_field(field, problem)
            self.view.show_result(shown.kind, shown.html, journal=shown.journal)
        self._journal(profile, draft, report)
        self.content.after_send(profile, report)
        self.sent.emit(report)

    def _journal(self, profile: Profile, draft: Draft, report: SendReport) -> None:
        """Record the attempt on a worker, once the result is on screen."""
        endpoint = profile.base_url(self.context.sandbox_url()) or ""
        if report.channel is Channel.SMTP:
            relay = profile.relay_endpoint(self.context.sandbox_smtp())
            endpoint = relay.label if relay else ""
        kind, extra = self.kind, self.content.journal_extra(draft)
        self.context.tasks.run(
            lambda: record(profile, endpoint, kind, draft, report, **extra),
            self._on_journaled,
            owner=self,
        )

    def _on_journaled(self, recorded: tuple[int | None, str | None]) -> None:
        entry_id, problem = recorded
        if entry_id is not None:
            self.context.journal_feed.announce(entry_id)
        if problem:
            self.view.add_to_result(
                escape(
                    self.tr("It could not be written to the journal: {problem}").format(
                        problem=problem
                    )
                )
            )

    def show_crash(self, error: Exception) -> None:
        """A worker failed where no report could be made (a bug, not a refusal)."""
        self._sending = False
        self.view.set_sending(False)
        self.view.show_result("error", failure_html(Failure.of(error)))

    # ----- the request as a file and as code --------------------------------------------
    def inspect_request(self) -> None:
        profile = self.context.profiles.active
        if profile is None:
            return
        draft, channel = self.view.draft(), self.view.channel_choice()
        inspect_request(
            self._parent, self.context, profile, self.kind, draft, channel, self.show_crash
        )

    def open_request(self) -> None:
        open_request(
            self._parent, self.context, self.kind.method, self.open_draft, self._show_error
        )

    def _show_error(self, error: Exception) -> None:
        self.view.show_result("error", error_html(error))

    # ----- drafts -----------------------------------------------------------------------
    def new_message(self) -> None:
        if self.has_unsaved_work():
            answer = QMessageBox.question(
                self._parent,
                self.tr("New message"),
                self.tr("Keep the current message as a named draft before starting a new one?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not self.save_named():
                return
        self.load(self.default_draft())
        self.autosave.discard()

    def save_named(self) -> bool:
        draft = self.view.draft()
        name, ok = QInputDialog.getText(
            self._parent,
            self.tr("Save draft"),
            self.tr("Draft name:"),
            text=draft.subject or self.tr("Untitled"),
        )
        if not ok or not name.strip():
            return False
        self.drafts.save_named(self.kind.draft_slot, name.strip(), draft)
        self.view.show_result(
            "info", self.tr("Saved as the draft “{name}”.").format(name=escape(name.strip()))
        )
        return True

    def manage_drafts(self) -> None:
        from .drafts_dialog import DraftsDialog

        dialog = DraftsDialog(self.drafts, self.kind.draft_slot, self._parent)
        dialog.save_requested.connect(self.save_named)
        if dialog.exec() and dialog.chosen is not None:
            if self.has_unsaved_work() and not self._confirm_replace():
                return
            self.load(dialog.chosen)

    def open_draft(self, draft: Draft) -> bool:
        """Load a draft from elsewhere (the Journal, a .json file), asking before replacing;
        False when the user kept the current message."""
        if self.has_unsaved_work() and not self._confirm_replace():
            return False
        self.load(draft)
        self.autosave_now()
        return True

    def _confirm_replace(self) -> bool:
        answer = QMessageBox.question(
            self._parent,
            self.tr("Replace the message"),
            self.tr("Replace the message you are writing? It is not saved under a name."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
