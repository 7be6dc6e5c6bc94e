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


async def _json_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    return JSONResponse(
        {"error": error.detail}, status_code=error.status_code, headers=error.headers
    )


def create_app(state: SandboxState, *, any_host: bool = False) -> ASGIApp:
    """``any_host``: answer under any Host name (``--allow-remote``); see door.py."""
    app = Starlette(
        routes=[*mailup.routes, *control.routes], exception_handlers={HTTPException: _json_error}
    )
    app.state.sandbox = state
    return Door(FaultInjector(app, state.faults, mailup.PATHS), mailup.PATHS, any_host=any_host)
