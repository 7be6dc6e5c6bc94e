"""The message being composed, exactly as typed, and its conversion to and from MessageDTO
(SendMessage) or TemplateDTO (SendTemplate).

A draft keeps the user's text (recipient lists as pasted, an unparseable address, a half-typed
header) so that nothing is lost; turning it into a ``Message`` is where problems are found.
Files are kept by path and SHA-256, never as base64.
"""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

import msgspec

from ...api.dto import (
    EmailAddress,
    Html,
    Message,
    MessagePart,
    NameValue,
    TemplateMessage,
)
from ...api.problem import Problem
from ...api.validation import validate_request
from ...texts import QT_TRANSLATE_NOOP
from .addresses import format_addresses, parse_addresses, to_email_addresses
from .options import Options, draft_options, request_options

BASE64_GROWTH = 4 / 3
SIZE_WARNING_BYTES = 10 * 1024 * 1024  # MailUp's limit for attachments in all


class FileRef(msgspec.Struct, omit_defaults=True):
    """An attachment or embedded image: where the file is and what it was when attached."""

    path: str
    filename: str
    size: int
    sha256: str
    mime_type: str = "application/octet-stream"
    content_id: str | None = None

    @property
    def encoded_size(self) -> int:
        """Its size once base64-encoded in the JSON body."""
        return 4 * ((self.size + 2) // 3)


class Draft(msgspec.Struct, omit_defaults=True):
    from_name: str = ""
    from_email: str = ""
    to: str = ""
    cc: str = ""
    bcc: str = ""
    reply_to: str = ""
    subject: str = ""
    char_set: str = "utf-8"
    html_doc_type: str = ""
    html_head: str = ""
    html_body_tag: str = ""
    html_body: str = ""
    text: str = ""
    headers: list[tuple[str, str]] = msgspec.field(default_factory=list)
    attachments: list[FileRef] = msgspec.field(default_factory=list)
    embedded_images: list[FileRef] = msgspec.field(default_factory=list)
    options: Options = msgspec.field(default_factory=Options)
    template_id: int = 0  # SendTemplate only; 0: none entered

    def total_file_bytes(self) -> int:
        return sum(ref.size for ref in [*self.attachments, *self.embedded_images])


def typed_anything(draft: Draft, default: Draft) -> bool:
    """Whether ``draft`` holds something the user typed or attached: it differs from
    ``default`` (what a new message starts with) in more than the sender and campaign code a
    profile fills in."""
    if draft == default:
        return False
    options = msgspec.structs.replace(draft.options, campaign_code="")
    return msgspec.structs.replace(draft, from_name="", from_email="", options=options) != Draft()


def file_ref(path: Path, content_id: str | None = None) -> FileRef:
    """Describe a file the user picked, reading it once for its hash."""
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            size += len(block)
    mime_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileRef(str(path), path.name, size, digest.hexdigest(), mime_type, content_id)


def to_json(draft: Draft) -> bytes:
    return msgspec.json.encode(draft)


def from_json(data: bytes) -> Draft:
    return msgspec.json.decode(data, type=Draft)


class BuiltMessage(msgspec.Struct):
    message: Message | TemplateMessage
    problems: list[Problem]


def build_message(draft: Draft, *, read_files: bool = True) -> BuiltMessage:
    """The MessageDTO for this draft, and every problem with it (field paths in MailUp's terms).

    With ``read_files=False`` attachment bodies stay empty: enough for checks, previews of the
    JSON shape and counting, without reading megabytes.
    """
    problems: list[Problem] = []
    message = Message(
        **_envelope(draft, read_files, problems), html=draft_html(draft), text=draft.text or None
    )
    return _checked(message, problems)


def build_template(draft: Draft, *, read_files: bool = True) -> BuiltMessage:
    """The TemplateDTO for this draft: the same envelope, options and files as
    ``build_message``, the template's ID instead of HTML and text (the template has those)."""
    problems: list[Problem] = []
    envelope = _envelope(draft, read_files, problems)
    envelope["subject"] = draft.subject or None  # none sent: the template's own subject
    template = TemplateMessage(**envelope, template_id=draft.template_id)
    return _checked(template, problems)


def _envelope(draft: Draft, read_files: bool, problems: list[Problem]) -> dict:
    """The members MessageDTO and TemplateDTO share, as keyword arguments; problems found while
    parsing recipients and reading files are added to ``problems``."""
    recipients: dict[str, list[EmailAddress]] = {}
    for member, text in (("To", draft.to), ("Cc", draft.cc), ("Bcc", draft.bcc)):
        entries = parse_addresses(text)
        for index, entry in enumerate(entries):
            if entry.problem:
                problems.append(
                    Problem(
                        f"{member}[{index}].Email",
                        QT_TRANSLATE_NOOP(
                            "core", "“{text}”: {problem} Correct or remove it."
                        ).format(text=entry.text, problem=entry.problem),
                    )
                )
        recipients[member] = to_email_addresses(entries)
    return dict(
        subject=draft.subject,
        from_=EmailAddress(draft.from_email.strip(), draft.from_name.strip() or None)
        if draft.from_email.strip()
        else None,
        to=recipients["To"],
        cc=recipients["Cc"],
        bcc=recipients["Bcc"],
        reply_to=draft.reply_to.strip() or None,
        char_set=draft.char_set.strip() or None,
        extended_headers=[
            NameValue(name, value) for name, value in draft.headers if name.strip() or value.strip()
        ],
        attachments=_parts(draft.attachments, "Attachments", read_files, problems),
        embedded_images=_parts(draft.embedded_images, "EmbeddedImages", read_files, problems),
        x_smtp_api=request_options(draft.options),
    )


def _checked(request: Message | TemplateMessage, problems: list[Problem]) -> BuiltMessage:
    problems += [p for p in validate_request(request) if not _already_reported(p, problems)]
    return BuiltMessage(request, problems)


def draft_from_message(message: Message | TemplateMessage, files_dir: Path) -> Draft:
    """A draft from a saved request (.json, journal): files are written under ``files_dir``."""
    is_message = isinstance(message, Message)
    html = (message.html if is_message else None) or Html(body="")
    return Draft(
        from_name=(message.from_.name or "") if message.from_ else "",
        from_email=message.from_.email if message.from_ else "",
        to=format_addresses(message.to),
        cc=format_addresses(message.cc),
        bcc=format_addresses(message.bcc),
        reply_to=message.reply_to or "",
        subject=message.subject or "",
        char_set=message.char_set or "utf-8",
        html_doc_type=html.doc_type or "",
        html_head=html.head or "",
        html_body_tag=html.body_tag or "",
        html_body=html.body,
        text=(message.text if is_message else None) or "",
        template_id=0 if is_message else message.template_id,
        headers=[(h.name, h.value) for h in message.extended_headers],
        attachments=[_store_part(p, files_dir) for p in message.attachments],
        embedded_images=[_store_part(p, files_dir) for p in message.embedded_images],
        options=draft_options(message.x_smtp_api),
    )


def draft_html(draft: Draft) -> Html | None:
    """The draft's HTML parts as HtmlDTO; None when it has none."""
    if not any((draft.html_body, draft.html_head, draft.html_doc_type, draft.html_body_tag)):
        return None
    return Html(
        body=draft.html_body,
        doc_type=draft.html_doc_type or None,
        head=draft.html_head or None,
        body_tag=draft.html_body_tag or None,
    )


def _parts(
    refs: list[FileRef], member: str, read: bool, problems: list[Problem]
) -> list[MessagePart]:
    parts = []
    for index, ref in enumerate(refs):
        body = b""
        if read:
            try:
                body = Path(ref.path).read_bytes()
            except OSError as error:
                problems.append(
                    Problem(
                        f"{member}[{index}]",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "“{file}” cannot be read ({error}). Attach it again or remove it.",
                        ).format(file=ref.filename, error=error.strerror),
                    )
                )
                continue
            if hashlib.sha256(body).hexdigest() != ref.sha256:
                problems.append(
                    Problem(
                        f"{member}[{index}]",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "“{file}” changed on disk since it was attached. Attach it again to "
                            "send the new version.",
                        ).format(file=ref.filename),
                    )
                )
        parts.append(MessagePart(filename=ref.filename, body=body, content_id=ref.content_id))
    return parts


def _store_part(part: MessagePart, files_dir: Path) -> FileRef:
    digest = hashlib.sha256(part.body).hexdigest()
    folder = files_dir / digest[:16]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / Path(part.filename).name
    if not path.exists():
        path.write_bytes(part.body)
    mime_type = mimetypes.guess_type(part.filename)[0] or "application/octet-stream"
    return FileRef(str(path), part.filename, len(part.body), digest, mime_type, part.content_id)


def _already_reported(problem: Problem, known: list[Problem]) -> bool:
    return any(p.field == problem.field for p in known)
