"""Closing a dialog while its work runs: the answer arrives for widgets that are gone, and
nothing reaches the excepthook (pytest-qt fails a test on any exception in the event loop)."""

import threading

import pytest
import shiboken6
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from mailup_gui.core.account.profiles import Endpoint
from mailup_gui.core.account.secrets import Storage
from mailup_gui.ui.profiles.dialog import ProfilesDialog
from mailup_gui.ui.tasks import TaskRunner

pytestmark = pytest.mark.secret_service


@pytest.fixture
def held_tasks(qapp):
    """A runner on one thread, held busy until the test lets go: whatever the dialog asks of
    it waits in line, so the dialog can be closed first."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    tasks = TaskRunner(pool=pool)
    hold = threading.Event()
    tasks.run(lambda: hold.wait(10))
    yield tasks, hold
    hold.set()
    tasks.wait()


def test_closing_the_profiles_dialog_during_a_keyring_write_shows_no_error(
    context, held_tasks, qtbot, monkeypatch
):
    tasks, hold = held_tasks
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    dialog = ProfilesDialog(
        context.profiles, context.secrets, context.privacy, tasks, context.sandbox_url
    )
    dialog.show()
    dialog.add_profile()
    dialog.name.setText("Closed while storing")
    dialog.username.setText("s10000_1")
    dialog.endpoint.setCurrentIndex(dialog.endpoint.findData(Endpoint.PRODUCTION))
    dialog.secret.setText("typed-secret-1234")
    assert dialog.save()  # the keyring write is queued behind the held task
    profile = context.profiles.find("Closed while storing")

    dialog.close()
    dialog.deleteLater()  # as the window does once the dialog is closed
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    hold.set()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=10_000)

    assert context.secrets.storage_of(profile.id) is Storage.KEYRING  # the write still happened
    context.secrets.delete(profile.id)
