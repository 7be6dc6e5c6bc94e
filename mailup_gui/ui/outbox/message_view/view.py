"""MessageView: a stored message in seven tabs, as a mail tester shows it (HTML, Text, Checks,
Headers, Attachments, Options, Raw), with the envelope above them. Screen-share mode masks
addresses and usernames in every tab."""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTabWidget, QVBoxLayout, QWidget

from ....core.outbox.service import StoredMessage
from ....core.outbox.stored_message import ParsedMessage
from ....core.preflight.findings import Report, Where
from ....core.storage.settings import SettingsStore
from ...locale_text import date_time_text
from ...preview.checks import ChecksView, show_count
from ...preview.html_view import HtmlView
from ...privacy import Privacy
from ...tasks import TaskRunner
from ...widgets.notice_area import own_area
from .attachments import AttachmentsTab
from .headers import HeadersTable, mailbox_text
from .options import OptionsTab
from .raw import RawTab


class MessageView(QWidget):
    def __init__(
        self,
        privacy: Privacy,
        settings: SettingsStore,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._privacy = privacy
        self._tasks = tasks
        self.message: StoredMessage | None = None
        self.envelope = QLabel()
        self.envelope.setTextFormat(Qt.TextFormat.RichText)
        self.envelope.setWordWrap(True)
        self.envelope.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.envelope.setAccessibleName(self.tr("Sender, recipients and subject"))
        # its own notices, over the message it speaks of: loading, an error, remote content
        self.notices, self.notice_area = own_area("message")
        self.status = self.notices.notice("status")
        self.html = HtmlView(self.notices)
        # the message itself, a few lines high at least, however many other rows want the room
        self.html.stage.setMinimumHeight(8 * self.fontMetrics().lineSpacing())
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("This message has no text part."))
        self.text.setAccessibleName(self.tr("Text part of the message"))
        self.checks = ChecksView()
        self.checks.mask = privacy.addresses_in
        self.headers = HeadersTable(privacy)
        self.attachments = AttachmentsTab(settings)
        self.options = OptionsTab(privacy)
        self.raw = RawTab(settings)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Message view"))
        for page, title, tip in (
            (self.html, self.tr("HTML"), self.tr("The HTML part, as a mail app shows it")),
            (self.text, self.tr("Text"), self.tr("The plain-text part")),
            (self.checks, "", ""),
            (self.headers, self.tr("Headers"), self.tr("Every header of the message")),
            (self.attachments, self.tr("Attachments"), self.tr("Attached and inline files")),
            (self.options, self.tr("Options"), self.tr("The XSmtpAPI options of the request")),
            (self.raw, self.tr("Raw"), self.tr("The MIME source (.eml)")),
        ):
            self.tabs.setTabToolTip(self.tabs.addTab(page, title), tip)
        self.checks_index = self.tabs.indexOf(self.checks)
        show_count(self.tabs, self.checks_index, None)
        self.checks.counted.connect(self._on_checked)
        self.checks.place_requested.connect(self.show_part)
        self.html.loaded.connect(lambda _ok: self.checks.start_soon())  # the message first
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.envelope)
        layout.addWidget(self.notice_area)
        layout.addWidget(self.tabs, 1)
        privacy.changed.connect(self._on_privacy)
        self.tabs.setEnabled(False)

    def show_loading(self, subject: str = "") -> None:
        """A message was asked for: say so until it arrives, and show nothing stale."""
        self.message = None
        self.checks.clear()
        self.envelope.setText(f"<b>{escape(self._privacy.addresses_in(subject))}</b>")
        self.status.set_kind("info")
        self.status.set_message(self.tr("Loading the message…"))
        self.status.show()
        self.tabs.setEnabled(False)

    def show_error(self, text: str) -> None:
        """``text`` is rich text, already escaped."""
        self.message = None
        self.checks.clear()
        self.status.set_kind("error")
        self.status.set_message(text)
        self.status.show()
        self.tabs.setEnabled(False)

    def clear(self) -> None:
        self.message = None
        self.checks.clear()
        self.envelope.clear()
        self.status.hide()
        self.tabs.setEnabled(False)

    def show_message(self, message: StoredMessage) -> None:
        self.message = message
        self.status.hide()
        self.tabs.setEnabled(True)
        # requested first: the fallback surface reports the HTML loaded while it is filled
        self.checks.request(self._tasks, partial(_check, message.parsed))
        self._fill(message)

    def show_part(self, where: Where) -> None:
        """The tab that shows the part a finding of the Checks tab points at."""
        pages = {
            "html": self.html,
            "text": self.text,
            "subject": self.headers,
            "attachments": self.attachments,
        }
        page = pages.get(where.part)
        if page is not None and self.tabs.isTabEnabled(self.tabs.indexOf(page)):
            self.tabs.setCurrentWidget(page)

    @property
    def loading(self) -> bool:
        return self.status.isVisible() and self.status.kind == "info"

    def _fill(self, message: StoredMessage) -> None:
        parsed, mask = message.parsed, self._privacy.addresses_in
        self.envelope.setText(self._envelope_html(message))
        has_html = parsed.html is not None
        self.tabs.setTabEnabled(0, has_html)
        if not has_html and self.tabs.currentIndex() == 0:
            self.tabs.setCurrentIndex(1)
        self.html.show_html(mask(parsed.html or ""), parsed.inline_images)
        self.text.setPlainText(mask(parsed.text or ""))
        self.headers.show_message(message)
        self.attachments.show_files(parsed.files)
        self.options.show_message(message)
        self.raw.show_raw(parsed.raw, f"sandbox-{message.id}.eml", mask)

    def _envelope_html(self, message: StoredMessage) -> str:
        parsed = message.parsed
        lines = [f"<b>{escape(self._privacy.addresses_in(parsed.subject))}</b>"]
        for title, mailboxes in (
            (self.tr("From"), parsed.sender),
            (self.tr("To"), parsed.to),
            (self.tr("Cc"), parsed.cc),
            (self.tr("Bcc"), parsed.bcc),
        ):
            if mailboxes:
                lines.append(f"{escape(title)}: {escape(mailbox_text(self._privacy, mailboxes))}")
        if parsed.date is not None:
            title = self.tr("Date")
            lines.append(f"{escape(title)}: {escape(date_time_text(parsed.date))}")
        return "<br>".join(lines)

    def _on_checked(self, report: Report | None) -> None:
        show_count(self.tabs, self.checks_index, report)
        parsed = self.message.parsed if self.message is not None else None
        if parsed is not None:
            sender = mailbox_text(self._privacy, parsed.sender[:1])
            preheader = report.preheader if report else ""
            self.html.inbox_line.show_line(
                sender, self._privacy.addresses_in(parsed.subject), preheader
            )

    def _on_privacy(self, _enabled: bool) -> None:
        if self.message is not None:
            self._fill(self.message)
            self.checks.show_again()
            self._on_checked(self.checks.report)


def _check(message: ParsedMessage) -> Report:
    """Preflight's report on a received message (on a worker)."""
    from ....core.preflight.checker import check  # its parsers load on the worker
    from ....core.preflight.delivered import from_parsed

    return check(from_parsed(message))
