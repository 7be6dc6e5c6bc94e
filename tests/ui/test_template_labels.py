"""A template's label survives the trip to the library, and the journal names a SendTemplate
by the template's subject, or by its ID and label; the List banner follows screen-share."""

import pytest
from support.compose import type_into
from support.dashboard import first_poll
from support.templates import pick, templates_in_front

from mailup_gui.core.send.journal import Journal
from mailup_gui.ui.journal.pane import SUBJECT_COLUMN
from mailup_gui.ui.templates.source import State


@pytest.fixture
def pane(window, monkeypatch):
    return templates_in_front(window, monkeypatch)


def test_a_label_typed_before_the_template_arrives_is_saved_with_it(window, pane, qtbot):
    profile = window.context.profiles.active
    type_into(qtbot, pane.template_page.template_id, "3")
    type_into(qtbot, pane.template_page.label, "Order confirmation")
    qtbot.waitUntil(lambda: pane.source.state is State.FOUND, timeout=10_000)
    pane.template_page.save_button.click()
    assert pane.library.get(profile.id, 3).label == "Order confirmation"
    pick(qtbot, pane, "2", State.FOUND)  # another template: its own name, not the label typed
    assert pane.template_page.label.text() != "Order confirmation"
    pick(qtbot, pane, "3", State.FOUND)
    assert pane.template_page.label.text() == "Order confirmation"


def journal_subject(window, qtbot, entry_id: int) -> str:
    window.tabs.setCurrentWidget(window.journal_page)
    journal = window.journal_page.pane()
    journal.refresh()
    qtbot.waitUntil(lambda: any(r["id"] == entry_id for r in journal.model.rows()), timeout=10_000)
    row = next(i for i, r in enumerate(journal.model.rows()) if r["id"] == entry_id)
    return journal.model.data(journal.model.index(row, SUBJECT_COLUMN))  # after Channel, Method


def test_the_journal_shows_a_sent_templates_subject(window, pane, admin, qtbot):
    type_into(qtbot, pane.form.envelope.to.edit, "customer@example.org")
    pick(qtbot, pane, "3", State.FOUND)
    with qtbot.waitSignal(window.context.journal_feed.recorded, timeout=20_000) as recorded:
        pane.controller.send()
    subject = pane.source.found.subject
    assert subject and Journal().get(recorded.args[0]).subject == subject
    assert journal_subject(window, qtbot, recorded.args[0]) == subject


def test_the_journal_names_an_unknown_template_by_its_label(window, pane, admin, qtbot):
    profile = window.context.profiles.active
    pane.library.save(profile.id, 77, "Password reset", "")
    type_into(qtbot, pane.form.envelope.to.edit, "customer@example.org")
    pick(qtbot, pane, "77", State.MISSING)
    with qtbot.waitSignal(window.context.journal_feed.recorded, timeout=20_000) as recorded:
        pane.controller.send()
    assert journal_subject(window, qtbot, recorded.args[0]) == "Template 77 “Password reset”"


def test_the_list_banner_is_masked_in_screen_share(window, pane, qtbot):
    first_poll(window, qtbot)
    pick(qtbot, pane, "9", State.FOUND)  # a template of List 2; the user is in List 1
    qtbot.waitUntil(lambda: "List 1" in pane.source_notice.text, timeout=10_000)
    assert "s10000_1" in pane.source_notice.text
    for _ in range(2):
        window.context.privacy.set_enabled(True)
        assert "s10000_1" not in pane.source_notice.text
        assert "List 1" in pane.source_notice.text
        window.context.privacy.set_enabled(False)
        assert "s10000_1" in pane.source_notice.text
