"""The Journal: every send attempt with MailUp's answer, searchable, reopenable as a new draft."""

from __future__ import annotations

from dataclasses import asdict
from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...core.message.template_library import TemplateLibrary
from ...core.send.journal import Journal, JournalEntry
from ...core.send.request_body import pretty_json, without_secret
from ...core.send.result import Channel, Outcome
from ..context import AppContext
from ..core_texts import translated
from ..describe import error_html, in_words
from ..journal_feed import JournalFeed
from ..locale_text import date_time_text, number_text
from ..widgets.keyed_table_model import Column, KeyedTableModel
from ..widgets.sizing import keep_rows

SEARCH_DELAY_MS = 200  # typing pauses this long before the journal is searched
SUBJECT_COLUMN = 4


class JournalPane(QWidget):
    reopen_requested = Signal(object)  # core.send.journal.Reopened: the draft, method, template id
    # Its tasks where only the latest answer counts: the text or the journal changed, or another
    # row was selected, while the previous one ran.
    _SEARCH, _ENTRY = "search", "entry"

    def __init__(
        self,
        context: AppContext,
        feed: JournalFeed | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.journal = Journal()
        self.library = TemplateLibrary()
        self._labels: dict[tuple[str, int], str] = {}  # templates' labels in the library
        self._entry: JournalEntry | None = None
        self._outcomes = {
            Outcome.QUEUED: self.tr("Queued"),
            Outcome.SCHEDULED: self.tr("Scheduled"),
            Outcome.ERROR: self.tr("Error"),
            Outcome.UNKNOWN: self.tr("Outcome unknown"),
            Outcome.REFUSED_LOCALLY: self.tr("Not sent (refused locally)"),
        }
        self._channels = {Channel.API: self.tr("API"), Channel.SMTP: self.tr("SMTP+ relay")}

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(
            self.tr("Search subject, recipients, profile, code, message…")
        )
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search the journal"))
        self.search_box.setToolTip(
            self.tr(
                "Every word must appear in the subject, a recipient, the profile, MailUp's code or "
                "its message"
            )
        )
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search_box.textChanged.connect(lambda _text: self._debounce.start())
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.state.setAccessibleName(self.tr("Journal status"))
        self.reopen_button = QPushButton(self.tr("Reopen as &new draft"))
        self.reopen_button.setToolTip(
            self.tr(
                "Open the selected send as a new message to edit and send again; the journal "
                "entry stays as it is"
            )
        )
        self.reopen_button.setEnabled(False)
        self.reopen_button.clicked.connect(self.reopen)
        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.reopen_button)

        self.model = KeyedTableModel(
            [
                Column(
                    self.tr("Time"),
                    lambda r: date_time_text(r["time"], seconds=True),
                    lambda r: r["time"],
                ),
                Column(self.tr("Profile"), lambda r: self.context.privacy.name(r["profile_name"])),
                Column(self.tr("Channel"), lambda r: self._channel_text(r["channel"])),
                Column(self.tr("Method"), lambda r: self._method_text(r["method"], r["channel"])),
                Column(
                    self.tr("Subject"),
                    lambda r: self._subject_text(r["subject"], r["template_id"], r["profile_id"]),
                ),
                Column(
                    self.tr("Recipients"),
                    lambda r: str(r["recipient_count"]),
                    lambda r: r["recipient_count"],
                ),
                Column(self.tr("Outcome"), lambda r: self._outcome_text(r["outcome"])),
                Column(self.tr("Code"), lambda r: r["code"] or ""),
            ],
            key="id",
            parent=self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(
            SUBJECT_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Send attempts, newest first"))
        keep_rows(self.table)
        self.table.setToolTip(self.tr("Every send attempt; select one to see all of it"))
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda _index: self.reopen())

        self.details = QLabel()
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Details of the selected send"))
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setWidget(self.details)
        self.request_view = QPlainTextEdit()
        self.request_view.setReadOnly(True)
        self.request_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.request_view.setAccessibleName(self.tr("Request sent, without the secret"))
        self.request_view.setToolTip(
            self.tr("The JSON that was sent; the secret and the attachments' base64 are not kept")
        )
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(details_scroll)
        bottom.addWidget(self.request_view)
        bottom.setSizes([420, 580])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(bottom)
        splitter.setSizes([280, 320])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(splitter, 1)
        context.privacy.changed.connect(self._on_privacy)
        if feed is not None:
            feed.recorded.connect(self._on_recorded)
        self._show_entry(None)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    # ----- list -------------------------------------------------------------------------
    def _on_recorded(self, _entry_id: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Search the journal again (on a worker) with the text in the search box."""
        self._debounce.stop()
        text, journal, library = self.search_box.text(), self.journal, self.library
        self.context.tasks.run(
            lambda: (text, journal.search(text), library.labels()),
            self._on_loaded,
            self._show_error,
            owner=self,
            key=self._SEARCH,
        )

    def _on_loaded(self, found: tuple[str, list, dict[tuple[str, int], str]]) -> None:
        text, summaries, self._labels = found
        self.model.set_rows([asdict(summary) for summary in summaries])
        for column in range(self.model.columnCount()):  # ≤ 500 rows: cheap
            if column != SUBJECT_COLUMN:  # it takes the width left
                self.table.resizeColumnToContents(column)
        if summaries:
            self.state.setText(self.tr("%n send attempt(s).", "", len(summaries)))
        elif text.strip():
            self.state.setText(self.tr("Nothing matches “{text}”.").format(text=escape(text)))
        else:
            self.state.setText(
                self.tr(
                    "No sends yet. Every send from Compose and Templates is recorded here with "
                    "MailUp's answer; secrets are never stored."
                )
            )

    def _show_error(self, error: Exception) -> None:
        self.state.setText(
            self.tr("Could not read the journal: {error}").format(error=error_html(error))
        )

    # ----- details ----------------------------------------------------------------------
    def _on_current(self, current, _previous) -> None:
        self.reopen_button.setEnabled(current.isValid())
        if not current.isValid():
            self.context.tasks.drop(self._ENTRY, owner=self)
            self._show_entry(None)
            return
        entry_id, journal = self.model.row(current.row())["id"], self.journal
        self.context.tasks.run(
            lambda: journal.get(entry_id),
            self._show_entry,
            self._show_error,
            owner=self,
            key=self._ENTRY,
        )

    def _show_entry(self, entry: JournalEntry | None) -> None:
        self._entry = entry
        if entry is None:
            self.details.setText(self.tr("Select a send to see everything recorded about it."))
            self.request_view.clear()
            return
        privacy = self.context.privacy
        facts = [
            (self.tr("Time"), date_time_text(entry.time, seconds=True)),
            (self.tr("Profile"), privacy.name(entry.profile_name)),
            (self.tr("Endpoint"), entry.endpoint),
            (self.tr("Channel"), self._channel_text(entry.channel)),
            (
                self.tr("Method"),
                self._method_text(entry.method, entry.channel)
                if entry.template_id is None
                else self.tr("{method} · template {id}").format(
                    method=entry.method, id=entry.template_id
                ),
            ),
            (
                self.tr("Subject"),
                self._subject_text(entry.subject, entry.template_id, entry.profile_id),
            ),
            (self.tr("To"), ", ".join(map(privacy.address, entry.to))),
            (self.tr("Cc"), ", ".join(map(privacy.address, entry.cc))),
            (self.tr("Bcc"), ", ".join(map(privacy.address, entry.bcc))),
            (self.tr("Outcome"), self._outcome_text(entry.outcome)),
            (self.tr("HTTP status"), "" if entry.http_status is None else str(entry.http_status)),
            (
                self.tr("Reply") if entry.channel is Channel.SMTP else self.tr("Code"),
                entry.code or "",
            ),
            (self.tr("MailUp says"), privacy.addresses_in(in_words(entry.message))),
            (self.tr("What to do"), privacy.addresses_in(translated(entry.hint))),
            (self.tr("Duration"), self.tr("{ms} ms").format(ms=number_text(entry.duration_ms))),
            (self.tr("Test data"), entry.test_data or ""),
        ]
        rows = "".join(
            f"<tr><th align='left' valign='top'>{escape(name)}&nbsp;</th>"
            f"<td>{escape(value)}</td></tr>"
            for name, value in facts
            if value
        )
        self.details.setText(f"<table cellspacing='2'>{rows}</table>")
        self.request_view.setPlainText(self._request_text(entry.request))

    def _request_text(self, request: dict[str, Any]) -> str:
        privacy = self.context.privacy
        return privacy.addresses_in(pretty_json(without_secret(request, privacy.username)))

    # A value a later version wrote (a str, see core.send.journal) shows as it was stored.
    def _outcome_text(self, outcome: Outcome | str) -> str:
        return self._outcomes[outcome] if isinstance(outcome, Outcome) else outcome

    def _channel_text(self, channel: Channel | str) -> str:
        return self._channels[channel] if isinstance(channel, Channel) else channel

    def _method_text(self, method: str, channel: Channel | str) -> str:
        """The API method, or what the relay was given: a MIME message, not a SendMessage call."""
        return self.tr("MIME message") if channel is Channel.SMTP else str(method)

    def _subject_text(self, subject: str, template_id: int | None, profile_id: str) -> str:
        """A SendTemplate's subject is the template's own, not in the request: when it was not
        known at the send, name the template, with its label in the library."""
        if subject or template_id is None:
            return self.context.privacy.addresses_in(subject)
        label = self._labels.get((profile_id, template_id))
        if label:
            return self.tr("Template {id} “{label}”").format(id=template_id, label=label)
        return self.tr("Template {id}").format(id=template_id)

    def _on_privacy(self, _enabled: bool) -> None:
        self.model.refresh_display()
        self._show_entry(self._entry)

    # ----- reopen -----------------------------------------------------------------------
    def reopen(self) -> None:
        """Emit ``reopen_requested`` with the selected entry as a new draft."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        entry_id, journal = self.model.row(index.row())["id"], self.journal
        files_dir = paths.data_dir() / "files"
        self.reopen_button.setEnabled(False)

        def done(reopened) -> None:
            self.reopen_button.setEnabled(True)
            self.reopen_requested.emit(reopened)

        def failed(error: Exception) -> None:
            self.reopen_button.setEnabled(True)
            self._show_error(error)

        self.context.tasks.run(
            lambda: journal.reopen(entry_id, files_dir), done, failed, owner=self
        )
