"""Profiles dialog: add, edit, duplicate, delete, inline validation, Test connection."""

import json
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from mailup_gui.core.account.profiles import Endpoint, ProfileStore


def answer(monkeypatch, name: str, button: QMessageBox.StandardButton) -> list:
    asked = []

    def reply(*args, **kwargs):
        asked.append(args)
        return button

    monkeypatch.setattr(QMessageBox, name, reply)
    return asked


def fill(qtbot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    field.clear()
    qtbot.keyClicks(field, text)


def test_add_validates_inline_then_saves(dialog, qtbot):
    dialog.add_profile()
    fill(qtbot, dialog.name, "Acme S.p.A.")
    fill(qtbot, dialog.username, "acme")
    assert dialog.save() is False
    assert dialog.errors["username"].isVisible()
    assert "s123456_1" in dialog.errors["username"].text()
    assert dialog.username.text() == "acme"  # nothing typed is lost

    fill(qtbot, dialog.username, "s123456_1")
    fill(qtbot, dialog.from_email, "support@acme.example")
    assert dialog.save() is True
    assert not dialog.errors["username"].isVisible()
    saved = {p.name: p for p in ProfileStore().all()}
    assert saved["Acme S.p.A."].username == "s123456_1"
    assert saved["Acme S.p.A."].from_email == "support@acme.example"
    assert saved["Acme S.p.A."].endpoint is Endpoint.PRODUCTION


def test_edit_duplicate_delete(dialog, qtbot, monkeypatch):
    dialog.add_profile()
    fill(qtbot, dialog.name, "Beta")
    fill(qtbot, dialog.username, "s2_1")
    dialog.endpoint.setCurrentIndex(dialog.endpoint.findData(Endpoint.CUSTOM))
    fill(qtbot, dialog.custom_url, "http://127.0.0.1:8025/API/v2.0/")
    assert dialog.save()

    fill(qtbot, dialog.campaign_code, "BETA-1")
    assert dialog.save()
    beta = ProfileStore().find("Beta")
    assert beta.campaign_code == "BETA-1" and beta.endpoint is Endpoint.CUSTOM

    dialog.duplicate_profile()
    assert ProfileStore().find("Beta (copy)") is not None

    asked = answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    dialog.delete_profile()
    assert asked
    names = [p.name for p in ProfileStore().all()]
    assert "Beta (copy)" not in names and "Beta" in names


def test_switching_away_from_unsaved_changes_asks(dialog, qtbot, monkeypatch):
    dialog.list.setCurrentRow(0)
    fill(qtbot, dialog.campaign_code, "CHANGED")
    asked = answer(monkeypatch, "question", QMessageBox.StandardButton.Cancel)
    dialog.add_profile()
    assert asked  # the user was asked before anything was discarded
    assert dialog.campaign_code.text() == "CHANGED"


def test_test_connection_reports_state_of_the_user(dialog, qtbot):
    dialog.list.setCurrentRow(0)  # the sandbox profile
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)
    assert "s10000_1" in dialog.test_result.text() and "Active" in dialog.test_result.text()


def check_against_the_sandbox(dialog, qtbot, window, username: str, secret: str) -> None:
    """Fill an unsaved custom-URL profile aimed at the embedded sandbox and test it."""
    dialog.add_profile()
    fill(qtbot, dialog.name, f"Sandbox as {username}")
    fill(qtbot, dialog.username, username)
    dialog.endpoint.setCurrentIndex(dialog.endpoint.findData(Endpoint.CUSTOM))
    fill(qtbot, dialog.custom_url, window.context.sandbox_url())
    fill(qtbot, dialog.secret, secret)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=10_000)


def test_wrong_secret_offers_to_update_it(dialog, qtbot, window):
    check_against_the_sandbox(dialog, qtbot, window, "s10000_1", "not-the-secret")
    assert "102" in dialog.test_result.text()
    assert "update the secret" in dialog.test_result.text().lower()
    assert dialog.update_secret_button.isVisible()
    assert "not-the-secret" not in dialog.test_result.text()


def test_blocked_user_state_is_named(dialog, qtbot, window):
    check_against_the_sandbox(dialog, qtbot, window, "s10000_2", "sandbox")
    assert "Blocked until" in dialog.test_result.text()


