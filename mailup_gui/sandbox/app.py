"""The sandbox's ASGI app: MailUp's endpoints and /sandbox/, behind the fault injector and the
door checks."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp

from . import control, mailup
from .door import Door
from .faults import FaultInjector
from .state import SandboxState
from .store import WriteError


async def _json_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    return JSONResponse(
        {"error": error.detail}, status_code=error.status_code, headers=error.headers
    )


async def _not_stored(request: Request, error: Exception) -> JSONResponse:
    """An admin write (delete, clear, the .eml built on first read) the disk could not take:
    said as the admin endpoints say errors, with 507 (Insufficient Storage), not a bare 500.
    Sends answer it themselves, in MailUp's and SMTP's words."""
    return JSONResponse({"error": str(error)}, status_code=507)


def create_app(state: SandboxState, *, any_host: bool = False) -> ASGIApp:
    """``any_host``: answer under any Host name (``--allow-remote``); see door.py."""
    app = Starlette(
        routes=[*mailup.routes, *control.routes],
        exception_handlers={HTTPException: _json_error, WriteError: _not_stored},
    )
    app.state.sandbox = state
    return Door(FaultInjector(app, state.faults, mailup.PATHS), mailup.PATHS, any_host=any_host)
