"""The Checks tab never holds the message up: a message's details and its HTML come first, its
checks start once it is on screen (at once when the Checks tab is the one looked at), browsing
from message to message checks only the one the user stays on, and a check that outlived its
message never lands."""

import copy
import threading

import pytest
from support.outbox import example, open_outbox, send

from mailup_gui.core.preflight import checker


@pytest.fixture
def checked(monkeypatch):
    """The checks preflight ran of messages with one of ``subjects``, in order: each its
    subject and whether the HTML had loaded by then; ``gate`` holds every check until set (it
    starts set)."""
    record = {"runs": [], "loaded": [], "gate": threading.Event(), "subjects": set()}
    record["gate"].set()
    real_check = checker.check

    def recording(message):
        if message.subject in record["subjects"]:  # not the Compose pane's, behind the Outbox
            record["runs"].append((message.subject, bool(record["loaded"])))
        record["gate"].wait(10)
        return real_check(message)

    monkeypatch.setattr(checker, "check", recording)
    return record


def stored(window, qtbot, checked, subjects: list[str]):
    """The messages sent with these subjects, read as the Outbox reads them (newest first)."""
    checked["subjects"].update(subjects)
    for subject in subjects:
        body = copy.deepcopy(example())
        body["Subject"] = subject
        send(window, body)
    pane = open_outbox(window, qtbot, len(subjects))
    service = pane.watcher.service
    return pane, [service.message(pane.model.row(i)["id"]) for i in range(len(subjects))]


def test_the_outbox_shows_the_message_and_its_html_before_checking_it(
    window, qtbot, admin, checked
):
    pane, [message] = stored(window, qtbot, checked, ["Order shipped"])
    view = pane.view
    view.html.loaded.connect(checked["loaded"].append)
    view.show_loading("Order shipped")
    with qtbot.waitSignal(view.html.loaded, timeout=20_000):
        view.show_message(message)
        assert view.message is message and checked["runs"] == []  # details: no check first
        assert view.checks.status.text() == "Checking…"
    qtbot.waitUntil(lambda: view.checks.report is not None, timeout=20_000)
    assert checked["runs"] == [("Order shipped", True)]  # after the HTML, on its own


def test_browsing_messages_checks_only_the_one_the_user_stays_on(window, qtbot, admin, checked):
    pane, messages = stored(window, qtbot, checked, ["First", "Second", "Third"])
    view = pane.view
    browsed = [messages[i % 3] for i in range(10)]  # down the list and round again
    for message in browsed:
        view.show_loading(message.parsed.subject)
        with qtbot.waitSignal(view.html.loaded, timeout=20_000):
            view.show_message(message)  # shown, then the arrow key again
    qtbot.waitUntil(lambda: view.checks.report is not None, timeout=20_000)
    window.context.tasks.wait()
    assert [subject for subject, _ in checked["runs"]] == [browsed[-1].parsed.subject]


def test_the_checks_tab_looked_at_checks_at_once_and_says_so_meanwhile(
    window, qtbot, admin, checked
):
    pane, [message] = stored(window, qtbot, checked, ["Looked at"])
    view = pane.view
    view.tabs.setCurrentWidget(view.checks)
    checked["gate"].clear()
    view.show_message(message)
    qtbot.waitUntil(lambda: bool(checked["runs"]), timeout=10_000)  # not waiting for the HTML
    assert view.checks.running and view.checks.status.text() == "Checking…"
    checked["gate"].set()
    qtbot.waitUntil(lambda: view.checks.report is not None, timeout=20_000)
    assert not view.checks.running and view.checks.status.text() != "Checking…"


def test_a_check_that_outlived_its_message_never_lands(window, qtbot, admin, checked):
    pane, [message] = stored(window, qtbot, checked, ["Old"])
    view = pane.view
    view.tabs.setCurrentWidget(view.checks)
    checked["gate"].clear()
    view.show_message(message)
    qtbot.waitUntil(lambda: bool(checked["runs"]), timeout=10_000)
    view.show_loading("Next")  # the user moved on while it ran
    checked["gate"].set()
    window.context.tasks.wait()
    qtbot.waitUntil(lambda: not window.context.tasks.busy, timeout=10_000)
    assert view.checks.report is None and view.tabs.tabText(view.checks_index) == "Checks"


def test_compose_checks_the_draft_once_its_preview_is_on_screen(compose, qtbot, checked):
    preview = compose.preview.preview
    preview.loaded.connect(checked["loaded"].append)
    checked["subjects"].add("Draft")
    compose.form.envelope.subject.setText("Draft")
    qtbot.waitUntil(lambda: preview.checks.report is not None, timeout=20_000)
    qtbot.wait(1000)  # every earlier preview loaded, every earlier check done
    checked["runs"].clear()
    checked["loaded"].clear()
    compose.html.body.setPlainText("<p>Hello</p>")  # one edit: one preview, then its check
    qtbot.waitUntil(lambda: bool(checked["runs"]), timeout=20_000)
    assert checked["runs"] == [("Draft", True)]
