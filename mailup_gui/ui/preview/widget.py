"""MessagePreview: a message as its recipient will see it, HTML and text, safely, and what
preflight finds in it (the Checks tab).

Chromium (QtWebEngine) is loaded on first use, not when this module is imported: the app's
start-up never pays for it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QStyle, QTabWidget, QVBoxLayout, QWidget

from ...core.message.html_text import text_differs
from ...core.message.preview_content import mark_unfilled
from ...core.preflight.findings import Report, Where
from ..tasks import TaskRunner
from ..widgets.notice_area import own_area
from ..widgets.notice_board import NoticeChannel
from .checks import ChecksView, show_count
from .html_view import HtmlView
from .text_part import TextPart

if TYPE_CHECKING:
    from .fallback import FallbackSurface
    from .web_view import WebSurface

# How a merge tag left without a value is marked on screen (never in what is sent): dark text
# on amber, readable in light and dark schemes alike.
_MARK = (
    '<mark style="background:#ffd666;color:#1a1a1a;outline:1px dashed #8a5a00" '
    'title="No value: delivered as written">{tag}</mark>'
)


class MessagePreview(QWidget):
    link_requested = Signal(QUrl)  # a link clicked in the email; a confirmation follows
    blocked_changed = Signal(int)  # remote requests blocked in the current view
    loaded = Signal(bool)  # the HTML part finished loading (False: it failed)
    generate_text_requested = Signal()  # the user wants the text part made from the HTML

    def __init__(self, notices: NoticeChannel | None = None, parent: QWidget | None = None) -> None:
        """``notices``: the pane's, where the preview's notices show (the unfilled merge
        tags, remote content blocked…); None: an area of its own, above the tabs."""
        super().__init__(parent)
        self.notice_area = None  # the window's, when the pane's notices are given
        if notices is None:
            notices, self.notice_area = own_area("preview")
        self.notices = notices
        # re-said at every render: never stale, so no cause clears them
        self.unfilled_notice = notices.notice("preview:unfilled", "warning")
        # From and Subject above the body, as a mail app shows them
        self.envelope = QLabel()
        self.envelope.setTextFormat(Qt.TextFormat.RichText)
        self.envelope.setWordWrap(True)
        self.envelope.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.envelope.setAccessibleName(self.tr("Sender and subject as the recipient sees them"))
        self.envelope.hide()
        self.html_view = HtmlView(notices)
        # The HTML view's parts, under the names the send form and its tests use.
        self.controls = self.html_view.controls
        self.blocked_notice = self.html_view.blocked_notice
        self.load_remote_button = self.html_view.load_remote_button
        self.fallback_notice = self.html_view.fallback_notice
        self.stage = self.html_view.stage
        self.text_part = TextPart(notices)
        self.checks = ChecksView()
        self._inbox = ("", "")  # sender and subject of the message shown
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Message parts"))
        self.tabs.addTab(self.html_view, self.tr("HTML"))
        self.tabs.setTabToolTip(0, self.tr("The HTML part, rendered as a mail app would"))
        self.tabs.addTab(self.text_part, self.tr("Text"))
        self.tabs.setTabToolTip(1, self.tr("The plain-text part"))
        self.checks_index = self.tabs.addTab(self.checks, "")
        show_count(self.tabs, self.checks_index, None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.notice_area is not None:
            layout.addWidget(self.notice_area)
        layout.addWidget(self.envelope)
        layout.addWidget(self.tabs, 1)

        self.html_view.link_requested.connect(self.link_requested)
        self.html_view.blocked_changed.connect(self.blocked_changed)
        self.html_view.loaded.connect(self.loaded)
        self.html_view.loaded.connect(lambda _ok: self.checks.start_soon())  # the preview first
        self.text_part.generate_requested.connect(self.generate_text_requested)
        self.checks.counted.connect(self._on_checked)

    # Public -----------------------------------------------------------------------------

    @property
    def surface(self) -> WebSurface | FallbackSurface | None:
        """What renders the HTML: a QWebEngineView, or the SafeTextBrowser fallback; None
        until the preview is first shown or given a message."""
        return self.html_view.surface

    @property
    def blocked_count(self) -> int:
        return self.html_view.blocked_count

    @property
    def link_dialog(self):
        """The open "Open link?" question, if any."""
        return self.html_view.link_dialog

    def show_message(
        self,
        html: str | None,
        text: str | None,
        images: Mapping[str, tuple[bytes, str]],
        unfilled: list[str],
        *,
        subject: str | None = None,
        sender: str | None = None,
    ) -> None:
        """Show a rendered message (api.rendering.render_content): ``images`` maps a ContentId
        to (bytes, MIME type); ``unfilled`` are the merge tags left without a value, marked
        wherever the recipient would read them; ``subject`` and ``sender`` head the message."""
        self.show_envelope(subject, sender, unfilled)
        self._show_unfilled(unfilled)
        mismatch = text_differs(html, text)
        self.text_part.show_text(text, unfilled, mismatch)
        self.tabs.setTabIcon(
            1,
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            if mismatch
            else QIcon(),
        )
        had_html = self.tabs.isTabEnabled(0)
        self.tabs.setTabEnabled(0, html is not None)
        if html is None:
            self.tabs.setCurrentIndex(1)
        elif not had_html:
            self.tabs.setCurrentIndex(0)  # the HTML part is back: show it again
        self.html_view.show_html(mark_unfilled(html or "", unfilled, _MARK), images)

    def load_remote_once(self) -> None:
        """Reload the same email with its remote content allowed, for this load only."""
        self.html_view.load_remote_once()

    def request_checks(self, tasks: TaskRunner, work: Callable[[], Report]) -> None:
        """Check the message on a worker (``work`` returns preflight's Report) once its
        preview is on screen, or at once when the Checks tab is; the Checks tab, its count and
        the inbox line's preheader follow the latest answer."""
        self.checks.request(tasks, work)

    def show_part(self, where: Where) -> None:
        """The tab that shows the part a finding points at (the HTML or the text part)."""
        if where.part == "text" and self.tabs.isTabVisible(1):
            self.tabs.setCurrentIndex(1)
        elif where.part in (
            "html",
            "DocType",
            "Head",
            "BodyTag",
            "Body",
        ) and self.tabs.isTabEnabled(0):
            self.tabs.setCurrentIndex(0)

    # Internals --------------------------------------------------------------------------

    def show_envelope(self, subject: str | None, sender: str | None, unfilled: list[str]) -> None:
        """From and Subject above the body (None: not shown), and in the inbox line."""
        self._inbox = (sender or "", subject or "")
        self._show_inbox_line()
        self.envelope.setVisible(subject is not None or sender is not None)
        rows = []
        if sender is not None:
            rows.append((self.tr("From"), escape(sender)))
        if subject is not None:
            rows.append((self.tr("Subject"), mark_unfilled(escape(subject), unfilled, _MARK)))
        self.envelope.setText(
            "".join(f"<b>{escape(name)}:</b> {value}<br>" for name, value in rows)[: -len("<br>")]
        )

    def _on_checked(self, report: Report | None) -> None:
        show_count(self.tabs, self.checks_index, report)
        self._show_inbox_line()

    def _show_inbox_line(self) -> None:
        report = self.checks.report
        self.html_view.inbox_line.show_line(*self._inbox, report.preheader if report else "")

    def _show_unfilled(self, unfilled: list[str]) -> None:
        tags = ", ".join(f"[{tag}]" for tag in unfilled)
        self.unfilled_notice.set_message(
            self.tr(
                "Merge tags without a value: {tags}. MailUp delivers them as written (marked "
                "here): give them a value in Options, or send them as they are."
            ).format(tags=tags)
        )
        self.unfilled_notice.setVisible(bool(unfilled))
