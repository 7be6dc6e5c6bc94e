"""The send form the Compose and Templates panes share: the envelope, headers, files, XSmtpAPI
options, the pane's own pages and preview, the checks, drafts and the buttons.

Nothing typed is lost: the draft is autosaved shortly after a pause, and every few seconds while
typing goes on (``autosave.Autosave``), and restored on the next start, even after a crash.
The send itself is ``SendFlow``'s.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...api.mergetags import find_tags
from ...api.validation import header_problems
from ...core.message.draft import SIZE_WARNING_BYTES, Draft, Options, typed_anything
from ...core.message.drafts import DraftStore
from ...core.send.pipeline import schedule_problem, unfilled_tags
from ...core.send.result import Channel
from ..context import AppContext
from ..core_texts import translated
from ..widgets.banner import Banner
from ..widgets.field_marks import mark
from ..widgets.file_parts import FilePartsEditor, human_size
from ..widgets.name_value_table import NameValueTable
from ..widgets.xsmtpapi_panel import XSmtpApiPanel
from .autosave import Autosave
from .content import MessageContent
from .envelope import EnvelopeForm
from .request_actions import inspect_request, open_request
from .save_notice import SaveNotice
from .send_flow import SendFlow

CHECKS_DELAY_MS = 300


def _header_problem(name: str, value: str) -> str | None:
    """The table's inline check; an untouched empty row is not a problem yet."""
    if not name and not value:
        return None
    problems = header_problems(name, value)
    return "\n".join(translated(reason) for _, reason in problems) or None


def push_button(text: str, tooltip: str, slot) -> QPushButton:
    """A button as the form's: a tooltip, an accessible name, clicked → ``slot``."""
    button = QPushButton(text)
    button.setToolTip(tooltip)
    button.setAccessibleName(tooltip.split(" (")[0])
    button.clicked.connect(slot)
    return button


