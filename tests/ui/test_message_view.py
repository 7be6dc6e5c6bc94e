"""The shared message view, shown by the Outbox for the full example sent to the embedded
sandbox: seven tabs, every header, the files, the XSmtpAPI options, the source; masked in
screen-share mode."""

import base64
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from support.file_dialogs import answer_next_file_dialog
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
    assert table.item(invoice, 2).text() == f"{len(expected)} bytes"  # as the file dialog writes it
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

    copy = Path(opened[0].toLocalFile())
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.parent.stat().st_mode) == 0o700
    QCoreApplication.instance().aboutToQuit.emit()  # the app quits: the copies go
    assert not copy.parent.parent.exists()


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
    assert "Showing the first 256.00 KiB of" in pane.view.raw.note.text()


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
    assert pane.view.html.blocked_notice.isVisible()


def test_an_attachment_no_application_opens_is_said_with_save_and_folder(
    shown, tmp_path, monkeypatch, qtbot
):
    """A desktop with no handler for the type: QDesktopServices.openUrl returns False (the
    fault is faked: whether this machine has a handler is not the test's to choose)."""
    monkeypatch.setattr(attachments, "open_external", lambda _url: False)
    tab = shown.attachments
    tab.table.selectRow(0)
    tab.open_button.click()
    next(b for b in tab.confirmation.buttons() if b.text() == "&Open").click()
    offer = tab.not_opened
    assert offer is not None and offer.isVisible()
    assert offer.text().startswith("No application on this computer opened ")
    texts = [button.text() for button in offer.buttons()]
    assert "Save &as…" in texts and "Show in &folder" in texts

    target = tmp_path / "copy" / "kept.txt"
    target.parent.mkdir()
    seen = answer_next_file_dialog(str(target))
    next(b for b in offer.buttons() if b.text() == "Save &as…").click()
    qtbot.waitUntil(lambda: target.exists(), timeout=10_000)
    selected = tab.selected()
    assert selected is not None and target.read_bytes() == selected.data
    assert Path(seen["file"]).name == Path(selected.filename).name


def test_the_save_dialog_opens_where_the_last_one_was_left_never_the_working_directory(
    shown, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    first = answer_next_file_dialog(None)
    shown.raw.save()
    assert Path(first["folder"]) == Path.home() != tmp_path

    chosen = tmp_path / "kept" / "mine.eml"
    chosen.parent.mkdir()
    answer_next_file_dialog(str(chosen))
    shown.raw.save()
    assert chosen.exists()

    again = answer_next_file_dialog(None)
    shown.raw.save()
    assert Path(again["folder"]) == chosen.parent
    other = answer_next_file_dialog(None)  # another purpose keeps its own folder
    shown.attachments.save_selected()
    assert Path(other["folder"]) == Path.home()
