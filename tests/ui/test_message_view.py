"""The shared message view, shown by the Outbox for the full example sent to the embedded
sandbox: seven tabs, every header, the files, the XSmtpAPI options, the source; masked in
screen-share mode."""

import base64

import pytest
from PySide6.QtGui import QColor
from support.images import png
from support.outbox import click_row, full_example, open_outbox, send

from mailup_gui.ui.outbox.message_view import attachments, raw

RED = QColor("#ff0000")


@pytest.fixture
def shown(window, qtbot, admin):
    """The Outbox pane showing the full example (plus a header MailUp drops)."""
    send(window, full_example())
    pane = open_outbox(window, qtbot, 1)
    click_row(qtbot, pane, 0)
    qtbot.waitUntil(lambda: pane.view.message is not None, timeout=10_000)
    return pane.view


def test_seven_tabs_in_a_tab_widget_named_message_view(shown):
    tabs = shown.tabs
    assert tabs.accessibleName() == "Message view"
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[2].startswith("Checks")  # with its count, once the check has run
    assert titles[:2] + titles[3:] == ["HTML", "Text", "Headers", "Attachments", "Options", "Raw"]


def test_headers_list_names_and_every_header_and_mark_the_dropped_one(shown):
    rows = dict(shown.headers.rows())
    assert rows["From"] == "Example Billing <support@example.com>"
    assert rows["To"] == "Mario Rossi <mario.rossi@example.org>"
    assert rows["Cc"] == "Giulia Bianchi <giulia.bianchi@example.org>"
    assert rows["Bcc"] == "Archive <archive@example.com>"  # from the sandbox: never a header
    assert rows["Reply-To"] == "billing@example.com"
    assert rows["Subject"] == "Invoice A-1042 for Rossi S.r.l."
    assert rows["Date"] and rows["Message-ID"].endswith("@sandbox.mailup.invalid>")
    assert rows["X-Ticket"] == "T-778"
    assert rows["MIME-Version"] == "1.0"
    assert "dropped" in rows["Importance"]  # MailUp would not send it
    assert "dropped" not in rows["X-Ticket"]


def test_text_part_and_envelope(shown):
    text = shown.text.toPlainText()
    assert text.startswith("Dear Mario,\nplease find invoice A-1042 attached.")
    assert "(MailUp footer)" in text  # Footer: true
    envelope = shown.envelope.text()
    assert "Example Billing &lt;support@example.com&gt;" in envelope
    assert "Invoice A-1042 for Rossi S.r.l." in envelope


def test_attachments_list_save_and_open_after_confirming(shown, qtbot, tmp_path, monkeypatch):
    table = shown.attachments.table
    listed = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert listed == {"invoice.txt": "text/plain", "logo.png": "image/png"}
    invoice = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "invoice.txt")
    expected = base64.b64decode(full_example()["Attachments"][0]["Body"])
    assert table.item(invoice, 2).text() == f"{len(expected)} B"
    table.selectRow(invoice)

    target = tmp_path / "saved.txt"
    monkeypatch.setattr(attachments, "ask_save_path", lambda *args: str(target))
    shown.attachments.save_button.click()
    assert target.read_bytes() == expected

    opened = []
    monkeypatch.setattr(attachments, "open_external", opened.append)
    shown.attachments.open_button.click()
    assert opened == []  # not before the user agrees
    open_button = next(b for b in shown.attachments.confirmation.buttons() if b.text() == "&Open")
    open_button.click()
    assert len(opened) == 1 and opened[0].toLocalFile().endswith("invoice.txt")
    with open(opened[0].toLocalFile(), "rb") as file:
        assert file.read() == expected


def test_options_show_every_xsmtpapi_value(shown):
    values = {key: label.text() for key, label in shown.options.values.items()}
    assert values["campaign_name"] == "Invoices"
    assert values["campaign_code"] == "INV-2026"
    assert values["campaign_report"] == "Invoices report"
    assert (values["header"], values["footer"]) == ("no", "yes")
    assert (values["click_tracking"], values["view_tracking"]) == ("yes", "no")
    assert values["priority"] == "2"
    assert "2030" in values["schedule"]
    assert values["skip_dynamic_fields"] == "no"
    assert values["user"] == "s10000_1"
    merge = shown.options.merge_values
    assert [merge.item(r, 0).text() for r in range(merge.rowCount())] == [
        "firstname",
        "invoice_no",
        "company",
    ]


def test_raw_shows_the_source_and_saves_the_whole_eml(shown, tmp_path, monkeypatch, admin):
    assert "Subject: Invoice A-1042 for Rossi S.r.l." in shown.raw.source.toPlainText()
    target = tmp_path / "message.eml"
    monkeypatch.setattr(raw, "ask_save_path", lambda *args: str(target))
    shown.raw.save_button.click()
    assert target.read_bytes() == admin.eml(shown.message.id)


def test_raw_is_capped_for_display_with_a_note(window, qtbot):
    body = full_example()
    body["Attachments"].append(
        {"Filename": "big.bin", "Body": base64.b64encode(b"\x00" * 400_000).decode()}
    )
    send(window, body)
    pane = open_outbox(window, qtbot, 1)
    click_row(qtbot, pane, 0)
    qtbot.waitUntil(lambda: pane.view.message is not None, timeout=10_000)
    assert len(pane.view.raw.source.toPlainText()) <= raw.DISPLAY_CAP
    assert "Showing the first 256.0 KB of" in pane.view.raw.note.text()


def test_screen_share_masks_addresses_and_usernames_in_every_tab(shown, window):
    window.screen_share_action.trigger()
    texts = [
        shown.envelope.text(),
        shown.text.toPlainText(),
        " ".join(value for _, value in shown.headers.rows()),
        shown.raw.source.toPlainText(),
        shown.options.values["user"].text(),
    ]
    for text in texts:
        for secret in ("mario.rossi@", "support@example", "archive@", "billing@", "s10000_1"):
            assert secret not in text
    assert "Mario Rossi" in shown.envelope.text()  # names stay: only addresses are masked


def test_cid_images_resolve_and_remote_content_is_blocked_and_counted(window, qtbot):
    body = full_example()
    body["EmbeddedImages"][0]["Body"] = base64.b64encode(png(RED, 80)).decode()
    body["Html"]["Body"] = (
        '<img src="cid:logo" width="80" height="80" style="display:block">'
        '<img src="https://tracker.example.com/pixel.png" width="1" height="1">'
    )
    body["Html"]["BodyTag"] = '<body style="margin:0">'
    send(window, body)
    pane = open_outbox(window, qtbot, 1)
    with qtbot.waitSignal(pane.view.html.loaded, timeout=60_000):
        click_row(qtbot, pane, 0)
    surface = pane.view.html.surface
    qtbot.waitUntil(lambda: QColor(surface.grab().toImage().pixel(40, 40)) == RED, timeout=60_000)
    qtbot.waitUntil(lambda: pane.view.html.blocked_count == 1, timeout=10_000)
    assert pane.view.html.blocked_banner.isVisible()
