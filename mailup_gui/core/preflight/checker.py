"""The checker: every rule over one delivered message, placed where the user wrote it."""

from __future__ import annotations

from . import accessibility, contrast, links, message_rules
from .caniemail import judge, known_features
from .delivered import Delivered
from .document import parse
from .features import used_features
from .findings import Finding, Hit, Report, Severity, Where

_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def check(message: Delivered) -> Report:
    """All findings on ``message`` (errors first, then by line) and the per-client summary.
    Pure computation: run it on a worker, it reads no file and touches no widget."""
    hits = list(message_rules.check(message))
    used: dict[str, int] = {}
    if message.html:
        document = parse(message.html)
        hits += accessibility.check(document)
        hits += links.check(document)
        hits += contrast.check(document)
        used = used_features(document, known_features())
    compat, clients = judge(list(used))
    hits += [
        Hit(f"compat/{item.slug}", item.severity, item.message, used[item.slug]) for item in compat
    ]
    hits.sort(key=lambda hit: (_RANK[hit.severity], hit.line or 0))
    return Report(tuple(_finding(message, hit) for hit in hits), clients)


def _finding(message: Delivered, hit: Hit) -> Finding:
    if not hit.line:
        return Finding(hit.rule, hit.severity, hit.message, Where(hit.part or "message"))
    part, line = message.origin(hit.line)
    excerpt = message.excerpt(part, line) if line else ""
    return Finding(hit.rule, hit.severity, hit.message, Where(part, line, excerpt))
