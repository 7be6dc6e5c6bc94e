"""What the preview shows of a request: rendered exactly as the sandbox delivers it
(api.rendering), with the embedded images' bytes and the merge tags left without a value."""

from __future__ import annotations

import mimetypes
import re
from dataclasses import dataclass, field
from pathlib import Path

from ...api.dto import Message, TemplateMessage
from ...api.mergetags import TAG, unfilled
from ...api.rendering import TemplateContent, merge_values, render_content
from .draft import FileRef


@dataclass(frozen=True)
class PreviewContent:
    subject: str = ""  # merged, as delivered
    sender: str = ""  # "Name <address>", or the address alone
    html: str | None = None
    text: str | None = None
    images: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # ContentId → (bytes, MIME)
    unfilled: list[str] = field(default_factory=list)


def preview_content(
    request: Message | TemplateMessage,
    files: list[FileRef],
    template: TemplateContent | None = None,
) -> PreviewContent:
    """``request`` built without reading files; ``files`` are the draft's embedded images, read
    here (on a worker). A SendTemplate needs ``template``: its content."""
    content = render_content(request, template)
    images = {
        part.content_id: (part.body, _mime_type(part.filename))
        for part in content.images
        if part.content_id and part.body
    }
    for ref in files:
        if ref.content_id:
            try:
                images[ref.content_id] = (Path(ref.path).read_bytes(), ref.mime_type)
            except OSError:
                continue  # a missing file is reported by the checks; the image just stays blank
    options = request.x_smtp_api
    values = {} if options is None else merge_values(options)
    skipped = bool(options and options.skip_dynamic_fields)
    missing = [] if skipped else unfilled([content.subject, content.html, content.text], values)
    sender = request.from_
    shown_sender = ""
    if sender is not None:
        shown_sender = f"{sender.name} <{sender.email}>" if sender.name else sender.email
    return PreviewContent(
        content.subject, shown_sender, content.html, content.text, images, missing
    )


_SKIPPED = re.compile(
    r"(<(?:style|script|head|title)\b.*?</(?:style|script|head|title)\s*>|<[^>]*>)",
    re.IGNORECASE | re.DOTALL,
)


def mark_unfilled(html: str, tags: list[str], marker: str) -> str:
    """``html`` with each of ``tags`` ([merge tags] left without a value) wrapped as
    ``marker`` (a format string with ``{tag}``, e.g. a styled ``<mark>``) where the recipient
    would read it: in text, never inside a tag, an attribute, a style sheet or the head."""
    wanted = {tag.lower() for tag in tags}
    if not wanted:
        return html

    def in_text(segment: str) -> str:
        return TAG.sub(
            lambda m: marker.format(tag=m.group(0)) if m.group(1).lower() in wanted else m.group(0),
            segment,
        )

    pieces = _SKIPPED.split(html)
    return "".join(piece if index % 2 else in_text(piece) for index, piece in enumerate(pieces))


def _mime_type(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"
