"""What the Compose and Templates panes share: the envelope (From, recipients, Reply-To,
Subject, CharSet), headers, files, XSmtpAPI options, checks, drafts and the whole send flow.

Nothing typed is lost: the draft is autosaved a few seconds after each change and restored on
the next start, even after a crash. A subclass adds its content (HTML and text, or a template
ID) and its preview, and says how to build and send its request.
"""

from __future__ import annotations

from html import escape

import msgspec
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...api.mergetags import find_tags, unfilled
from ...api.validation import Problem, header_problems
from ...core.addresses import parse_addresses
from ...core.draft import SIZE_WARNING_BYTES, Draft, Options
from ...core.drafts import DraftStore
from ...core.sending import QUEUED, REFUSED_LOCALLY, SCHEDULED, UNKNOWN, SendReport
from ..context import AppContext
from ..describe import error_html
from ..widgets.address_field import AddressField
from ..widgets.banner import Banner
from ..widgets.field_marks import mark
from ..widgets.file_parts import FilePartsEditor, human_size
from ..widgets.name_value_table import NameValueTable
from ..widgets.xsmtpapi_panel import XSmtpApiPanel

AUTOSAVE_DELAY_MS = 2000
CHARSETS = ["utf-8", "iso-8859-1", "iso-8859-15", "windows-1252", "us-ascii"]


def _header_problem(name: str, value: str) -> str | None:
    """The table's inline check; an untouched empty row is not a problem yet."""
    if not name and not value:
        return None
    problems = header_problems(name, value)
    return "\n".join(reason for _, reason in problems) or None


