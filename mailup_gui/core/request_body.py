"""A send request as plain JSON data: its User without the secret, its file parts and their files.

The journal, the code snippets and saved .json requests all start from the body the client
posts (``MailUpClient.request_body``) decoded to dicts; these are the few things they do to it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Iterator, Sequence
from typing import Any

from .draft import FileRef

PART_MEMBERS = ("Attachments", "EmbeddedImages")


def without_secret(body: dict[str, Any]) -> dict[str, Any]:
    """A shallow copy whose ``User`` keeps only the username (no ``User`` stays none)."""
    copy = dict(body)
    user = copy.pop("User", None)
    if isinstance(user, dict) and isinstance(user.get("Username"), str):
        copy["User"] = {"Username": user["Username"]}
    return copy


def parts(body: dict[str, Any]) -> Iterator[tuple[str, int, dict[str, Any]]]:
    """``(member, index, part)`` for every attachment and embedded image of the body."""
    for member in PART_MEMBERS:
        items = body.get(member)
        if isinstance(items, list):
            for index, part in enumerate(items):
                if isinstance(part, dict):
                    yield member, index, part


def decoded_body(part: dict[str, Any]) -> bytes | None:
    """The part's file content, or None when its Body is not base64 text."""
    body = part.get("Body")
    if not isinstance(body, str):
        return None
    try:
        return base64.b64decode(body, validate=True)
    except (binascii.Error, ValueError):
        return None


def file_of(part: dict[str, Any], content: bytes, files: Sequence[FileRef]) -> FileRef | None:
    """The file a part was read from: same content (by hash), the same name preferred."""
    digest = hashlib.sha256(content).hexdigest()
    same = [ref for ref in files if ref.sha256 == digest]
    named = [ref for ref in same if ref.filename == part.get("Filename")]
    return (named or same or [None])[0]
