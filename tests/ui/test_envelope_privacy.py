"""Screen-share in the envelope: To, Cc and Bcc are masked like From, and so are the wrong
entries their marks name."""

from PySide6.QtWidgets import QLineEdit
from support.compose import type_into

from mailup_gui.ui.widgets.field_marks import problem_of


def test_recipient_fields_and_their_marks_are_masked(window, qtbot):
    envelope = window.compose.form.envelope
    window.tabs.setCurrentWidget(window.compose_page)
    type_into(qtbot, envelope.to.edit, "wrong@example")
    assert "wrong@example" in problem_of(envelope.to.edit)
    envelope.subject.setFocus()
    window.context.privacy.set_enabled(True)
    try:
        for field in (envelope.to, envelope.cc, envelope.bcc):
            assert field.edit.echoMode() == QLineEdit.EchoMode.Password
        assert "wrong@example" not in problem_of(envelope.to.edit)
        assert problem_of(envelope.to.edit)  # still marked, masked
    finally:
        window.context.privacy.set_enabled(False)
    assert "wrong@example" in problem_of(envelope.to.edit)
