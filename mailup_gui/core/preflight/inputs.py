"""The files the preflight command reads: an .html file (the HTML part), an .eml file (a whole
message, as the Outbox stores it) or a .json SendMessage request (as "Save as .json" writes
it; its XSmtpAPI DynamicFields fill the merge tags)."""

from __future__ import annotations

from pathlib import Path

from ...api.dto import Message
from ...texts import QT_TRANSLATE_NOOP
from ..outbox.stored_message import parse_message
from ..send.request_files import RequestFileError, read_request_json
from .delivered import Delivered, from_html, from_parsed, from_request

SUFFIXES = (".html", ".htm", ".eml", ".json")


class InputError(ValueError):
    """A file that cannot be checked; the message says why."""


def read_message(path: Path) -> Delivered:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "core", "“{name}”: preflight reads .html, .eml and .json (SendMessage) files."
            ).format(name=path.name)
        )
    if suffix == ".json":
        try:
            request = read_request_json(path)
        except RequestFileError as error:
            raise InputError(str(error)) from None
        if not isinstance(request, Message):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "core",
                    "“{name}” is a SendTemplate request: its content is the template stored in "
                    "MailUp. Check the template's HTML file instead.",
                ).format(name=path.name)
            )
        return from_request(request)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(
            QT_TRANSLATE_NOOP("core", "“{name}” cannot be read: {error}.").format(
                name=path.name, error=error.strerror or error
            )
        ) from None
    if suffix == ".eml":
        return from_parsed(parse_message(data))
    return from_html(data.decode("utf-8-sig", errors="replace"))
