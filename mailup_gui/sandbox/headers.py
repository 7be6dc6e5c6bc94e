"""Header fields written in time linear in their length: the sender, recipients, Subject and
extended headers of the .eml.

The ``email`` package folds a long header in time that grows with the square of its length (a 1
MB display name: 52 s, 2.2 GB) and encodes non-ASCII words slowly (1,000 recipients with
390-character non-ASCII names: 88 s). Here a value is cut into pieces, each starting with the
whitespace before it, and the pieces are laid on lines of at most 78 characters, folding only
before whitespace and never right after the colon (RFC 5322). What cannot be written as it is
(non-ASCII without SMTPUTF8, a word too long for one line, text that reads as an encoded word)
becomes RFC 2047 encoded words, UTF-8 in base64, never splitting a character. Unfolded and
decoded, every value reads back as given, but for whitespace at its ends (which readers drop
anyway).

Objects of these classes stand in for header values in an ``EmailMessage``: the package asks
them to ``fold`` themselves.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterable, Iterator
from email.headerregistry import Address
from email.policy import EmailPolicy

from ..api.dto import EmailAddress

# A longer word is encoded: as it is, after a header name of up to 76 characters, it could
# overflow RFC 5322's 998-character line. Shorter ones (a long URL) stay as they are.
_LONGEST_WORD = 900
# Up to this long, a value's plain words stay readable beside encoded ones; a longer one that
# needs encoding is encoded whole (word by word it would cost a step per word).
_MIXED_CHARS = 200
_ONE_PIECE = 70  # a name and address shorter than that together are never folded inside
_PIECES = re.compile(r"[ \t]*[^ \t]+")  # a word with the whitespace before it
_WORDS = re.compile(r"([ \t]*)([^ \t]+)")
_LONG_WORD = re.compile(rf"[^ \t]{{{_LONGEST_WORD + 1}}}")
_ENCODED_BYTES = 36  # 48 in base64: "=?utf-8?b?…?=" is 60, so "List-Unsubscribe: " and one fit 78
_ATEXT = r"-A-Za-z0-9!#$%&'*+/=?^_`{|}~"  # "-" first: a range may follow
_NON_ASCII = r"\x80-\U0010ffff"  # RFC 6532: in UTF-8 headers, any other character too
_ATOMS = re.compile(rf"[{_ATEXT}]+(?: [{_ATEXT}]+)*")
_ATOMS_UTF8 = re.compile(rf"[{_ATEXT}{_NON_ASCII}]+(?: [{_ATEXT}{_NON_ASCII}]+)*")
_ATOM = re.compile(rf"(?!.*=\?)[{_ATEXT}]{{1,{_LONGEST_WORD}}}")  # never read as encoded
_DOT_ATOM = re.compile(rf"[{_ATEXT}{_NON_ASCII}]+(?:\.[{_ATEXT}{_NON_ASCII}]+)*")


class Unstructured:
    """Subject or an extended header (``X-…``, ``List-Unsubscribe``): text as given."""

    def __init__(self, name: str, value: str) -> None:
        self.name = name
        self.value = value

    def fold(self, *, policy: EmailPolicy) -> str:
        return _lay_out(self.name, _text_pieces(self.value, policy.utf8), policy)


class Mailboxes:
    """From, To or Cc: each address with its display name, comma-separated."""

    def __init__(self, name: str, addresses: list[EmailAddress]) -> None:
        self.name = name
        self.addresses = addresses

    def fold(self, *, policy: EmailPolicy) -> str:
        return _lay_out(self.name, self._pieces(policy.utf8), policy)

    def _pieces(self, utf8: bool) -> Iterator[str]:
        for index, address in enumerate(self.addresses):
            pieces = _mailbox_pieces(address, utf8)
            if index < len(self.addresses) - 1:
                pieces[-1] += ","
            yield from pieces


def _lay_out(name: str, pieces: Iterable[str], policy: EmailPolicy) -> str:
    """``name:`` and the pieces (each starts with whitespace) on lines of at most
    ``policy.max_line_length`` where the pieces allow, folding before a piece's whitespace
    but never right after the colon."""
    width = policy.max_line_length or 78
    start = len(name) + 1
    out = [name, ":"]
    length = start
    for piece in pieces:
        if length + len(piece) > width and length > start:
            out.append(policy.linesep)
            length = 0
        out.append(piece)
        length += len(piece)
    if length == start:
        out.append(" ")
    out.append(policy.linesep)
    return "".join(out)


def _text_pieces(value: str, utf8: bool) -> list[str]:
    """An unstructured value's pieces. Whitespace around it is left out, as readers drop it."""
    value = value.strip(" \t")
    if _writable(value, utf8):
        return _PIECES.findall(" " + value)
    if len(value) > _MIXED_CHARS:
        return _encoded(" ", value)
    return _mixed(" " + value, lambda word: _writable(word, utf8))


