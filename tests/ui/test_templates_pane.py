"""Templates end to end against the embedded sandbox: pick by ID, test data, preview, send,
refusals, the journal and the inspector."""

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox
from support.compose import type_into, wait_sent
from support.notices import said
from support.templates import pick, templates_in_front

from mailup_gui.core.account.profiles import Profile
from mailup_gui.core.message.merge_data import MergeDataSet
from mailup_gui.core.send.journal import Journal
from mailup_gui.ui.send_form.inspector import RequestInspector
from mailup_gui.ui.templates.source import State

ITALIAN = MergeDataSet(
    "Italian customer",
    (
        ("firstname", "Mario"),
        ("order_id", "A-1042"),
        ("order_date", "3 marzo 2026"),
        ("order_total", "€ 1.234,50"),
        ("delivery_date", "7 marzo 2026"),
    ),
)


@pytest.fixture
def pane(window, monkeypatch):
    return templates_in_front(window, monkeypatch, accept_unfilled=False)


def apply_set(qtbot, pane, data_set: MergeDataSet) -> None:
    profile = pane.context.profiles.active
    pane.library.save_set(profile.id, pane.template_page.value(), data_set)
    pane.test_data.reload(select=data_set.name)
    pane.test_data.apply_button.click()


def wait_preview(qtbot, pane, text: str) -> None:
    qtbot.waitUntil(
        lambda: not pane.preview.busy and text in (pane.preview.rendered_html or ""), timeout=10_000
    )


def test_template_1_with_test_data_is_delivered_as_the_preview_showed(window, pane, admin, qtbot):
    profile = window.context.profiles.active
    window.context.profiles.put(replace(profile, test_address="agent@example.org"))
    type_into(qtbot, pane.form.envelope.to.edit, "A Customer <customer@example.org>")
    pick(qtbot, pane, "1", State.FOUND)
    apply_set(qtbot, pane, ITALIAN)
    wait_preview(qtbot, pane, "Thank you for your order, Mario!")
    assert "Showing the template as stored in the sandbox" in pane.source_notice.text
    shown = (pane.preview.rendered_subject, pane.preview.rendered_html, pane.preview.rendered_text)
    assert shown[0] == "Order A-1042 confirmed — thank you, Mario!"
    assert "Order A-1042 confirmed" in pane.preview.preview.envelope.text()
    # the template's image, bytes from the sandbox
    assert "logo" in pane.preview.preview.html_view._images

    with (
        qtbot.waitSignal(window.context.journal_feed.recorded, timeout=20_000) as recorded,
        qtbot.waitSignal(pane.sent, timeout=20_000) as sent,
    ):
        pane.send_self_button.click()
    assert sent.args[0].outcome == "queued", pane.form.result.text

    [summary] = admin.outbox()
    delivered = admin.message(summary.id)
    assert (summary.method, summary.template_id) == ("SendTemplate", 1)
    assert (delivered.subject, delivered.html, delivered.text) == shown
    assert "€ 1.234,50" in delivered.html and "7 marzo 2026" in delivered.text
    assert [r.email for r in delivered.recipients] == ["agent@example.org"]
    assert (
        pane.form.envelope.to.text() == "A Customer <customer@example.org>"
    )  # what was typed stays

    entry = Journal().get(recorded.args[0])
    assert (entry.method, entry.template_id, entry.test_data) == (
        "SendTemplate",
        1,
        "Italian customer",
    )
    assert [t.template_id for t in pane.library.templates(profile.id)] == [1]
    known = pane.source.found.name
    assert known and pane.library.templates(profile.id)[0].label == known  # not left empty
    assert pane.template_page.model.rowCount() == 1
    assert pane.template_page.model.row(0)["last_used"] is not None


def test_values_edited_after_applying_a_set_are_journaled_without_it(window, pane, qtbot):
    type_into(qtbot, pane.form.envelope.to.edit, "customer@example.org")
    pick(qtbot, pane, "1", State.FOUND)
    apply_set(qtbot, pane, ITALIAN)
    rows = pane.form.options.merge_values.rows()
    pane.form.options.merge_values.set_rows(
        [(t, "Luigi" if t == "firstname" else v) for t, v in rows]
    )
    with qtbot.waitSignal(window.context.journal_feed.recorded, timeout=20_000) as recorded:
        pane.controller.send()
    assert Journal().get(recorded.args[0]).test_data is None
    qtbot.waitUntil(
        lambda: "edited after “Italian customer”" in pane.test_data.in_use.text(), timeout=10_000
    )


