"""The request inspector: the secret never on screen nor, by default, on the clipboard."""

import pytest
from PySide6.QtGui import QGuiApplication

from mailup_gui.api.dto import to_builtins
from mailup_gui.api.endpoints import SEND_MESSAGE_PATH
from mailup_gui.core.message.draft import Draft, build_message, file_ref
from mailup_gui.core.send.request_files import open_request_json
from mailup_gui.ui.send_form.inspector import RequestInspector

SECRET = "Inspector-S3cret"


@pytest.fixture
def draft(tmp_path) -> Draft:
    path = tmp_path / "report.bin"
    path.write_bytes(bytes(range(256)) * 20)  # long enough to be shortened on screen
    return Draft(
        from_email="support@example.com",
        to="Mario Rossi <mario.rossi@example.org>",
        subject="Report",
        text="Hello",
        attachments=[file_ref(path)],
    )


@pytest.fixture
def inspector(window, draft, qtbot):
    profile = window.context.profiles.active
    window.context.secrets.keep_for_session(profile.id, SECRET)
    body = to_builtins(build_message(draft).message)
    dialog = RequestInspector(
        window,
        window.context,
        SEND_MESSAGE_PATH,
        body,
        window.context.sandbox_url(),
        profile.username,
        draft.attachments,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_json_shows_the_user_with_a_masked_secret(inspector):
    text = inspector.views["JSON"].toPlainText()
    assert '"Username": "s10000_1"' in text and '"Secret": "••••••••"' in text
    assert SECRET not in text
    assert "shortened on screen" in inspector.notice.text()
    assert len(text) < len(inspector.full_text("JSON"))


def test_copying_the_python_code_puts_no_secret_on_the_clipboard(inspector):
    inspector.copy_buttons["Python"].click()
    copied = QGuiApplication.clipboard().text()
    assert "os.environ['MAILUP_SMTP_SECRET']" in copied
    assert SECRET not in copied and "s10000_1" not in copied
    assert copied == inspector.full_text("Python")


def test_credentials_are_included_only_after_confirming(inspector, qtbot, monkeypatch):
    monkeypatch.setattr(inspector, "confirm_credentials", lambda: False)
    inspector.credentials_box.setChecked(True)
    assert not inspector.credentials_box.isChecked()
    assert SECRET not in inspector.full_text("cURL")

    monkeypatch.setattr(inspector, "confirm_credentials", lambda: True)
    inspector.credentials_box.setChecked(True)
    qtbot.waitUntil(lambda: SECRET in inspector.full_text("cURL"), timeout=10_000)
    assert SECRET not in inspector.views["cURL"].toPlainText()  # masked on screen even so
    inspector.copy_buttons["C#"].click()
    assert SECRET in QGuiApplication.clipboard().text()


def test_screen_share_disables_credentials_and_masks_addresses(
    window, inspector, qtbot, monkeypatch
):
    monkeypatch.setattr(inspector, "confirm_credentials", lambda: True)
    inspector.credentials_box.setChecked(True)
    qtbot.waitUntil(lambda: SECRET in inspector.full_text("Python"), timeout=10_000)
    window.screen_share_action.trigger()
    assert not inspector.credentials_box.isChecked()
    assert not inspector.credentials_box.isEnabled()
    assert SECRET not in inspector.full_text("Python")
    for view in inspector.views.values():
        assert "mario.rossi" not in view.toPlainText()
    assert "s10000_1" not in inspector.views["JSON"].toPlainText()


def test_save_then_open_gives_the_same_message(inspector, draft, tmp_path):
    path = tmp_path / "request.json"
    inspector.save_json(str(path))
    assert "Saved" in inspector.notice.text()
    assert SECRET not in path.read_text()
    reopened = open_request_json(path, tmp_path / "files")
    assert build_message(reopened).message == build_message(draft).message


def test_code_can_read_the_attachments_from_their_files(inspector, draft):
    assert "read_bytes" not in inspector.views["Python"].toPlainText()
    inspector.paths_box.setChecked(True)
    shown = inspector.views["Python"].toPlainText()
    assert f"Path({draft.attachments[0].path!r}).read_bytes()" in shown
    assert "BASE64_OF_FILE_1" in inspector.views["cURL"].toPlainText()


@pytest.mark.parametrize(
    ("to", "noted"), [("dvořák@example.org", True), ("mario@example.org", False)]
)
def test_the_relay_inspector_says_swaks_cannot_send_to_a_non_ascii_address(
    window, qtbot, to, noted
):
    from mailup_gui.core.account.profiles import RelayEndpoint
    from mailup_gui.core.send.mime_message import for_people
    from mailup_gui.ui.send_form.inspector import RelayView

    request = build_message(
        Draft(from_email="support@example.com", to=to, subject="Ahoj", text="Ahoj")
    ).message
    relay = RelayView(request, RelayEndpoint("127.0.0.1", 2525), for_people(request))
    dialog = RequestInspector(
        window, window.context, SEND_MESSAGE_PATH, to_builtins(request), None, "s1_1", [], relay
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert ("swaks cannot send" in dialog.notice.text()) is noted
    assert "swaks" in [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
