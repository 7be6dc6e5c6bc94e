"""Compose and its neighbours: the journal records every attempt, reopens it; the inspector
and a saved .json round-trip the request."""

import json

from PySide6.QtWidgets import QApplication, QFileDialog
from support.compose import type_into, use_sandbox_user

from mailup_gui.core.send.journal import Journal
from mailup_gui.ui.send_form.inspector import RequestInspector


def write_message(qtbot, pane, subject="Journal me"):
    type_into(qtbot, pane.form.envelope.to.edit, "Mario Rossi <mario@example.org>")
    type_into(qtbot, pane.form.envelope.subject, subject)
    pane.text.setPlainText("Body")


def test_every_attempt_is_journaled_and_reopens_as_a_draft(window, compose, qtbot, monkeypatch):
    write_message(qtbot, compose)
    with qtbot.waitSignal(window.context.journal_feed.recorded, timeout=20_000) as recorded:
        compose.controller.send()
    [entry_id] = recorded.args
    entry = Journal().get(entry_id)
    assert entry.outcome == "queued" and entry.code == "0" and entry.subject == "Journal me"
    assert entry.request["User"] == {"Username": "s10000_1"}
    assert "sandbox" not in json.dumps(entry.request["User"])  # no secret

    type_into(qtbot, compose.form.envelope.subject, "Something else")
    window.show_journal()
    journal = window.journal_page.pane()
    qtbot.waitUntil(lambda: journal.model.rowCount() >= 1, timeout=10_000)
    monkeypatch.setattr(compose.controller, "_confirm_replace", lambda: True)
    journal.table.selectRow(0)
    qtbot.waitUntil(lambda: journal.reopen_button.isEnabled(), timeout=10_000)
    journal.reopen_button.click()
    qtbot.waitUntil(lambda: compose.form.envelope.subject.text() == "Journal me", timeout=10_000)
    assert window.tabs.currentWidget() is window.compose_page
    assert compose.form.envelope.to.text() == "Mario Rossi <mario@example.org>"


def test_a_refused_send_is_journaled_too(window, compose, qtbot, monkeypatch):
    use_sandbox_user(window, "s10000_3")
    monkeypatch.setattr(compose.controller, "_guard", lambda profile: True)
    write_message(qtbot, compose)
    with qtbot.waitSignal(window.context.journal_feed.recorded, timeout=20_000) as recorded:
        compose.controller.send()
    entry = Journal().get(recorded.args[0])
    assert entry.outcome == "error" and entry.code == "104" and entry.http_status == 403


def test_inspector_shows_the_request_and_saves_json_that_opens_again(
    window, compose, qtbot, tmp_path, monkeypatch
):
    write_message(qtbot, compose, "Round trip")
    compose.form.headers.set_rows([("X-Ticket", "T-1")])
    compose.controller.inspect_request()
    qtbot.waitUntil(lambda: bool(_inspectors()), timeout=10_000)
    inspector = _inspectors()[0]
    shown = inspector.full_text("JSON")
    assert '"Subject": "Round trip"' in shown and "sandbox" not in shown.replace("Sandbox", "")
    saved = tmp_path / "request.json"
    inspector.save_json(str(saved))
    inspector.close()

    type_into(qtbot, compose.form.envelope.subject, "Changed")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(compose.controller, "_confirm_replace", lambda: True)
    compose.controller.open_request()
    qtbot.waitUntil(lambda: compose.form.envelope.subject.text() == "Round trip", timeout=10_000)
    assert compose.form.headers.rows() == [("X-Ticket", "T-1")]
    assert compose.form.envelope.to.text() == "Mario Rossi <mario@example.org>"


def _inspectors():
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, RequestInspector) and w.isVisible()
    ]