@pytest.mark.parametrize(("template_id", "state"), [("9", State.FOUND), ("999", State.MISSING)])
def test_a_template_outside_the_users_list_gets_111_with_the_hint(
    window, pane, admin, qtbot, monkeypatch, template_id, state
):
    from mailup_gui.api.client import MailUpClient

    # 9's tags stay empty
    monkeypatch.setattr(pane.controller, "confirm_unfilled", lambda tags, subject: True)

    with MailUpClient(window.context.sandbox_url(), "s10000_1", "sandbox") as client:
        users = client.list_user_info()
    window.context.user_states.update(
        window.context.profiles.active.id, users, datetime.now().astimezone()
    )
    type_into(qtbot, pane.form.envelope.to.edit, "customer@example.org")
    pick(qtbot, pane, template_id, state)
    qtbot.waitUntil(lambda: "111" in pane.source_notice.text, timeout=10_000)
    banner = pane.source_notice.text
    if state is State.MISSING:
        assert "Template 999 is not in the sandbox" in banner
    else:
        assert "List 2" in banner and "is in List 1" in banner
    assert pane.source_notice.kind == "warning"

    report = wait_sent(qtbot, pane)
    assert report.outcome == "error" and report.failure.code == "111"
    shown = pane.form.result.text
    assert "Code 111" in shown and "same List as the SMTP+ user" in shown
    assert "List" in pane.template_page.template_id.property("problem")
    assert admin.outbox() == []


def test_a_non_numeric_template_id_is_refused_in_the_form(window, pane, admin, qtbot):
    field = pane.template_page.template_id
    type_into(qtbot, field, "abc")
    assert field.text() == ""
    assert (
        pane.template_page.id_error.isVisibleTo(pane)
        and "Digits only" in pane.template_page.id_error.text()
    )
    type_into(qtbot, pane.form.envelope.to.edit, "customer@example.org")
    with qtbot.assertNotEmitted(pane.sent, wait=200):
        pane.controller.send()
    shown = said(pane)  # a notice a field
    assert "Not sent" in shown and "TemplateId" in shown
    assert field.property("problem")
    assert admin.outbox() == []


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_a_test_data_set_round_trips_through_export_and_import(
    window, pane, qtbot, tmp_path, monkeypatch, suffix
):
    pick(qtbot, pane, "1", State.FOUND)
    long_names = [("firstname", "Maximiliane Alexandra " * 6), ("order_id", 'A,1042 "x"')]
    pane.form.options.merge_values.set_rows(long_names)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("very long names", True))
    pane.test_data.save_button.click()
    assert pane.test_data.selected().values == tuple(long_names)

    path = tmp_path / f"exported{suffix}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    pane.test_data.export_button.click()
    qtbot.waitUntil(lambda: "Exported" in pane.test_data.status.text(), timeout=10_000)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    pane.test_data.delete_button.click()
    assert pane.test_data.list.count() == 0

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    pane.test_data.import_button.click()
    qtbot.waitUntil(lambda: pane.test_data.list.count() == 1, timeout=10_000)
    imported = pane.test_data.selected()
    # CSV sets take the file's name; JSON keeps the name written in it
    assert imported.name == ("exported" if suffix == ".csv" else "very long names")
    assert imported.values == tuple(long_names)


