"""What a message's recipient reads: merge tags filled and MailUp's header and footer added.

One implementation for the sandbox (what it delivers) and the app's preview (what it shows),
so that both agree. MailUp's real header and footer are account settings the API cannot read;
these stand-ins mark where they go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from .dto import Message, MessagePart, TemplateMessage, XSmtpApi
from .htmlparts import html_document
from .mergetags import filler

HEADER_HTML = (
    '<div class="mailup-header" style="padding:8px;background:#eef2f5;color:#555;'
    'font:12px sans-serif;text-align:center">Having trouble reading this email? '
    "View it in your browser. (MailUp header)</div>"
)
HEADER_TEXT = "Having trouble reading this email? View it in your browser. (MailUp header)"
FOOTER_HTML = (
    '<div class="mailup-footer" style="padding:8px;background:#eef2f5;color:#555;'
    'font:12px sans-serif;text-align:center">You received this email because you are a '
    "customer. Unsubscribe · Privacy policy (MailUp footer)</div>"
)
FOOTER_TEXT = (
    "You received this email because you are a customer. "
    "Unsubscribe · Privacy policy (MailUp footer)"
)

_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(r"</body\s*>", re.IGNORECASE)


class TemplateContent(Protocol):
    """A stored template's content, wherever it comes from (read-only: frozen classes fit)."""

    @property
    def subject(self) -> str: ...
    @property
    def html(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def images(self) -> tuple[MessagePart, ...]: ...


@dataclass(frozen=True)
class RenderedContent:
    subject: str
    html: str | None
    text: str | None
    images: list[MessagePart]


def merge_values(options: XSmtpApi) -> dict[str, str]:
    """The DynamicFields MailUp fills in, none when SkipDynamicFields is set."""
    if options.skip_dynamic_fields:
        return {}
    return {field.name: field.value for field in options.dynamic_fields or []}


def render_content(
    request: Message | TemplateMessage,
    template: TemplateContent | None = None,
    document: str | None = None,
) -> RenderedContent:
    """Subject, HTML document, text and inline images as delivered. ``document``: a
    SendMessage's whole HTML document as written (a relayed MIME part), kept instead of the one
    HtmlDTO's parts make."""
    options = request.x_smtp_api or XSmtpApi()
    fill = filler(merge_values(options))
    if isinstance(request, Message):
        subject = request.subject or ""
        html = document
        if html is None and request.html is not None:
            html = html_document(request.html)
        text = request.text
        images = list(request.embedded_images)
    else:
        if template is None:
            raise ValueError("a SendTemplate is rendered with its template")
        subject = request.subject or template.subject  # the request's Subject overrides
        html = template.html
        text = template.text or None
        overridden = {part.content_id for part in request.embedded_images}
        images = [part for part in template.images if part.content_id not in overridden]
        images += request.embedded_images
    subject = fill(subject)
    html = add_blocks_html(fill(html), options) if html is not None else None
    text = add_blocks_text(fill(text), options) if text is not None else None
    return RenderedContent(subject, html, text, images)


def add_blocks_html(document: str, options: XSmtpApi) -> str:
    """MailUp's header right after <body ...>, its footer right before </body>."""
    if options.header:
        opening = _BODY_OPEN.search(document)
        at = opening.end() if opening else 0
        document = document[:at] + HEADER_HTML + document[at:]
    if options.footer:
        closings = list(_BODY_CLOSE.finditer(document))
        at = closings[-1].start() if closings else len(document)
        document = document[:at] + FOOTER_HTML + document[at:]
    return document


def add_blocks_text(text: str, options: XSmtpApi) -> str:
    parts = [HEADER_TEXT] if options.header else []
    parts.append(text)
    if options.footer:
        parts.append(FOOTER_TEXT)
    return "\n\n".join(parts)