def _writable(text: str, utf8: bool) -> bool:
    """Every word of ``text`` can be written as it is: not too long for a line, not to be read
    as an encoded word, ASCII unless the message is SMTPUTF8. Checks, no loop over words."""
    return "=?" not in text and (utf8 or text.isascii()) and not _LONG_WORD.search(text)


def _mixed(text: str, plain: Callable[[str], bool]) -> list[str]:
    """Plain words as they are, each run of other words as encoded words: the whitespace
    between adjacent encoded words is not text, so a run is encoded whole, its inner
    whitespace included."""
    pieces: list[str] = []
    run: list[str] = []  # the run waiting to be encoded
    run_space = ""
    for space, word in _WORDS.findall(text):
        if plain(word):
            if run:
                pieces += _encoded(run_space, "".join(run))
                run = []
            pieces.append(space + word)
        elif run:
            run += [space, word]
        else:
            run_space, run = space, [word]
    if run:
        pieces += _encoded(run_space, "".join(run))
    return pieces


def _encoded(space: str, text: str) -> list[str]:
    """``text`` as RFC 2047 encoded words, the first after ``space``, the others after one
    space (which decoding drops). A character's bytes never straddle two words, and a word
    ends before a space of the text where it can: the email package's address parser keeps
    the space between encoded words (a CPython bug), and shows it there least wrongly."""
    data = text.encode("utf-8")
    words = []
    start = 0
    while start < len(data):
        end = min(start + _ENCODED_BYTES, len(data))
        if end < len(data):
            before_space = data.rfind(b" ", start + 1, end + 1)
            if before_space > start:
                end = before_space
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte
            end -= 1
        words.append(f"{space}=?utf-8?b?{base64.b64encode(data[start:end]).decode('ascii')}?=")
        space = " "
        start = end
    return words


def _mailbox_pieces(address: EmailAddress, utf8: bool) -> list[str]:
    spec = _addr_spec(address.email.strip())
    name = address.name or ""
    if not name:
        return [" " + spec]
    if _writable(name, utf8):
        atoms = _ATOMS_UTF8 if utf8 else _ATOMS
        if not atoms.fullmatch(name):  # a quoted string, which may fold at its spaces too
            name = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
        if len(name) + len(spec) < _ONE_PIECE:  # the usual mailbox: folded around, not inside
            return [f" {name} <{spec}>"]
        pieces = _PIECES.findall(" " + name)
    elif len(name) > _MIXED_CHARS:
        pieces = _encoded(" ", name)
    else:  # atoms as they are, other words encoded: any phrase can be written so
        pieces = _mixed(" " + name, lambda word: bool(_ATOM.fullmatch(word)))
    pieces.append(f" <{spec}>")
    return pieces


def _addr_spec(email: str) -> str:
    """``local@domain``, the local part quoted when it is not a dot-atom."""
    local, _, domain = email.rpartition("@")
    if _DOT_ATOM.fullmatch(local):
        return email
    # Given as parts, not parsed: the parser refuses the UTF-8 local parts MailUp accepts.
    return Address(username=local, domain=domain).addr_spec