def test_an_import_error_names_the_line(pane, qtbot, tmp_path, monkeypatch):
    pick(qtbot, pane, "1", State.FOUND)
    path = tmp_path / "broken.csv"
    path.write_text("tag,value\nfirstname,Mario,extra\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    pane.test_data.import_button.click()
    qtbot.waitUntil(lambda: "Line 2" in pane.test_data.status.text(), timeout=10_000)
    assert pane.test_data.list.count() == 0


def test_a_journal_entry_reopens_in_templates_with_its_test_data(window, pane, qtbot, monkeypatch):
    type_into(qtbot, pane.form.envelope.to.edit, "customer@example.org")
    pick(qtbot, pane, "1", State.FOUND)
    apply_set(qtbot, pane, ITALIAN)
    with qtbot.waitSignal(window.context.journal_feed.recorded, timeout=20_000):
        pane.controller.send()

    monkeypatch.setattr(pane.controller, "_confirm_replace", lambda: True)
    pick(qtbot, pane, "3", State.FOUND)
    type_into(qtbot, pane.form.envelope.to.edit, "someone.else@example.org")
    window.show_journal()
    journal = window.journal_page.pane()
    qtbot.waitUntil(lambda: journal.model.rowCount() >= 1, timeout=10_000)
    journal.table.selectRow(0)
    qtbot.waitUntil(lambda: journal.reopen_button.isEnabled(), timeout=10_000)
    journal.reopen_button.click()
    qtbot.waitUntil(lambda: pane.template_page.value() == 1, timeout=10_000)
    assert window.tabs.currentWidget() is window.templates_page
    assert "Italian customer" in pane.form.result.text
    assert "In use: “Italian customer”" in pane.test_data.in_use.text()
    assert dict(pane.form.options.merge_values.rows())["firstname"] == "Mario"
    assert pane.form.envelope.to.text() == "customer@example.org"


def test_the_inspector_shows_the_sendtemplate_request(pane, qtbot):
    type_into(qtbot, pane.form.envelope.to.edit, "customer@example.org")
    pick(qtbot, pane, "1", State.FOUND)
    pane.controller.inspect_request()
    qtbot.waitUntil(lambda: bool(_inspectors()), timeout=10_000)
    inspector = _inspectors()[0]
    assert '"TemplateId": 1' in inspector.full_text("JSON")
    assert "SendTemplate" in inspector.windowTitle()
    assert "messages/sendtemplate" in inspector.full_text("cURL")
    assert "sendtemplate" in inspector.full_text("Python").lower()
    inspector.close()


def test_on_production_the_pasted_html_is_previewed(window, pane, qtbot):
    profile = Profile(
        name="Customer (production)", username="s123456_1", from_email="support@example.com"
    )
    window.context.profiles.put(profile)
    window.context.profiles.set_active(profile.id)
    window.reload_profiles()
    pick(qtbot, pane, "42", State.PASTED)
    qtbot.waitUntil(lambda: "cannot read templates" in pane.source_notice.text, timeout=10_000)
    assert "paste or open" in pane.source_notice.text
    assert pane.form.editors.isTabVisible(pane.form.editors.indexOf(pane.html))
    pane.html.load_document(
        "<!DOCTYPE html><html><head></head><body><p>Ciao [firstname]</p></body></html>"
    )
    qtbot.waitUntil(
        lambda: "firstname" in dict(pane.form.options.merge_values.rows()), timeout=10_000
    )
    pane.form.options.merge_values.set_rows([("firstname", "Giulia")])
    wait_preview(qtbot, pane, "Ciao Giulia")
    assert "showing the HTML you pasted" in pane.source_notice.text


def test_the_library_model_passes_the_model_tester(window, pane, qtbot, qtmodeltester):
    profile = window.context.profiles.active
    pane.library.save(profile.id, 7, "Welcome", "new customers")
    pane.library.mark_used(profile.id, 1)
    type_into(qtbot, pane.template_page.label, "Order confirmation")
    pick(qtbot, pane, "3", State.FOUND)
    pane.template_page.save_button.click()
    assert {row["id"] for row in pane.template_page.model.rows()} == {1, 3, 7}
    qtmodeltester.check(pane.template_page.model)


def _inspectors():
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, RequestInspector) and w.isVisible()
    ]


def test_the_test_data_tab_leads_to_where_values_are_typed(window, pane, qtbot):
    window.show()
    qtbot.waitExposed(window)
    pane.test_data.where_to_type.linkActivated.emit("#merge-tags")
    table = pane.options.merge_values.table
    editors = pane.form.editors
    assert editors.currentWidget().isAncestorOf(table)
    assert table.isVisible()