class MessageForm(QWidget):
    sent = Signal(object)  # core.send.result.SendReport, after every attempt
    changed = Signal()  # something typed, before the checks and the autosave

    def __init__(
        self,
        context: AppContext,
        content: MessageContent,
        action_buttons: Sequence[QPushButton] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.content = content
        self.kind = content.kind
        self.drafts = DraftStore()
        slot = self.kind.draft_slot
        self._autosave = Autosave(
            self.draft,
            lambda draft: self.drafts.autosave(slot, draft),
            lambda: self.drafts.clear_autosave(slot),
            self,
        )
        self._loading = False
        self._build(action_buttons)
        self.flow = SendFlow(self)
        self._refresh = QTimer(self, singleShot=True, interval=CHECKS_DELAY_MS)
        self._refresh.timeout.connect(self.refresh_checks)

    def restore(self) -> None:
        """Load the draft autosaved last time, or a new one; the pane calls it once it is
        built, as loading asks the pane for its content and preview."""
        default = self.default_draft()
        restored = self.drafts.restore(self.kind.draft_slot)
        self.load_draft(restored or default)
        if restored is not None and typed_anything(restored, default):
            self.show_result("info", self.tr("Your unsent message was restored."))

    # ----- layout -----------------------------------------------------------------------
    def _build(self, action_buttons: Sequence[QPushButton]) -> None:
        self.envelope = EnvelopeForm(self.context)
        self.headers = NameValueTable(self.tr("Header"), self.tr("Value"), check=_header_problem)
        self.headers.setToolTip(
            self.tr(
                "ExtendedHeaders: MailUp only adds headers it has approved; others are dropped "
                "silently"
            )
        )
        self.attachments = FilePartsEditor(self.context.tasks, embedded=False)
        self.images = FilePartsEditor(self.context.tasks, embedded=True)
        self.options = XSmtpApiPanel()

        self.editors = QTabWidget()
        self.editors.setAccessibleName(self.tr("Message parts"))
        for page, title in self.content.content_pages():
            self.editors.addTab(page, title)
        self.editors.addTab(self.headers, self.tr("Headers"))
        self.editors.addTab(self.attachments, self.tr("Attachments"))
        self.editors.addTab(self.images, self.tr("Embedded images"))
        self.editors.addTab(self.options, self.tr("Options && merge tags"))
        # Every tab in sight on a laptop-size window, shortened if need be, its full title in
        # its tooltip, rather than the last ones behind the tab bar's scroll arrows.
        self.editors.setElideMode(Qt.TextElideMode.ElideRight)
        for index in range(self.editors.count()):
            self.editors.setTabToolTip(index, self.editors.tabText(index).replace("&&", "&"))

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

        self.new_button = push_button(
            self.tr("&New"), self.tr("Start a new message (Ctrl+N)"), self.new_message
        )
        self.drafts_button = push_button(
            self.tr("&Drafts…"),
            self.tr("Save this message under a name, or open one"),
            self.manage_drafts,
        )
        self.open_request_button = push_button(
            self.tr("&Open request…"),
            self.tr("Open a request saved as .json as a new draft"),
            lambda: open_request(self),
        )
        self.inspect_button = push_button(
            self.tr("&Inspect request…"),
            self.tr("The exact JSON that will be sent, and code to send it (cURL, Python, C#)"),
            lambda: inspect_request(self),
        )
        self.send_button = push_button(
            self.tr("Send"),
            self.tr("Send through {method} (Ctrl+Enter)").format(method=self.kind.method),
            self.send,
        )
        self.send_button.setDefault(True)
        self.send_button.setStyleSheet("QPushButton { font-weight: bold; padding: 4px 18px; }")
        self.channel = QComboBox()
        self.channel.addItem(self.tr("API"), Channel.API)
        self.channel.addItem(self.tr("SMTP+ relay"), Channel.SMTP)
        self.channel.setAccessibleName(self.tr("Send through"))
        self.channel.setToolTip(
            self.tr(
                "Send through MailUp's transactional API, or through its SMTP+ relay: the same "
                "message as MIME, its options in one X-SMTPAPI header. Remembered per profile."
            )
        )
        self.channel.currentIndexChanged.connect(self._on_channel_chosen)
        self.channel_note = QLabel(self.tr("API only"))
        self.channel_note.setToolTip(
            self.tr("API only: MailUp's SMTP+ relay cannot send stored templates")
        )
        self.channel_note.setAccessibleName(self.tr("Send through"))

        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.drafts_button,
            self.open_request_button,
            self.inspect_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in action_buttons:
            buttons.addWidget(button)
        buttons.addWidget(self.channel_note)
        buttons.addWidget(self.channel)
        buttons.addWidget(self.send_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.envelope)
        left_layout.addWidget(self.editors, 1)
        left_layout.addWidget(self.checks)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.content.side_panel())
        splitter.setSizes([600, 420])  # the editors' tabs in full at 1024 px wide (English)
        layout = QVBoxLayout(self)
        layout.addWidget(SaveNotice(self._autosave))
        layout.addWidget(self.result)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        # only once in the window: a widget shown before it has a parent is a window of its own
        relay_capable = len(self.kind.channels) > 1
        self.channel.setVisible(relay_capable)
        self.channel_note.setVisible(not relay_capable)

        for widget in (self.envelope, self.headers, self.attachments, self.images, self.options):
            widget.changed.connect(self.on_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.send)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save_named)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_message)

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
            **self.envelope.members(),
            headers=self.headers.rows(),
            attachments=self.attachments.refs(),
            embedded_images=self.images.refs(),
            options=self.options.options(),
            **self.content.content_of(),
        )

    def load_draft(self, draft: Draft) -> None:
        self._loading = True
        self.envelope.load(draft)
        self.content.load_content(draft)
        self.headers.set_rows(draft.headers)
        self.attachments.set_refs(draft.attachments)
        self.images.set_refs(draft.embedded_images)
        self.options.set_options(draft.options)
        self._loading = False
        self.forget_feedback()
        self.refresh_checks()

    def has_unsaved_work(self) -> bool:
        return self.draft() != self.default_draft()

    def on_changed(self) -> None:
        """Connected to every field's change, the pane's own too."""
        if self._loading:
            return
        self.changed.emit()
        self._autosave.changed()
        self._refresh.start()

    def refresh_soon(self) -> None:
        """Checks and preview again shortly, as after an edit (e.g. the template arrived)."""
        self._refresh.start()

    def autosave_now(self) -> None:
        self._autosave.save_now(wait_until_written=True)

    # ----- checks and preview -----------------------------------------------------------
    def refresh_checks(self) -> None:
        self._refresh.stop()
        self._show_channel()
        draft = self.draft()
        texts = self.content.content_texts(draft)
        self.options.sync_merge_tags(find_tags(draft.subject, *texts))
        notes = []
        missing = unfilled_tags(draft, texts)
        if missing:
            notes.append(
                self.tr("Merge tags without a value: {tags}").format(
                    tags=", ".join(f"[{t}]" for t in missing)
                )
            )
        notes += self.content.content_notes(draft)
        self.envelope.check_sender(self.context.profiles.active)
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
        schedule = schedule_problem(draft.options.schedule)
        if schedule:
            notes.append(translated(schedule))
        self.checks.setText("<br>".join(f"⚠ {escape(n)}" for n in notes))
        self.content.show_preview(draft)

    # ----- field marks and the result ---------------------------------------------------
    def field_widget(self, path: str) -> QWidget | None:
        head = path.split("[")[0].split(".")[0]
        if head == "From":
            head = "From.Name" if path.endswith(".Name") else "From"
        widgets = {
            **self.envelope.fields(),
            "ExtendedHeaders": self.headers.table,
            "Attachments": self.attachments.table,
            "EmbeddedImages": self.images.table,
            "XSmtpAPI": self.options,
            **self.content.content_fields(),
        }
        return widgets.get(head)

    def mark_field(self, path: str, problem: str) -> None:
        widget = self.field_widget(path)
        if widget is None:
            return
        mark(widget, problem)
        for index in range(self.editors.count()):
            page = self.editors.widget(index)
            if page is not None and (page is widget or page.isAncestorOf(widget)):
                self.editors.setCurrentIndex(index)
        widget.setFocus()

    def clear_marks(self) -> None:
        self.envelope.clear_marks()
        for widget in (
            self.headers.table,
            self.attachments.table,
            self.images.table,
            self.options,
            *self.content.content_fields().values(),
        ):
            mark(widget, None)

    def forget_feedback(self) -> None:
        """Clear the last result and the fields' marks: they belong to a message, a profile or
        an attempt that is no longer the one on screen (a draft loaded, New, a profile switch,
        the next attempt)."""
        self.result.hide()
        self.clear_marks()

    def show_result(self, kind: str, html: str, *, journal: bool = False) -> None:
        self.result.set_kind(kind)
        self.result.set_message(html)
        self.journal_button.setVisible(journal)
        self.result.show()

    def _open_journal(self) -> None:
        show_journal = getattr(self.window(), "show_journal", None)
        if show_journal is not None:
            show_journal()

    # ----- the channel ------------------------------------------------------------------
    def channel_choice(self) -> Channel:
        chosen = self.channel.currentData()
        return chosen if chosen in self.kind.channels else Channel.API

    def _show_channel(self) -> None:
        """The channel last chosen for the active profile (the API unless it was the relay)."""
        profile = self.context.profiles.active
        chosen = self.context.settings.value.send_channels.get(profile.id if profile else "")
        index = self.channel.findData(chosen or Channel.API)
        self.channel.blockSignals(True)
        self.channel.setCurrentIndex(max(index, 0))
        self.channel.blockSignals(False)

    def _on_channel_chosen(self) -> None:
        profile = self.context.profiles.active
        if profile is None:
            return
        channels = self.context.settings.value.send_channels
        self.context.settings.update(send_channels={**channels, profile.id: self.channel_choice()})

    # ----- sending ----------------------------------------------------------------------
    def send(self) -> None:
        """Send to the recipients in the form."""
        self.flow.send(None)

    def send_only_to(self, address: str) -> None:
        """Send to ``address`` alone: To becomes it, Cc and Bcc are left out, and the form
        keeps what was typed."""
        self.flow.send(address)

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
        self._autosave.discard()

    def save_named(self) -> bool:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save draft"),
            self.tr("Draft name:"),
            text=self.envelope.subject.text() or self.tr("Untitled"),
        )
        if not ok or not name.strip():
            return False
        self.drafts.save_named(self.kind.draft_slot, name.strip(), self.draft())
        self.show_result(
            "info", self.tr("Saved as the draft “{name}”.").format(name=escape(name.strip()))
        )
        return True

    def manage_drafts(self) -> None:
        from .drafts_dialog import DraftsDialog

        dialog = DraftsDialog(self.drafts, self.kind.draft_slot, self)
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
