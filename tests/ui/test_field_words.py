"""Problems name fields the way people say them, never as MailUp member paths; sentences end
with one period."""

import pytest
from PySide6.QtWidgets import QApplication
from support.compose import type_into
from support.notices import said

from mailup_gui.api.errors import InvalidRequestError
from mailup_gui.api.problem import Problem
from mailup_gui.core.message.draft import Draft, build_message
from mailup_gui.core.send.journal import Journal, entry_for_attempt
from mailup_gui.core.send.kind import SendKind
from mailup_gui.core.send.result import Failure, Outcome
from mailup_gui.ui.describe import failure_html, field_words


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("To[1].Email", "the second To address"),
        ("Cc[0].Name", "the name of the first Cc address"),
        ("Bcc[11].Email", "the no. 12 Bcc address"),
        ("ExtendedHeaders[0].V", "the value of header 1"),
        ("ExtendedHeaders[2].N", "the name of header 3"),
        ("Attachments[1].Filename", "the name of attachment 2"),
        ("EmbeddedImages[0].ContentId", "the Content-ID of embedded image 1"),
        ("XSmtpAPI.Schedule", "the Schedule"),
        ("XSmtpAPI.DynamicFields[3].N", "the name of merge tag 4"),
        ("From", "the From address"),
        ("From.Name", "the From name"),
        ("ReplyTo", "the Reply-To address"),
        ("Something[odd", "Something[odd"),  # unknown: as it is
    ],
)
def test_member_paths_in_words(qapp, path, words):
    assert field_words(path) == words


def test_a_local_refusal_names_the_field_in_words(qapp):
    error = InvalidRequestError(
        [
            Problem("ExtendedHeaders[0].V", "The value must be one line."),
            Problem("To[1].Email", "Correct it."),
            Problem("Subject", "Too long."),
        ]
    )
    html = failure_html(Failure.of(error))
    assert "The value of header 1: The value must be one line. (and 2 more)" in html
    assert "ExtendedHeaders" not in html


def test_the_checks_list_fields_in_words_with_one_period(window, qtbot):
    compose = window.compose
    window.tabs.setCurrentWidget(window.compose_page)
    type_into(qtbot, compose.form.envelope.to.edit, "ok@example.com, wrong@example")
    type_into(qtbot, compose.form.envelope.subject, "Hello")
    compose.controller.send()
    QApplication.processEvents()
    shown = said(compose)  # a notice a field
    assert "The second To address" in shown
    assert "To[1]" not in shown
    assert ".." not in shown


def test_the_journal_says_a_local_refusals_field_in_words(window, qtbot):
    draft = Draft(from_email="support@example.com", to="ok@example.com", subject="Hi")
    error = InvalidRequestError([Problem("To[1].Email", "Correct it.")])
    journal = Journal()
    try:
        entry_id = journal.record(
            entry_for_attempt(
                profile_id="p1",
                profile_name="Sandbox (local)",
                endpoint="http://127.0.0.1:9/API/v2.0/",
                method=SendKind.MESSAGE,
                request=build_message(draft).message,
                username="s10000_1",
                draft=draft,
                outcome=Outcome.REFUSED_LOCALLY,
                answer=Failure.of(error),
                duration_ms=1,
            )
        )
    finally:
        journal.close()
    window.tabs.setCurrentWidget(window.journal_page)
    pane = window.journal_page.pane()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=10_000)
    pane.table.selectRow(0)
    qtbot.waitUntil(
        lambda: "The second To address: Correct it." in pane.details.text(), timeout=10_000
    )
    assert "To[1]" not in pane.details.text()
    assert entry_id
