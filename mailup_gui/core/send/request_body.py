"""A send request as plain JSON data for people: the one place that shapes its ``User``.

The inspector, the journal, saved .json requests and the code snippets all show or store a
request; each starts from ``for_humans`` (the DTO as MailUp takes it, ``User`` without the
secret) and sets ``User`` only through ``with_user``. Nothing here ever holds a secret unless
the caller passes one to ``with_user`` (code the user asked to carry its credentials).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import msgspec

from ...api.dto import Message, TemplateMessage, to_builtins
from ..message.draft import FileRef

PART_MEMBERS = ("Attachments", "EmbeddedImages")


def for_humans(
    request: Message | TemplateMessage, username: str, *, file_bodies: bool = True
) -> dict[str, Any]:
    """The body a send posts, with ``User`` reduced to ``{"Username": username}``.

    ``file_bodies=False`` leaves each part's ``Body`` empty: what the journal keeps (a reference
    replaces it) costs no base64 encoding of megabytes.
    """
    request = msgspec.structs.replace(request, user=None)
    if not file_bodies:
        request = msgspec.structs.replace(
            request,
            attachments=[msgspec.structs.replace(p, body=b"") for p in request.attachments],
            embedded_images=[msgspec.structs.replace(p, body=b"") for p in request.embedded_images],
        )
    return with_user(to_builtins(request), username)


def with_user(
    body: dict[str, Any], username: str | None, secret: str | None = None
) -> dict[str, Any]:
    """A shallow copy of ``body`` whose ``User`` holds ``username`` (and ``secret`` when given);
    no ``User`` at all when ``username`` is None."""
    copy = {key: value for key, value in body.items() if key != "User"}
    if username is not None:
        copy["User"] = {"Username": username}
        if secret is not None:
            copy["User"]["Secret"] = secret
    return copy


def without_secret(body: dict[str, Any], shown: Callable[[str], str] = str) -> dict[str, Any]:
    """A body from elsewhere (a file, a stored entry) with its ``User`` reduced to the username
    it names (none when it names none), as ``shown`` writes it (screen-share masks it)."""
    user = body.get("User")
    name = user.get("Username") if isinstance(user, dict) else None
    return with_user(body, shown(name) if isinstance(name, str) else None)


def pretty_json(body: dict[str, Any]) -> str:
    """The body as people read it: indented, non-ASCII as it is."""
    return json.dumps(body, indent=2, ensure_ascii=False)


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
