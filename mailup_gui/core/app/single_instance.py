"""One app per data folder: a later start hands its request (a profile to switch to) to the
running app through a local socket named after the folder, and exits. The running app is the
one that holds the folder's lock (``instance_lock.py``). The socket itself is the UI's
(QtNetwork); the rules are here.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..account.profiles import ProfileStore


def server_name(folder: Path) -> str:
    """The local socket's name: the same for every start on ``folder``, short enough for a
    Unix socket path, and telling nothing of the folder to other users."""
    import hashlib  # OpenSSL's 3 MiB: asked for after the first paint

    digest = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:24]
    return f"mailup-gui-{digest}"


@dataclass(frozen=True)
class HandOver:
    """What a second start asks of the running app (besides coming to the front)."""

    profile: str | None = None  # --profile NAME
    sandbox: bool = False  # --sandbox


def unknown_profile(profiles: ProfileStore, name: str) -> str:
    """The refusal of ``--profile NAME`` with no such profile, at start or handed over."""
    names = ", ".join(profile.name for profile in profiles.all())
    return f"no profile named {name!r}. Profiles: {names}"


def encode_hand_over(request: HandOver) -> bytes:
    return json.dumps(asdict(request)).encode() + b"\n"


def decode_hand_over(data: bytes) -> HandOver | None:
    """None for anything that is not a request of ours (the socket is open to this user's
    other programs)."""
    try:
        raw = json.loads(data)
        profile, sandbox = raw["profile"], raw["sandbox"]
    except (ValueError, TypeError, KeyError):
        return None
    if not (profile is None or isinstance(profile, str)) or not isinstance(sandbox, bool):
        return None
    return HandOver(profile, sandbox)


def encode_answer(error: str | None) -> bytes:
    """The running app's answer: None when done, else why not (printed by the second start)."""
    return json.dumps({"error": error}).encode() + b"\n"


def decode_answer(data: bytes) -> str | None:
    try:
        error = json.loads(data)["error"]
    except (ValueError, TypeError, KeyError):
        return "the running mailup-gui gave an answer this version does not understand"
    return error if isinstance(error, str) else None
