"""Colours for HTML typed in a plain-text editor: tags, attribute names and values, comments
(across lines too) and MailUp's [merge tags]. Regular expressions, not a parser: what is
coloured is what was typed, however broken."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from .colour import text_colour

_TAG = re.compile(r"<[^<>]*>?")
_TAG_NAME = re.compile(r"^</?[!?]?[A-Za-z][\w:.-]*|/?>$")
_ATTRIBUTE = re.compile(r"""([A-Za-z_:@][\w:.-]*)\s*=\s*("[^"]*"?|'[^']*'?|[^\s"'>]+)?""")
_MERGE_TAG = re.compile(r"\[[^\[\]\s]+\]")
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
_IN_COMMENT = 1  # a block's state: it ends inside a comment


def _format(kind: str, *, italic: bool = False) -> QTextCharFormat:
    text_format = QTextCharFormat()
    text_format.setForeground(QColor(text_colour(kind)))
    text_format.setFontItalic(italic)
    return text_format


class HtmlHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.refresh_colours()

    def refresh_colours(self) -> None:
        """The colours of the palette in use (light or dark), applied again."""
        self._tag = _format("html-tag")
        self._attribute = _format("html-attribute")
        self._value = _format("html-value")
        self._merge_tag = _format("html-merge-tag")
        self._comment = _format("muted", italic=True)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        comments = self._comments(text)
        for match in _TAG.finditer(text):
            if not _inside(match.start(), comments):
                self._colour_tag(match.start(), match.group())
        for match in _MERGE_TAG.finditer(text):
            if not _inside(match.start(), comments):
                self.setFormat(match.start(), len(match.group()), self._merge_tag)
        for start, end in comments:
            self.setFormat(start, end - start, self._comment)

    def _colour_tag(self, offset: int, tag: str) -> None:
        for match in _TAG_NAME.finditer(tag):
            self.setFormat(offset + match.start(), len(match.group()), self._tag)
        for match in _ATTRIBUTE.finditer(tag):
            self.setFormat(offset + match.start(1), len(match.group(1)), self._attribute)
            if match.group(2):
                self.setFormat(offset + match.start(2), len(match.group(2)), self._value)

    def _comments(self, text: str) -> list[tuple[int, int]]:
        """The comments' spans in this line; a comment left open carries to the next line."""
        spans = []
        continued = self.previousBlockState() == _IN_COMMENT
        start = 0 if continued else text.find(_COMMENT_OPEN)
        self.setCurrentBlockState(0)
        while start >= 0:
            opening = 0 if continued else len(_COMMENT_OPEN)
            continued = False
            close = text.find(_COMMENT_CLOSE, start + opening)
            if close < 0:
                spans.append((start, len(text)))
                self.setCurrentBlockState(_IN_COMMENT)
                break
            end = close + len(_COMMENT_CLOSE)
            spans.append((start, end))
            start = text.find(_COMMENT_OPEN, end)
        return spans


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)
