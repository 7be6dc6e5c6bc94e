"""Fault injection for the three MailUp endpoints: latency, a 5xx answer, a dropped connection.

- ``http_5xx``: after the latency, answer that status *without* handling the call (nothing queued),
  with the body ASP.NET gives on an unhandled error.
- ``drop``: handle the call (the message *is* queued), wait the latency, then close the
  connection without a byte of answer: the client cannot know the outcome.
- ``latency_ms`` alone: handle the call, then answer late (to trip client timeouts).
``times`` counts the MailUp calls the fault still applies to; ``None`` means until cleared.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

import msgspec
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class FaultConfig(msgspec.Struct, forbid_unknown_fields=True):
    latency_ms: Annotated[int, msgspec.Meta(ge=0, le=600_000)] = 0
    http_5xx: Annotated[int, msgspec.Meta(ge=500, le=599)] | None = None
    drop: bool = False
    times: Annotated[int, msgspec.Meta(ge=1)] | None = None

    @property
    def active(self) -> bool:
        return self.latency_ms > 0 or self.http_5xx is not None or self.drop


class Faults:
    """The current fault. Only touched from the server's event loop, so no lock."""

    def __init__(self) -> None:
        self.config = FaultConfig()

    def set(self, config: FaultConfig) -> None:
        if config.http_5xx is not None and config.drop:
            raise ValueError("choose http_5xx or drop: a call is either refused or dropped")
        self.config = config if config.active else FaultConfig()

    def clear(self) -> None:
        self.config = FaultConfig()

    def take(self) -> FaultConfig | None:
        """The fault for one MailUp call, counted against ``times``."""
        config = self.config
        if not config.active:
            return None
        if config.times is not None:
            left = config.times - 1
            self.config = msgspec.structs.replace(config, times=left) if left else FaultConfig()
        return config


class FaultInjector:
    """ASGI middleware wrapping the whole app, so that it sees uvicorn's own ``send``."""

    def __init__(self, app: ASGIApp, faults: Faults, paths: frozenset[str]) -> None:
        self.app = app
        self.faults = faults
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        fault = (
            self.faults.take() if scope["type"] == "http" and scope["path"] in self.paths else None
        )
        if fault is None:
            await self.app(scope, receive, send)
            return
        if fault.http_5xx is not None:
            # only here: the sandbox's state (which holds the faults) loads before it listens
            from starlette.requests import Request
            from starlette.responses import JSONResponse

            await Request(scope, receive).body()
            await asyncio.sleep(fault.latency_ms / 1000)
            response = JSONResponse(
                {"Message": "An error has occurred."}, status_code=fault.http_5xx
            )
            await response(scope, receive, send)
            return
        held: list[Message] = []

        async def hold(message: Message) -> None:
            held.append(message)

        await self.app(scope, receive, hold)
        await asyncio.sleep(fault.latency_ms / 1000)
        if fault.drop:
            await _drop_connection(receive, send)
            return
        for message in held:
            await send(message)


async def _drop_connection(receive: Receive, send: Send) -> None:
    """Close the socket with no answer at all.

    ASGI has no "abort" event and uvicorn answers 500 to an exception raised before the
    response starts, so reach the transport of uvicorn's request cycle, whose bound method
    ``send`` is. Then wait for uvicorn to notice the disconnect, so that it does not try to
    answer on its own.
    """
    transport = send.__self__.transport  # type: ignore[attr-defined]
    transport.close()
    while (await receive())["type"] != "http.disconnect":
        pass
