"""Sends through the window's embedded sandbox, as an integrator's code would."""

import json

from mailup_gui.api.client import MailUpClient
from mailup_gui.api.dto import Message, TemplateMessage, from_json
from mailup_gui.resources import resource_path


def example(name: str = "sendmessage-minimal.json") -> dict:
    return json.loads(resource_path("examples", name).read_bytes())


def send(window, body: dict | None = None) -> None:
    message = from_json(json.dumps(body or example()), Message)
    with MailUpClient(window.context.sandbox_url(), "s10000_1", "sandbox") as client:
        client.send_message(message)


def send_template(window, body: dict) -> None:
    template = from_json(json.dumps(body), TemplateMessage)
    with MailUpClient(window.context.sandbox_url(), "s10000_1", "sandbox") as client:
        client.send_template(template)


def full_example() -> dict:
    """The full example, sent now rather than scheduled, with a header MailUp would drop."""
    body = example("sendmessage-full.json")
    body["XSmtpAPI"]["Schedule"] = "2030-12-01T09:30:00+01:00"
    body["ExtendedHeaders"].append({"N": "Importance", "V": "high"})
    return body


def click_row(qtbot, pane, row: int) -> None:
    """A real click on a row of the outbox table."""
    from PySide6.QtCore import Qt

    table = pane.table
    rect = table.visualRect(pane.proxy.index(row, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def open_outbox(window, qtbot, rows: int):
    window.tabs.setCurrentWidget(window.outbox_page)
    pane = window.outbox
    qtbot.waitUntil(lambda: pane.model.rowCount() == rows, timeout=10_000)
    return pane
