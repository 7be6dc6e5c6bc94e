"""The recipient's "dark" setting, applied to one document (no Qt).

QtWebEngine has no per-page ``prefers-color-scheme`` switch (its ForceDarkMode inverts colours,
which is the other kind of dark mode), so the document is rewritten instead: its dark-scheme
media queries are made to match and its light-scheme ones not to, and a declared
``color-scheme`` that allows dark becomes dark, as in a mail app set to dark.
"""

from __future__ import annotations

import re
from enum import Enum


class Scheme(Enum):
    """How the recipient's app colours the mail."""

    LIGHT = "light"
    DARK = "dark"  # the app prefers dark and uses the mail's own dark style, if any
    INVERTED = "inverted"  # the app darkens the mail itself, whatever its style


_STYLE = re.compile(r"(<style\b[^>]*>)(.*?)(</style\s*>)", re.IGNORECASE | re.DOTALL)
_MEDIA = re.compile(r"""(\bmedia\s*=\s*)("[^"]*"|'[^']*')""", re.IGNORECASE)
_QUERY = re.compile(r"(prefers-color-scheme\s*:\s*)(dark|light)\b", re.IGNORECASE)
_PROPERTY = re.compile(r"((?<![\w-])color-scheme\s*:\s*)([^;}]*)", re.IGNORECASE)
_META = re.compile(
    r"<meta\b[^>]*\bname\s*=\s*[\"']?(?:color-scheme|supported-color-schemes)\b[^>]*>",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""(\bcontent\s*=\s*)("[^"]*"|'[^']*')""", re.IGNORECASE)


def prefer_dark(html: str) -> str:
    """The document as a client that prefers dark renders it, on an engine that prefers light."""
    html = _STYLE.sub(lambda m: m[1] + _dark_declarations(_swap(m[2])) + m[3], html)
    html = _MEDIA.sub(lambda m: m[1] + _swap(m[2]), html)  # <source media=…> in <picture>
    return _META.sub(lambda m: _CONTENT.sub(lambda c: c[1] + _dark_value(c[2]), m[0]), html)


def _swap(text: str) -> str:
    # The engine prefers light: a query for light is what matches, so dark queries become it.
    return _QUERY.sub(lambda m: m[1] + ("light" if m[2].lower() == "dark" else "dark"), text)


def _dark_declarations(css: str) -> str:
    def dark(match: re.Match[str]) -> str:
        important = " !important" if "!important" in match[2].lower() else ""
        value = _dark_value(match[2])
        return match[1] + (value + important if value != match[2] else value)

    return _PROPERTY.sub(dark, css)


def _dark_value(value: str) -> str:
    """``light dark`` → ``dark``; a value that does not allow dark stays."""
    quote = value[0] if value[:1] in ("'", '"') else ""
    return f"{quote}dark{quote}" if re.search(r"\bdark\b", value, re.IGNORECASE) else value
