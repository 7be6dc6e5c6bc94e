"""A real main window per test, on fresh config/data dirs; workers drained in teardown."""

import pytest

from mailup_gui.core.profiles import ProfileStore
from mailup_gui.core.secrets import SecretStore
from mailup_gui.core.settings import SettingsStore
from mailup_gui.core.user_states import KnownUserStates
from mailup_gui.ui.journal.feed import JournalFeed
from mailup_gui.ui.context import AppContext
from mailup_gui.ui.main_window import MainWindow
from mailup_gui.ui.privacy import Privacy
from mailup_gui.ui.sandbox_host import SandboxHost
from mailup_gui.ui.tasks import TaskRunner


@pytest.fixture
def context(qapp):
    tasks = TaskRunner()
    settings = SettingsStore()
    ctx = AppContext(
        profiles=ProfileStore(),
        settings=settings,
        secrets=SecretStore(),
        tasks=tasks,
        privacy=Privacy(settings.value.screen_share),
        sandbox=SandboxHost(tasks),
        user_states=KnownUserStates(),
        journal_feed=JournalFeed(),
    )
    yield ctx
    ctx.sandbox.stop()
    tasks.wait()


@pytest.fixture
def window(qtbot, context):
    """The window as the app builds it on a first start: the sandbox profile, services started."""
    context.profiles.set_active(context.profiles.ensure_sandbox().id)
    win = MainWindow(context)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.services_started, timeout=20_000):
        win.show()
        win.start_services()
    yield win
    context.tasks.wait()
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10_000)  # results handed back too
