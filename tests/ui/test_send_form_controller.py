"""The send form's controller: its work answered after its form is gone reaches nothing."""

import shiboken6
from support.compose import type_into

from mailup_gui.ui.compose.pane import ComposePane


def test_a_send_answered_after_its_pane_was_deleted_calls_back_nothing(
    window, admin, qtbot, monkeypatch
):
    """The send's answer comes back on the GUI thread to a form that no longer exists (a
    closing window): it is dropped, with no error, and the message was sent all the same."""
    context = window.context
    pane = ComposePane(context)
    monkeypatch.setattr(pane.controller, "confirm_send", lambda profile, draft: True)
    type_into(qtbot, pane.form.envelope.to.edit, "customer@example.org")
    type_into(qtbot, pane.form.envelope.subject, "Sent, then the pane is gone")
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10_000)  # the restore's preview
    pane.controller.send()
    shiboken6.delete(pane)  # before the answer can arrive: it comes through the event loop
    context.tasks.wait()
    qtbot.waitUntil(lambda: not context.tasks.busy, timeout=10_000)  # answers handed back
    assert [m.subject for m in admin.outbox()] == ["Sent, then the pane is gone"]
