"""The main window: profile switcher and endpoint badge, the notice area, the panes, the
status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core.account.profiles import Endpoint, Profile
from .core_texts import translated
from .menus import build_menus
from .start_order import StartOrder
from .widgets.badge import EndpointBadge
from .widgets.colour import colour_icon
from .widgets.lazy_pane import LazyPane

# Only what the first picture needs loads before it: each module imported after PySide6 costs
# its import hook a read of the module's source. The panes, the pollers, the connection check
# and the services' own modules load when first used, after the first paint.
if TYPE_CHECKING:
    from ..core.account.secrets import KeyringHealth
    from .compose.pane import ComposePane
    from .connection_check import ConnectionCheck
    from .context import AppContext
    from .dashboard.pane import DashboardPane
    from .dashboard.poller import UserPoller
    from .journal.pane import JournalPane
    from .notices import DesktopNotices
    from .outbox.pane import OutboxPane
    from .outbox.watcher import OutboxWatcher
    from .screen_share_indicator import ScreenShareIndicator
    from .templates.pane import TemplatesPane
    from .widgets.notice_area import NoticeArea
    from .window_notices import WindowNotices


class MainWindow(QMainWindow):
    first_painted = Signal()
    services_started = Signal()
    profile_switched = Signal()  # another profile is the active one: the panes' results are stale
    replaced = Signal(object)  # the window built in this one's place (a new language)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.start_order = StartOrder(self)
        self._poller: UserPoller | None = None  # the dashboard's poller, made on first use
        self._services_started = False
        self._outbox_watcher: OutboxWatcher | None = None  # the outbox's poller, likewise
        self._shown_profile_id = getattr(context.profiles.active, "id", None)  # nothing to clear
        self.setWindowTitle("mailup-gui")
        self.resize(1100, 720)
        self.setMinimumSize(720, 480)

        self._build_actions()
        self._build_toolbar()
        self._build_central()
        self.menu_actions = build_menus(self)
        self.endpoint_label = QLabel()
        self.endpoint_label.setAccessibleName(self.tr("Active endpoint"))
        self.keyring_label = QLabel()
        self.statusBar().addWidget(self.endpoint_label, 1)
        self.statusBar().addPermanentWidget(self.keyring_label)

        context.privacy.changed.connect(self._on_privacy)
        self._restore_geometry()
        self.reload_profiles()

    # ----- construction -----------------------------------------------------------------
    def _build_actions(self) -> None:
        self.profiles_action = QAction(self.tr("&Profiles…"), self)
        self._shortcuts = [(self.profiles_action, "Ctrl+Shift+P")]
        self.profiles_action.setToolTip(self.tr("Add, edit or delete profiles (Ctrl+Shift+P)"))
        self.profiles_action.triggered.connect(self.open_profiles)
        self.test_action = QAction(self.tr("&Test connection"), self)
        self._shortcuts.append((self.test_action, "Ctrl+T"))
        self.test_action.setToolTip(
            self.tr("Ask MailUp about the active profile's SMTP+ user (Ctrl+T)")
        )
        self._connection_check: ConnectionCheck | None = None  # made on the first check
        self.test_action.triggered.connect(self.check_active_connection)
        self.screen_share_action = QAction(self.tr("&Screen-share mode"), self)
        self.screen_share_action.setCheckable(True)
        self._shortcuts.append((self.screen_share_action, "Ctrl+Shift+H"))
        self.screen_share_action.setToolTip(
            self.tr("Hide secrets, SMTP+ usernames and recipient addresses (Ctrl+Shift+H)")
        )
        self.screen_share_action.setChecked(self.context.privacy.enabled)
        self.screen_share_action.toggled.connect(self.context.privacy.set_enabled)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self._shortcuts.append((self.quit_action, "Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("&About mailup-gui"), self)
        self.about_action.triggered.connect(self._about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Profile"))
        toolbar.setObjectName("profile-toolbar")
        toolbar.setMovable(False)
        self.toolbar = toolbar
        self.screen_share_indicator: ScreenShareIndicator | None = None
        if self.context.privacy.enabled:  # in the first picture; else made after it
            self._add_screen_share_indicator()
        toolbar.addWidget(QLabel(self.tr(" Profile: ")))
        self.profile_combo = QComboBox()
        self.profile_combo.setMinimumWidth(220)
        self.profile_combo.setToolTip(self.tr("The account you are working on"))
        self.profile_combo.setAccessibleName(self.tr("Active profile"))
        self.profile_combo.activated.connect(self._on_profile_chosen)
        toolbar.addWidget(self.profile_combo)
        toolbar.addSeparator()
        self.badge = EndpointBadge()
        toolbar.addWidget(self.badge)
        toolbar.addSeparator()
        toolbar.addAction(self.test_action)
        toolbar.addAction(self.profiles_action)
        self.addToolBar(toolbar)

    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 0)
        # right after the paint: the window's own notices (a first start's welcome), then the one
        # area that shows them and the pane's in sight (its module costs Qt's namespace, ~13 ms)
        self._window_notices: WindowNotices | None = None
        self.notice_area: NoticeArea | None = None
        self.start_order.after_paint(lambda: self.window_notices)
        self.start_order.after_paint(lambda: self._build_notice_area(layout))

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Panes"))
        self.outbox_page = LazyPane(self._build_outbox, self.start_order.after_services)
        self.dashboard_page = LazyPane(self._build_dashboard, self.start_order.after_services)
        self.compose_page = LazyPane(self._build_compose, self.start_order.after_services)
        self.templates_page = LazyPane(self._build_templates, self.start_order.after_services)
        self.journal_page = LazyPane(self._build_journal, self.start_order.after_services)
        panes = [
            (self.tr("Compose"), self.compose_page),
            (self.tr("Templates"), self.templates_page),
            (self.tr("Dashboard"), self.dashboard_page),
            (self.tr("Outbox"), self.outbox_page),
            (self.tr("Journal"), self.journal_page),
        ]
        self.pane_actions: list[QAction] = []  # listed in the View menu
        self.pane_names = ["compose", "templates", "dashboard", "outbox", "journal"]
        for index, (title, pane) in enumerate(panes):
            self.tabs.addTab(pane, title)
            action = QAction(title, self)
            self.pane_actions.append(action)
            self._shortcuts.append((action, f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
            self.addAction(action)
        layout.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(self._show_notices_of_pane)
        self.setCentralWidget(central)

    def _build_notice_area(self, layout: QVBoxLayout) -> None:
        from .widgets.notice_area import NoticeArea

        # made in its place: shown before it has a parent, it would open as a window of its own
        self.notice_area = NoticeArea(self.context.notice_board, layout.parentWidget())
        layout.insertWidget(0, self.notice_area)
        self._show_notices_of_pane(self.tabs.currentIndex())

    @property
    def window_notices(self) -> WindowNotices:
        """The window's own notices: made right after the paint, or when first needed."""
        if self._window_notices is None:
            from .window_notices import WindowNotices

            self._window_notices = WindowNotices(self)
        return self._window_notices

    def _show_notices_of_pane(self, index: int) -> None:
        if self.notice_area is not None:
            self.notice_area.show_pane(self.pane_names[index])

    def _build_compose(self) -> ComposePane:
        from .compose.pane import ComposePane

        pane = ComposePane(self.context)
        pane.sent.connect(self._on_message_sent)
        pane.form.signals.journal_requested.connect(self.show_journal)
        self.profile_switched.connect(pane.form.clear_marks)
        self.profile_switched.connect(pane.controller.refresh_checks)  # From, for the new user
        return pane

    @property
    def compose(self) -> ComposePane:
        """The Compose pane, built on first use."""
        return self.compose_page.pane()

    def _build_templates(self) -> TemplatesPane:
        from .templates.pane import TemplatesPane

        pane = TemplatesPane(self.context)
        pane.sent.connect(self._on_message_sent)
        pane.form.signals.journal_requested.connect(self.show_journal)
        self.profile_switched.connect(pane.form.clear_marks)
        self.profile_switched.connect(pane.controller.refresh_checks)  # From, for the new user
        return pane

    @property
    def templates(self) -> TemplatesPane:
        """The Templates pane, built on first use."""
        return self.templates_page.pane()

    def _on_message_sent(self, _report) -> None:
        if self._outbox_watcher is not None:
            self._outbox_watcher.poll()

    def _build_outbox(self) -> OutboxPane:
        from .outbox.pane import OutboxPane

        return OutboxPane(self.context, self.outbox_watcher)

    @property
    def outbox_watcher(self) -> OutboxWatcher:
        """Polls the sandbox's outbox for the pane and the unread count on its tab."""
        if self._outbox_watcher is None:
            from .outbox.watcher import OutboxWatcher

            self._outbox_watcher = OutboxWatcher(self.context, self)
            self._outbox_watcher.count_unread_on(self.tabs, self.outbox_page, self.tr("Outbox"))
        return self._outbox_watcher

    @property
    def outbox(self) -> OutboxPane:
        """The Outbox pane, built on first use."""
        return self.outbox_page.pane()

    def _build_journal(self) -> JournalPane:
        from .journal.pane import JournalPane

        pane = JournalPane(self.context, self.context.journal_feed)
        pane.reopen_requested.connect(self._reopen_from_journal)
        return pane

    def show_journal(self) -> None:
        self.tabs.setCurrentWidget(self.journal_page)

    def _reopen_from_journal(self, reopened) -> None:
        """A past send, back in the editor it came from, as a new draft."""
        from ..core.send.kind import SendKind  # the journal loaded it already

        if reopened.method is SendKind.TEMPLATE:
            self.tabs.setCurrentWidget(self.templates_page)
            self.templates.open_reopened(reopened)
            return
        self.tabs.setCurrentWidget(self.compose_page)
        self.compose.open_draft(reopened.draft)

    def _build_dashboard(self) -> DashboardPane:
        from .dashboard.pane import DashboardPane

        return DashboardPane(self.context, self.poller)

    @property
    def dashboard(self) -> DashboardPane:
        """The Dashboard pane, built on first use."""
        return self.dashboard_page.pane()

    # ----- profiles ---------------------------------------------------------------------
    def reload_profiles(self) -> None:
        active = self.context.profiles.active
        self.profile_combo.clear()
        for profile in self.context.profiles.all():
            name = self.context.privacy.name(profile.name)
            self.profile_combo.addItem(colour_icon(profile.colour), name, profile.id)
        if active:
            self.profile_combo.setCurrentIndex(self.profile_combo.findData(active.id))
        self._show_active(active)

    def _on_profile_chosen(self, index: int) -> None:
        profile_id = self.profile_combo.itemData(index)
        if profile_id and profile_id != getattr(self.context.profiles.active, "id", None):
            self.context.profiles.set_active(profile_id)
            self._show_active(self.context.profiles.active)

    def _show_active(self, profile: Profile | None) -> None:
        shown = profile.id if profile else None
        if shown != self._shown_profile_id:  # chosen, deleted, or handed over by a second start
            from .widgets.notice_board import Cause  # loaded with the notices, after the paint

            self._shown_profile_id = shown
            self.context.notice_board.gone([Cause.PROFILE])  # results and refusals, every pane's
            self.profile_switched.emit()
        if self._poller is not None:  # made by the services or the Dashboard, which follow it
            self._poller.follow(profile)
        if self._window_notices is not None:  # else made after the paint, which follows it
            self._window_notices.follow(profile)
        self.test_action.setEnabled(profile is not None)
        if profile is None:
            self.badge.hide()
            self.endpoint_label.setText(self.tr("No profile: add one with File ▸ Profiles…"))
            return
        self.badge.show()
        self.badge.show_profile(profile)
        self._show_endpoint(profile)
        if profile.endpoint is Endpoint.SANDBOX and self._services_started:
            self.context.sandbox.start()
        if self._outbox_watcher is not None:  # made with the pane, which follows it
            self._outbox_watcher.follow(profile)

    def _show_endpoint(self, profile: Profile) -> None:
        if profile.endpoint is Endpoint.SANDBOX:
            # Not its URL: the port changes at every start, so a profile built on it would break.
            url = self.tr("Local sandbox")
        else:
            url = translated(profile.endpoint_label())
        user = self.context.privacy.username(profile.username)
        self.endpoint_label.setText(self.tr("{url} · SMTP+ user {user}").format(url=url, user=user))

    def open_profiles(self, *, new: bool = False) -> None:
        """The Profiles dialog; with ``new``, on a new, empty profile."""
        from .profiles.dialog import ProfilesDialog

        dialog = ProfilesDialog(
            self.context.profiles,
            self.context.secrets,
            self.context.privacy,
            self.context.tasks,
            self.context.sandbox_url,
            self,
            sandbox_smtp=self.context.sandbox_smtp,
        )
        dialog.profiles_changed.connect(self.reload_profiles)
        if new:
            dialog.add_profile()
        dialog.exec()
        dialog.deleteLater()  # a child of the window: it would live, hidden, until the app quits
        self.reload_profiles()

    @property
    def connection_check(self) -> ConnectionCheck:
        if self._connection_check is None:
            from .connection_check import ConnectionCheck

            self._connection_check = ConnectionCheck(
                self, self.context, self.test_action, self.open_profiles
            )
        return self._connection_check

    def check_active_connection(self) -> None:
        self.connection_check.run()

    @property
    def last_test_result(self) -> str:
        return self.connection_check.last_result

    # ----- services after first paint ---------------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self.start_order.painted:
            self.first_painted.emit()
            self.start_order.mark_painted()

    def start_services(self) -> None:
        """Work kept off the path to first paint: the sandbox first (the wait for it runs on a
        worker), then shortcuts, icons, the notices, the wheel guard; the panes, the pollers
        and the keyring probe once the sandbox listens (``services_started``)."""
        if self._services_started:
            return
        self._services_started = True
        sandbox = self.context.sandbox
        sandbox.ready.connect(self._on_sandbox_ready)
        sandbox.failed.connect(self._on_sandbox_failed)
        active = self.context.profiles.active
        on_sandbox = active is not None and active.endpoint is Endpoint.SANDBOX
        running = self.context.sandbox_url()  # kept running for a window built in place
        if on_sandbox and not running:
            sandbox.start()
        from .widgets.wheel_guard import guard_wheel
        from .window_chrome import install_icons, install_shortcuts

        install_shortcuts(self._shortcuts)
        install_icons(self)
        if self.screen_share_indicator is None:
            self._add_screen_share_indicator()
        self.notices.attach(self)
        guard_wheel(self.toolbar)  # the profile switcher; the panes guard their own
        if running:
            self._on_sandbox_ready(running)
        elif not on_sandbox:
            self._announce_services()

    def _announce_services(self) -> None:
        """``services_started``; the first time, then the panes waiting for it, the pollers
        and the keyring's probe."""
        self.services_started.emit()
        if not self.start_order.services_up:
            self.start_order.mark_services_up()  # the pane shown, built first
            QTimer.singleShot(0, self, self._follow_with_pollers)

    def _follow_with_pollers(self) -> None:
        active = self.context.profiles.active
        self.poller.follow(active)  # polls for alerts even if the Dashboard never opens
        self.outbox_watcher.follow(active)
        self.probe_keyring()

    @property
    def notices(self) -> DesktopNotices:
        return self.context.notices

    @property
    def poller(self) -> UserPoller:
        """Polls ListUserInfo for the active profile: made by the services' start, or by the
        Dashboard if that is built first."""
        if self._poller is None:
            from .dashboard.poller import UserPoller

            self._poller = UserPoller(self.context, self, self.notices)
            self._poller.follow(self.context.profiles.active)
        return self._poller

    def _add_screen_share_indicator(self) -> None:
        from .screen_share_indicator import add_screen_share_indicator

        self.screen_share_indicator = add_screen_share_indicator(self.toolbar, self.context.privacy)

    def probe_keyring(self) -> None:
        secrets = self.context.secrets
        self.context.tasks.run(lambda: secrets.health(refresh=True), self._show_keyring)

    def _show_keyring(self, health: KeyringHealth) -> None:
        if health.available:
            where = translated(health.label)
            self.keyring_label.setText(self.tr("Secrets: {where}").format(where=where))
        else:
            self.keyring_label.setText(self.tr("Secrets: this session only"))
        self.window_notices.tell_keyring(health)

    def _on_sandbox_ready(self, _url: str) -> None:
        self.window_notices.tell_sandbox(None)
        active = self.context.profiles.active
        if active is not None:
            self._show_endpoint(active)
        if self._outbox_watcher is not None:  # else made, following it, after this
            self._outbox_watcher.follow(active)
        self._announce_services()

    def _on_sandbox_failed(self, message: str) -> None:
        self.window_notices.tell_sandbox(message)
        self._announce_services()

    # ----- view -------------------------------------------------------------------------
    def _on_privacy(self, enabled: bool) -> None:
        """Whatever turned the mode on or off (the menu, its shortcut, the pill, Preferences):
        the menu's tick follows, and the next start keeps it."""
        self.screen_share_action.setChecked(enabled)
        self.context.settings.update(screen_share=enabled)
        for profile in self.context.profiles.all():  # names are often customers': masked too
            index = self.profile_combo.findData(profile.id)
            self.profile_combo.setItemText(index, self.context.privacy.name(profile.name))
        if self.context.profiles.active:
            self._show_endpoint(self.context.profiles.active)

    def _about(self) -> None:
        from .about import open_about  # with its version lookups, when asked for

        open_about(self, self.context)

    # ----- window state -----------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = self.context.settings.value
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromHex(settings.window_geometry.encode()))
            return
        # First start: room for the editors, the preview and the notices, within the screen.
        available = self.screen().availableGeometry()
        self.resize(
            min(1400, int(available.width() * 0.9)), min(900, int(available.height() * 0.9))
        )

    def retire(self) -> None:
        """Closing's part without the sandbox (the context's): drafts, geometry, pollers."""
        for page in (self.compose_page, self.templates_page):
            if page.built:
                page.built.autosave_now()  # the last keystrokes too, not only those 2 s ago
        self.context.settings.update(window_geometry=self.saveGeometry().toHex().toStdString())
        for poller in (self._poller, self._outbox_watcher):
            if poller is not None:
                poller.stop()

    def closeEvent(self, event) -> None:
        self.retire()
        self.context.sandbox.stop()
        super().closeEvent(event)
