"""A send as a file and as code: the request inspector (JSON or MIME, and code to send it),
and opening a request saved as .json as a new draft. Both run their work on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ...api.dto import Message
from ...core.send.result import Channel
from ..describe import error_html
from .inspector import RelayView, RequestInspector

if TYPE_CHECKING:
    from .form import MessageForm


def inspect_request(form: MessageForm) -> None:
    """The exact request as JSON (no secret) and as code, built from the files on disk;
    through the relay, the MIME message as it will be sent and the relay's code."""
    profile = form.context.profiles.active
    if profile is None:
        return
    draft, kind, channel = form.draft(), form.kind, form.channel_choice()
    relay_endpoint = profile.relay_endpoint(form.context.sandbox_smtp())

    def work():
        from ...core.send.pipeline import build
        from ...core.send.request_body import for_humans

        request = build(kind, draft, read_files=True).message
        relay = None
        if channel is Channel.SMTP and isinstance(request, Message):
            from ...core.send.mime_message import for_people

            relay = RelayView(request, relay_endpoint, for_people(request))
        return for_humans(request, profile.username), relay

    def show(built: tuple[dict, RelayView | None]) -> None:
        body, relay = built
        files = [*draft.attachments, *draft.embedded_images]
        inspector = RequestInspector(
            form,
            form.context,
            kind.path,
            body,
            profile.base_url(form.context.sandbox_url()),
            profile.username,
            files,
            relay,
        )
        inspector.show()

    form.context.tasks.run(work, show, form.flow.show_crash)


def open_request(form: MessageForm) -> None:
    """Open a request saved as .json (by the inspector, or by hand) as a new draft."""
    name, _ = QFileDialog.getOpenFileName(
        form,
        QCoreApplication.translate("MessageForm", "Open a saved request"),
        "",
        QCoreApplication.translate("MessageForm", "JSON (*.json);;All files (*)"),
    )
    if not name:
        return
    method = form.kind.method

    def work():
        from ...core.send.request_files import open_request_json

        return open_request_json(name, method=method)

    form.context.tasks.run(
        work, form.open_draft, lambda error: form.show_result("error", error_html(error))
    )
