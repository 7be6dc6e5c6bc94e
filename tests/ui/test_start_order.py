"""The pane shown at start is built once the services started, so that its build (the send
form, the preview's Chromium) does not hold up the app's handling of the sandbox listening; a
sandbox slow to start does not keep the pane empty either."""

from mailup_gui.ui import start_order
from mailup_gui.ui.main_window import MainWindow
from mailup_gui.ui.start_order import StartOrder


def test_the_pane_shown_at_start_is_built_after_the_services_started(qtbot, context, monkeypatch):
    monkeypatch.setattr(start_order, "PANE_WAIT_MS", 60_000)  # a slow machine: no cap here
    context.profiles.set_active(context.profiles.ensure_sandbox().id)
    window = MainWindow(context)
    qtbot.addWidget(window)
    built_at_start: list[bool] = []
    window.services_started.connect(
        lambda: built_at_start.append(window.compose_page.built is not None)
    )
    with qtbot.waitSignal(window.first_painted, timeout=20_000):
        window.show()
    window.start_services()
    qtbot.waitUntil(lambda: window.compose_page.built is not None, timeout=30_000)
    assert built_at_start == [False]


def test_a_slow_sandbox_keeps_the_pane_waiting_no_longer_than_the_cap(qtbot, monkeypatch):
    monkeypatch.setattr(start_order, "PANE_WAIT_MS", 50)
    order = StartOrder()
    built: list[str] = []
    order.after_services(lambda: built.append("pane"))
    order.mark_painted()
    qtbot.wait(10)
    assert built == []  # neither the services nor the cap yet
    qtbot.waitUntil(lambda: built == ["pane"], timeout=5_000)
    order.mark_services_up()  # later: nothing runs twice
    qtbot.wait(20)
    assert built == ["pane"]


def test_once_painted_and_started_what_waits_for_them_runs_at_once(qtbot):
    order = StartOrder()
    ran: list[str] = []
    order.mark_painted()
    order.mark_services_up()
    order.after_paint(lambda: ran.append("after paint"))
    order.after_services(lambda: ran.append("after services"))
    qtbot.waitUntil(lambda: len(ran) == 2, timeout=5_000)
    assert ran == ["after paint", "after services"]


def test_what_still_waits_when_the_window_goes_is_dropped_with_it(qtbot, monkeypatch):
    """A window closed before the services started (a test, a quick quit) leaves no pane
    build behind to run on its deleted widgets."""
    import shiboken6
    from PySide6.QtWidgets import QWidget

    monkeypatch.setattr(start_order, "PANE_WAIT_MS", 30)
    owner = QWidget()
    order = StartOrder(owner)
    built: list[str] = []
    order.after_services(lambda: built.append("pane"))
    order.mark_painted()
    shiboken6.delete(owner)
    qtbot.wait(150)
    assert built == []
