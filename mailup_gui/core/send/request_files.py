"""SendMessage and SendTemplate requests saved as .json files: written without the secret, read
back as drafts.

A saved file is the request body as MailUp takes it (base64 bodies included), so it can be
posted with any tool; a file from elsewhere may carry a ``User`` with or without its secret.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import msgspec

from ... import paths
from ...api.dto import Message, TemplateMessage, from_builtins
from ...texts import QT_TRANSLATE_NOOP
from ..message.draft import Draft, draft_from_message
from ..storage.atomic import write_bytes_atomic
from .kind import SendKind
from .request_body import without_secret

_MESSAGE_MEMBERS = set(Message.__struct_encode_fields__) - {"User"}
# Which pane opens which request: (DTO, the pane's name), by method.
_KINDS = {
    SendKind.MESSAGE: (Message, QT_TRANSLATE_NOOP("core", "Compose")),
    SendKind.TEMPLATE: (TemplateMessage, QT_TRANSLATE_NOOP("core", "Templates")),
}
_WRONG_TYPE = re.compile(r"^Expected `(.+)`, got `(.+)` - at `\$\.?(.*)`$")
# msgspec's type names, as support staff would say them.
_TYPE_WORDS = {
    "str": QT_TRANSLATE_NOOP("core", "text"),
    "int": QT_TRANSLATE_NOOP("core", "a whole number"),
    "float": QT_TRANSLATE_NOOP("core", "a number"),
    "bool": QT_TRANSLATE_NOOP("core", "true or false"),
    "null": "null",
    "array": QT_TRANSLATE_NOOP("core", "a list"),
    "object": QT_TRANSLATE_NOOP("core", "an object"),
    "datetime": QT_TRANSLATE_NOOP("core", "a date-time with its offset"),
    "bytes": QT_TRANSLATE_NOOP("core", "base64 text"),
}
_JSON_KINDS = {list: "array", str: "str", bool: "bool", int: "int", float: "float"}


class RequestFileError(ValueError):
    """A file that cannot be opened as a request; the message says what is wrong with it."""


def request_json_text(body: dict[str, Any]) -> str:
    """The text of a saved request: the body as sent, pretty, the secret left out."""
    return json.dumps(without_secret(body), indent=2, ensure_ascii=False) + "\n"


def save_request_json(path: Path | str, body: dict[str, Any]) -> None:
    write_bytes_atomic(Path(path), request_json_text(body).encode())


def open_request_json(
    path: Path | str, files_dir: Path | None = None, method: str = "SendMessage"
) -> Draft:
    """A draft from a saved request of ``method`` (SendMessage or SendTemplate); its files go
    under ``files_dir`` (default: the app's data folder), since a draft keeps files by path,
    never as base64."""
    message = read_request_json(path, method)
    return draft_from_message(message, files_dir or paths.data_dir() / "files")


def read_request_json(path: Path | str, method: str | None = None) -> Message | TemplateMessage:
    """The request a saved file holds, checked as ``open_request_json`` checks it; with no
    ``method``, whichever of the two it is."""
    path = Path(path)
    name = path.name
    try:
        data = msgspec.json.decode(path.read_bytes())
    except OSError as error:
        raise RequestFileError(
            QT_TRANSLATE_NOOP("core", "“{name}” cannot be read: {error}.").format(
                name=name, error=error.strerror or error
            )
        ) from None
    except msgspec.DecodeError as error:
        raise RequestFileError(
            QT_TRANSLATE_NOOP("core", "“{name}” is not JSON ({error}).").format(
                name=name, error=error
            )
        ) from None
    if not isinstance(data, dict):
        kind = _words(_JSON_KINDS.get(type(data), "null"))
        raise RequestFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "“{name}” is not a MailUp request: it holds {kind}, not an object with "
                "Subject, From, To…",
            ).format(name=name, kind=kind)
        )
    found = SendKind.TEMPLATE if "TemplateId" in data else SendKind.MESSAGE
    wanted = SendKind(method) if method else found
    if found is not wanted:
        why = (
            QT_TRANSLATE_NOOP("core", "it has a TemplateId")
            if found is SendKind.TEMPLATE
            else QT_TRANSLATE_NOOP("core", "it has no TemplateId")
        )
        raise RequestFileError(
            QT_TRANSLATE_NOOP(
                "core", "“{name}” is a {method} request ({why}): open it in the {pane} pane."
            ).format(name=name, method=found, why=why, pane=_KINDS[found][1])
        )
    if found is SendKind.MESSAGE and not _MESSAGE_MEMBERS.intersection(data):
        raise RequestFileError(
            QT_TRANSLATE_NOOP(
                "core",
                "“{name}” is not a SendMessage request (MessageDTO): it has none of its "
                "members (Subject, Html, Text, From, To, …).",
            ).format(name=name)
        )
    data.pop("User", None)  # the profile chosen when sending supplies the credentials
    try:
        return from_builtins(data, _KINDS[wanted][0])
    except msgspec.ValidationError as error:
        raise RequestFileError(
            QT_TRANSLATE_NOOP("core", "“{name}”: {problem}.").format(
                name=name, problem=_describe(error)
            )
        ) from None


def _describe(error: msgspec.ValidationError) -> str:
    match = _WRONG_TYPE.match(str(error))
    if match is None:
        return str(error)
    expected, got, where = match.groups()
    return QT_TRANSLATE_NOOP(
        "core", "{where} has the wrong type: it must be {expected}, not {got}"
    ).format(
        where=where or QT_TRANSLATE_NOOP("core", "the request"),
        expected=_words(expected),
        got=_words(got),
    )


def _words(types: str) -> str:
    """msgspec's ``str | null`` as ``text or null`` (a marked text, so that it is translated)."""
    return functools.reduce(
        _either_or, [_TYPE_WORDS.get(name, name) for name in types.split(" | ")]
    )


def _either_or(either: str, other: str) -> str:
    return QT_TRANSLATE_NOOP("core", "{either} or {other}").format(either=either, other=other)
