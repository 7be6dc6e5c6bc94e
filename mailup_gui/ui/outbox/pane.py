"""The sandbox's outbox: what was sent to the local sandbox, live, searchable, and each message
in the shared message view as its recipients see it."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.account.profiles import Profile
from ...core.outbox.service import OutboxSummary, SandboxOutbox
from ..context import AppContext
from ..describe import error_html
from ..locale_text import date_time_text, number_text
from ..widgets.keyed_table_model import Column, KeyedTableModel
from ..widgets.sizing import keep_rows
from ..widgets.table_columns import grow_to_contents, whole_headers
from .message_view import MessageView
from .search import OutboxFilter
from .watcher import OutboxWatcher

SUBJECT_COLUMN = 3  # takes the width the others leave
FITTED_COLUMNS = (0, 1, 2, 5)  # Received, Method, SMTP+ user, Status: always whole
RECIPIENTS_COLUMN = 4  # elided in the middle, but its header whole


class OutboxPane(QWidget):
    _DETAILS = "details"  # the task reading the selected message: only the latest answer counts

    def __init__(
        self, context: AppContext, watcher: OutboxWatcher, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.watcher = watcher
        self.confirmation: QMessageBox | None = None
        privacy = context.privacy
        self.model = KeyedTableModel(
            [
                Column(
                    self.tr("Received"), lambda r: _short_time(r["received_at"]), lambda r: r["id"]
                ),
                Column(self.tr("Method"), lambda r: r["method"]),
                Column(self.tr("SMTP+ user"), lambda r: privacy.username(r["username"])),
                Column(
                    self.tr("Subject"),
                    lambda r: r.get("subject") or "",
                    tooltip=lambda r: r.get("subject") or "",
                ),
                Column(
                    self.tr("Recipients"),
                    lambda r: _recipients_text(r, privacy.address),
                    lambda r: r["recipient_count"],
                    tooltip=lambda r: ", ".join(map(privacy.address, r["recipient_emails"])),
                ),
                Column(self.tr("Status"), _status_text),
            ],
            key="id",
            parent=self,
        )
        self.proxy = OutboxFilter(self.model, self)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(
            SUBJECT_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        whole_headers(self.table, [RECIPIENTS_COLUMN])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both ends of an address tell
        self.table.setAccessibleName(self.tr("Messages received by the sandbox"))
        keep_rows(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.activated.connect(self.delete_selected)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search subject or recipient"))
        self.search.setAccessibleName(self.tr("Search the outbox"))
        self.search.setToolTip(
            self.tr("Show only messages whose subject or a recipient contains this")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.setToolTip(
            self.tr("Read the sandbox's outbox again (F5); new messages also appear by themselves")
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected message from the sandbox (Del)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setEnabled(False)
        self.clear_button = QPushButton(self.tr("C&lear all…"))
        self.clear_button.setToolTip(self.tr("Delete every message in the sandbox's outbox"))
        self.clear_button.clicked.connect(self.clear_all)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.state, 3)
        bar.addWidget(self.delete_button)
        bar.addWidget(self.clear_button)
        bar.addWidget(self.refresh_button)

        self.view = MessageView(privacy, context.settings, context.tasks)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([140, 560])  # the message gets the height; the list keeps 3 rows

        self.unavailable = QLabel()
        self.unavailable.setWordWrap(True)
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(bar)
        main_layout.addWidget(splitter, 1)
        self.stack.addWidget(main)
        self.stack.addWidget(self.unavailable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        # A method, not a lambda: Qt drops it with the pane (a language change rebuilds it).
        privacy.changed.connect(self._on_privacy)
        watcher.rows_changed.connect(self._on_rows)
        watcher.unread_changed.connect(lambda _count: self._highlight_unread())
        watcher.failed.connect(self._on_failed)
        watcher.profile_followed.connect(self._show_kind_of)
        self._show_kind_of(context.profiles.active)
        self._on_rows(sorted(watcher.rows.values(), key=lambda r: r.id, reverse=True))

    # ----- the list ----------------------------------------------------------------------
    def _show_kind_of(self, profile: Profile | None) -> None:
        """Show the outbox, or why this profile has none."""
        if profile is not None and profile.is_production:
            self.unavailable.setText(
                self.tr(
                    "The outbox lists what the local sandbox received. This profile sends to "
                    "MailUp production: its sends will be in the Journal."
                )
            )
            self.stack.setCurrentIndex(1)
            return
        self.stack.setCurrentIndex(0)

    def refresh(self) -> None:
        if self.watcher.service is None:
            self.state.setText(self.tr("The local sandbox is starting…"))
            return
        self.watcher.refresh()

    def _on_privacy(self, _enabled: bool) -> None:
        self.model.refresh_display()

    def _on_rows(self, rows: list[OutboxSummary]) -> None:
        self.model.set_rows([asdict(row) for row in rows])
        self._highlight_unread()
        self._show_count()
        if self.view.message is not None and self.view.message.id not in self.watcher.rows:
            self.view.clear()  # deleted

    def _highlight_unread(self) -> None:
        self.model.set_highlighted(self.watcher.unread)
        grow_to_contents(self.table, FITTED_COLUMNS)  # bold rows are wider

    def _on_search(self, text: str) -> None:
        self.proxy.set_query(text)
        self._show_count()

    def _show_count(self) -> None:
        """How many messages there are, and how many of them the search shows."""
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if self.watcher.service is None:
            self.state.setText(self.tr("The local sandbox is starting…"))
        elif not total:
            self.state.setText(self.tr("Nothing sent to the sandbox yet."))
        elif shown < total:
            self.state.setText(
                self.tr("Showing {shown} of %n message(s).", "", total).format(
                    shown=number_text(shown)
                )
            )
        else:
            self.state.setText(self.tr("%n message(s) in the sandbox outbox.", "", total))

    def _on_failed(self, error: Exception) -> None:
        self.state.setText(
            self.tr("Could not read the sandbox outbox: {error}").format(error=error_html(error))
        )

    def selected_id(self) -> int | None:
        row = self._selected_row()
        return None if row is None else row["id"]

    def _selected_row(self) -> dict[str, Any] | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row(self.proxy.mapToSource(index).row())

    # ----- one message -------------------------------------------------------------------
    def _on_current(self, current, _previous) -> None:
        self.delete_button.setEnabled(current.isValid())
        service = self.watcher.service
        if not current.isValid() or service is None:
            self.context.tasks.drop(self._DETAILS, owner=self)  # a row selected earlier: moot now
            self.view.clear()
            return
        row = self.model.row(self.proxy.mapToSource(current).row())
        self.view.show_loading(row["subject"])
        self.watcher.mark_read(row["id"])
        message_id = row["id"]
        self.context.tasks.run(
            lambda: service.message(message_id),
            self.view.show_message,
            self._on_message_failed,
            owner=self,
            key=self._DETAILS,
        )

    def _on_message_failed(self, error: Exception) -> None:
        self.view.show_error(
            self.tr("Could not read the message: {error}").format(error=error_html(error))
        )

    # ----- deleting ----------------------------------------------------------------------
    def delete_selected(self) -> None:
        row = self._selected_row()
        if row is None or self.watcher.service is None:
            return
        message_id = row["id"]
        subject = row.get("subject") or self.tr("(no subject)")
        self._confirm(
            self.tr("Delete message"),
            self.tr(
                "Delete “{subject}” (to {recipients}) from the sandbox's outbox? This cannot be "
                "undone."
            ).format(
                subject=subject, recipients=_recipients_text(row, self.context.privacy.address)
            ),
            self.tr("&Delete"),
            lambda service: service.delete(message_id),
        )

    def clear_all(self) -> None:
        if self.watcher.service is None or not self.model.rowCount():
            return
        self._confirm(
            self.tr("Clear the outbox"),
            self.tr(
                "Delete all %n message(s) from the sandbox's outbox? This cannot be undone.",
                "",
                self.model.rowCount(),
            ),
            self.tr("De&lete all"),
            SandboxOutbox.clear,
        )

    def _confirm(self, title: str, text: str, action: str, work) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a subject is shown as written
        box.setAccessibleName(title)
        yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        service = self.watcher.service
        yes.clicked.connect(
            lambda: self.context.tasks.run(
                lambda: work(service),
                lambda _done: self.watcher.refresh(),
                self._on_failed,
                owner=self,
            )
        )
        box.finished.connect(box.deleteLater)
        box.open()
        self.confirmation = box


def _recipients_text(row: dict[str, Any], mask) -> str:
    emails = row.get("recipient_emails") or []
    if not emails:
        return str(row["recipient_count"])
    more = row["recipient_count"] - 1
    return mask(emails[0]) + (f" +{more}" if more > 0 else "")


def _status_text(row: dict[str, Any]) -> str:
    status = row.get("status") or ""
    if status == "scheduled" and row.get("scheduled_for"):
        return QCoreApplication.translate("OutboxPane", "scheduled for {time}").format(
            time=_short_time(row["scheduled_for"])
        )
    if status == "queued":
        return QCoreApplication.translate("OutboxPane", "queued")
    if status == "scheduled":
        return QCoreApplication.translate("OutboxPane", "scheduled")
    return status


def _short_time(value: str) -> str:
    from ...api.dates import parse_datetime

    when = parse_datetime(value)
    return date_time_text(when) if when else value
