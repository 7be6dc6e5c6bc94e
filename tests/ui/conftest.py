"""A real main window per test, on fresh config/data dirs; workers drained in teardown."""

import pytest

from mailup_gui.core.account.profiles import ProfileStore
from mailup_gui.core.storage.settings import SettingsStore
from mailup_gui.ui.context import AppContext
from mailup_gui.ui.main_window import MainWindow
from mailup_gui.ui.theme import DARK, LIGHT, SYSTEM, apply_theme


@pytest.fixture(autouse=True)
def default_locale():
    """A test that switches the UI to Italian leaves the next one in the locale it found."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture(params=[LIGHT, DARK])
def theme(request):
    """Each case in the light and in the dark theme, back to the system's after it."""
    apply_theme(request.param)
    yield request.param
    apply_theme(SYSTEM)


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
    # the pane shown at start is built just after the services started, as in the app
    qtbot.waitUntil(lambda: win.tabs.currentWidget().built is not None, timeout=20_000)
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


@pytest.fixture
def dialog(window, qtbot, monkeypatch):
    """The Profiles dialog over the window. Closing with unsaved edits asks first; the tests
    leave some on purpose, so the closing done at teardown answers "Discard" (tests that check
    the question override it)."""
    from PySide6.QtWidgets import QMessageBox

    from mailup_gui.ui.profiles.dialog import ProfilesDialog

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    context = window.context
    dlg = ProfilesDialog(
        context.profiles,
        context.secrets,
        context.privacy,
        context.tasks,
        context.sandbox_url,
        window,
    )
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


@pytest.fixture(scope="session")
def relay_tls(tmp_path_factory):
    """A TLS context for the test relay: a self-signed certificate made for this run."""
    from support.relay_server import self_signed_context

    return self_signed_context(tmp_path_factory.mktemp("relay-tls"))


@pytest.fixture
def relay(relay_tls):
    """A real SMTP server on loopback (aiosmtpd) with STARTTLS and AUTH, recording what it
    accepts (tests/support/relay_server.py)."""
    from support.relay_server import RelayServer

    with RelayServer(relay_tls) as server:
        yield server


@pytest.fixture
def compose(window, monkeypatch):
    """The Compose pane in front, its send confirmation answered "Send"."""
    pane = window.compose
    window.tabs.setCurrentWidget(window.compose_page)
    monkeypatch.setattr(pane.controller, "confirm_send", lambda profile, draft: True)
    return pane
