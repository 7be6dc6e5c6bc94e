"""A send as a file and as code: the request inspector (JSON or MIME, and code to send it),
and opening a request saved as .json as a new draft. Both run their work on a worker; the
controller hands them plain data and its callbacks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ...api.dto import Message
from ...core.account.profiles import Profile
from ...core.message.draft import Draft
from ...core.send.pipeline import SendKind
from ...core.send.result import Channel
from ..context import AppContext
from .inspector import RelayView, RequestInspector

OnError = Callable[[Exception], object]


def inspect_request(
    parent: QWidget,
    context: AppContext,
    profile: Profile,
    kind: SendKind,
    draft: Draft,
    channel: Channel,
    on_error: OnError,
) -> None:
    """The exact request as JSON (no secret) and as code, built from the files on disk;
    through the relay, the MIME message as it will be sent and the relay's code."""
    relay_endpoint = profile.relay_endpoint(context.sandbox_smtp())

    def work():
        from ...core.send.pipeline import build
        from ...core.send.request_body import for_humans

        built = build(kind, draft, read_files=True).message
        relay = None
        if channel is Channel.SMTP and isinstance(built, Message):
            from ...core.send.mime_message import for_people

            relay = RelayView(built, relay_endpoint, for_people(built))
        return for_humans(built, profile.username), relay

    def show(built: tuple[dict, RelayView | None]) -> None:
        body, relay = built
        files = [*draft.attachments, *draft.embedded_images]
        inspector = RequestInspector(
            parent,
            context,
            kind.path,
            body,
            profile.base_url(context.sandbox_url()),
            profile.username,
            files,
            relay,
        )
        inspector.show()

    context.tasks.run(work, show, on_error, owner=parent)


def open_request(
    parent: QWidget,
    context: AppContext,
    method: str,
    on_opened: Callable[[Draft], object],
    on_error: OnError,
) -> None:
    """Open a request saved as .json (by the inspector, or by hand) as a new draft."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("MessageForm", "Open a saved request"),
        "",
        QCoreApplication.translate("MessageForm", "JSON (*.json);;All files (*)"),
    )
    if not name:
        return

    def work():
        from ...core.send.request_files import open_request_json

        return open_request_json(name, method=method)

    context.tasks.run(work, on_opened, on_error, owner=parent)
