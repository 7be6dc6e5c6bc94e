"""The Journal pane: search as you type, details masked in screen-share mode, reopen a draft."""

import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt

from mailup_gui import paths
from mailup_gui.api.dto import EmailAddress, TemplateMessage
from mailup_gui.api.errors import MailUpApiError
from mailup_gui.api.responses import SendResult
from mailup_gui.core.message.draft import Draft, build_message, file_ref
from mailup_gui.core.send.journal import Journal, Reopened, entry_for_attempt
from mailup_gui.core.send.kind import SendKind
from mailup_gui.core.send.result import Channel, Failure, Outcome
from mailup_gui.ui.journal.pane import JournalPane
from mailup_gui.ui.journal_feed import JournalFeed

SECRET = "Journal-Test-S3cret"
QUEUED_ANSWER = SendResult(200, "0", "done", "Queued as sandbox message 1.")


def record(
    draft: Draft,
    *,
    profile_name="Sandbox (local)",
    outcome=Outcome.QUEUED,
    answer=QUEUED_ANSWER,
    channel=Channel.API,
) -> int:
    journal = Journal()
    try:
        return journal.record(
            entry_for_attempt(
                profile_id="p1",
                profile_name=profile_name,
                endpoint="http://127.0.0.1:9/API/v2.0/",
                method=SendKind.MESSAGE,
                request=build_message(draft).message,
                username="s10000_1",
                draft=draft,
                outcome=outcome,
                answer=answer if isinstance(answer, SendResult) else Failure.of(answer),
                duration_ms=8,
                channel=channel,
            )
        )
    finally:
        journal.close()


def column_texts(pane, header: str) -> list[str]:
    model = pane.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index(header)
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


@pytest.fixture
def invoice(tmp_path) -> Draft:
    path = tmp_path / "invoice.txt"
    path.write_text("Invoice A-1042\n")
    return Draft(
        from_email="support@example.com",
        to="Mario Rossi <mario.rossi@example.org>",
        subject="Invoice A-1042",
        text="Hello Mario",
        attachments=[file_ref(path)],
    )


@pytest.fixture
def refused() -> Draft:
    return Draft(from_email="support@example.com", to="zoe@example.net", subject="Welcome Zoe")


@pytest.fixture
def pane(window, invoice, refused, qtbot):
    record(invoice)
    record(
        refused,
        profile_name="Acme production",
        outcome=Outcome.ERROR,
        answer=MailUpApiError(403, "102", "The operation is not authorized."),
    )
    window.tabs.setCurrentWidget(window.journal_page)
    journal = window.journal_page.pane()
    qtbot.waitUntil(lambda: journal.model.rowCount() == 2, timeout=10_000)
    return journal


def subjects(pane) -> list[str]:
    return [pane.model.row(i)["subject"] for i in range(pane.model.rowCount())]


def select(pane, qtbot, subject: str) -> None:
    pane.table.selectRow(subjects(pane).index(subject))
    qtbot.waitUntil(lambda: subject in pane.details.text(), timeout=10_000)


def test_lists_newest_first_and_searches_as_you_type(pane, qtbot):
    assert subjects(pane) == ["Welcome Zoe", "Invoice A-1042"]
    assert pane.model.row(0)["code"] == "102" and pane.model.row(0)["outcome"] == "error"
    qtbot.keyClicks(pane.search_box, "MARIO")
    qtbot.waitUntil(lambda: subjects(pane) == ["Invoice A-1042"], timeout=10_000)
    pane.search_box.clear()
    qtbot.keyClicks(pane.search_box, "acme 102")
    qtbot.waitUntil(lambda: subjects(pane) == ["Welcome Zoe"], timeout=10_000)
    pane.search_box.setText("nobody-at-all")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0, timeout=10_000)
    assert "Nothing matches" in pane.state.text()


def test_details_show_everything_and_mask_in_screen_share(window, pane, qtbot):
    select(pane, qtbot, "Invoice A-1042")
    details, request = pane.details.text(), pane.request_view.toPlainText()
    assert "mario.rossi@example.org" in details and "Queued" in details
    assert "delivery happens later" in details
    assert '"Username": "s10000_1"' in request and "mario.rossi@example.org" in request
    assert '"Sha256"' in request and SECRET not in request

    window.screen_share_action.trigger()
    details, request = pane.details.text(), pane.request_view.toPlainText()
    assert "mario.rossi" not in details and "mario.rossi" not in request
    assert "s10000_1" not in request and "Invoice A-1042" in details