class MessageEditor(QWidget):
    sent = Signal(object)  # SendReport, after every attempt

    EDITOR = ""  # the pane's slot in the draft store
    METHOD = ""  # SendMessage or SendTemplate, as named to the user
    METHOD_PATH = ""  # its path under the API base URL
    # Which MailUp code points at which field when the server refuses a send; a subclass adds
    # its own (the paths of content_fields()).
    CODE_FIELDS = {"109": "To", "110": "From", "102": "From"}

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.drafts = DraftStore()
        self._sending = False
        self._sending_what = None  # (profile, draft) of the send in flight, for the journal
        self._loading = False
        self._build()
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.autosave_now)
        self._refresh = QTimer(self, singleShot=True, interval=300)
        self._refresh.timeout.connect(self._refresh_checks)
        restored = self.drafts.restore(self.EDITOR)
        if restored is not None:
            self.load_draft(restored)
            self.result.set_message(self.tr("Your unsent message was restored."))
            self.result.show()
        else:
            self.load_draft(self.default_draft())

    # ----- layout -----------------------------------------------------------------------
    def _build(self) -> None:
        privacy = self.context.privacy
        self.from_name = QLineEdit()
        self.from_name.setPlaceholderText(self.tr("Sender name"))
        self.from_name.setToolTip(self.tr("From: the name recipients see"))
        self.from_name.setAccessibleName(self.tr("From name"))
        self.from_email = QLineEdit()
        self.from_email.setPlaceholderText(self.tr("sender@example.com"))
        self.from_email.setToolTip(
            self.tr("From: an authorised sender or domain of the SMTP+ user")
        )
        self.from_email.setAccessibleName(self.tr("From address"))
        privacy.guard_field(self.from_email)
        from_row = QHBoxLayout()
        from_row.addWidget(self.from_name, 1)
        from_row.addWidget(self.from_email, 2)
        self.from_warning = QLabel()
        self.from_warning.setWordWrap(True)
        self.from_warning.setStyleSheet("color: #8a5a00;")
        self.from_warning.hide()
        self.to = AddressField(self.tr("To"), privacy)
        self.cc = AddressField(self.tr("Cc"), privacy)
        self.bcc = AddressField(self.tr("Bcc"), privacy)
        self.reply_to = QLineEdit()
        self.reply_to.setToolTip(
            self.tr(
                "Reply-To: one address. A Reply-To different from From "
                "must be enabled by MailUp support."
            )
        )
        self.reply_to.setAccessibleName(self.tr("Reply-To"))
        privacy.guard_field(self.reply_to)
        self.subject = QLineEdit()
        self.subject.setToolTip(
            self.tr("Subject; [merge tags] are filled from the values in Options")
        )
        self.subject.setAccessibleName(self.tr("Subject"))
        self.char_set = QComboBox()
        self.char_set.setEditable(True)
        self.char_set.addItems(CHARSETS)
        self.char_set.setToolTip(self.tr("CharSet of the message; utf-8 unless you know better"))
        self.char_set.setAccessibleName(self.tr("CharSet"))

        form = QFormLayout()
        form.addRow(self.tr("From"), from_row)
        form.addRow("", self.from_warning)
        form.addRow(self.tr("&To"), self.to)
        form.addRow(self.tr("&Cc"), self.cc)
        form.addRow(self.tr("&Bcc"), self.bcc)
        form.addRow(self.tr("&Reply-To"), self.reply_to)
        form.addRow(self.tr("&Subject"), self.subject)
        form.addRow(self.tr("C&harSet"), self.char_set)

        self.headers = NameValueTable(self.tr("Header"), self.tr("Value"), check=_header_problem)
        self.headers.setToolTip(
            self.tr(
                "ExtendedHeaders: MailUp only adds headers it has "
                "approved; others are dropped silently"
            )
        )
        self.attachments = FilePartsEditor(self.context.tasks, embedded=False)
        self.images = FilePartsEditor(self.context.tasks, embedded=True)
        self.options = XSmtpApiPanel()

        self.editors = QTabWidget()
        self.editors.setAccessibleName(self.tr("Message parts"))
        for page, title in self.content_tabs():
            self.editors.addTab(page, title)
        self.editors.addTab(self.headers, self.tr("Headers"))
        self.editors.addTab(self.attachments, self.tr("Attachments"))
        self.editors.addTab(self.images, self.tr("Embedded images"))
        self.editors.addTab(self.options, self.tr("Options && merge tags"))

        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setTextFormat(Qt.TextFormat.RichText)
        self.checks.setAccessibleName(self.tr("Checks"))
        self.result = Banner("info")
        self.result.hide()
        self.journal_button = self.result.add_action(
            self.tr("Open the Journal"), self._open_journal
        )
        self.journal_button.hide()

        self.new_button = self._button(
            self.tr("&New"), self.tr("Start a new message (Ctrl+N)"), self.new_message
        )
        self.drafts_button = self._button(
            self.tr("&Drafts…"),
            self.tr("Save this message under a name, or open one"),
            self.manage_drafts,
        )
        self.open_request_button = self._button(
            self.tr("&Open request…"),
            self.tr("Open a request saved as .json as a new draft"),
            self.open_request,
        )
        self.inspect_button = self._button(
            self.tr("&Inspect request…"),
            self.tr("The exact JSON that will be sent, and code to send it (cURL, Python, C#)"),
            self.inspect_request,
        )
        self.send_button = self._button(
            self.tr("Send"),
            self.tr("Send through {method} (Ctrl+Enter)").format(method=self.METHOD),
            self.send,
        )
        self.send_button.setDefault(True)
        self.send_button.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 18px; }")
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.drafts_button,
            self.open_request_button,
            self.inspect_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in self.action_buttons():
            buttons.addWidget(button)
        buttons.addWidget(self.send_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        for widget in self.above_form():
            left_layout.addWidget(widget)
        left_layout.addLayout(form)
        left_layout.addWidget(self.editors, 1)
        left_layout.addWidget(self.checks)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.side_panel())
        splitter.setSizes([560, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(self.result)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        for field in (self.from_name, self.from_email, self.reply_to, self.subject):
            field.textChanged.connect(self._on_changed)
        self.char_set.currentTextChanged.connect(self._on_changed)
        for widget in (
            self.to,
            self.cc,
            self.bcc,
            self.headers,
            self.attachments,
            self.images,
            self.options,
        ):
            widget.changed.connect(self._on_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_named)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_message)

    # ----- what a subclass provides ------------------------------------------------------
    def content_tabs(self) -> list[tuple[QWidget, str]]:
        """The pages in front of Headers (the message's own content)."""
        raise NotImplementedError

    def above_form(self) -> list[QWidget]:
        """Widgets above the envelope form."""
        return []

    def action_buttons(self) -> list[QPushButton]:
        """More buttons, just before Send."""
        return []

    def content_fields(self) -> dict[str, QWidget]:
        """The subclass's fields by MailUp member name, to mark them when MailUp refuses."""
        return {}

    def side_panel(self) -> QWidget:
        """The preview beside the editors."""
        raise NotImplementedError

    def content_of(self) -> dict:
        """The subclass's members of ``Draft``, as keyword arguments."""
        raise NotImplementedError

    def load_content(self, draft: Draft) -> None:
        raise NotImplementedError

    def content_texts(self, draft: Draft) -> list[str]:
        """The texts whose [merge tags] need values."""
        raise NotImplementedError

    def content_notes(self, draft: Draft) -> list[str]:
        """Warnings about the content, shown under the editors."""
        return []

    def show_preview(self, draft: Draft) -> None:
        raise NotImplementedError

    def build(self, draft: Draft, *, read_files: bool):
        """The request for ``draft`` and its problems (a core.draft.BuiltMessage). Called on
        worker threads too: it must not touch widgets."""
        raise NotImplementedError

    def send_work(self, profile, draft: Draft):
        """A function for the worker thread that sends and returns a SendReport."""
        secrets, sandbox_url, build = self.context.secrets, self.context.sandbox_url(), self.build

        def work():
            from ...core.sending import send_draft  # httpx loads on the worker

            return send_draft(profile, secrets, sandbox_url, draft, build)

        return work

    def _button(self, text: str, tooltip: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.setAccessibleName(tooltip.split(" (")[0])
        button.clicked.connect(slot)
        return button

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

    def draft(self) -> Draft:
        return Draft(
            from_name=self.from_name.text(),
            from_email=self.from_email.text(),
            to=self.to.text(),
            cc=self.cc.text(),
            bcc=self.bcc.text(),
            reply_to=self.reply_to.text(),
            subject=self.subject.text(),
            char_set=self.char_set.currentText(),
            headers=self.headers.rows(),
            attachments=self.attachments.refs(),
            embedded_images=self.images.refs(),
            options=self.options.options(),
            **self.content_of(),
        )

    def load_draft(self, draft: Draft) -> None:
        self._loading = True
        self.from_name.setText(draft.from_name)
        self.from_email.setText(draft.from_email)
        self.to.set_text(draft.to)
        self.cc.set_text(draft.cc)
        self.bcc.set_text(draft.bcc)
        self.reply_to.setText(draft.reply_to)
        self.subject.setText(draft.subject)
        self.char_set.setCurrentText(draft.char_set)
        self.load_content(draft)
        self.headers.set_rows(draft.headers)
        self.attachments.set_refs(draft.attachments)
        self.images.set_refs(draft.embedded_images)
        self.options.set_options(draft.options)
        self._loading = False
        self._clear_marks()
        self._refresh_checks()

    def has_unsaved_work(self) -> bool:
        return self.draft() != self.default_draft()

    def _on_changed(self) -> None:
        if self._loading:
            return
        self._autosave.start()
        self._refresh.start()

    def autosave_now(self) -> None:
        self._autosave.stop()
        self.drafts.autosave(self.EDITOR, self.draft())

    # ----- checks and preview -----------------------------------------------------------
    def _refresh_checks(self) -> None:
        draft = self.draft()
        self.options.sync_merge_tags(find_tags(draft.subject, *self.content_texts(draft)))
        notes = []
        missing = self._unfilled_tags(draft)
        if missing:
            notes.append(
                self.tr("Merge tags without a value: {tags}").format(
                    tags=", ".join(f"[{t}]" for t in missing)
                )
            )
        notes += self.content_notes(draft)
        self._check_sender(draft)
        total = draft.total_file_bytes()
        if total > SIZE_WARNING_BYTES:
            notes.append(
                self.tr("Files total {size}, over MailUp's 10 MB: the send may be refused").format(
                    size=human_size(total)
                )
            )
        reply_to, sender = draft.reply_to.strip().lower(), draft.from_email.strip().lower()
        if reply_to and reply_to != sender:
            notes.append(
                self.tr(
                    "A Reply-To different from From must be enabled by MailUp "
                    "support, or MailUp ignores it."
                )
            )
        problem = self.options.schedule_problem()
        if problem:
            notes.append(problem)
        self.checks.setText("<br>".join(f"⚠ {escape(n)}" for n in notes))
        self.show_preview(draft)

    def _check_sender(self, draft: Draft) -> None:
        """Warn when From is outside the senders MailUp allows the user, as last listed."""
        from ...core.content_checks import sender_allowed

        profile = self.context.profiles.active
        user = self.context.user_states.own_user(profile) if profile else None
        address = draft.from_email.strip()
        allowed = (
            sender_allowed(address, user.sender_list, user.domain_list)
            if user and address
            else None
        )
        self.from_warning.setVisible(allowed is False)
        if allowed is False:
            self.from_warning.setText(
                self.tr(
                    "{address} is not among the senders or domains MailUp allows for {user}: "
                    "MailUp will refuse the send (code 102). Allowed: {senders} {domains}"
                ).format(
                    address=self.context.privacy.address(address),
                    user=self.context.privacy.username(profile.username),
                    senders=self.context.privacy.addresses_in(user.sender_list or ""),
                    domains=user.domain_list or "",
                )
            )

    def _unfilled_tags(self, draft: Draft) -> list[str]:
        if draft.options.skip_dynamic_fields:
            return []
        return unfilled(
            [draft.subject, *self.content_texts(draft)], dict(draft.options.dynamic_fields)
        )

    # ----- sending ----------------------------------------------------------------------
    def send(self) -> None:
        """Send to the recipients in the form."""
        self.send_only_to(None)

    def send_only_to(self, address: str | None) -> None:
        """Send; with ``address``, to it alone: To becomes it, Cc and Bcc are left out, and the
        form keeps what was typed."""
        if self._sending:
            return  # one send at a time: a double click sends once
        profile = self.context.profiles.active
        if profile is None:
            self._show_result("error", self.tr("Add a profile first (File ▸ Profiles…)."))
            return
        if self.attachments.busy or self.images.busy:
            self._show_result(
                "warning", self.tr("Files are still being read; send again in a moment.")
            )
            return
        self.autosave_now()
        draft = self._draft_to(address)
        if not self._local_checks_pass(draft):
            return
        decision = self._guard(profile)
        if decision is None:
            return
        if decision:
            self.options.set_schedule(decision)
            draft = self._draft_to(address)
        if not self.confirm_send(profile, draft):
            return
        self._start_send(profile, draft)

    def _draft_to(self, address: str | None) -> Draft:
        draft = self.draft()
        if address is None:
            return draft
        return msgspec.structs.replace(draft, to=address, cc="", bcc="")

    def _local_checks_pass(self, draft: Draft) -> bool:
        self._clear_marks()
        problems = self.build(draft, read_files=False).problems
        schedule = self.options.schedule_problem()
        if schedule:
            problems.append(Problem("XSmtpAPI.Schedule", schedule))
        if problems:
            for problem in problems:
                self._mark_field(problem.field, problem.message)
            listed = "".join(
                f"<li><b>{escape(p.field)}</b>: {escape(p.message)}</li>" for p in problems[:8]
            )
            self._show_result(
                "error", self.tr("Not sent: correct these first.") + f"<ul>{listed}</ul>"
            )
            return False
        missing = self._unfilled_tags(draft)
        if missing and not self.confirm_unfilled(missing):
            self._mark_field("XSmtpAPI.DynamicFields", self.tr("Give these merge tags a value"))
            self.editors.setCurrentWidget(self.options)
            return False
        return True

    def _guard(self, profile):
        """None: stop. False: go ahead. A datetime: go ahead, scheduled after a block."""
        from ..send_guard import guard_send

        decision = guard_send(self, self.context, profile)
        if not decision.proceed:
            return None
        return decision.schedule_after or False

    def confirm_unfilled(self, tags: list[str]) -> bool:
        answer = QMessageBox.warning(
            self,
            self.tr("Merge tags without a value"),
            self.tr(
                "These merge tags have no value and would reach the recipients as written:"
                "\n\n{tags}\n\nSend anyway?"
            ).format(tags=", ".join(f"[{t}]" for t in tags)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def send_summary(self, draft: Draft) -> str:
        """What is being sent, for the confirmation (plain text)."""
        return f"“{draft.subject}”"

    def confirm_send(self, profile, draft: Draft) -> bool:
        """Name the profile, the endpoint (production in red) and the recipients (a few by
        address, so that a send to oneself can be seen to be one)."""
        recipients = [
            entry.email
            for text in (draft.to, draft.cc, draft.bcc)
            for entry in parse_addresses(text)
            if entry.problem is None
        ]
        count = len(recipients)
        endpoint = escape(profile.endpoint_label(self.context.sandbox_url()))
        if profile.is_production:
            endpoint = f'<b style="color:#c62828">{endpoint} (PRODUCTION)</b>'
        when = self.tr("now")
        if draft.options.schedule:
            when = draft.options.schedule.astimezone().strftime("%d %b %Y %H:%M")
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Send through {method}").format(method=self.METHOD),
            "",
            parent=self,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr(
                "Send {what} to <b>%n recipient(s)</b>?<br>Profile: <b>{profile}</b><br>"
                "Endpoint: {endpoint}<br>When: {when}",
                "",
                count,
            ).format(
                what=escape(self.send_summary(draft)),
                profile=escape(profile.name),
                endpoint=endpoint,
                when=when,
            )
            + (
                "<br>"
                + escape(
                    self.tr("Recipients: {addresses}").format(
                        addresses=", ".join(self.context.privacy.address(a) for a in recipients)
                    )
                )
                if 0 < count <= 3
                else ""
            )
        )
        send = box.addButton(self.tr("Send"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is send

    def _start_send(self, profile, draft: Draft) -> None:
        self._sending = True
        self.send_button.setEnabled(False)
        self.send_button.setText(self.tr("Sending…"))
        self._show_result(
            "info",
            self.tr("Sending to {endpoint}…").format(
                endpoint=escape(profile.endpoint_label(self.context.sandbox_url()))
            ),
        )
        self._sending_what = (profile, draft)
        self.context.tasks.run(self.send_work(profile, draft), self._on_sent, self._on_send_crashed)

    def journal_extra(self, draft: Draft) -> dict:
        """More for the journal entry (the Templates pane adds the template and test data)."""
        return {}

    def _on_sent(self, report: SendReport) -> None:
        self._journal(report)
        self._sending = False
        self.send_button.setEnabled(True)
        self.send_button.setText(self.tr("Send"))
        self.last_report = report
        if report.outcome == QUEUED:
            self._show_result(
                "info",
                self.tr(
                    "<b>Queued by MailUp</b> (not yet delivered): "
                    "MailUp accepted the message and will deliver it."
                ),
            )
        elif report.outcome == SCHEDULED:
            when = report.request.x_smtp_api.schedule.astimezone().strftime("%d %b %Y %H:%M")
            self._show_result(
                "info",
                self.tr("<b>Scheduled by MailUp</b> for {when} (not yet delivered).").format(
                    when=when
                ),
            )
        elif report.outcome == UNKNOWN:
            self._show_result("warning", error_html(report.error), journal=True)
        elif report.outcome == REFUSED_LOCALLY:
            for problem in getattr(report.error, "problems", []):
                self._mark_field(problem.field, problem.message)
            self._show_result("error", error_html(report.error))
        else:
            field = self.CODE_FIELDS.get(getattr(report.error, "code", None) or "")
            if field:
                self._mark_field(field, report.error.hint)
            self._show_result("error", error_html(report.error))
        self.sent.emit(report)

    def _journal(self, report: SendReport) -> None:
        """Record the attempt on a worker, once the result is on screen."""
        profile, draft = self._sending_what
        endpoint = profile.base_url(self.context.sandbox_url()) or ""
        method, extra = self.METHOD, self.journal_extra(draft)
        self.context.tasks.run(
            lambda: _record(profile, endpoint, method, draft, report, extra), self._on_journaled
        )

    def _on_journaled(self, recorded: tuple[int | None, str | None]) -> None:
        entry_id, problem = recorded
        if entry_id is not None:
            self.context.journal_feed.recorded.emit(entry_id)
        if problem:
            self.result.set_message(
                self.result.label.text()
                + "<br>"
                + escape(
                    self.tr("It could not be written to the journal: {problem}").format(
                        problem=problem
                    )
                )
            )

    def _on_send_crashed(self, error: Exception) -> None:
        self._sending = False
        self.send_button.setEnabled(True)
        self.send_button.setText(self.tr("Send"))
        self._show_result("error", error_html(error))

    def _show_result(self, kind: str, html: str, *, journal: bool = False) -> None:
        self.result.set_kind(kind)
        self.result.set_message(html)
        self.journal_button.setVisible(journal)
        self.result.show()

    def _open_journal(self) -> None:
        window = self.window()
        if hasattr(window, "show_journal"):
            window.show_journal()

    # ----- field marks ------------------------------------------------------------------
    def _field_widget(self, path: str) -> QWidget | None:
        head = path.split("[")[0].split(".")[0]
        if path.startswith("From"):
            return self.from_name if path.endswith(".Name") else self.from_email
        widgets = {
            "To": self.to.edit,
            "Cc": self.cc.edit,
            "Bcc": self.bcc.edit,
            "ReplyTo": self.reply_to,
            "Subject": self.subject,
            "ExtendedHeaders": self.headers.table,
            "Attachments": self.attachments.table,
            "EmbeddedImages": self.images.table,
            "XSmtpAPI": self.options,
            "CharSet": self.char_set,
            **self.content_fields(),
        }
        return widgets.get(head)

    def _mark_field(self, path: str, problem: str) -> None:
        widget = self._field_widget(path)
        if widget is None:
            return
        mark(widget, problem)
        for index in range(self.editors.count()):
            page = self.editors.widget(index)
            if page is widget or page.isAncestorOf(widget):
                self.editors.setCurrentIndex(index)
        widget.setFocus()

    def _clear_marks(self) -> None:
        for widget in (
            self.from_name,
            self.from_email,
            self.reply_to,
            self.subject,
            self.headers.table,
            self.attachments.table,
            self.images.table,
            self.options,
            self.char_set,
            *self.content_fields().values(),
        ):
            mark(widget, None)
        for field in (self.to, self.cc, self.bcc):
            field.recheck()

    # ----- drafts -----------------------------------------------------------------------
    def new_message(self) -> None:
        if self.has_unsaved_work():
            answer = QMessageBox.question(
                self,
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
        self.load_draft(self.default_draft())
        self.drafts.clear_autosave(self.EDITOR)
        self.result.hide()

    def save_named(self) -> bool:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save draft"),
            self.tr("Draft name:"),
            text=self.subject.text() or self.tr("Untitled"),
        )
        if not ok or not name.strip():
            return False
        self.drafts.save_named(self.EDITOR, name.strip(), self.draft())
        self._show_result(
            "info", self.tr("Saved as the draft “{name}”.").format(name=escape(name.strip()))
        )
        return True

    def manage_drafts(self) -> None:
        from .drafts_dialog import DraftsDialog

        dialog = DraftsDialog(self.drafts, self.EDITOR, self)
        dialog.save_requested.connect(self.save_named)
        if dialog.exec() and dialog.chosen is not None:
            if self.has_unsaved_work() and not self._confirm_replace():
                return
            self.load_draft(dialog.chosen)

    def open_draft(self, draft: Draft) -> bool:
        """Load a draft from elsewhere (the Journal, a .json file), asking before replacing;
        False when the user kept the current message."""
        if self.has_unsaved_work() and not self._confirm_replace():
            return False
        self.load_draft(draft)
        self.autosave_now()
        return True

    def _confirm_replace(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the message"),
            self.tr("Replace the message you are writing? It is not saved under a name."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def inspect_request(self) -> None:
        """The exact request as JSON (secret masked) and as code, built from the files on disk."""
        profile = self.context.profiles.active
        if profile is None:
            return
        draft, build = self.draft(), self.build

        def work() -> dict:
            from ...api.dto import to_builtins

            body = to_builtins(build(draft, read_files=True).message)
            body["User"] = {"Username": profile.username}
            return body

        def show(body: dict) -> None:
            from .inspector import RequestInspector

            files = [*draft.attachments, *draft.embedded_images]
            inspector = RequestInspector(
                self,
                self.context,
                self.METHOD_PATH,
                body,
                profile.base_url(self.context.sandbox_url()),
                profile.username,
                files,
            )
            inspector.show()

        self.context.tasks.run(work, show, self._on_send_crashed)

    def open_request(self) -> None:
        """Open a request saved as .json (by the inspector, or by hand) as a new draft."""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a saved request"), "", self.tr("JSON (*.json);;All files (*)")
        )
        if not name:
            return

        method = self.METHOD

        def work():
            from ...core.request_files import open_request_json

            return open_request_json(name, method=method)

        self.context.tasks.run(
            work, self.open_draft, lambda error: self._show_result("error", escape(str(error)))
        )


def _record(
    profile, endpoint: str, method: str, draft: Draft, report: SendReport, extra: dict
) -> tuple[int | None, str | None]:
    """Write the attempt to the journal (on the worker); a failure here never hides the send."""
    if report.request is None:
        return None, None
    try:
        from ...api.dto import to_json
        from ...core.journal import Journal, entry_for_attempt

        entry = entry_for_attempt(
            profile_id=profile.id,
            profile_name=profile.name,
            endpoint=endpoint,
            method=method,
            request_json=report.request_body or to_json(report.request),
            draft=draft,
            outcome=report.outcome,
            answer=report.result or report.error,
            duration_ms=report.duration_ms,
            **extra,
        )
        journal = Journal()
        try:
            return journal.record(entry), None
        finally:
            journal.close()
    except Exception as error:  # a full disk must not turn a sent message into an error
        return None, str(error)