def test_no_keyring_secret_is_kept_for_the_session_only_when_chosen(
    dialog, qtbot, monkeypatch, app_home
):
    dialog.add_profile()
    fill(qtbot, dialog.name, "Acme")
    fill(qtbot, dialog.username, "s123456_1")
    fill(qtbot, dialog.secret, "super-secret-value")
    asked = answer(monkeypatch, "warning", QMessageBox.StandardButton.Cancel)
    assert dialog.save()
    qtbot.waitUntil(lambda: bool(asked))  # the keyring is tried on a worker first
    profile = ProfileStore().find("Acme")
    assert dialog._secrets.get(profile.id) is None  # refused: nothing kept

    fill(qtbot, dialog.secret, "super-secret-value")
    answer(monkeypatch, "warning", QMessageBox.StandardButton.Yes)
    assert dialog.save()
    qtbot.waitUntil(lambda: dialog._secrets.get(profile.id) == "super-secret-value")
    qtbot.waitUntil(lambda: "this session only" in dialog.secret_where.text())
    files = [p for p in app_home.rglob("*") if p.is_file()]
    assert files and all(b"super-secret-value" not in p.read_bytes() for p in files)
    assert json.loads(ProfileStore().path.read_text())  # the profile itself was saved


def test_the_test_address_is_checked_and_saved(dialog, qtbot):
    dialog.add_profile()
    fill(qtbot, dialog.username, "s123456_1")
    fill(qtbot, dialog.test_address, "agent@")
    assert dialog.save() is False
    assert dialog.errors["test_address"].isVisible()
    fill(qtbot, dialog.test_address, "agent@example.org")
    assert dialog.save() is True
    saved = {p.name: p for p in ProfileStore().all()}
    assert saved["New profile"].test_address == "agent@example.org"


def test_the_keyring_is_never_touched_on_the_gui_thread(dialog, qtbot, monkeypatch):
    """A keyring that asks to be unlocked would freeze the dialog: every call runs on a worker."""
    calls = []  # (method, on the GUI thread)
    store = dialog._secrets
    for name in ("storage_of", "health", "set", "delete"):
        real = getattr(store, name)

        def spy(*args, _real=real, _name=name, **kwargs):
            calls.append((_name, threading.current_thread() is threading.main_thread()))
            return _real(*args, **kwargs)

        monkeypatch.setattr(store, name, spy)
    answer(monkeypatch, "warning", QMessageBox.StandardButton.Yes)
    dialog.add_profile()
    fill(qtbot, dialog.username, "s123456_1")
    fill(qtbot, dialog.secret, "typed-secret")
    assert dialog.save()
    qtbot.waitUntil(lambda: "this session only" in dialog.secret_where.text())
    answer(monkeypatch, "question", QMessageBox.StandardButton.Yes)
    dialog.delete_profile()
    qtbot.waitUntil(lambda: ("delete", False) in calls)
    assert {name for name, _ in calls} == {"storage_of", "health", "set", "delete"}
    assert not any(on_gui for _, on_gui in calls), calls


def test_enter_in_a_field_saves_and_never_adds(dialog, qtbot):
    dialog.list.setCurrentRow(0)
    before = [p.id for p in ProfileStore().all()]
    dialog.name.setFocus()
    fill(qtbot, dialog.name, "Renamed with Enter")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    profiles = ProfileStore().all()
    assert [p.id for p in profiles] == before  # nothing added (on main: "New profile")
    assert profiles[0].name == "Renamed with Enter"


def test_a_profile_added_then_discarded_leaves_nothing(dialog, qtbot):
    before = [p.id for p in ProfileStore().all()]
    dialog.add_profile()
    assert dialog.list.count() == len(before) + 1  # in the list while being written
    assert [p.id for p in ProfileStore().all()] == before  # not stored before Save
    dialog.close()  # "Save the changes first?" → Discard (the fixture's answer)
    assert [p.id for p in ProfileStore().all()] == before


def test_leaving_an_unsaved_new_profile_takes_it_off_the_list(dialog, qtbot):
    count = dialog.list.count()
    dialog.add_profile()
    dialog.list.setCurrentRow(0)  # asks; Discard
    assert dialog.list.count() == count
    assert dialog.list.currentRow() == 0


def test_delete_asks_with_no_as_the_default(dialog, qtbot, monkeypatch):
    dialog.list.setCurrentRow(0)
    asked = answer(monkeypatch, "question", QMessageBox.StandardButton.No)
    dialog.delete_profile()
    [(_parent, _title, _text, buttons, default)] = asked
    assert default == QMessageBox.StandardButton.No
    assert buttons & QMessageBox.StandardButton.No
    assert len(ProfileStore().all()) == dialog.list.count()


def test_save_is_in_sight_without_scrolling_at_1024_by_768(dialog, qtbot):
    from PySide6.QtWidgets import QScrollArea

    dialog.resize(min(dialog.width(), 1024), min(dialog.height(), 768))
    qtbot.waitExposed(dialog)
    parent, ancestors = dialog.save_button.parentWidget(), []
    while parent is not None:
        ancestors.append(parent)
        parent = parent.parentWidget()
    assert not any(isinstance(widget, QScrollArea) for widget in ancestors)
    assert dialog.save_button.isVisible()
    top_left = dialog.save_button.mapTo(dialog, dialog.save_button.rect().topLeft())
    assert dialog.rect().contains(top_left)
    assert top_left.y() + dialog.save_button.height() <= dialog.height()
