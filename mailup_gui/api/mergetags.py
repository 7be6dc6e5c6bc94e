"""MailUp merge tags (``[firstname]``): finding them and filling them from DynamicFields.

One implementation for the sandbox and the app's preview, so the preview shows exactly what
the sandbox delivers. Names match case-insensitively; a tag with no value stays as written so
that it can be seen and flagged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping


def _combining_marks() -> str:
    """The combining marks of the Basic Multilingual Plane (Unicode categories Mn, Mc, Me) as
    character-class ranges: the accents of decomposed text and the vowel signs of Indic
    scripts, which ``\\w`` leaves out. Computed once, in about 10 ms."""
    ranges: list[str] = []
    start = None
    for code in range(0x10001):
        is_mark = code < 0x10000 and unicodedata.category(chr(code)).startswith("M")
        if is_mark and start is None:
            start = code
        elif not is_mark and start is not None:
            ranges.append(f"\\u{start:04x}-\\u{code - 1:04x}")
            start = None
    return "".join(ranges)


# A tag name: a letter (of any script) or "_", then letters, digits, marks, "_", "." and "-".
# The one definition for the sandbox's rendering and the app's checks and preview.
TAG = re.compile(r"\[([^\W\d][\w.\-" + _combining_marks() + r"]*)\]")


def find_tags(*texts: str | None) -> list[str]:
    """Tag names in order of first appearance, each once (first spelling wins)."""
    seen: dict[str, str] = {}
    for text in texts:
        for match in TAG.finditer(text or ""):
            seen.setdefault(match.group(1).lower(), match.group(1))
    return list(seen.values())


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with every tag that has a value replaced by it."""
    return filler(values)(text)


def filler(values: Mapping[str, str]) -> Callable[[str], str]:
    """``fill`` with these values, for the texts of one message: the names lowered once."""
    lowered = {name.lower(): value for name, value in values.items()}

    def replace(match: re.Match[str]) -> str:
        return lowered.get(match.group(1).lower(), match.group(0))

    def fill_text(text: str) -> str:
        return TAG.sub(replace, text) if "[" in text else text  # no "[": no tag to look for

    return fill_text


def unfilled(texts: Iterable[str | None], values: Mapping[str, str]) -> list[str]:
    """Tags that would stay unexpanded with these values."""
    known = {name.lower() for name, value in values.items() if value != ""}
    return [tag for tag in find_tags(*texts) if tag.lower() not in known]
