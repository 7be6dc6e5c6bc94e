"""The sandbox's ASGI app: MailUp's endpoints and /sandbox/, behind the fault injector."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.types import ASGIApp

from . import control, mailup
from .faults import FaultInjector
from .state import SandboxState


async def _json_error(request: Request, error: Exception) -> JSONResponse:
    assert isinstance(error, HTTPException)
    return JSONResponse(
        {"error": error.detail}, status_code=error.status_code, headers=error.headers
    )


def create_app(state: SandboxState) -> ASGIApp:
    app = Starlette(
        routes=[*mailup.routes, *control.routes], exception_handlers={HTTPException: _json_error}
    )
    app.state.sandbox = state
    return FaultInjector(app, state.faults, mailup.PATHS)
