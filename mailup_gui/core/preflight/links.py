"""Link rules: plain http://, addresses that only work on the sender's machine or network, and
link texts that show another address than the one the link opens."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator
from urllib.parse import SplitResult, urlsplit

from ...texts import QT_TRANSLATE_NOOP
from .document import Document, attribute, text_of
from .findings import Hit, Severity

# (element, attribute) pairs that hold an address the reader's client opens or loads.
_URL_ATTRIBUTES = {("a", "href"), ("area", "href"), ("img", "src")}
_BACKGROUND = "background"  # the attribute, on any element (tables, cells)
_NOT_WEB = ("mailto:", "tel:", "sms:", "cid:", "data:", "#", "[")  # "[": an unfilled merge tag
_LOCAL_SUFFIXES = (".local", ".test", ".localhost", ".internal", ".lan", ".home.arpa")
# A domain shown as text: "example.com", "www.example.com/reset", "https://example.com".
_SHOWN_ADDRESS = re.compile(
    r"^(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,63})(?::\d+)?(?:[/?#]\S*)?$",
    re.IGNORECASE,
)


def check(document: Document) -> Iterator[Hit]:
    for element in document.elements:
        for url in _addresses(element.name, element.attrs or {}):
            line = document.line(element)
            yield from _insecure(url, line)
            yield from _local(url, line)
        if element.name == "a":
            yield from _text_mismatch(
                text_of(element), (attribute(element, "href") or "").strip(), document.line(element)
            )


def _addresses(tag: str, attrs: dict[str, str | None]) -> Iterator[str]:
    for name, value in attrs.items():
        if value and ((tag, name) in _URL_ATTRIBUTES or name == _BACKGROUND):
            yield value.strip()


def _insecure(url: str, line: int) -> Iterator[Hit]:
    if url.lower().startswith("http://"):
        yield Hit(
            "link/insecure",
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "core",
                "{url} uses http://: clients warn about it or block its images. Use https://.",
            ).format(url=_short(url)),
            line,
        )


def _local(url: str, line: int) -> Iterator[Hit]:
    lowered = url.lower()
    if lowered.startswith(_NOT_WEB):
        return
    parts = _split(url)
    if parts is None:
        return  # not a URL at all: nothing this rule can say where it leads
    if not parts.scheme and not url.startswith("//"):
        why = QT_TRANSLATE_NOOP("core", "a relative address has no site to resolve against")
    elif parts.scheme not in ("http", "https", ""):
        return  # javascript:, ftp:, app links: not what this rule is about
    else:
        why = _local_host(parts.hostname or "")
        if why is None:
            return
    yield Hit(
        "link/local",
        Severity.ERROR,
        QT_TRANSLATE_NOOP(
            "core", "{url} cannot work in a mailbox ({why}): use the public https:// address."
        ).format(url=_short(url), why=why),
        line,
    )


def _local_host(host: str) -> str | None:
    """Why ``host`` is reachable only from the sender's machine or network, or None."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(_LOCAL_SUFFIXES):
        return QT_TRANSLATE_NOOP("core", "{host} is a local name").format(host=host)
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return None
    if address.is_loopback or address.is_private or address.is_link_local:
        return QT_TRANSLATE_NOOP("core", "{host} is a private address").format(host=host)
    return None


def _text_mismatch(text: str, href: str, line: int) -> Iterator[Hit]:
    shown = _SHOWN_ADDRESS.match(text.strip())
    if shown is None or not href.lower().startswith(("http://", "https://")):
        return
    target = _split(href)
    shown_host = _bare_host(shown.group(1))
    target_host = _bare_host(target.hostname or "") if target is not None else ""
    if _same_site(shown_host, target_host):
        return
    yield Hit(
        "link/text-mismatch",
        Severity.WARNING,
        QT_TRANSLATE_NOOP(
            "core",
            "The link shows {shown} but opens {target}: readers and spam filters distrust "
            "that. Show the address it opens, or words instead of an address.",
        ).format(shown=shown_host, target=target_host or _short(href)),
        line,
    )


def _split(url: str) -> SplitResult | None:
    """``url`` in parts, None when it cannot be read as one (an unclosed ``[::1``)."""
    try:
        parts = urlsplit(url)
        parts.hostname  # noqa: B018 - reading it validates an IPv6 host
    except ValueError:
        return None
    return parts


def _bare_host(host: str) -> str:
    host = host.lower().rstrip(".")
    return host.removeprefix("www.")


def _same_site(shown: str, target: str) -> bool:
    return shown == target or target.endswith("." + shown) or shown.endswith("." + target)


def _short(url: str, width: int = 60) -> str:
    return url if len(url) <= width else url[: width - 1] + "…"
