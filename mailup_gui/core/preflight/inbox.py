"""The inbox line: From name, Subject and preheader as a mailbox list shows them, before the
message is opened.

Mail apps take the preheader from the body's first text, whatever its styles: a hidden
preheader element (``display:none``) is read like any other, and the invisible padding people
put after it (``&zwnj;&nbsp;`` …) keeps the body's own text out of the line. Each app cuts
where its column ends; the widths here are the usual ones, in characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from justhtml.dom import Node

_NOT_READ = {"head", "style", "script", "title", "template", "noscript"}
# Characters that show as nothing: kept, one character each (they fill the line as padding).
_BLANK = " \u034f\u200b\u200c\u200d\u2060\ufeff\u00ad"
_SPACES = re.compile(r"[ \t\n\r\f\u00a0]+")
_READ_CHARACTERS = 400  # more than any list shows


@dataclass(frozen=True)
class Cuts:
    """Where a list cuts each piece, in characters (0: not shown on its own line)."""

    sender: int
    subject: int
    preheader: int
    one_line: int = 0  # subject and preheader share one line this long (desktop lists)


PHONE = Cuts(sender=30, subject=35, preheader=90)  # iOS Mail, Gmail app: three lines
DESKTOP = Cuts(sender=25, subject=0, preheader=0, one_line=130)  # Gmail web, Outlook.com: one


@dataclass(frozen=True)
class InboxLine:
    sender: str
    subject: str
    preheader: str  # empty when the subject fills the line


def preheader(body: Node | None) -> str:
    """The first text a mail app reads in ``body`` (justhtml's <body>), whitespace collapsed
    and invisible padding kept."""
    if body is None:
        return ""
    pieces: list[str] = []
    length = 0
    stack = list(reversed(body.children or []))
    while stack and length < _READ_CHARACTERS:
        node = stack.pop()
        if node.name == "#text":
            piece = node.data or ""
            pieces.append(piece)
            length += len(piece)
        elif node.name not in _NOT_READ and node.name not in ("#comment", "!doctype"):
            stack.extend(reversed(node.children or []))
            pieces.append(" ")  # elements part words, as a list shows them
    return _SPACES.sub(" ", "".join(pieces)).strip(_BLANK)[:_READ_CHARACTERS]


def cut(text: str, limit: int) -> str:
    """``text`` as a column of ``limit`` characters shows it: whole, or cut with an ellipsis."""
    text = text.strip(_BLANK)
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip(_BLANK) + "…"


def inbox_line(sender: str, subject: str, first_text: str, cuts: Cuts) -> InboxLine:
    """What a list with ``cuts`` shows of a message."""
    shown_sender = cut(sender, cuts.sender)
    if cuts.one_line:
        shown_subject = cut(subject, cuts.one_line)
        room = cuts.one_line - len(shown_subject) - 3  # " – " between them
        shown_preheader = cut(first_text, room) if room > 1 else ""
        return InboxLine(shown_sender, shown_subject, shown_preheader)
    return InboxLine(shown_sender, cut(subject, cuts.subject), cut(first_text, cuts.preheader))
