"""Driving the dashboard against the embedded sandbox, for the dashboard and send-guard tests."""

from mailup_gui.sandbox.admin import SandboxAdmin

POLL_TIMEOUT = 20_000


def sandbox_admin(window) -> SandboxAdmin:
    return SandboxAdmin(window.context.sandbox.root_url)


def set_user(window, username: str, **changes) -> None:
    with sandbox_admin(window) as admin:
        admin.set_user(username, **changes)


def first_poll(window, qtbot) -> None:
    """The poll the app starts on its own once the sandbox listens."""
    qtbot.waitUntil(lambda: window.poller.last_success is not None, timeout=POLL_TIMEOUT)


def poll(window, qtbot):
    """One more poll, started now; the PollResult."""
    first_poll(window, qtbot)
    with qtbot.waitSignal(window.poller.polled, timeout=POLL_TIMEOUT) as blocker:
        window.poller.poll_now()
    return blocker.args[0]


def open_dashboard(window, qtbot):
    window.tabs.setCurrentWidget(window.dashboard_page)
    qtbot.waitUntil(lambda: window.dashboard_page.built is not None)
    first_poll(window, qtbot)
    pane = window.dashboard
    qtbot.waitUntil(lambda: pane.model.rowCount() > 0, timeout=POLL_TIMEOUT)
    return pane


def usernames(pane) -> list[str]:
    """The usernames the table shows, top to bottom."""
    return [user.username for user in pane.visible_users()]


def badge(pane, username: str) -> str:
    model = pane.model
    return model.data(model.index(model.row_of_key(username), 1))
