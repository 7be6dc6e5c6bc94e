"""Merge tags tell the truth: no value the user did not type, unfilled tags marked in the
preview, a warning that says what MailUp delivers, and a send that does exactly that."""

from support.compose import type_into, wait_sent

UNFILLED_MARK = "<mark"


def test_an_unfilled_tag_is_marked_sent_as_written_and_never_given_an_empty_value(
    window, compose, admin, qtbot, monkeypatch
):
    form = compose.form
    type_into(qtbot, form.envelope.from_name, "Example Support")
    type_into(qtbot, form.envelope.from_email, "support@example.com")
    type_into(qtbot, form.envelope.to.edit, "mario@example.org")
    type_into(qtbot, form.envelope.subject, "Your order, [firstname] [lastname]")
    compose.html.set_parts("", "", "", "<p>Dear [firstname] [lastname]</p>")
    compose.text.setPlainText("Dear [firstname] [lastname]")
    form.options.merge_values.set_rows([("firstname", "Mario")])
    compose.controller.refresh_checks()
    qtbot.waitUntil(
        lambda: compose.preview.rendered_subject == "Your order, Mario [lastname]", timeout=10_000
    )
    # listed beside the preview, as a row to fill in, but with no value of the app's own
    assert ("lastname", "") in form.options.merge_values.rows()
    assert "[lastname]" in compose.preview.rendered_html  # as MailUp delivers it
    shown = compose.preview.preview
    assert UNFILLED_MARK in shown.html_view._html and "[lastname]</mark>" in shown.html_view._html
    assert "[lastname]</mark>" in shown.envelope.text()  # the subject, marked
    assert "support@example.com" in shown.envelope.text()  # and the sender above it
    assert shown.unfilled_notice.isVisible()

    asked = []
    monkeypatch.setattr(
        compose.controller,
        "confirm_unfilled",
        lambda tags, subject: asked.append((tags, subject)) or True,
    )
    assert wait_sent(qtbot, compose).outcome == "queued"
    assert asked == [(["lastname"], "Your order, Mario [lastname]")]
    delivered = admin.message(admin.outbox()[0].id)
    assert delivered.subject == "Your order, Mario [lastname]"
    assert delivered.request["XSmtpAPI"]["DynamicFields"] == [{"N": "firstname", "V": "Mario"}]


def test_the_warning_says_what_the_recipients_will_read(window, compose, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []

    def warning(parent, title, text, *args):
        said.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "warning", warning)
    assert not compose.controller.confirm_unfilled(["lastname"], "Your order, Mario [lastname]")
    assert "[lastname]" in said[0] and "delivers them as written" in said[0]
    assert "“Your order, Mario [lastname]”" in said[0]
    assert "would reach" not in said[0]


def test_a_templates_unfilled_tag_stays_visible_in_its_preview(window, qtbot):
    pane = window.templates
    type_into(qtbot, pane.template_page.template_id, "1")
    qtbot.waitUntil(
        lambda: "Thank you for your order, [firstname]!" in (pane.preview.rendered_html or ""),
        timeout=15_000,
    )
    assert "Thank you for your order, !" not in pane.preview.rendered_html
    assert "[firstname]</mark>" in pane.preview.preview.html_view._html
    assert ("firstname", "") in pane.form.options.merge_values.rows()


def test_the_previews_sender_is_masked_in_screen_share_mode(window, compose, qtbot):
    form = compose.form
    type_into(qtbot, form.envelope.from_email, "support@example.com")
    type_into(qtbot, form.envelope.subject, "Masked")
    compose.controller.refresh_checks()
    envelope = compose.preview.preview.envelope
    qtbot.waitUntil(lambda: "Masked" in envelope.text(), timeout=10_000)
    assert "support@example.com" in envelope.text()
    window.context.privacy.set_enabled(True)
    assert "support@example.com" not in envelope.text() and "Masked" in envelope.text()
    window.context.privacy.set_enabled(False)
    assert "support@example.com" in envelope.text()
