"""Rules on the message as a whole: sizes, merge tags left without a value, the text part."""

from __future__ import annotations

from collections.abc import Iterator

from ...texts import QT_TRANSLATE_NOOP
from ..message.draft import SIZE_WARNING_BYTES
from .delivered import Delivered
from .findings import Hit, Severity

GMAIL_CLIP_BYTES = 102 * 1024  # Gmail shows "[Message clipped]" past this much HTML


def check(message: Delivered) -> Iterator[Hit]:
    yield from _gmail_clip(message)
    yield from _attachments(message)
    yield from _unfilled(message)
    yield from _text_missing(message)


def _gmail_clip(message: Delivered) -> Iterator[Hit]:
    size = len(message.html.encode("utf-8")) if message.html else 0
    if size > GMAIL_CLIP_BYTES:
        yield Hit(
            "size/gmail-clip",
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "core",
                "The HTML part is {size} KB once sent; Gmail clips a message over 102 KB and "
                "hides the rest (your footer, the unsubscribe link) behind “View entire "
                "message”. Remove unused styles, comments and markup.",
            ).format(size=round(size / 1024)),
            part="html",
        )


def _attachments(message: Delivered) -> Iterator[Hit]:
    total = sum(item.size for item in message.files)
    if total > SIZE_WARNING_BYTES:
        yield Hit(
            "size/attachments",
            Severity.ERROR,
            QT_TRANSLATE_NOOP(
                "core",
                "Attachments and embedded images total {size} MB, over MailUp's 10 MB: the "
                "message will be refused. Link to large files instead of attaching them.",
            ).format(size=f"{total / (1024 * 1024):.1f}"),
            part="attachments",
        )


def _unfilled(message: Delivered) -> Iterator[Hit]:
    for tag in message.unfilled:
        yield Hit(
            "mergetag/unfilled",
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "core",
                "The merge tag [{tag}] has no value: recipients will read “[{tag}]”. Give it "
                "a value in DynamicFields or remove it.",
            ).format(tag=tag),
            line=_first_line(message.html, f"[{tag}]"),
            part="subject" if f"[{tag}]".lower() in message.subject.lower() else "text",
        )


def _text_missing(message: Delivered) -> Iterator[Hit]:
    if message.html and not (message.text or "").strip():
        yield Hit(
            "text/missing",
            Severity.INFO,
            QT_TRANSLATE_NOOP(
                "core",
                "The message has no text part: readers whose client shows plain text, and some "
                "spam filters, see less. Add a text version.",
            ),
            part="text",
        )


def _first_line(html: str | None, needle: str) -> int:
    """The delivered line where ``needle`` first stands (case aside), 0 if nowhere."""
    at = (html or "").lower().find(needle.lower())
    return 0 if at < 0 else (html or "").count("\n", 0, at) + 1
