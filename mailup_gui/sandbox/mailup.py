"""MailUp's three endpoints, at MailUp's paths, answering MailUp's envelopes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import msgspec
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from ..api.dates import to_wire
from ..api.dto import ListUserInfoRequest, Message, TemplateMessage
from ..api.endpoints import LIST_USER_INFO_PATH, SEND_MESSAGE_PATH, SEND_TEMPLATE_PATH
from ..api.errors import CODES
from ..api.responses import SUCCESS_CODE
from .as_sent import AsSent
from .checks import (
    Refusal,
    authenticate,
    check_content,
    check_sender,
    check_template_subject,
    decode_request,
    find_template,
    malformed,
)
from .data import User
from .rendering import Rendered, RenderError, render
from .state import SandboxState
from .store import OutboxEntry, WriteError

API_PREFIX = "/API/v2.0/"
PATHS = frozenset(
    API_PREFIX + path for path in (SEND_MESSAGE_PATH, SEND_TEMPLATE_PATH, LIST_USER_INFO_PATH)
)
INLINE_BODY_BYTES = 32 * 1024
# Merge tags can multiply a small body (every tag filled with a long value): with at most this
# many "[", a small one renders to at most 64 × its size, in a few milliseconds.
INLINE_MAX_TAGS = 64


def _as_str(value: object) -> str:
    """A str subclass (MailUp's meanings are translatable ``Text``) as the str it is
    (``str.__str__``: ``Text.__str__`` gives the ``Text`` itself)."""
    if isinstance(value, str):
        return str.__str__(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


_ENCODER = msgspec.json.Encoder(enc_hook=_as_str)


class _Envelope(JSONResponse):
    """The bytes JSONResponse writes (compact, UTF-8 unescaped), by msgspec's faster encoder."""

    def render(self, content: Any) -> bytes:
        return _ENCODER.encode(content)


def envelope(code: str, message: str, **extra: Any) -> JSONResponse:
    ok = code == SUCCESS_CODE
    body = {"Status": "done" if ok else "error", "Code": code, "Message": message, **extra}
    return _Envelope(body, status_code=200 if ok else CODES[code].http_status)


async def read_body(request: Request, limit: int) -> bytes:
    """The body, refused (code 1) as soon as it is known to exceed ``limit`` bytes: from its
    Content-Length before reading, else while it streams in, never held whole."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(limit)
    chunks: list[bytes] = []
    size = 0
    while True:  # what Request.stream() does, without an async generator per request
        message = await request.receive()
        if message["type"] == "http.disconnect":
            raise malformed("The client left before sending the whole body.")
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        if not message.get("more_body", False):
            return chunk if len(chunks) == 1 else b"".join(chunks)  # a body in one: no copy


def _too_large(limit: int) -> Refusal:
    return malformed(
        f"The request body is larger than the sandbox's limit of {limit:,} bytes "
        "(request_body_bytes in the data file's [limits])."
    )


async def send_message(request: Request) -> JSONResponse:
    return await _send(request, Message)


async def send_template(request: Request) -> JSONResponse:
    return await _send(request, TemplateMessage)


async def _send(request: Request, type_: type[Message | TemplateMessage]) -> JSONResponse:
    state: SandboxState = request.app.state.sandbox
    try:
        body = await read_body(request, state.data.request_body_limit)
    except Refusal as refusal:
        return envelope(refusal.code, refusal.message)
    # Judging, rendering and storing take time in proportion to what gets rendered: a large
    # body, or a small one with many merge tags, goes to a worker thread so that it never
    # holds up the others; a small, plain one is done at once, as the hop to a thread would
    # cost more than the work.
    if len(body) > INLINE_BODY_BYTES or body.count(b"[") > INLINE_MAX_TAGS:
        return await run_in_threadpool(_accept, state, body, type_)
    return _accept(state, body, type_)


def _accept(
    state: SandboxState, body: bytes, type_: type[Message | TemplateMessage]
) -> JSONResponse:
    now = datetime.now(UTC)
    try:
        dto, data = decode_request(body, type_)
        user = authenticate(state.data, dto.user, now, sending=True)
        message_id = queue(state, dto, data, user, now)
    except Refusal as refusal:
        return envelope(refusal.code, refusal.message)
    except WriteError as error:  # not stored, so not accepted: the client may send it again
        return JSONResponse({"Message": f"The sandbox could not accept the message: {error}."}, 500)
    return envelope(SUCCESS_CODE, f"Queued as sandbox message {message_id}.")


def queue(
    state: SandboxState,
    dto: Message | TemplateMessage,
    data: dict[str, Any],
    user: User,
    now: datetime,
    method: str | None = None,
    as_sent: AsSent | None = None,
) -> int:
    """Judge the content of ``user``'s send, render it and add it to the outbox: its id.
    ``method`` names the channel in the outbox (default: the API method); ``as_sent``, a
    relayed message's envelope and MIME details. Raises ``Refusal``."""
    check_content(dto)
    assert dto.from_ is not None  # check_content refuses a missing sender (110)
    check_sender(user, dto.from_.email)
    template = None
    if isinstance(dto, TemplateMessage):
        template = find_template(state.data, user, dto.template_id)
        if not dto.subject:
            check_template_subject(dto.x_smtp_api, template.subject)
    try:
        rendered = render(dto, now, template, as_sent)
    except RenderError as error:
        raise malformed(str(error)) from None
    entry = _outbox_entry(dto, data, user, rendered, now, method, as_sent)
    return state.outbox.add(entry, rendered.mime_source)


def _outbox_entry(
    dto: Message | TemplateMessage,
    data: dict[str, Any],
    user: User,
    rendered: Rendered,
    now: datetime,
    method: str | None,
    as_sent: AsSent | None,
) -> OutboxEntry:
    schedule = dto.x_smtp_api.schedule if dto.x_smtp_api else None
    scheduled_for = to_wire(schedule) if schedule is not None and schedule > now else None
    recipients = [
        {"kind": kind, "name": address.name, "email": address.email}
        for kind, addresses in (("to", dto.to), ("cc", dto.cc), ("bcc", dto.bcc))
        for address in addresses
    ]
    if as_sent is not None:  # who a relayed message goes to is its envelope, not its headers
        envelope = {address.lower() for address in as_sent.recipients}
        recipients = [item for item in recipients if item["email"].lower() in envelope]
    return OutboxEntry(
        received_at=to_wire(now),
        method=method or ("SendTemplate" if isinstance(dto, TemplateMessage) else "SendMessage"),
        username=user.username,
        template_id=dto.template_id if isinstance(dto, TemplateMessage) else None,
        subject=rendered.subject,
        recipients=recipients,
        status="scheduled" if scheduled_for else "queued",
        scheduled_for=scheduled_for,
        request={**data, "User": {"Username": user.username}},  # never the secret
        html=rendered.html,
        text=rendered.text,
        dropped_headers=rendered.dropped_headers,
        eml=b"",  # built from the mime source when first read
    )


async def list_user_info(request: Request) -> JSONResponse:
    state: SandboxState = request.app.state.sandbox
    now = datetime.now(UTC)
    try:
        body = await read_body(request, state.data.request_body_limit)
        dto, _ = decode_request(body, ListUserInfoRequest)
        caller = authenticate(state.data, dto.user, now, sending=False)
    except Refusal as refusal:
        return envelope(refusal.code, refusal.message)
    users = [
        user
        for user in state.data.users.values()
        if (user.account_id, user.list_id) == (caller.account_id, caller.list_id)
        and not user.deleted
        and (not dto.username or user.username == dto.username)
    ]
    return envelope(
        SUCCESS_CODE,
        "The operation has been completed.",
        UserList=[user_info(user, now) for user in users],
    )


def user_info(user: User, now: datetime) -> dict[str, Any]:
    """UserInfoDTO with MailUp's member names; BlockUntil is null unless a block is running."""
    blocked_until = user.blocked_until(now)
    return {
        "Username": user.username,
        "IdConsole": user.account_id,
        "IdList": user.list_id,
        "IsEnabled": user.enabled,
        "Priority": user.priority,
        "Note": user.note,
        "CreationDate": to_wire(user.created),
        "UpdateDate": to_wire(user.updated),
        "DomainList": user.domain_list,
        "SenderList": user.sender_list,
        "BlockUntil": to_wire(blocked_until) if blocked_until else None,
        "AdminBlock": user.admin_block,
    }


routes = [
    Route(API_PREFIX + SEND_MESSAGE_PATH, send_message, methods=["POST"]),
    Route(API_PREFIX + SEND_TEMPLATE_PATH, send_template, methods=["POST"]),
    Route(API_PREFIX + LIST_USER_INFO_PATH, list_user_info, methods=["POST"]),
]
