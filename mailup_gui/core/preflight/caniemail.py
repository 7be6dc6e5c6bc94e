"""Client support of the features a message uses, from the caniemail data shipped in
resources/caniemail/ (built by packaging/build_caniemail.py; MIT, see its LICENSE).

Only the major client families are judged: Outlook (Windows, Windows Mail, Outlook.com, the
apps), Gmail (webmail and apps), Apple Mail, Yahoo Mail, Samsung Email and Thunderbird; each at
the latest version caniemail tested."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from ...resources import resource_path
from ...texts import QT_TRANSLATE_NOOP
from .findings import ClientSupport, Severity

DATA_FILE = ("caniemail", "caniemail.json")

# (caniemail client, its platform, the name people know it by, the platform as they say it)
MAJOR_CLIENTS = (
    ("outlook", "windows", "Outlook", "Windows"),
    ("outlook", "windows-mail", "Outlook", "Windows Mail"),
    ("outlook", "outlook-com", "Outlook", "Outlook.com"),
    ("outlook", "macos", "Outlook", "macOS"),
    ("outlook", "ios", "Outlook", "iOS"),
    ("outlook", "android", "Outlook", "Android"),
    ("gmail", "desktop-webmail", "Gmail", "webmail"),
    ("gmail", "mobile-webmail", "Gmail", "mobile webmail"),
    ("gmail", "ios", "Gmail", "iOS"),
    ("gmail", "android", "Gmail", "Android"),
    ("apple-mail", "macos", "Apple Mail", "macOS"),
    ("apple-mail", "ios", "Apple Mail", "iOS"),
    ("yahoo", "desktop-webmail", "Yahoo Mail", "webmail"),
    ("yahoo", "ios", "Yahoo Mail", "iOS"),
    ("yahoo", "android", "Yahoo Mail", "Android"),
    ("samsung-email", "android", "Samsung Email", "Android"),
    ("thunderbird", "macos", "Thunderbird", "macOS"),
    ("thunderbird", "windows", "Thunderbird", "Windows"),
)
# Features a client may ignore at no cost to what the reader sees: they only add meaning
# (lang, role, aria-*, dir) or every message has them (the doctype, <body>, comments).
# Their gaps are told as information, never as a warning.
HARMLESS = {
    "html-doctype",
    "html-body",
    "html-comments",
    "css-comments",
    "html-lang",
    "html-dir",
    "html-role",
    "html-aria-describedby",
    "html-aria-hidden",
    "html-aria-label",
    "html-aria-labelledby",
    "html-aria-live",
}
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


@dataclass(frozen=True)
class CompatFinding:
    slug: str
    severity: Severity
    message: str  # a texts.Text


@functools.cache
def load() -> dict:
    """The shipped data: {"clients": {...}, "features": {slug: {title, support, notes}}}."""
    return json.loads(resource_path(*DATA_FILE).read_text(encoding="utf-8"))


def known_features() -> set[str]:
    return set(load()["features"])


def judge(slugs: list[str]) -> tuple[list[CompatFinding], tuple[ClientSupport, ...]]:
    """A finding for each feature a major client lacks in full or in part, and the per-client
    counts of supported, partly supported and unsupported features among ``slugs``."""
    features = load()["features"]
    counts = {(client, platform): [0, 0, 0] for client, platform, _, _ in MAJOR_CLIENTS}
    findings = []
    for slug in slugs:
        feature = features[slug]
        missing, partial, notes = [], [], []
        for client, platform, name, said in MAJOR_CLIENTS:
            support = feature["support"].get(client, {}).get(platform)
            if support is None or support[0] == "u":
                continue
            verdict, *numbers = support.split()
            counts[client, platform]["yan".index(verdict)] += 1
            if verdict == "n":
                missing.append((name, said))
            elif verdict == "a":
                partial.append((name, said))
                notes += [feature["notes"][n] for n in numbers if n in feature["notes"]]
        finding = _finding(slug, feature["title"], missing, partial, notes)
        if finding is not None:
            findings.append(finding)
    summary = tuple(
        ClientSupport(name, said, *counts[client, platform])
        for client, platform, name, said in MAJOR_CLIENTS
    )
    return findings, summary


def _finding(
    slug: str,
    title: str,
    missing: list[tuple[str, str]],
    partial: list[tuple[str, str]],
    notes: list[str],
) -> CompatFinding | None:
    partly = ""
    if partial:
        partly = QT_TRANSLATE_NOOP("core", "Partly supported in {clients}{notes}").format(
            clients=_clients(partial), notes=_notes(notes)
        )
    if missing:
        message = QT_TRANSLATE_NOOP("core", "{feature} is not supported in {clients}.")
        if partly:
            message = QT_TRANSLATE_NOOP("core", "{feature} is not supported in {clients}. {partly}")
        message = message.format(feature=title, clients=_clients(missing), partly=partly)
        severity = Severity.INFO if slug in HARMLESS else Severity.WARNING
        return CompatFinding(slug, severity, message)
    if partial:
        message = QT_TRANSLATE_NOOP("core", "{feature}: {partly}").format(
            feature=title, partly=partly
        )
        return CompatFinding(slug, Severity.INFO, message)
    return None


def _clients(pairs: list[tuple[str, str]]) -> str:
    """``Outlook (Windows, Windows Mail), Gmail (iOS)``: client and platform names, as their
    makers write them in every language."""
    grouped: dict[str, list[str]] = {}
    for name, platform in pairs:
        grouped.setdefault(name, []).append(platform)
    return ", ".join(f"{name} ({', '.join(platforms)})" for name, platforms in grouped.items())


def _notes(notes: list[str]) -> str:
    """caniemail's notes (English, as the data has them), each once, markdown links as text."""
    cleaned = (_MARKDOWN_LINK.sub(r"\1", note).strip().rstrip(".") + "." for note in notes)
    unique = list(dict.fromkeys(cleaned))
    return (": " + " ".join(unique)) if unique else "."
