"""The sandbox's outbox: what was sent to the local sandbox, rendered as the recipient sees it."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.profiles import Endpoint, Profile
from ...core.template_source import sandbox_root
from ..context import AppContext
from ..describe import error_html
from ..widgets.keyed_table_model import SORT_ROLE, Column, KeyedTableModel
from ..widgets.safe_browser import SafeTextBrowser


class OutboxPane(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._root: str | None = None
        self._loading = False
        self._again = False
        privacy = context.privacy
        self.model = KeyedTableModel(
            [
                Column(
                    self.tr("Received"), lambda r: _short_time(r["received_at"]), lambda r: r["id"]
                ),
                Column(self.tr("Method"), lambda r: r["method"]),
                Column(self.tr("SMTP+ user"), lambda r: privacy.username(r["username"])),
                Column(self.tr("Subject"), lambda r: r.get("subject") or ""),
                Column(
                    self.tr("Recipients"),
                    lambda r: str(r["recipient_count"]),
                    lambda r: r["recipient_count"],
                ),
                Column(self.tr("Status"), _status_text),
            ],
            key="id",
            parent=self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Messages received by the sandbox"))
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.setToolTip(self.tr("Reload the sandbox's outbox (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.save_eml_button = QPushButton(self.tr("Save as .&eml…"))
        self.save_eml_button.setToolTip(self.tr("Save the selected message as a MIME .eml file"))
        self.save_eml_button.clicked.connect(self.save_eml)
        self.save_eml_button.setEnabled(False)
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.save_eml_button)
        buttons.addWidget(self.refresh_button)

        self.details_header = QLabel()
        self.details_header.setTextFormat(Qt.TextFormat.RichText)
        self.details_header.setWordWrap(True)
        self.preview = SafeTextBrowser()
        self.preview.setAccessibleName(self.tr("Message as the recipient sees it"))
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.details_header)
        details_layout.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(details)
        splitter.setSizes([260, 340])

        self.unavailable = QLabel()
        self.unavailable.setWordWrap(True)
        self.unavailable.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack = QStackedWidget()
        main = QWidget()
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(buttons)
        main_layout.addWidget(splitter, 1)
        self.stack.addWidget(main)
        self.stack.addWidget(self.unavailable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        privacy.changed.connect(self._on_privacy)
        self._current_message: dict[str, Any] | None = None
        self._show_kind_of(context.profiles.active)

    def set_profile(self, profile: Profile) -> None:
        if self._show_kind_of(profile):
            self.refresh()

    def _show_kind_of(self, profile: Profile | None) -> bool:
        """Show the outbox, or why this profile has none; True when it has one."""
        self._root = sandbox_root(profile, self.context.sandbox.root_url) if profile else None
        if profile is not None and profile.endpoint is Endpoint.PRODUCTION:
            self.unavailable.setText(
                self.tr(
                    "The outbox lists what the local sandbox received. This profile sends to "
                    "MailUp production: its sends will be in the Journal."
                )
            )
            self.stack.setCurrentIndex(1)
            return False
        self.stack.setCurrentIndex(0)
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        profile = self.context.profiles.active
        if profile is not None:
            self.set_profile(profile)

    def refresh(self) -> None:
        profile = self.context.profiles.active
        if profile is not None:
            self._root = sandbox_root(profile, self.context.sandbox.root_url)
        if self._root is None:
            self.state.setText(self.tr("The local sandbox is starting…"))
            return
        if self._loading:
            self._again = True  # a send may have landed after the load in flight began
            return
        self._loading = True
        self._again = False
        root = self._root
        self.context.tasks.run(lambda: _ask(root, "outbox"), self._on_loaded, self._on_failed)

    def _on_loaded(self, rows: list[dict[str, Any]]) -> None:
        self._loading = False
        self.model.set_rows(rows)
        if self._again:
            self.refresh()
        self.state.setText(
            self.tr("%n message(s) in the sandbox outbox.", "", len(rows))
            if rows
            else self.tr("Nothing sent to the sandbox yet.")
        )

    def _on_failed(self, error: Exception) -> None:
        self._loading = False
        self._again = False
        self.state.setText(
            self.tr("Could not read the sandbox outbox: {error}").format(error=error_html(error))
        )

    def _on_current(self, current, _previous) -> None:
        self.save_eml_button.setEnabled(current.isValid())
        if not current.isValid() or self._root is None:
            return
        row = self.model.row(self.proxy.mapToSource(current).row())
        root = self._root
        self.context.tasks.run(
            lambda: _ask(root, "message", row["id"]), self._show_message, self._on_failed
        )

    def _show_message(self, message: dict[str, Any]) -> None:
        self._current_message = message
        privacy = self.context.privacy
        lines = [f"<b>{escape(message.get('subject') or '')}</b>"]
        headings = {"to": self.tr("To"), "cc": self.tr("Cc"), "bcc": self.tr("Bcc")}
        for kind in ("to", "cc", "bcc"):
            addresses = [
                privacy.address(r["email"]) for r in message["recipients"] if r["kind"] == kind
            ]
            if addresses:
                lines.append(f"{headings[kind]}: {escape(', '.join(addresses))}")
        lines.append(escape(_status_text(message)))
        self.details_header.setText("<br>".join(lines))
        html = message.get("html")
        if html:
            self.preview.show_html(privacy.addresses_in(html) if privacy.enabled else html)
        else:
            self.preview.setPlainText(privacy.addresses_in(message.get("text") or ""))

    def save_eml(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self._root is None:
            return
        row = self.model.row(self.proxy.mapToSource(index).row())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save message"), f"sandbox-{row['id']}.eml", self.tr("Email (*.eml)")
        )
        if not path:
            return
        root = self._root

        def work() -> str:
            data = _ask(root, "eml", row["id"])
            with open(path, "wb") as out:
                out.write(data)
            return path

        self.context.tasks.run(
            work,
            lambda saved: self.state.setText(self.tr("Saved {path}").format(path=escape(saved))),
            self._on_failed,
        )

    def _on_privacy(self, _enabled: bool) -> None:
        self.model.refresh_display()
        if self._current_message:
            self._show_message(self._current_message)


def _ask(root: str, method: str, *args: Any) -> Any:
    """One call of the sandbox's admin client, on a worker thread."""
    from ...sandbox.admin import SandboxAdmin  # httpx loads off the start-up path

    with SandboxAdmin(root) as admin:
        return getattr(admin, method)(*args)


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
    from ...api.dates import format_local, parse_datetime

    when = parse_datetime(value)
    return format_local(when) if when else value
