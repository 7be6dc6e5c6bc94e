"""Which notices an edit makes stale: the draft before and after it, compared member by member,
give the fields edited (by MailUp's name, as the problems name them) and, when a member that
says which message this is changed (the TemplateId), another message altogether."""

from __future__ import annotations

from collections.abc import Collection

from ...core.message.draft import Draft
from ..widgets.notice_board import Cause, field_edited

# Draft member → the MailUp member its problems name (their path's head, as ``field_head``)
_HEADS = {
    "from_name": "From.Name",
    "from_email": "From",
    "to": "To",
    "cc": "Cc",
    "bcc": "Bcc",
    "reply_to": "ReplyTo",
    "subject": "Subject",
    "char_set": "CharSet",
    "html_doc_type": "Html",
    "html_head": "Html",
    "html_body_tag": "Html",
    "html_body": "Html",
    "text": "Text",
    "headers": "ExtendedHeaders",
    "attachments": "Attachments",
    "embedded_images": "EmbeddedImages",
    "options": "XSmtpAPI",
    "template_id": "TemplateId",
}


def field_head(path: str) -> str:
    """The MailUp member a problem's path is about: ``Cc[0].Email`` → ``Cc``, ``From.Name``
    stays itself (its own field)."""
    head = path.split("[")[0].split(".")[0]
    if head == "From":
        return "From.Name" if path.endswith(".Name") else "From"
    return head


def edit_causes(before: Draft, after: Draft, identity: Collection[str]) -> list[str]:
    """The causes an edit from ``before`` to ``after`` raises; ``identity``: the members
    that, changed, make it another message."""
    edited = [name for name in _HEADS if getattr(before, name) != getattr(after, name)]
    causes = [field_edited(_HEADS[name]) for name in edited]
    if any(name in identity for name in edited):
        causes.append(Cause.MESSAGE)
    return causes
