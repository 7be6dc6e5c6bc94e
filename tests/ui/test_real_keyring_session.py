"""A whole session with a real-keyring profile leaves the secret nowhere on disk."""

import secrets as random_tokens

import pytest
from PySide6.QtWidgets import QMessageBox

from mailup_gui.api.dto import Message, from_json
from mailup_gui.core.account.connection import open_client, secret_for
from mailup_gui.core.account.profiles import Endpoint
from mailup_gui.core.account.secrets import Storage
from mailup_gui.resources import resource_path
from mailup_gui.sandbox.admin import SandboxAdmin
from mailup_gui.ui.profiles.dialog import ProfilesDialog

pytestmark = pytest.mark.secret_service


def test_secret_lives_only_in_the_keyring(window, qtbot, app_home, monkeypatch):
    secret = "kr-" + random_tokens.token_hex(12)
    with SandboxAdmin(window.context.sandbox.root_url) as admin:
        admin.set_user("s10000_1", secret=secret)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)

    dialog = ProfilesDialog(
        window.context.profiles,
        window.context.secrets,
        window.context.privacy,
        window.context.tasks,
        window.context.sandbox_url,
        window,
    )
    qtbot.addWidget(dialog)
    dialog.add_profile()
    dialog.name.setText("Acme via keyring")
    dialog.username.setText("s10000_1")
    dialog.endpoint.setCurrentIndex(dialog.endpoint.findData(Endpoint.CUSTOM))
    dialog.custom_url.setText(window.context.sandbox_url())
    dialog.secret.setText(secret)
    assert dialog.save()
    profile = window.context.profiles.find("Acme via keyring")
    # stored on a worker: the keyring may block
    qtbot.waitUntil(lambda: window.context.secrets.storage_of(profile.id) is Storage.KEYRING)
    dialog.close()

    window.reload_profiles()
    index = window.profile_combo.findData(profile.id)
    window.profile_combo.setCurrentIndex(index)
    window.profile_combo.activated.emit(index)
    window.test_action.trigger()
    qtbot.waitUntil(lambda: window.test_action.isEnabled(), timeout=10_000)
    assert "Active" in window.last_test_result

    message = from_json(resource_path("examples", "sendmessage-minimal.json").read_bytes(), Message)
    stored = secret_for(profile, window.context.secrets)
    with open_client(profile, stored, window.context.sandbox_url()) as client:
        client.send_message(message)
    window.close()

    try:
        files = [p for p in app_home.rglob("*") if p.is_file()]
        assert any(p.name == "sandbox.sqlite3" for p in files)  # the outbox was written
        assert any(p.name == "profiles.json" for p in files)
        leaks = [p for p in files if secret.encode() in p.read_bytes()]
        assert leaks == []
    finally:
        window.context.secrets.delete(profile.id)
