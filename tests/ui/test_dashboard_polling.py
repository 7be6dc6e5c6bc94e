"""The poller: started with the app's services, one notification and one log entry per change,
back-off on errors and recovery, slower while minimised, a clean restart on a profile change."""

import subprocess
import sys
from datetime import datetime

from support.dashboard import (
    POLL_TIMEOUT,
    first_poll,
    open_dashboard,
    poll,
    sandbox_admin,
    set_user,
)

from mailup_gui.core.account.connection import SecretMissing
from mailup_gui.core.account.profiles import Profile
from mailup_gui.core.users.status_log import StatusLog


def test_a_change_between_two_polls_is_announced_and_logged_once(window, qtbot):
    notes = []
    window.poller.notifier.notified.connect(lambda title, text: notes.append((title, text)))
    first_poll(window, qtbot)
    set_user(window, "s10000_1", admin_block=True)
    result = poll(window, qtbot)
    poll(window, qtbot)  # nothing changed since: nothing more to say
    assert [change.username for change in result.transitions] == ["s10000_1"]
    assert len(notes) == 1
    title, text = notes[0]
    assert title == "s10000_1: Blocked by admin"
    assert "Was Active" in text and "only MailUp support can lift it" in text
    assert "Sandbox (local)" in text
    entries = StatusLog().entries()
    assert [(e.username, e.old, e.new, e.profile) for e in entries] == [
        ("s10000_1", "active", "blocked by admin", "Sandbox (local)")
    ]
    # without a system tray (offscreen) the notice goes to the status bar
    assert "s10000_1: Blocked by admin" in window.statusBar().currentMessage()
    assert window.dashboard_page.built is None  # all of it without ever opening the pane


def test_unblocking_is_announced_too_and_masked_in_screen_share_mode(window, qtbot):
    notes = []
    window.poller.notifier.notified.connect(lambda title, text: notes.append(title))
    first_poll(window, qtbot)
    set_user(window, "s10000_4", is_enabled=True)
    poll(window, qtbot)
    window.screen_share_action.trigger()
    set_user(window, "s10000_4", is_enabled=False)
    poll(window, qtbot)
    assert notes[0] == "s10000_4: Active"
    assert notes[1].endswith(": Disabled") and "s10000_4" not in notes[1]
    assert len(notes) == 2


def test_errors_back_off_show_a_banner_and_recover_by_themselves(window, qtbot):
    pane = open_dashboard(window, qtbot)
    poller = window.poller
    seen = []
    poller.state_changed.connect(
        lambda: seen.append(
            (
                poller.policy.failures,
                poller.policy.delay(),
                not pane.poll_notice.isHidden(),
                pane.poll_notice.text,
            )
        )
    )
    poller.set_interval(0.05)
    with sandbox_admin(window) as admin:
        admin.set_faults(http_5xx=503, times=2)
        poller.poll_now()
        qtbot.waitUntil(lambda: poller.policy.failures == 2, timeout=POLL_TIMEOUT)
        qtbot.waitUntil(lambda: poller.last_error is None, timeout=POLL_TIMEOUT)
        admin.clear_faults()
    failing = [entry for entry in seen if entry[0]]
    first = next(entry for entry in failing if entry[0] == 1)
    second = next(entry for entry in failing if entry[0] == 2)
    assert second[1] > first[1]  # the wait grows
    assert first[2] and second[2]  # the banner shows...
    assert "HTTP 503" in second[3] and "Trying again at" in second[3]
    assert pane.poll_notice.isHidden()  # ...and goes once MailUp answers again
    assert pane.model.rowCount() == 4
    poller.set_interval(60)


def test_an_error_retrying_cannot_fix_pauses_until_the_user_acts(window, qtbot):
    pane = open_dashboard(window, qtbot)
    production = Profile(name="Acme", username="s123456_1")  # no secret stored
    window.context.profiles.put(production)
    window.context.profiles.set_active(production.id)
    window.reload_profiles()
    qtbot.waitUntil(lambda: window.poller.paused, timeout=POLL_TIMEOUT)
    assert isinstance(window.poller.last_error, SecretMissing)
    assert not window.poller._timer.isActive()
    assert "No SMTP+ secret" in pane.poll_notice.text and "paused" in pane.poll_notice.text
    assert pane.model.rowCount() == 0 and "Acme" in pane.heading.text()

    sandbox = next(p for p in window.context.profiles.all() if p.name == "Sandbox (local)")
    window.context.profiles.set_active(sandbox.id)
    window.reload_profiles()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 4, timeout=POLL_TIMEOUT)
    assert pane.poll_notice.isHidden() and not window.poller.paused


