"""What the preview shows of a request: rendered exactly as the sandbox delivers it
(api.rendering), with the embedded images' bytes and the merge tags left without a value."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from pathlib import Path

from ..api.dto import Message, TemplateMessage
from ..api.mergetags import unfilled
from ..api.rendering import TemplateContent, merge_values, render_content
from .draft import FileRef


@dataclass(frozen=True)
class PreviewContent:
    subject: str = ""
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
    return PreviewContent(content.subject, content.html, content.text, images, missing)


def _mime_type(filename: str) -> str:
    return mimetypes.guess_type(filename)[0] or "application/octet-stream"
