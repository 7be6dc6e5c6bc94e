"""Recipient lists as people paste them: ``Name <a@b>, c@d; "Last, First" <e@f>``."""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import getaddresses

from ...api.dto import EmailAddress
from ...api.validation import address_problem
from ...texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class ParsedAddress:
    text: str  # as written, for messages
    name: str
    email: str
    problem: str | None = None


def parse_addresses(text: str) -> list[ParsedAddress]:
    """Every entry of a pasted list, valid or not, in order.

    Separators: comma, semicolon, newline.
    """
    normalised = text.replace(";", ",").replace("\n", ",")
    entries: list[ParsedAddress] = []
    for raw in _split_outside_quotes(normalised):
        raw = raw.strip()
        if not raw:
            continue
        name, email = getaddresses([raw])[0]
        email = email.strip()
        if not email or "@" not in email:
            entries.append(
                ParsedAddress(
                    raw, name, email, QT_TRANSLATE_NOOP("core", "This is not an email address.")
                )
            )
            continue
        entries.append(ParsedAddress(raw, name.strip(), email, address_problem(email)))
    return entries


def to_email_addresses(entries: list[ParsedAddress]) -> list[EmailAddress]:
    return [EmailAddress(email=e.email, name=e.name or None) for e in entries if e.problem is None]


def format_addresses(addresses: list[EmailAddress]) -> str:
    """The inverse of ``parse_addresses`` for addresses read from a saved request."""
    return ", ".join(_format(address) for address in addresses)


def _format(address: EmailAddress) -> str:
    if not address.name:
        return address.email
    name = f'"{address.name}"' if any(ch in address.name for ch in ',;<>"@') else address.name
    return f"{name} <{address.email}>"


def _split_outside_quotes(text: str) -> list[str]:
    """Split on commas that are not inside a quoted display name."""
    parts, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == "," and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts
