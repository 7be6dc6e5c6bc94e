"""What a message needs to be sendable, as the sandbox judges it (never the client's checks).

Strict where a well-formed email needs it: every value that ends up in a header line (Subject,
display names, extended headers, file names, ContentIds, and merge values the Subject uses) is
free of control characters other than TAB and of the Unicode line separators U+0085, U+2028
and U+2029; a header name is printable ASCII without spaces or colons. Problems come in form
order, each naming its member path; ``code`` is the MailUp code it earns.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

from ..api.dto import EmailAddress, Message, MessagePart, NameValue, TemplateMessage, XSmtpApi
from ..api.mergetags import TAG
from .limits import (
    CONTENT_ID_CHARS,
    DISPLAY_NAME_CHARS,
    FILENAME_CHARS,
    HEADER_NAME_CHARS,
    HEADER_VALUE_CHARS,
    SUBJECT_CHARS,
    too_long,
)

NO_RECIPIENT = "109"
NO_SENDER = "110"
MALFORMED = "1"

_INT32_MAX = 2**31 - 1  # MailUp's TemplateId is a .NET int
MAX_FILES_BYTES = 10 * 1024 * 1024  # MailUp's limit for attachments (and embedded images)

_BREAKS_A_HEADER = frozenset(
    [chr(code) for code in range(0x20) if code != 0x09] + ["\x7f", "\x85", "\u2028", "\u2029"]
)
# The everyday address (ASCII dot-atom @ LDH labels, alphabetic TLD) needs no full syntax check:
# 50 µs each adds up to seconds for 50,000 recipients. Anything else goes to email_validator.
_PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64})*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63})"
)
_HEADER_NAME = frozenset(chr(code) for code in range(0x21, 0x7F)) - {":"}


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str
    code: str = MALFORMED


def breaks_a_header(text: str) -> bool:
    """True when ``text`` holds a character that would end or corrupt a header line."""
    return not _BREAKS_A_HEADER.isdisjoint(text)


def problems(request: Message | TemplateMessage) -> list[Problem]:
    """Every problem of a send, in form order."""
    recipients = len(request.to) + len(request.cc) + len(request.bcc)
    judge = _remembered_problem if recipients <= _REMEMBERED else address_problem
    return [
        *_sender(request.from_, judge),
        *_recipients(request, judge),
        *_reply_to(request.reply_to),
        *_one_line("Subject", request.subject, SUBJECT_CHARS),
        *_headers(request.extended_headers),
        *_files(request.attachments, request.embedded_images),
        *_options(request.x_smtp_api),
        *subject_merge_problems(request.x_smtp_api, request.subject or ""),
        *_template_id(request),
    ]


def _plain(address: str) -> bool:
    match = _PLAIN_ADDRESS.fullmatch(address)
    return (
        match is not None
        and len(address) <= 254
        and address.index("@") <= 64
        and "--" not in address.partition("@")[2]
        and match.group(1).lower() not in SPECIAL_USE_DOMAIN_NAMES
    )


def address_problem(address: str) -> str | None:
    if _plain(address):
        return None
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as error:
        return str(error)
    return None


# A small send's sender and recipients come back send after send: their verdicts are kept.
# A large send's addresses are judged afresh: remembering 50,000 would only churn the cache.
_REMEMBERED = 256
_remembered_problem = functools.lru_cache(maxsize=_REMEMBERED)(address_problem)


def _address(
    path: str, address: EmailAddress, judge: Callable[[str], str | None]
) -> Iterator[Problem]:
    problem = judge(address.email)
    if problem:
        yield Problem(f"{path}.Email", problem)
    yield from _one_line(f"{path}.Name", address.name, DISPLAY_NAME_CHARS)


def _one_line(path: str, text: str | None, limit: int | None = None) -> Iterator[Problem]:
    """A header's part: no line break, and at most ``limit`` characters (``limits.py``)."""
    if not text:
        return
    if breaks_a_header(text):
        yield Problem(path, "a line break or control character cannot go into a header.")
    elif limit is not None and len(text) > limit:
        yield Problem(path, too_long(len(text), limit))


def _sender(sender: EmailAddress | None, judge: Callable[[str], str | None]) -> Iterator[Problem]:
    if sender is None or not sender.email.strip():
        yield Problem("From", "The sender is required.", NO_SENDER)
    else:
        yield from _address("From", sender, judge)


