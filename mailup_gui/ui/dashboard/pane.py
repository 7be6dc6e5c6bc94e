"""The Dashboard pane: every SMTP+ user of the active profile's List and its state, live."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...api.userstatus import UserState, UserStatus, user_status
from ...core.account.profiles import USERNAME_PATTERN, Profile
from ...core.users.poll_policy import MIN_INTERVAL_S, clamp_interval
from ..context import AppContext
from ..describe import error_html, state_label, status_text
from ..locale_text import time_text
from ..tasks import TaskRunner
from ..widgets.file_dialogs import save_file_name
from ..widgets.notice_board import Cause
from ..widgets.open_file import open_file
from ..widgets.table_columns import set_column_widths
from .badge_delegate import BadgeDelegate
from .details import details_html
from .model import (
    NOTE_COLUMN,
    STATUS_COLUMN,
    badge_text,
    blocked_until_keys,
    user_rows,
    user_table_model,
)
from .poller import UserPoller
from .proxy import UserFilterProxy

if TYPE_CHECKING:
    from ...api.dto import UserInfo
    from ...core.users.poll import PollResult

MAX_INTERVAL_S = 3600
COUNTDOWN_MS = 1000
_BLOCKED = (UserState.DISABLED, UserState.ADMIN_BLOCKED, UserState.BLOCKED_UNTIL)
_COLUMN_WIDTHS = (110, 0, 64, 150, 190, 300, 140, 140, 90, 64)  # the status column fits its badge
_WIDEST_DATE = datetime(2026, 12, 28, 23, 58, tzinfo=UTC)
_WIDEST_LEFT = timedelta(days=88, hours=23, minutes=58, seconds=58)


def _button(text: str, name: str, tooltip: str, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tooltip)
    button.clicked.connect(slot)
    return button


class DashboardPane(QWidget):
    def __init__(
        self, context: AppContext, poller: UserPoller, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.poller = poller
        self._tasks = TaskRunner(parent=self)  # dies with the pane: no callback reaches it after
        self.model = user_table_model(context.privacy, self)
        self.proxy = UserFilterProxy(self.model, self)
        self._countdown_keys: list[str] = []
        self._shown: tuple[UserInfo, UserStatus | None] | None = None  # in the details panel
        self._lookup_render: Callable[[], str] = str  # the look-up's answer: none yet

        # the last poll's failure, about the profile watched: stale once another is
        self.poll_notice = context.notice_board.channel("dashboard").notice(
            "poll-error", "error", clears_on=(Cause.PROFILE,)
        )
        self.poll_notice.add_action(
            self.tr("Try again now"),
            self.poller.poll_now,
            self.tr("Ask MailUp again without waiting"),
        )
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setAccessibleName(self.tr("Watched profile"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self._build_lookup())
        layout.addLayout(self._build_controls())
        layout.addWidget(self._build_body(), 1)

        self._countdown = QTimer(self)
        self._countdown.setInterval(COUNTDOWN_MS)
        self._countdown.timeout.connect(self._tick)
        poller.polled.connect(self._on_polled)
        poller.state_changed.connect(self._show_poll_state)
        poller.retargeted.connect(self._show_profile)
        context.privacy.changed.connect(self._on_privacy)
        self._show_profile(poller.profile)

    # ----- construction ----------------------------------------------------------------------
    def _build_lookup(self) -> QHBoxLayout:
        self.lookup_edit = QLineEdit()
        self.lookup_edit.setPlaceholderText(self.tr("s123456_1"))
        self.lookup_edit.setMaximumWidth(160)
        self.lookup_edit.setClearButtonEnabled(True)
        self.lookup_edit.setAccessibleName(self.tr("Look up one SMTP+ user"))
        self.lookup_edit.setToolTip(
            self.tr(
                "Type an SMTP+ username (sNNNNN_NN) and press Enter to ask MailUp for its state now"
            )
        )
        self.context.privacy.guard_field(self.lookup_edit)
        self.lookup_edit.returnPressed.connect(lambda: self.look_up(self.lookup_edit.text()))
        self.lookup_result = QLabel()
        self.lookup_result.setTextFormat(Qt.TextFormat.RichText)
        self.lookup_result.setWordWrap(True)
        self.lookup_result.setAccessibleName(self.tr("Look-up result"))
        row = QHBoxLayout()
        label = QLabel(self.tr("&Look up:"))
        label.setBuddy(self.lookup_edit)
        row.addWidget(label)
        row.addWidget(self.lookup_edit)
        row.addWidget(self.lookup_result, 1)
        return row

    def _build_controls(self) -> QHBoxLayout:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter: username, note, domain, sender, ID…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter users"))
        self.filter_edit.setToolTip(self.tr("Show only users whose fields contain this text"))
        self.filter_edit.textChanged.connect(self.proxy.set_text_filter)
        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Status filter"))
        self.status_combo.setToolTip(self.tr("Show only users in these states"))
        for text, states in (
            (self.tr("All states"), None),
            (self.tr("Cannot send (blocked or disabled)"), _BLOCKED),
            (self.tr("Active"), (UserState.ACTIVE,)),
            (self.tr("Blocked until a date"), (UserState.BLOCKED_UNTIL,)),
            (self.tr("Blocked by admin"), (UserState.ADMIN_BLOCKED,)),
            (self.tr("Disabled"), (UserState.DISABLED,)),
        ):
            self.status_combo.addItem(text, states)
        self.status_combo.currentIndexChanged.connect(
            lambda index: self.proxy.set_status_filter(self.status_combo.itemData(index))
        )

        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(int(MIN_INTERVAL_S), MAX_INTERVAL_S)
        self.interval_spin.setSuffix(self.tr(" s"))
        interval = clamp_interval(self.context.settings.value.poll_interval_s)
        self.interval_spin.setValue(int(interval))
        self.interval_spin.setAccessibleName(self.tr("Polling interval in seconds"))
        self.interval_spin.setToolTip(
            self.tr(
                "How often to ask MailUp for the users' states (at least {minimum} s; five times "
                "slower while the window is minimised)"
            ).format(minimum=int(MIN_INTERVAL_S))
        )
        self.interval_spin.valueChanged.connect(self._set_interval)
        self.refresh_button = _button(
            self.tr("&Refresh now"),
            self.tr("Refresh now"),
            self.tr("Ask MailUp for every user's state now (F5)"),
            self.poller.poll_now,
        )
        self.refresh_button.setShortcut("F5")
        self.export_button = _button(
            self.tr("&Export CSV…"),
            self.tr("Export CSV"),
            self.tr("Save the users shown, in this order, as a CSV file"),
            self._choose_export,
        )
        self.log_button = _button(
            self.tr("Status &log"),
            self.tr("Open the status log"),
            self.tr("Open the file that records every change of state: {path}").format(
                path=self.poller.log.path
            ),
            self._open_log,
        )

        row = QHBoxLayout()
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.status_combo)
        every = QLabel(self.tr("&Every"))
        every.setBuddy(self.interval_spin)
        row.addWidget(every)
        row.addWidget(self.interval_spin)
        row.addWidget(self.refresh_button)
        row.addWidget(self.export_button)
        row.addWidget(self.log_button)
        return row

    def _build_body(self) -> QSplitter:
        self.table = QTableView()
        self.table.setModel(self.proxy)
        badges = BadgeDelegate(self.table)
        self.table.setItemDelegateForColumn(STATUS_COLUMN, badges)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        set_column_widths(self.table, _COLUMN_WIDTHS)
        # The reason a user is blocked, beside its state: visible without selecting the row.
        self.table.horizontalHeader().moveSection(NOTE_COLUMN, STATUS_COLUMN + 1)
        longest = badge_text(
            UserStatus(UserState.BLOCKED_UNTIL, _WIDEST_DATE), _WIDEST_DATE - _WIDEST_LEFT
        )
        self.table.setColumnWidth(STATUS_COLUMN, badges.width_for(longest, self.table.font()))
        self.table.setAccessibleName(self.tr("SMTP+ users"))
        self.table.setToolTip(
            self.tr(
                "Every SMTP+ user of this profile's List; click a column "
                "to sort, select a user for details"
            )
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.updated_label = QLabel()
        self.log_offer: QMessageBox | None = None  # said when no application opened the log
        self.updated_label.setAccessibleName(self.tr("Last updated"))
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.setAccessibleName(self.tr("User details"))
        self.details.setToolTip(
            self.tr("Every field of the selected user and what its state means")
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.updated_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([760, 320])
        return splitter

    # ----- the watched profile and its users -------------------------------------------------
    def _show_profile(self, profile: Profile | None) -> None:
        self.model.set_highlighted(())
        self.lookup_result.clear()
        self._show_details(None)
        self._show_heading(profile)
        snapshot = self.context.user_states.snapshot(profile.id) if profile else None
        self._show_users(user_rows(snapshot.users) if snapshot else [])
        self.model.set_highlighted(
            {name for name, change in self.poller.recent.items() if change.new is not None}
        )
        self._show_poll_state()

    def _show_heading(self, profile: Profile | None) -> None:
        if profile is None:
            self.heading.setText(self.tr("No profile: add one with File ▸ Profiles…"))
            return
        user = escape(self.context.privacy.username(profile.username))
        self.heading.setText(
            self.tr("SMTP+ users of the List of <b>{user}</b> · profile “{name}”").format(
                user=user, name=escape(self.context.privacy.name(profile.name))
            )
        )

    def _on_polled(self, result: PollResult) -> None:
        self._show_users(user_rows(result.users, result.fetched_at, self.model.rows_by_key()))
        changed = {change.username for change in result.transitions if change.new is not None}
        if changed:
            self.model.set_highlighted(self.model.highlighted | changed)

    def _show_users(self, rows: list[dict]) -> None:
        self.model.set_rows(rows)
        self._countdown_keys = blocked_until_keys(rows)
        self._run_countdown()
        if self._shown is not None:
            index = self.model.row_of_key(self._shown[0].username)
            if index is not None:
                row = self.model.row(index)
                self._show_details(row["info"], row["status"])

    def _show_poll_state(self) -> None:
        poller = self.poller
        parts = []
        if poller.last_success:
            parts.append(
                self.tr("Updated {time} · %n users", "", self.model.rowCount()).format(
                    time=time_text(poller.last_success)
                )
            )
        if poller.in_flight:
            parts.append(self.tr("checking…"))
        elif poller.waiting_for_endpoint:
            parts.append(self.tr("waiting for the local sandbox to start…"))
        elif poller.next_poll_at:
            parts.append(
                self.tr("next check at {time}").format(time=time_text(poller.next_poll_at))
            )
        self.updated_label.setText(" · ".join(parts) or self.tr("Not checked yet"))
        self.refresh_button.setEnabled(poller.profile is not None and not poller.in_flight)
        self._show_error(poller.last_error)

    def _show_error(self, error: Exception | None) -> None:
        if error is None:
            self.poll_notice.hide()
            return
        if self.poller.paused:
            then = self.tr(
                "Polling is paused: asking again will not help until this is fixed. "
                "Press “Try again now” once it is."
            )
        elif self.poller.next_poll_at:
            then = self.tr("Trying again at {time}; failed attempts in a row: {count}.").format(
                time=time_text(self.poller.next_poll_at), count=self.poller.policy.failures
            )
        else:
            then = ""
        message = self.context.privacy.text(error_html(error))  # MailUp's words may name a user
        self.poll_notice.set_message(f"{message}<br>{escape(then)}")
        self.poll_notice.show()

    # ----- details, look-up ------------------------------------------------------------------
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.row(self.proxy.mapToSource(current).row())
        self.model.set_highlighted(self.model.highlighted - {row["username"]})  # seen now
        self._show_details(row["info"], row["status"])

    def _show_details(self, info: UserInfo | None, status: UserStatus | None = None) -> None:
        self._shown = (info, status) if info is not None else None
        if info is None:
            self.details.setHtml(
                self.tr(
                    "<p>Select a user to see every field, what its state "
                    "means for sending and who can lift a block.</p>"
                )
            )
            return
        self.details.setHtml(details_html(info, status, self.context.privacy))

    def look_up(self, text: str) -> None:
        username = text.strip().lower()
        if not USERNAME_PATTERN.match(username):
            self._show_lookup(
                lambda: escape(
                    self.tr("An SMTP+ username looks like s123456_1 (from the MailUp console).")
                )
            )
            return
        self._show_lookup(
            lambda: self.tr("Asking MailUp about {user}…").format(user=self._user_html(username))
        )
        self.poller.look_up(
            username,
            lambda info: self._on_looked_up(username, info),
            self._on_lookup_failed,
            owner=self,
        )

    def _on_looked_up(self, username: str, info: UserInfo | None) -> None:
        checked = time_text(datetime.now(UTC))
        if info is None:
            self._show_lookup(
                lambda: self.tr(
                    "<b>{user}</b>: {unknown} — MailUp does not list it in this profile's List "
                    "(a typo, a deleted user, or a user of another List) · {time}"
                ).format(
                    user=self._user_html(username), unknown=escape(state_label(None)), time=checked
                )
            )
            return
        status = user_status(info)
        self._show_lookup(
            lambda: f"<b>{self._user_html(username)}</b>: {escape(status_text(status))} · {checked}"
        )
        self._show_details(info, status)
        index = self.model.row_of_key(info.username)
        if index is not None:
            shown = self.proxy.mapFromSource(self.model.index(index, 0))
            if shown.isValid():
                self.table.setCurrentIndex(shown)
                self.table.scrollTo(shown)

    def _on_lookup_failed(self, error: Exception) -> None:
        self._show_lookup(lambda: self.context.privacy.text(error_html(error)))

    def _show_lookup(self, render: Callable[[], str]) -> None:
        """The look-up's answer, drawn again when screen-share mode changes."""
        self._lookup_render = render
        self.lookup_result.setText(render())

    def _user_html(self, username: str) -> str:
        return escape(self.context.privacy.username(username))

    # ----- countdown -------------------------------------------------------------------------
    def _run_countdown(self) -> None:
        if self._countdown_keys and self.isVisible():
            self._countdown.start()
        else:
            self._countdown.stop()

    def _tick(self) -> None:
        if self.window().isMinimized():
            return
        self.model.refresh_cells(self._countdown_keys, STATUS_COLUMN)
        if self._shown is not None and self._shown[1] is not None and self._shown[1].until:
            self._show_details(*self._shown)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._run_countdown()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._countdown.stop()

    # ----- settings, export, log -------------------------------------------------------------
    def _set_interval(self, seconds: int) -> None:
        self.context.settings.update(poll_interval_s=seconds)
        self.poller.set_interval(clamp_interval(seconds))
        self._show_poll_state()

    def visible_users(self) -> list[UserInfo]:
        """The users the table shows, in its order."""
        return [
            self.model.row(self.proxy.mapToSource(self.proxy.index(row, 0)).row())["info"]
            for row in range(self.proxy.rowCount())
        ]

    def _choose_export(self) -> None:
        profile = self.poller.profile  # the dialog shows the name: no username while shared
        username = profile.username if profile and not self.context.privacy.enabled else ""
        name = f"smtp-users-{username}.csv" if username else "smtp-users.csv"
        path, _ = save_file_name(
            self,
            self.context.settings,
            "export-users",
            self.tr("Export SMTP+ users"),
            name,
            self.tr("CSV (*.csv)"),
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        users, now = self.visible_users(), datetime.now(UTC)
        shown = self.context.privacy.text(str(path))  # its name may hold a username

        def work() -> int:
            from ...core.users.export import write_users_csv

            write_users_csv(path, users, now)
            return len(users)

        self._tasks.run(
            work,
            lambda count: self.updated_label.setText(
                self.tr("Exported %n users to {path}", "", count).format(path=shown)
            ),
            lambda error: self.updated_label.setText(
                self.tr("Could not export: {error}").format(error=error)
            ),
            owner=self,
        )

    def _open_log(self) -> None:
        path = self.poller.log.path
        if not path.exists():
            self.updated_label.setText(
                self.tr("No change of state recorded yet ({path}).").format(path=path)
            )
            return
        self.log_offer = open_file(self, path, self.context.settings, "status-log")

    def _on_privacy(self, _enabled: bool) -> None:
        self.model.refresh_display()
        self._show_heading(self.poller.profile)
        self._show_poll_state()
        self.lookup_result.setText(self._lookup_render())
        if self._shown is not None:
            self._show_details(*self._shown)
