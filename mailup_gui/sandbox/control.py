"""The sandbox's own endpoints under /sandbox/: read the outbox, change users and accounts,
inject faults, reset. JSON in and out; errors are ``{"error": "..."}``.

Bodies that mirror MailUp (users, accounts) use MailUp's PascalCase names; the sandbox's own
records (outbox, templates, faults) use snake_case. Secrets are accepted, never returned.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from typing import Any, TypeVar

import msgspec
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..api.dates import parse_datetime
from .data import AccountState, DataError, User
from .faults import FaultConfig
from .mailup import user_info
from .state import SandboxState

T = TypeVar("T")


class _UserChanges(msgspec.Struct, rename="pascal", forbid_unknown_fields=True):
    is_enabled: bool | msgspec.UnsetType = msgspec.UNSET
    admin_block: bool | msgspec.UnsetType = msgspec.UNSET
    block_until: str | msgspec.UnsetType | None = msgspec.UNSET
    deleted: bool | msgspec.UnsetType = msgspec.UNSET
    secret: str | msgspec.UnsetType = msgspec.UNSET


class _AccountChange(msgspec.Struct, rename="pascal", forbid_unknown_fields=True):
    state: AccountState


def _state(request: Request) -> SandboxState:
    return request.app.state.sandbox


async def _read(request: Request, type_: type[T]) -> T:
    body = await request.body()
    try:
        return msgspec.json.decode(body or b"{}", type=type_)
    except (msgspec.DecodeError, msgspec.ValidationError) as error:
        raise HTTPException(400, str(error)) from None


# The outbox endpoints are plain functions: Starlette runs them on its thread pool, so that
# their SQLite work (the app polls one every second) never holds up a send on the event loop.
def outbox(request: Request) -> JSONResponse:
    return JSONResponse(_state(request).outbox.summaries())


def outbox_since(request: Request) -> JSONResponse:
    """What is new since a known id, and how many messages there are (a cheap poll: a client
    that counts fewer than that knows some were deleted)."""
    outbox = _state(request).outbox
    after = request.path_params["id"]
    return JSONResponse({"count": outbox.count(), "messages": outbox.summaries(after)})


def clear_outbox(request: Request) -> JSONResponse:
    return JSONResponse({"deleted": _state(request).outbox.clear()})


def delete_message(request: Request) -> JSONResponse:
    message_id = request.path_params["id"]
    if not _state(request).outbox.delete(message_id):
        raise HTTPException(404, f"no message {message_id} in the outbox")
    return JSONResponse({"deleted": 1})


def outbox_message(request: Request) -> JSONResponse:
    message_id = request.path_params["id"]
    message = _state(request).outbox.get(message_id)
    if message is None:
        raise HTTPException(404, f"no message {message_id} in the outbox")
    if request.query_params.get("bodies") == "false":
        message = _without_bodies(message)
    return JSONResponse({**message, "eml_url": f"/sandbox/outbox/{message_id}.eml"})


def _without_bodies(message: dict[str, Any]) -> dict[str, Any]:
    """The detail for a client that reads the bodies from the .eml: megabytes less JSON."""
    stored = {key: value for key, value in message["request"].items() if key not in _BODIES}
    return {**message, "html": None, "text": None, "request": stored}


_BODIES = ("Html", "Text", "Attachments", "EmbeddedImages")


def outbox_eml(request: Request) -> Response:
    message_id = request.path_params["id"]
    eml = _state(request).outbox.eml(message_id)  # built on first read
    if eml is None:
        raise HTTPException(404, f"no message {message_id} in the outbox")
    disposition = f'attachment; filename="sandbox-{message_id}.eml"'
    return Response(eml, media_type="message/rfc822", headers={"Content-Disposition": disposition})


async def template(request: Request) -> JSONResponse:
    template_id = request.path_params["id"]
    found = _state(request).data.templates.get(template_id)
    if found is None:
        raise HTTPException(404, f"no template {template_id}")
    return JSONResponse(
        {
            "id": found.id,
            "name": found.name,
            "account": found.account_id,
            "list": found.list_id,
            "subject": found.subject,
            "html": found.html,
            "text": found.text,
            "content_ids": [image.content_id for image in found.images],
            # the bytes too, so that the app's preview shows the images the sandbox sends
            "images": [
                {
                    "content_id": image.content_id,
                    "filename": image.filename,
                    "body": base64.b64encode(image.body).decode("ascii"),
                }
                for image in found.images
            ],
        }
    )


async def users(request: Request) -> JSONResponse:
    state = _state(request)
    now = datetime.now(UTC)
    return JSONResponse(
        [_user_view(state, state.data.users[name], now) for name in sorted(state.data.users)]
    )


def _user_view(state: SandboxState, user: User, now: datetime) -> dict[str, Any]:
    """MailUp's UserInfo plus what ListUserInfo cannot show: deletion and the account's state."""
    account = state.data.accounts[user.account_id]
    return {**user_info(user, now), "Deleted": user.deleted, "AccountState": account.state}


async def set_user(request: Request) -> JSONResponse:
    state = _state(request)
    username = request.path_params["username"]
    user = state.data.users.get(username)
    if user is None:
        raise HTTPException(404, f"no user {username}")
    changes = await _read(request, _UserChanges)
    if isinstance(changes.block_until, str) and changes.block_until.strip():
        block_until = parse_datetime(changes.block_until)
        if block_until is None:
            raise HTTPException(
                400, "BlockUntil is not a date (ISO 8601, e.g. 2026-12-03T10:00:00+01:00)"
            )
        user.block_until = block_until
    elif changes.block_until is not msgspec.UNSET:
        user.block_until = None
    for member, attribute in (
        ("is_enabled", "enabled"),
        ("admin_block", "admin_block"),
        ("deleted", "deleted"),
        ("secret", "secret"),
    ):
        value = getattr(changes, member)
        if value is not msgspec.UNSET:
            setattr(user, attribute, value)
    now = datetime.now(UTC)
    user.updated = now
    return JSONResponse(_user_view(state, user, now))


async def set_account(request: Request) -> JSONResponse:
    account_id = request.path_params["id"]
    account = _state(request).data.accounts.get(account_id)
    if account is None:
        raise HTTPException(404, f"no account {account_id}")
    account.state = (await _read(request, _AccountChange)).state
    return JSONResponse({"Id": account.id, "Name": account.name, "State": account.state})


async def faults(request: Request) -> JSONResponse:
    return JSONResponse(msgspec.to_builtins(_state(request).faults.config))


async def set_faults(request: Request) -> JSONResponse:
    state = _state(request)
    try:
        state.faults.set(await _read(request, FaultConfig))
    except ValueError as error:
        raise HTTPException(400, str(error)) from None
    return JSONResponse(msgspec.to_builtins(state.faults.config))


def reset(request: Request) -> JSONResponse:  # reads the data file: on the thread pool too
    state = _state(request)
    try:
        state.reset()
    except DataError as error:
        raise HTTPException(422, str(error)) from None
    return JSONResponse({"users": len(state.data.users), "templates": len(state.data.templates)})


routes = [
    Route("/sandbox/outbox", outbox, methods=["GET"]),
    Route("/sandbox/outbox", clear_outbox, methods=["DELETE"]),
    Route("/sandbox/outbox/{id:int}.eml", outbox_eml, methods=["GET"]),
    Route("/sandbox/outbox/since/{id:int}", outbox_since, methods=["GET"]),
    Route("/sandbox/outbox/{id:int}", outbox_message, methods=["GET"]),
    Route("/sandbox/outbox/{id:int}", delete_message, methods=["DELETE"]),
    Route("/sandbox/templates/{id:int}", template, methods=["GET"]),
    Route("/sandbox/users", users, methods=["GET"]),
    Route("/sandbox/users/{username}", set_user, methods=["POST"]),
    Route("/sandbox/accounts/{id:int}", set_account, methods=["POST"]),
    Route("/sandbox/faults", faults, methods=["GET"]),
    Route("/sandbox/faults", set_faults, methods=["POST"]),
    Route("/sandbox/reset", reset, methods=["POST"]),
]