def _recipients(
    request: Message | TemplateMessage, judge: Callable[[str], str | None]
) -> Iterator[Problem]:
    lists = (("To", request.to), ("Cc", request.cc), ("Bcc", request.bcc))
    for member, addresses in lists:
        for index, address in enumerate(addresses):
            yield from _address(f"{member}[{index}]", address, judge)
    if not any(addresses for _, addresses in lists):
        yield Problem("To", "At least one recipient is required.", NO_RECIPIENT)


def _reply_to(reply_to: str | None) -> Iterator[Problem]:
    if reply_to:
        problem = address_problem(reply_to)
        if problem:
            yield Problem("ReplyTo", f"{problem} (one plain address)")


def _headers(headers: list[NameValue]) -> Iterator[Problem]:
    for index, header in enumerate(headers):
        name = header.name.strip(" ")
        if not name or not _HEADER_NAME.issuperset(name):
            yield Problem(
                f"ExtendedHeaders[{index}].N",
                "a header name is printable ASCII without spaces or colons.",
            )
        elif len(name) > HEADER_NAME_CHARS:
            yield Problem(f"ExtendedHeaders[{index}].N", too_long(len(name), HEADER_NAME_CHARS))
        yield from _one_line(f"ExtendedHeaders[{index}].V", header.value, HEADER_VALUE_CHARS)


def _files(attachments: list[MessagePart], images: list[MessagePart]) -> Iterator[Problem]:
    if not attachments and not images:  # most sends: nothing more to look at
        return
    seen: set[str] = set()
    for member, parts in (("Attachments", attachments), ("EmbeddedImages", images)):
        for index, part in enumerate(parts):
            path = f"{member}[{index}]"
            if not part.filename.strip():
                yield Problem(f"{path}.Filename", "every file needs a name.")
            yield from _one_line(f"{path}.Filename", part.filename, FILENAME_CHARS)
            yield from _one_line(f"{path}.ContentId", part.content_id, CONTENT_ID_CHARS)
            content_id = (part.content_id or "").strip()
            if not content_id:
                if member == "EmbeddedImages":
                    yield Problem(f"{path}.ContentId", "an embedded image needs a ContentId.")
                continue
            if content_id.lower() in seen:
                yield Problem(f"{path}.ContentId", "this ContentId is used twice.")
            seen.add(content_id.lower())
    total = sum(len(part.body) for part in (*attachments, *images))
    if total > MAX_FILES_BYTES:
        yield Problem(
            "Attachments",
            f"attachments and embedded images take {total:,} bytes; "
            f"MailUp's limit is {MAX_FILES_BYTES:,} bytes (10 MB) in total.",
        )


def _options(options: XSmtpApi | None) -> Iterator[Problem]:
    if options is None:
        return
    if options.priority is not None and not 1 <= options.priority <= 5:
        yield Problem("XSmtpAPI.Priority", "Priority goes from 1 to 5.")
    for index, field in enumerate(options.dynamic_fields or []):
        if not field.name.strip():
            yield Problem(f"XSmtpAPI.DynamicFields[{index}].N", "a merge tag needs a name.")


def subject_merge_problems(options: XSmtpApi | None, subject: str) -> list[Problem]:
    """Merge values that the Subject's tags would put into the Subject header.

    A SendTemplate without a Subject is checked again once its template's subject is known."""
    if options is None or options.skip_dynamic_fields:
        return []
    # The values that could break a header first: usually none, and the Subject needs no look
    breaking = [
        (index, field)
        for index, field in enumerate(options.dynamic_fields or [])
        if breaks_a_header(field.value)
    ]
    if not breaking:
        return []
    in_subject = {match.group(1).lower() for match in TAG.finditer(subject)}
    return [
        problem
        for index, field in breaking
        if field.name.lower() in in_subject
        for problem in _one_line(f"XSmtpAPI.DynamicFields[{index}].V", field.value)
    ]


def _template_id(request: Message | TemplateMessage) -> Iterator[Problem]:
    if isinstance(request, TemplateMessage) and not 0 < request.template_id <= _INT32_MAX:
        yield Problem("TemplateId", f"a template's ID is a whole number from 1 to {_INT32_MAX:,}.")
