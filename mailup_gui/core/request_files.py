"""SendMessage requests saved as .json files: written without the secret, read back as drafts.

A saved file is the request body as MailUp takes it (base64 bodies included), so it can be
posted with any tool; a file from elsewhere may carry a ``User`` with or without its secret.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import msgspec

from .. import paths
from ..api.dto import Message, from_builtins
from .atomic import write_bytes_atomic
from .draft import Draft, draft_from_message
from .request_body import without_secret

_MESSAGE_MEMBERS = set(Message.__struct_encode_fields__) - {"User"}
_WRONG_TYPE = re.compile(r"^Expected `(.+)`, got `(.+)` - at `\$\.?(.*)`$")
# msgspec's type names, as support staff would say them.
_TYPE_WORDS = {"str": "text", "int": "a whole number", "float": "a number",
               "bool": "true or false", "null": "null", "array": "a list", "object": "an object",
               "datetime": "a date-time with its offset", "bytes": "base64 text"}
_JSON_KINDS = {list: "array", str: "str", bool: "bool", int: "int", float: "float"}


class RequestFileError(ValueError):
    """A file that cannot be opened as a request; the message says what is wrong with it."""


def request_json_text(body: dict[str, Any]) -> str:
    """The text of a saved request: the body as sent, pretty, the secret left out."""
    return json.dumps(without_secret(body), indent=2, ensure_ascii=False) + "\n"


def save_request_json(path: Path | str, body: dict[str, Any]) -> None:
    write_bytes_atomic(Path(path), request_json_text(body).encode())


def open_request_json(path: Path | str, files_dir: Path | None = None) -> Draft:
    """A draft from a saved SendMessage request; its files go under ``files_dir`` (default: the
    app's data folder), since a draft keeps files by path, never as base64."""
    path = Path(path)
    name = path.name
    try:
        data = msgspec.json.decode(path.read_bytes())
    except OSError as error:
        raise RequestFileError(f"“{name}” cannot be read: {error.strerror or error}.") from None
    except msgspec.DecodeError as error:
        raise RequestFileError(f"“{name}” is not JSON ({error}).") from None
    if not isinstance(data, dict):
        kind = _words(_JSON_KINDS.get(type(data), "null"))
        raise RequestFileError(f"“{name}” is not a MailUp request: it holds {kind}, not an "
                               "object with Subject, From, To…")
    if "TemplateId" in data:
        raise RequestFileError(
            f"“{name}” is a SendTemplate request (it has a TemplateId); only SendMessage "
            "requests open as a message draft.")
    if not _MESSAGE_MEMBERS.intersection(data):
        raise RequestFileError(
            f"“{name}” is not a SendMessage request (MessageDTO): it has none of its members "
            "(Subject, Html, Text, From, To, …).")
    data.pop("User", None)  # the profile chosen when sending supplies the credentials
    try:
        message = from_builtins(data, Message)
    except msgspec.ValidationError as error:
        raise RequestFileError(f"“{name}”: {_describe(error)}.") from None
    return draft_from_message(message, files_dir or paths.data_dir() / "files")


def _describe(error: msgspec.ValidationError) -> str:
    match = _WRONG_TYPE.match(str(error))
    if match is None:
        return str(error)
    expected, got, where = match.groups()
    return (f"{where or 'the request'} has the wrong type: it must be {_words(expected)}, "
            f"not {_words(got)}")


def _words(types: str) -> str:
    """msgspec's ``str | null`` as ``text or null``."""
    return " or ".join(_TYPE_WORDS.get(name, name) for name in types.split(" | "))