def test_a_new_record_announced_on_the_feed_appears(window, invoice, qtbot):
    feed = JournalFeed()
    pane = JournalPane(window.context, feed)
    qtbot.addWidget(pane)
    pane.show()
    qtbot.waitUntil(lambda: "No sends yet" in pane.state.text(), timeout=10_000)
    feed.recorded.emit(record(invoice))
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10_000)


def test_a_late_answer_for_an_earlier_row_is_dropped(window, pane, qtbot, monkeypatch):
    release = threading.Event()
    original = Journal.get
    older_id = pane.model.row(subjects(pane).index("Invoice A-1042"))["id"]

    def slow_for_the_older(journal, entry_id):
        if entry_id == older_id:
            release.wait(10)  # answers only after the other row's details arrived
        return original(journal, entry_id)

    monkeypatch.setattr(Journal, "get", slow_for_the_older)
    pane.table.selectRow(subjects(pane).index("Invoice A-1042"))
    select(pane, qtbot, "Welcome Zoe")
    release.set()
    window.context.tasks.wait()
    qtbot.waitUntil(lambda: not window.context.tasks.busy, timeout=10_000)
    assert "Welcome Zoe" in pane.details.text() and "Invoice" not in pane.details.text()


def test_reopen_emits_the_draft_as_it_was_sent(pane, invoice, qtbot):
    select(pane, qtbot, "Invoice A-1042")
    with qtbot.waitSignal(pane.reopen_requested, timeout=10_000) as reopened:
        pane.reopen_button.click()
    [value] = reopened.args
    assert isinstance(value, Reopened)
    assert (value.method, value.template_id) == ("SendMessage", None)
    assert value.draft == invoice
    assert build_message(value.draft).problems == []


def test_the_journal_model_passes_the_model_tester(pane, qtmodeltester):
    qtmodeltester.check(pane.model)


def test_a_template_send_names_its_template_instead_of_an_empty_subject(window, qtbot):
    template = TemplateMessage(template_id=3, to=[EmailAddress("zoe@example.net", "")])
    journal = Journal()
    try:
        journal.record(
            entry_for_attempt(
                profile_id="p1",
                profile_name="Sandbox (local)",
                endpoint="http://127.0.0.1:9/API/v2.0/",
                method=SendKind.TEMPLATE,
                request=template,
                username="s10000_1",
                draft=Draft(to="zoe@example.net"),
                outcome=Outcome.QUEUED,
                answer=QUEUED_ANSWER,
                duration_ms=8,
                template_id=3,
            )
        )
    finally:
        journal.close()
    window.tabs.setCurrentWidget(window.journal_page)
    pane = window.journal_page.pane()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10_000)
    assert column_texts(pane, "Subject") == ["Template 3"]
    pane.table.selectRow(0)
    qtbot.waitUntil(lambda: "Template 3" in pane.details.text(), timeout=10_000)


def test_values_a_later_version_wrote_show_as_written(window, invoice, qtbot):
    entry_id = record(invoice)
    with sqlite3.connect(paths.data_dir() / "journal.sqlite3") as db:
        db.execute(
            "UPDATE attempts SET method = 'SendLater', outcome = 'bounced', channel = 'carrier' "
            "WHERE id = ?",
            (entry_id,),
        )
    db.close()
    window.tabs.setCurrentWidget(window.journal_page)
    pane = window.journal_page.pane()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10_000)
    shown = [pane.model.index(0, column).data() for column in range(pane.model.columnCount())]
    assert "SendLater" in shown and "bounced" in shown
    select(pane, qtbot, "Invoice A-1042")
    details = pane.details.text()
    assert "SendLater" in details and "bounced" in details and "carrier" in details


def test_a_relay_send_is_listed_with_its_channel_not_as_send_message(window, invoice, qtbot):
    record(invoice, channel=Channel.SMTP)
    record(Draft(to="zoe@example.net", subject="By API"))
    window.tabs.setCurrentWidget(window.journal_page)
    pane = window.journal_page.pane()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=10_000)
    assert column_texts(pane, "Channel") == ["API", "SMTP+ relay"]
    assert column_texts(pane, "Method") == ["SendMessage", "MIME message"]
    select(pane, qtbot, "Invoice A-1042")
    assert "SMTP+ relay" in pane.details.text() and "SendMessage" not in pane.details.text()


def test_the_profile_column_and_details_mask_profile_names_in_screen_share(window, pane, qtbot):
    assert "Acme production" in column_texts(pane, "Profile")
    window.screen_share_action.trigger()
    assert "Acme production" not in column_texts(pane, "Profile")
    assert "A•••e p•••n" in column_texts(pane, "Profile")
    select(pane, qtbot, "Welcome Zoe")
    assert "Acme production" not in pane.details.text()
