"""What screen-share mode shows instead of secrets, SMTP+ usernames and addresses.

Masked values stay told apart: a username keeps its ``_N`` suffix and the last digits of its
account, an address the first and last letters of each side, so that a viewer sees which row is
which without learning the account or the mailbox.
"""

from __future__ import annotations

import json
import re

DOT = "•"
_ADDRESS = re.compile(r"[^\s<>,;\"']+@[^\s<>,;\"']+")
_USERNAME = re.compile(r"\b([sS])(\d+)(_\d+)\b")
_KEPT_ACCOUNT_DIGITS = 2


def mask_secret(_secret: str) -> str:
    return DOT * 8


def secret_forms(secret: str) -> list[str]:
    """The secret as code may write it: as it is, JSON-escaped and Python-escaped, so that
    each can be masked on screen."""
    return [secret, json.dumps(secret)[1:-1], repr(secret)[1:-1]]


def mask_username(username: str) -> str:
    """``s10000_1`` → ``s•••00_1``: the user within the account stays visible, the account not."""
    match = _USERNAME.fullmatch(username)
    if match is None:
        return _ends(username)
    letter, account, number = match.groups()
    kept = account[-_KEPT_ACCOUNT_DIGITS:] if len(account) > _KEPT_ACCOUNT_DIGITS else ""
    return f"{letter}{DOT * 3}{kept}{number}"


def mask_address(address: str) -> str:
    """``mario.rossi@example.org`` → ``m•••i@e•••e.org``."""
    local, _, domain = address.partition("@")
    if not domain:
        return DOT * 6
    name, dot, tld = domain.rpartition(".")
    return f"{_ends(local)}@{_ends(name or tld)}{dot}{tld if name else ''}"


def mask_name(name: str) -> str:
    """A profile's name, often a customer's: ``Acme production`` → ``A•••e p•••n``."""
    return " ".join(_ends(word) for word in name.split()) or DOT * 3


def mask_addresses_in(text: str) -> str:
    """Every address inside free text (``Name <a@b>, c@d``) masked."""
    return _ADDRESS.sub(lambda match: mask_address(match.group(0)), text)


def mask_usernames_in(text: str) -> str:
    """Every SMTP+ username inside free text (MailUp's messages name them) masked."""
    return _USERNAME.sub(lambda match: mask_username(match.group(0)), text)


def _ends(text: str) -> str:
    """The first and last character around dots; only dots when that would reveal too much."""
    if len(text) < 4:
        return DOT * 3
    return f"{text[0]}{DOT * 3}{text[-1]}"
