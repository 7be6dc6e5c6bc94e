"""Checks on a message's content that MailUp does not make but a careful sender wants."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CID = re.compile(r"""cid:([^"'\s)>]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class CidReport:
    missing: list[str]  # referenced as cid: in the HTML, but no embedded image has that ContentId
    unused: list[str]  # embedded, but never referenced: it will show up as an attachment


def cid_report(html: str, content_ids: list[str]) -> CidReport:
    referenced = {match.group(1) for match in _CID.finditer(html or "")}
    known = {cid for cid in content_ids if cid}
    return CidReport(sorted(referenced - known), sorted(known - referenced))


def sender_allowed(address: str, sender_list: str | None, domain_list: str | None) -> bool | None:
    """Whether MailUp will accept this From for the SMTP+ user (None: its lists are unknown)."""
    if sender_list is None and domain_list is None:
        return None
    address = address.strip().lower()
    senders = _items(sender_list)
    domains = _items(domain_list)
    domain = address.rpartition("@")[2]
    return address in senders or domain in domains


def _items(text: str | None) -> set[str]:
    return {
        item.strip().lower().lstrip("@")
        for item in re.split(r"[;,\s]+", text or "")
        if item.strip()
    }
