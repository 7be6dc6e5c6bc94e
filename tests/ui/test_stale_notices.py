"""A notice goes when its cause is gone: a field's problem when that field is edited or cleared,
a template's send result when another template is on screen, "Queued" when another template is
loaded, a profile's refusals at a switch, the last result at the next send."""

import pytest
from PySide6.QtCore import Qt
from support.compose import type_into, wait_sent
from support.notices import know_the_users, said
from support.templates import pick, templates_in_front

from mailup_gui.core.account.profiles import Profile
from mailup_gui.ui.templates.source import State


@pytest.fixture
def templates(window, monkeypatch):
    return templates_in_front(window, monkeypatch)


def clear_by_hand(qtbot, field) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)


def test_the_cc_problems_go_when_cc_is_cleared_the_to_ones_when_to_is_edited(
    window, compose, admin, qtbot
):
    envelope = compose.form.envelope
    type_into(qtbot, envelope.to.edit, "not-an-address")
    type_into(qtbot, envelope.cc.edit, "nobody@, @example.org")
    compose.controller.send()
    assert "The first Cc address" in said(compose) and "The second Cc address" in said(compose)
    assert "To address" in said(compose)

    clear_by_hand(qtbot, envelope.cc.edit)
    qtbot.waitUntil(lambda: "Cc address" not in said(compose), timeout=5_000)
    assert "To address" in said(compose)  # To was not touched: its problem holds

    qtbot.keyClicks(envelope.to.edit, "@example.org")
    qtbot.waitUntil(lambda: "To address" not in said(compose), timeout=5_000)
    assert admin.outbox() == []


def test_template_9s_refusal_goes_when_template_999_is_on_screen(window, templates, admin, qtbot):
    know_the_users(window)  # the preview foretells 9's refusal: another List than the user's
    type_into(qtbot, templates.form.envelope.to.edit, "customer@example.org")
    pick(qtbot, templates, "9", State.FOUND)
    report = wait_sent(qtbot, templates)
    assert report.failure.code == "111"
    assert "same List as the SMTP+ user" in said(templates)

    pick(qtbot, templates, "999", State.MISSING)
    qtbot.waitUntil(lambda: "Template 999 is not in the sandbox" in said(templates))
    assert "same List as the SMTP+ user" not in said(templates)  # 9's, not 999's
    assert not templates.form.result.isVisible()


def test_queued_goes_when_another_template_is_loaded(window, templates, admin, qtbot):
    type_into(qtbot, templates.form.envelope.to.edit, "customer@example.org")
    pick(qtbot, templates, "1", State.FOUND)
    assert wait_sent(qtbot, templates).outcome == "queued"
    assert "Queued by MailUp" in said(templates)

    pick(qtbot, templates, "2", State.FOUND)
    qtbot.waitUntil(lambda: "Queued by MailUp" not in said(templates), timeout=5_000)


def test_queued_goes_when_another_template_is_picked_from_the_library(
    window, templates, admin, qtbot
):
    profile = window.context.profiles.active
    templates.library.save(profile.id, 2, "Password reset", "")
    type_into(qtbot, templates.form.envelope.to.edit, "customer@example.org")
    pick(qtbot, templates, "1", State.FOUND)
    assert wait_sent(qtbot, templates).outcome == "queued"  # 1 joins the library too
    assert "Queued by MailUp" in said(templates)

    page = templates.template_page
    [row] = [r for r in range(page.model.rowCount()) if page.model.row(r)["id"] == 2]
    rect = page.table.visualRect(page.table.model().index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.value() == 2
    qtbot.waitUntil(lambda: "Queued by MailUp" not in said(templates), timeout=5_000)


def test_a_profile_switch_takes_the_last_profiles_refusal_and_problems(
    window, compose, admin, qtbot
):
    nameless = Profile(name="No username yet", username="")
    window.context.profiles.put(nameless)
    window.context.profiles.set_active(nameless.id)
    window.reload_profiles()
    type_into(qtbot, compose.form.envelope.to.edit, "customer@example.org")
    compose.controller.send()
    assert "has no SMTP+ username" in said(compose)
    type_into(qtbot, compose.form.envelope.cc.edit, "nobody@")
    compose.controller.send()
    assert "The first Cc address" in said(compose)

    window.context.profiles.set_active(window.context.profiles.ensure_sandbox().id)
    window.reload_profiles()
    assert said(compose) == ""


def test_a_send_replaces_the_last_result(window, compose, admin, qtbot):
    type_into(qtbot, compose.form.envelope.to.edit, "customer@example.org")
    type_into(qtbot, compose.form.envelope.subject, "Hello")
    assert wait_sent(qtbot, compose).outcome == "queued"
    assert "Queued by MailUp" in said(compose)
    type_into(qtbot, compose.form.envelope.cc.edit, "nobody@")
    compose.controller.send()
    assert "Queued by MailUp" not in said(compose)
    assert "The first Cc address" in said(compose)
