"""The checker: every rule over one delivered message, placed where the user wrote it."""

from __future__ import annotations

from . import accessibility, contrast, links, message_rules
from .caniemail import judge, known_features
from .collector import collection_held
from .delivered import Delivered
from .document import parse
from .features import used_features
from .findings import Finding, Hit, Report, Severity, Where
from .inbox import preheader

_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def check(message: Delivered) -> Report:
    """All findings on ``message`` (errors first, then by line), the per-client summary and
    the preheader an inbox list shows.
    Pure computation: run it on a worker, it reads no file and touches no widget."""
    with collection_held():
        hits, used, first_text = _read(message)
        compat, clients = judge(list(used))
        hits += [
            Hit(f"compat/{item.slug}", item.severity, item.message, used[item.slug])
            for item in compat
        ]
        hits.sort(key=lambda hit: (_RANK[hit.severity], hit.line or 0))
        return Report(tuple(_finding(message, hit) for hit in hits), clients, first_text)


def _read(message: Delivered) -> tuple[list[Hit], dict[str, int], str]:
    """The rules' hits, the features used (slug → first line) and the preheader."""
    hits = list(message_rules.check(message))
    if not message.html:
        return hits, {}, ""
    document = parse(message.html)
    try:
        first_text = preheader(next((e for e in document.elements if e.name == "body"), None))
        hits += accessibility.check(document)
        hits += links.check(document)
        hits += contrast.check(document)
        return hits, used_features(document, known_features()), first_text
    finally:
        document.release()


def _finding(message: Delivered, hit: Hit) -> Finding:
    if not hit.line:
        return Finding(hit.rule, hit.severity, hit.message, Where(hit.part or "message"))
    part, line = message.origin(hit.line)
    excerpt = message.excerpt(part, line) if line else ""
    return Finding(hit.rule, hit.severity, hit.message, Where(part, line, excerpt))
