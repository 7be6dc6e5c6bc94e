"""The send form the Compose and Templates panes share: the envelope, headers, files, XSmtpAPI
options, the pane's own pages and preview, the checks, the result and the buttons.

It only shows: what the user asks for (send, a new message, drafts, the inspector…) leaves as
one of its signals, and the controller (``controller.py``) decides, through the form's
``FormView`` methods (``view.py``). The form never imports the controller.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...api.validation import header_problems
from ...core.account.profiles import Profile
from ...core.message.draft import Draft
from ...core.send.result import Channel
from ..context import AppContext
from ..core_texts import translated
from ..widgets.field_marks import mark
from ..widgets.file_parts import FilePartsEditor
from ..widgets.name_value_table import NameValueTable
from ..widgets.notice_board import Cause, field_edited
from ..widgets.xsmtpapi_panel import XSmtpApiPanel
from .content import MessageContent
from .envelope import EnvelopeForm
from .save_notice import not_saving_text
from .stale import field_head
from .view import FormSignals


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
    """The widgets of the send form, and the ``FormView`` its controller talks to."""

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
        self.notices = content.notices
        self._loading = False
        self.signals = FormSignals(self)
        self._build(action_buttons)

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
        # the last attempt's result, or what stopped it: stale at the next send, another
        # message or profile
        self.result = self.notices.notice(
            "result", clears_on=(Cause.PROFILE, Cause.MESSAGE, Cause.SEND)
        )
        self.journal_button = self.result.add_action(
            self.tr("Open the Journal"), self.signals.journal_requested.emit
        )
        self.journal_button.setVisible(False)
        # it goes at the first save that works, not before
        self.save_notice = self.notices.notice("not-saving", "error", closable=False)

        self.new_button = push_button(
            self.tr("&New"),
            self.tr("Start a new message (Ctrl+N)"),
            self.signals.new_requested.emit,
        )
        self.drafts_button = push_button(
            self.tr("&Drafts…"),
            self.tr("Save this message under a name, or open one"),
            self.signals.drafts_requested.emit,
        )
        self.open_request_button = push_button(
            self.tr("&Open request…"),
            self.tr("Open a request saved as .json as a new draft"),
            self.signals.open_request_requested.emit,
        )
        self.inspect_button = push_button(
            self.tr("&Inspect request…"),
            self.tr("The exact JSON that will be sent, and code to send it (cURL, Python, C#)"),
            self.signals.inspect_requested.emit,
        )
        self.send_button = push_button(
            self.tr("Send"),
            self.tr("Send through {method} (Ctrl+Enter)").format(method=self.kind.method),
            self.signals.send_requested.emit,
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
        self.channel.currentIndexChanged.connect(
            lambda _index: self.signals.channel_chosen.emit(self.channel_choice())
        )
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
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        # only once in the window: a widget shown before it has a parent is a window of its own
        relay_capable = len(self.kind.channels) > 1
        self.channel.setVisible(relay_capable)
        self.channel_note.setVisible(not relay_capable)

        for widget in (self.envelope, self.headers, self.attachments, self.images, self.options):
            widget.changed.connect(self.on_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.signals.send_requested.emit)
        QShortcut(QKeySequence("Ctrl+S"), self, self.signals.save_requested.emit)
        QShortcut(QKeySequence("Ctrl+N"), self, self.signals.new_requested.emit)

    # ----- the draft --------------------------------------------------------------------
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
        """Show ``draft`` in every field, the pane's too, without a ``changed``."""
        self._loading = True
        self.envelope.load(draft)
        self.content.load_content(draft)
        self.headers.set_rows(draft.headers)
        self.attachments.set_refs(draft.attachments)
        self.images.set_refs(draft.embedded_images)
        self.options.set_options(draft.options)
        self._loading = False

    def on_changed(self) -> None:
        """Connected to every field's change, the pane's own too."""
        if not self._loading:
            self.signals.changed.emit()

    def files_busy(self) -> bool:
        return self.attachments.busy or self.images.busy

    def set_sending(self, sending: bool) -> None:
        self.send_button.setEnabled(not sending)
        self.send_button.setText(self.tr("Sending…") if sending else self.tr("Send"))

    # ----- checks -----------------------------------------------------------------------
    def show_checks(self, notes: list[str], merge_tags: list[str], profile: Profile | None) -> None:
        self.options.sync_merge_tags(merge_tags)
        self.envelope.check_sender(profile)
        self.checks.setText("<br>".join(f"⚠ {escape(n)}" for n in notes))

    # ----- field marks and the result ---------------------------------------------------
    def field_widget(self, path: str) -> QWidget | None:
        head = field_head(path)
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

    def show_not_saving(self, error: Exception | None) -> None:
        if error is not None:
            self.save_notice.set_message(not_saving_text(error))
        self.save_notice.setVisible(error is not None)

    def forget_feedback(self, cause: Cause) -> None:
        """``cause`` happened (a draft loaded or New: another message; the next attempt):
        the notices it makes stale go, and the fields' marks."""
        self.notices.gone(cause)
        self.clear_marks()

    def show_problems(self, problems: list[tuple[str, str, str]]) -> None:
        """Why the send was stopped, one notice a field (``path``, its words, the problem):
        each goes when its field is edited."""
        for path, words, problem in problems:
            head = field_head(path)
            notice = self.notices.notice(
                f"problem:{path}",
                "error",
                clears_on=(Cause.PROFILE, Cause.MESSAGE, Cause.SEND, field_edited(head)),
            )
            notice.set_message(
                self.tr("Not sent: <b>{field}</b>: {problem}").format(
                    field=escape(words), problem=escape(problem)
                )
            )
            notice.show()

    def show_result(self, kind: str, html: str, *, journal: bool = False) -> None:
        self.result.set_kind(kind)
        self.result.set_message(html)
        self.journal_button.setVisible(journal)
        self.result.show()

    def add_to_result(self, html: str) -> None:
        """A line more under the result on screen."""
        self.result.set_message(self.result.text + "<br>" + html)

    # ----- the channel ------------------------------------------------------------------
    def channel_choice(self) -> Channel:
        chosen = self.channel.currentData()
        return chosen if chosen in self.kind.channels else Channel.API

    def show_channel(self, channel: Channel) -> None:
        """Select ``channel`` without a ``channel_chosen``: it is no choice of the user's."""
        index = self.channel.findData(channel)
        self.channel.blockSignals(True)
        self.channel.setCurrentIndex(max(index, 0))
        self.channel.blockSignals(False)
