"""Where the Templates pane finds a template's content, to preview it.

MailUp's transactional API cannot read a stored template, so on production the user pastes
or opens the template's HTML. A sandbox can: its ``/sandbox/templates/{id}`` answers the
subject, HTML, text and images it will send, which the preview renders exactly as it will.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...api.dto import MessagePart
from ...api.htmlparts import html_document
from ..account.profiles import Endpoint, Profile
from .draft import Draft, draft_html


@dataclass(frozen=True)
class TemplateContent:
    """A template's content (api.rendering.TemplateContent), and what the sandbox says of it."""

    subject: str
    html: str
    text: str
    images: tuple[MessagePart, ...] = ()
    name: str = ""
    list_id: int | None = None  # the MailUp List it belongs to, when known


def sandbox_root(profile: Profile, embedded_root: str | None) -> str | None:
    """The sandbox server root for a profile, or None when its endpoint is MailUp's own."""
    if profile.endpoint is Endpoint.SANDBOX:
        return embedded_root
    if profile.endpoint is Endpoint.CUSTOM:
        url = profile.custom_url.strip()
        marker = url.lower().find("/api/v2.0")
        return (url[:marker] if marker >= 0 else url).rstrip("/") + "/"
    return None


def fetch_template(root: str, template_id: int) -> TemplateContent | None:
    """The template as the sandbox at ``root`` stores it; None when it has no such template.
    Other failures (no sandbox there, a timeout) raise. Runs on a worker thread."""
    from ...sandbox.admin import SandboxAdmin, SandboxAdminError  # httpx loads off the GUI thread

    with SandboxAdmin(root) as admin:
        try:
            data = admin.template(template_id)
        except SandboxAdminError as error:
            if error.status_code != 404:
                raise
            admin.faults()  # raises too unless a sandbox answered that it has no such template
            return None
    images = tuple(
        MessagePart(filename=image.filename, body=image.body, content_id=image.content_id)
        for image in data.images
    )
    return TemplateContent(
        data.subject, data.html, data.text or "", images, data.name, data.list_id
    )


def pasted_template(draft: Draft) -> TemplateContent | None:
    """The HTML the user pasted or opened (kept in the draft's HTML parts); None when none."""
    html = draft_html(draft)
    if html is None or not html.body.strip():
        return None
    return TemplateContent(subject="", html=html_document(html), text="")
