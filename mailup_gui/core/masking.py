"""What screen-share mode shows instead of secrets, SMTP+ usernames and addresses."""

from __future__ import annotations

import json
import re

DOT = "•"
_ADDRESS = re.compile(r"[^\s<>,;\"']+@[^\s<>,;\"']+")


def mask_secret(_secret: str) -> str:
    return DOT * 8


def secret_forms(secret: str) -> list[str]:
    """The secret as code may write it: as it is, JSON-escaped and Python-escaped, so that
    each can be masked on screen."""
    return [secret, json.dumps(secret)[1:-1], repr(secret)[1:-1]]


def mask_username(username: str) -> str:
    """``s10000_1`` → ``s•••••_•``: the shape stays recognisable, the account does not."""
    return username[:1] + re.sub(r"[0-9A-Za-z]", DOT, username[1:])


def mask_address(address: str) -> str:
    """``mario.rossi@example.org`` → ``m•••@e•••.org``."""
    local, _, domain = address.partition("@")
    if not domain:
        return DOT * 6
    name, dot, tld = domain.rpartition(".")
    masked_domain = f"{(name or tld)[:1]}{DOT * 3}{dot}{tld if name else ''}"
    return f"{local[:1]}{DOT * 3}@{masked_domain}"


def mask_addresses_in(text: str) -> str:
    """Every address inside free text (``Name <a@b>, c@d``) masked."""
    return _ADDRESS.sub(lambda match: mask_address(match.group(0)), text)
