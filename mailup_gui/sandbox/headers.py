"""Header fields written in time linear in their length: the sender, recipients, Subject and
extended headers of the .eml.

The ``email`` package folds a long header in time that grows with the square of its length
(a 1 MB display name: 52 s, 2.2 GB) and encodes non-ASCII words slowly (a 10,000-character
name: 1.7 s). Here a value is cut into pieces, each starting with the whitespace before it,
and the pieces are laid on lines of at most 78 characters, folding only before whitespace and
never right after the colon (RFC 5322). What cannot be written as it is (non-ASCII without
SMTPUTF8, a word too long for one line, text that reads as an encoded word) becomes RFC 2047
encoded words, UTF-8 in base64, never splitting a character. Unfolded and decoded, every
value reads back exactly as given.

Objects of these classes stand in for header values in an ``EmailMessage``: the package asks
them to ``fold`` themselves.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Callable, Iterator
from email.headerregistry import Address
from email.policy import EmailPolicy

from ..api.dto import EmailAddress

# A longer word is encoded: as it is, after a header name of up to 76 characters, it could
# overflow RFC 5322's 998-character line. Shorter ones (a long URL) stay as they are.
_LONGEST_WORD = 900
_WORDS = re.compile(r"([ \t]*)([^ \t]+)")
_SPACE = re.compile(r"[ \t]")
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
        def plain(word: str) -> bool:
            return _writable(word) and (policy.utf8 or word.isascii())

        return _lay_out(self.name, _text_pieces(" " + self.value, plain), policy)


class Mailboxes:
    """From, To or Cc: each address with its display name, comma-separated."""

    def __init__(self, name: str, addresses: list[EmailAddress]) -> None:
        self.name = name
        self.addresses = addresses

    def fold(self, *, policy: EmailPolicy) -> str:
        return _lay_out(self.name, self._pieces(policy.utf8), policy)

    def _pieces(self, utf8: bool) -> Iterator[str]:
        for index, address in enumerate(self.addresses):
            pieces = list(_mailbox_pieces(address, utf8))
            if index < len(self.addresses) - 1:
                pieces[-1] += ","
            yield from pieces


def _lay_out(name: str, pieces: Iterator[str], policy: EmailPolicy) -> str:
    """``name:`` and the pieces (each but a first starts with whitespace) on lines of at most
    ``policy.max_line_length`` where the pieces allow, folding before a piece's whitespace."""
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


def _text_pieces(value: str, plain: Callable[[str], bool]) -> Iterator[str]:
    """Words with the whitespace before them; a run of words that need encoding as encoded
    words (the whitespace between adjacent encoded words is not text: a run is encoded whole,
    its inner whitespace included). Whitespace at the end is left out, as readers drop it."""
    run: list[str] = []  # the run waiting to be encoded
    run_space = ""
    for match in _WORDS.finditer(value):
        space, word = match.groups()
        if plain(word):
            if run:
                yield from _encoded(run_space, "".join(run))
                run = []
            yield space + word
        elif run:
            run += [space, word]
        else:
            run_space, run = space, [word]
    if run:
        yield from _encoded(run_space, "".join(run))


def _writable(word: str) -> bool:
    """Not too long for a line, and not to be read as an encoded word."""
    return len(word) <= _LONGEST_WORD and "=?" not in word


def _encoded(space: str, text: str) -> Iterator[str]:
    """``text`` as RFC 2047 encoded words, the first after ``space``, the others after one
    space (which decoding drops). A character's bytes never straddle two words, and a word
    ends before a space of the text where it can: the email package's address parser keeps
    the space between encoded words (a CPython bug), and shows it there least wrongly."""
    data = text.encode("utf-8")
    start = 0
    while start < len(data):
        end = min(start + _ENCODED_BYTES, len(data))
        if end < len(data):
            before_space = data.rfind(b" ", start + 1, end + 1)
            if before_space > start:
                end = before_space
        while end < len(data) and data[end] & 0xC0 == 0x80:  # a continuation byte
            end -= 1
        chunk = base64.b64encode(data[start:end]).decode("ascii")
        yield f"{space}=?utf-8?b?{chunk}?="
        space = " "
        start = end


def _mailbox_pieces(address: EmailAddress, utf8: bool) -> Iterator[str]:
    spec = _addr_spec(address.email.strip())
    name = address.name or ""
    if not name:
        yield " " + spec
        return
    atoms = _ATOMS_UTF8 if utf8 else _ATOMS
    if (utf8 or name.isascii()) and all(map(_writable, _SPACE.split(name))):
        if atoms.fullmatch(name):
            yield from (" " + word for word in name.split(" "))
        else:  # a quoted string, which may fold at its spaces too
            quoted = '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'
            yield from (match.group(0) for match in _WORDS.finditer(" " + quoted))
    else:  # atoms as they are, other words encoded: any phrase can be written so
        yield from _text_pieces(" " + name, lambda word: bool(_ATOM.fullmatch(word)))
    yield f" <{spec}>"


def _addr_spec(email: str) -> str:
    """``local@domain``, the local part quoted when it is not a dot-atom."""
    local, _, domain = email.rpartition("@")
    if _DOT_ATOM.fullmatch(local):
        return email
    # Given as parts, not parsed: the parser refuses the UTF-8 local parts MailUp accepts.
    return Address(username=local, domain=domain).addr_spec
