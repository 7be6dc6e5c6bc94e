"""A real main window per test, on fresh config/data dirs; workers drained in teardown."""

import pytest

from mailup_gui.core.profiles import ProfileStore
from mailup_gui.core.settings import SettingsStore
from mailup_gui.ui.context import AppContext
from mailup_gui.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def default_locale():
    """A test that switches the UI to Italian leaves the next one in the locale it found."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def context(qapp):
    ctx = AppContext.create(ProfileStore(), SettingsStore())
    yield ctx
    ctx.sandbox.stop()
    ctx.tasks.wait()


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


@pytest.fixture
def admin(window):
    """An admin client of the window's embedded sandbox, its outbox emptied first."""
    from mailup_gui.sandbox.admin import SandboxAdmin

    with SandboxAdmin(window.context.sandbox.root_url) as client:
        client.clear_outbox()
        yield client