def test_polling_is_slower_while_minimised(window, qtbot):
    first_poll(window, qtbot)
    poller = window.poller
    qtbot.waitUntil(lambda: poller.next_poll_at is not None, timeout=POLL_TIMEOUT)

    def wait_s() -> float:
        return (poller.next_poll_at - datetime.now(poller.next_poll_at.tzinfo)).total_seconds()

    normal = wait_s()
    window.showMinimized()
    qtbot.waitUntil(lambda: wait_s() > 2 * normal)
    assert wait_s() > 4 * poller.policy.interval - normal  # 5x the interval, less what passed
    window.showNormal()
    qtbot.waitUntil(lambda: wait_s() <= poller.policy.interval)


def test_closing_the_window_stops_polling_and_drains_the_pool(window, qtbot):
    first_poll(window, qtbot)
    poller = window.poller
    poller.poll_now()
    window.close()
    assert poller._tasks.pool.activeThreadCount() == 0
    assert not poller._timer.isActive()
    poller.poll_now()
    assert not poller.in_flight


def test_the_poller_loads_nothing_heavy_and_the_pane_waits_to_be_shown():
    """Polling starts with the app; httpx, msgspec and the pane's code stay off the GUI
    start-up path until a request runs or the Dashboard is opened."""
    code = (
        "import sys\n"
        "import PySide6.QtWidgets\n"
        "import mailup_gui.ui.dashboard.poller\n"
        "import mailup_gui.ui.main_window\n"
        "heavy = {'httpx', 'msgspec', 'mailup_gui.ui.dashboard.pane'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_a_dashboard_built_before_the_services_gets_the_poller_they_start(context, qtbot):
    """As when the Dashboard is the start pane: it is built right after the first paint, which
    may come before the services' start; it must not get a poller that does not exist yet."""
    from mailup_gui.ui.main_window import MainWindow

    context.profiles.set_active(context.profiles.ensure_sandbox().id)
    window = MainWindow(context)
    qtbot.addWidget(window)
    pane = window.dashboard
    with qtbot.waitSignal(window.services_started, timeout=20_000):
        window.show()
        window.start_services()
    assert pane.poller is window.poller
    assert window.poller.profile == context.profiles.active
    with qtbot.waitSignal(window.poller.polled, timeout=POLL_TIMEOUT):
        window.poller.poll_now()
    context.tasks.wait()


def made_where(monkeypatch) -> list[tuple[str, bool]]:
    """Each secrets store and users' states made from now on: its class, and whether it was
    made on the GUI thread."""
    import threading

    from mailup_gui.core.account.secrets import SecretStore
    from mailup_gui.core.users.states import KnownUserStates

    made: list[tuple[str, bool]] = []
    for service in (SecretStore, KnownUserStates):

        def recording(self, init=service.__init__, name=service.__name__) -> None:
            made.append((name, threading.current_thread() is threading.main_thread()))
            init(self)

        monkeypatch.setattr(service, "__init__", recording)
    return made


def lone_poller(context, qtbot):
    """A poller of its own on a fresh context (nothing has asked for its services yet), and a
    production profile with no secret stored, which fails on the worker without a request."""
    from PySide6.QtWidgets import QMainWindow

    from mailup_gui.ui.dashboard.poller import UserPoller

    window = QMainWindow()
    qtbot.addWidget(window)
    poller = UserPoller(context, window, context.notices)
    production = Profile(name="Acme", username="s123456_1")
    context.profiles.put(production)
    return poller, production


def test_a_first_poll_makes_the_services_its_worker_shares_on_the_gui_thread(
    context, qtbot, monkeypatch
):
    """The context makes them on first use: read by a worker, two threads could make two."""
    made = made_where(monkeypatch)
    poller, production = lone_poller(context, qtbot)
    poller.follow(production)
    qtbot.waitUntil(lambda: poller.paused, timeout=POLL_TIMEOUT)
    poller.stop()
    assert isinstance(poller.last_error, SecretMissing)  # the worker ran, with the store
    assert made == [("SecretStore", True), ("KnownUserStates", True)]


def test_a_first_look_up_makes_the_secrets_store_on_the_gui_thread(context, qtbot, monkeypatch):
    made = made_where(monkeypatch)
    poller, production = lone_poller(context, qtbot)
    poller.stop()  # no poll: the look-up is the first to ask for the secrets
    poller.follow(production)
    answers: list[object] = []
    poller.look_up("s123456_1", answers.append, answers.append, owner=poller)
    qtbot.waitUntil(lambda: bool(answers), timeout=POLL_TIMEOUT)
    assert isinstance(answers[0], SecretMissing)  # the worker ran, with the store
    assert made == [("SecretStore", True)]
