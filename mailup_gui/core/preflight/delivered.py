"""A message as MailUp will deliver it, from each place one can come from, with a map from the
delivered HTML's lines back to the part and line where the user wrote them.

MailUp assembles the HTML document from DocType, Head, BodyTag and Body and fills the merge
tags from DynamicFields; the checker reads that document, and reports places in the parts as
given (the Compose editor's fields, the lines of an .html file). MailUp's own header and
footer (XSmtpAPI Header/Footer) are account settings the app cannot know and are not checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import msgspec

from ...api.dto import Html, Message, TemplateMessage, XSmtpApi
from ...api.mergetags import fill, unfilled
from ...api.rendering import TemplateContent, merge_values, render_content
from ..message.draft import Draft, build_message
from ..outbox.stored_message import ParsedMessage

HTML_PART = "html"  # a whole document as given: an .html file, an .eml's HTML part, a template
_HTML_PARTS = ("DocType", "Head", "BodyTag", "Body")  # HtmlDTO's members, in document order


@dataclass(frozen=True)
class DeliveredFile:
    name: str
    size: int  # bytes, before any transfer encoding
    embedded: bool = False


@dataclass(frozen=True)
class Delivered:
    """What the recipient's client receives, and where each HTML line came from."""

    html: str | None = None  # the HTML part, merge tags filled
    text: str | None = None
    subject: str = ""
    files: tuple[DeliveredFile, ...] = ()
    unfilled: tuple[str, ...] = ()  # merge tags that will reach the recipient as written
    # For each line of ``html`` (index 0 is line 1): the part and its line as given.
    origins: tuple[tuple[str, int], ...] = ()
    sources: dict[str, str] = field(default_factory=dict)  # part name → its text as given

    def origin(self, line: int) -> tuple[str, int]:
        """Where delivered line ``line`` (from 1) was written: (part, line in the part)."""
        if 1 <= line <= len(self.origins):
            return self.origins[line - 1]
        return (HTML_PART, 0)

    def excerpt(self, part: str, line: int, width: int = 80) -> str:
        """A short piece of ``line`` of ``part`` as given, whitespace collapsed."""
        lines = self._source_lines.get(part, [])
        if not 1 <= line <= len(lines):
            return ""
        text = " ".join(lines[line - 1].split())
        return text if len(text) <= width else text[: width - 1] + "…"

    @cached_property
    def _source_lines(self) -> dict[str, list[str]]:
        """Each part's lines, split once for all the excerpts (a finding each)."""
        return {part: text.splitlines() for part, text in self.sources.items()}


def from_html(html: str, text: str | None = None) -> Delivered:
    """An HTML document (or fragment) as the recipient gets it: nothing left to fill."""
    return _delivered([(HTML_PART, html)], html, text, "", (), unfilled_tags([html, text], {}))


def from_request(
    request: Message | TemplateMessage,
    template: TemplateContent | None = None,
    file_sizes: dict[str, int] | None = None,
) -> Delivered:
    """A SendMessage request (a SendTemplate with its ``template``'s content) as MailUp
    delivers it. ``file_sizes`` (file name → bytes) stands in for bodies left empty, as in a
    request built without reading its files."""
    options = request.x_smtp_api or XSmtpApi()
    without_blocks = msgspec.structs.replace(options, header=None, footer=None)
    content = render_content(msgspec.structs.replace(request, x_smtp_api=without_blocks), template)
    if isinstance(request, Message):
        parts = _html_parts(request.html) if request.html is not None else []
        given = [request.subject, request.text]
    else:
        assert template is not None  # render_content refused a SendTemplate without it
        parts = [(HTML_PART, template.html)] if template.html else []
        given = [request.subject or template.subject, template.text]
    values = merge_values(options)
    sizes = file_sizes or {}
    files = tuple(
        DeliveredFile(part.filename, len(part.body) or sizes.get(part.filename, 0), embedded)
        for embedded, group in ((False, request.attachments), (True, content.images))
        for part in group
    )
    missing = (
        ()
        if options.skip_dynamic_fields
        else unfilled_tags([*given, *(source for _, source in parts)], values)
    )
    return _delivered(parts, content.html, content.text, content.subject, files, missing, values)


def from_draft(draft: Draft) -> Delivered:
    """A Compose draft as MailUp would deliver it, without reading its files (their sizes are
    known from when they were attached)."""
    request = build_message(draft, read_files=False).message
    assert isinstance(request, Message)  # build_message builds a SendMessage
    sizes = {ref.filename: ref.size for ref in [*draft.attachments, *draft.embedded_images]}
    return from_request(request, file_sizes=sizes)


def from_parsed(message: ParsedMessage) -> Delivered:
    """A message as received (an Outbox .eml): what is in it is what was delivered."""
    files = tuple(DeliveredFile(item.filename, item.size, item.inline) for item in message.files)
    html = message.html
    return _delivered(
        [(HTML_PART, html)] if html is not None else [],
        html,
        message.text,
        message.subject,
        files,
        unfilled_tags([message.subject, html, message.text], {}),
    )


def unfilled_tags(texts: list[str | None], values: dict[str, str]) -> tuple[str, ...]:
    """Merge tags without a value, as the send checks find them (api.mergetags.unfilled)."""
    return tuple(unfilled(texts, values))


def _html_parts(html: Html) -> list[tuple[str, str]]:
    # An empty BodyTag is MailUp's <body>: findings on the body tag still point at BodyTag.
    given = (html.doc_type, html.head, html.body_tag or "<body>", html.body)
    return [(name, text) for name, text in zip(_HTML_PARTS, given, strict=True) if text]


def _delivered(
    parts: list[tuple[str, str]],
    html: str | None,
    text: str | None,
    subject: str,
    files: tuple[DeliveredFile, ...],
    missing: tuple[str, ...],
    values: dict[str, str] | None = None,
) -> Delivered:
    return Delivered(
        html=html,
        text=text,
        subject=subject,
        files=files,
        unfilled=missing,
        origins=_origins(html, parts, values or {}) if html is not None else (),
        sources=dict(parts),
    )


def _origins(
    document: str, parts: list[tuple[str, str]], values: dict[str, str]
) -> tuple[tuple[str, int], ...]:
    """Each document line's (part, line in the part as given). Each filled part stands
    verbatim in the document, in order (html_document lays them out so); a value with line
    breaks makes several lines of one. A line no part wrote (``<html>``) has line 0."""
    origins: list[tuple[str, int]] = [(HTML_PART, 0)] * (document.count("\n") + 1)
    cursor = 0
    for name, source in parts:
        filled_lines = [fill(line, values) for line in source.split("\n")]
        at = document.find("\n".join(filled_lines), cursor)
        if at < 0:
            continue
        line = document.count("\n", 0, at)
        for number, filled in enumerate(filled_lines, start=1):
            for _ in range(filled.count("\n") + 1):
                origins[line] = (name, number)
                line += 1
        cursor = at
    return tuple(origins)
