"""Driving the Compose pane the way a person does, for the compose tests."""

import base64
import json
from pathlib import Path

from PySide6.QtWidgets import QLineEdit

from mailup_gui.core.account.profiles import Endpoint, Profile
from mailup_gui.core.message.options import OPTION_FIELDS, OptionKind, draft_options, stored_options
from mailup_gui.core.send.result import Channel
from mailup_gui.resources import resource_path

FULL = json.loads(resource_path("examples", "sendmessage-full.json").read_text())


def type_into(qtbot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def use_sandbox_user(window, username: str, secret: str = "sandbox") -> Profile:
    """Make a custom-URL profile for ``username`` on the embedded sandbox the active one."""
    profile = Profile(
        name=f"Sandbox as {username}",
        username=username,
        endpoint=Endpoint.CUSTOM,
        custom_url=window.context.sandbox_url(),
        from_email="support@example.com",
        from_name="Example Support",
    )
    window.context.profiles.put(profile)
    window.context.profiles.set_active(profile.id)
    window.context.secrets.keep_for_session(profile.id, secret)
    window.reload_profiles()
    return profile


def wait_sent(qtbot, pane, timeout: int = 20_000):
    with qtbot.waitSignal(pane.sent, timeout=timeout) as blocker:
        pane.controller.send()
    return blocker.args[0]


def write_file(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def choose_relay(form) -> None:
    form.channel.setCurrentIndex(form.channel.findData(Channel.SMTP))


def fill_full_example(qtbot, pane, folder):
    """Every field of resources/examples/sendmessage-full.json, typed into ``pane``."""
    type_into(qtbot, pane.form.envelope.from_name, FULL["From"]["Name"])
    type_into(qtbot, pane.form.envelope.from_email, FULL["From"]["Email"])
    type_into(qtbot, pane.form.envelope.to.edit, "Mario Rossi <mario.rossi@example.org>")
    type_into(qtbot, pane.form.envelope.cc.edit, "Giulia Bianchi <giulia.bianchi@example.org>")
    type_into(qtbot, pane.form.envelope.bcc.edit, "Archive <archive@example.com>")
    type_into(qtbot, pane.form.envelope.reply_to, FULL["ReplyTo"])
    type_into(qtbot, pane.form.envelope.subject, FULL["Subject"])
    pane.form.envelope.char_set.setCurrentText("utf-8")
    html = FULL["Html"]
    pane.html.set_parts(html["DocType"], html["Head"], html["BodyTag"], html["Body"])
    pane.text.setPlainText(FULL["Text"])
    pane.form.headers.set_rows([(h["N"], h["V"]) for h in FULL["ExtendedHeaders"]])
    attachment = FULL["Attachments"][0]
    image = FULL["EmbeddedImages"][0]
    pane.form.attachments.add_paths(
        [write_file(folder, attachment["Filename"], base64.b64decode(attachment["Body"]))]
    )
    pane.form.images.add_paths(
        [write_file(folder, image["Filename"], base64.b64decode(image["Body"]))]
    )
    qtbot.waitUntil(
        lambda: not pane.form.attachments.busy and not pane.form.images.busy, timeout=10_000
    )
    options = draft_options(stored_options(FULL["XSmtpAPI"]))
    for field in OPTION_FIELDS:
        editor, value = pane.form.options.editors[field.name], getattr(options, field.name)
        if field.kind is OptionKind.TEXT:  # typed, as a user does (over the profile's code)
            editor.clear()
            type_into(qtbot, editor, value)
        else:
            editor.set_value(value)
