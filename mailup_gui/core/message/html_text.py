"""The plain-text part of a message, from its HTML, and a check that the two still agree.

A recipient whose mail app shows only text/plain reads the text part, so it must carry what
the HTML says: the words, the numbers (amounts, order numbers, dates) and the links.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ...texts import QT_TRANSLATE_NOOP

_SKIPPED = {"head", "style", "script", "title", "template", "noscript"}
_PARAGRAPHS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "table",
    "ul",
    "ol",
    "dl",
    "address",
    "figure",
    "hr",
}
_LINES = {
    "div",
    "tr",
    "li",
    "dt",
    "dd",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "center",
    "form",
    "fieldset",
    "figcaption",
    "caption",
    "tbody",
    "thead",
    "tfoot",
}
_SPACE = re.compile(r"[ \t\r\n\f\v]+")


class _TextWriter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._break = 0  # 1: a line break is due before the next text, 2: a blank line
        self._skip = 0
        self._pre = 0
        self._lists: list[list[int]] = []  # per open list: [next number, or 0 for bullets]
        self._prefix = ""
        self._links: list[tuple[str, int]] = []

    # Structure --------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":
            self._skip = 0  # a <head> left open (html.parser closes nothing implicitly)
        elif tag in _SKIPPED:
            self._skip += 1
        elif self._skip:
            return
        elif tag == "br":
            self._new_line()
        elif tag in ("ul", "ol"):
            self._block(2 if not self._lists else 1)
            self._lists.append([1 if tag == "ol" else 0])
        elif tag == "li":
            self._block(1)
            self._prefix = "  " * max(len(self._lists) - 1, 0) + self._bullet()
        elif tag in _PARAGRAPHS:
            self._block(2)
            if tag == "pre":
                self._pre += 1
            if tag == "hr":
                self._write("-" * 20)
                self._block(2)
        elif tag in _LINES:
            self._block(1)
        elif tag in ("td", "th"):
            self._write(" ")
        elif tag == "a":
            self._links.append((dict(attrs).get("href") or "", len(self.out)))
        elif tag == "img":
            self._write((dict(attrs).get("alt") or "").strip())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED:
            self._skip -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self._skip = max(self._skip - 1, 0)
        elif self._skip:
            return
        elif tag in ("ul", "ol"):
            if self._lists:
                self._lists.pop()
            self._block(2 if not self._lists else 1)
        elif tag in _PARAGRAPHS:
            if tag == "pre":
                self._pre = max(self._pre - 1, 0)
            self._block(2)
        elif tag in _LINES:
            self._block(1)
        elif tag == "a" and self._links:
            self._end_link(*self._links.pop())

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._pre:
            for index, line in enumerate(data.split("\n")):
                if index:
                    self._new_line()
                self._write(line, verbatim=True)
        else:
            self._write(_SPACE.sub(" ", data))

    # Output -----------------------------------------------------------------------------

    def _bullet(self) -> str:
        if not self._lists or not self._lists[-1][0]:
            return "- "
        number = self._lists[-1][0]
        self._lists[-1][0] += 1
        return f"{number}. "

    def _block(self, level: int) -> None:
        self._break = max(self._break, level)

    def _new_line(self) -> None:
        """A hard line break (<br>, a newline inside <pre>), even on an empty line."""
        self.out.append("\n" * max(self._break, 1))
        self._break = 0

    def _write(self, text: str, verbatim: bool = False) -> None:
        if not text or (not verbatim and text == " " and self._at_line_start()):
            return
        if self._break and self.out:
            self.out.append("\n" * self._break)
        self._break = 0
        if self._prefix:
            self.out.append(self._prefix)
            self._prefix = ""
        if not verbatim and self._at_line_start():
            text = text.lstrip(" ")
        elif not verbatim and text.startswith(" ") and self.out and self.out[-1].endswith(" "):
            text = text[1:]
        if text:
            self.out.append(text)

    def _at_line_start(self) -> bool:
        return not self.out or self.out[-1].endswith("\n") or self._break > 0

    def _end_link(self, href: str, start: int) -> None:
        target = href.strip()
        if target.lower().startswith("mailto:"):
            target = target[7:].split("?", 1)[0]
        elif not re.match(r"https?://", target, re.IGNORECASE):
            return  # anchors, javascript: and the like mean nothing in plain text
        shown = "".join(self.out[start:])
        if target and target not in shown:
            self._write(f" ({target})" if shown.strip() else target)


def html_to_text(html: str) -> str:
    """Readable plain text: blocks on their own lines, list items as "- ", links as
    "text (url)", images as their alt text; head, styles and scripts left out."""
    writer = _TextWriter()
    writer.feed(html)
    writer.close()
    lines = [line.rstrip() for line in "".join(writer.out).replace("\xa0", " ").split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


# Comparison ----------------------------------------------------------------------------

_WORD = re.compile(r"\w+")
_NUMBER = re.compile(r"\d[\d.,]*\d")  # two digits or more: list numbers are not content
_URL = re.compile(r"https?://[^\s)\"'<>]+", re.IGNORECASE)
MIN_COVERAGE = 0.6  # share of the HTML's words the text part must contain


def text_differs(html: str | None, text: str | None) -> str | None:
    """Why the text part does not match the HTML part, or None when it does (or has no HTML
    to match)."""
    if html is None:
        return None
    expected = html_to_text(html)
    if text is None or not text.strip():
        if expected.strip():
            return QT_TRANSLATE_NOOP(
                "core", "The text part is empty: mail apps that show plain text will show nothing."
            )
        return None
    words = {w.lower() for w in _WORD.findall(expected)}
    if words:
        coverage = len(words & {w.lower() for w in _WORD.findall(text)}) / len(words)
        if coverage < MIN_COVERAGE:
            return QT_TRANSLATE_NOOP(
                "core",
                "The text part has only {share} of the words of the HTML part: it looks "
                "like a different or outdated message.",
            ).format(share=f"{coverage:.0%}")
    missing = _missing(_URL.findall(expected), text) + _missing(_NUMBER.findall(expected), text)
    if missing:
        shown = ", ".join(missing[:3]) + (", …" if len(missing) > 3 else "")
        return QT_TRANSLATE_NOOP(
            "core", "The text part lacks what the HTML part shows: {shown}."
        ).format(shown=shown)
    return None


def _missing(tokens: list[str], text: str) -> list[str]:
    return list(
        dict.fromkeys(token.rstrip(".,") for token in tokens if token.rstrip(".,") not in text)
    )
