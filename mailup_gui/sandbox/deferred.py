"""What a server needs to answer but not to listen, made on a thread of its own once it listens.

Importing the handlers (starlette's routing, the checks, rendering, aiosmtpd) and loading the
relay's certificate (cryptography) are most of the sandbox's start-up. Its sockets are bound
and accepting first; this work runs right after, and a request that comes before it is done
waits for it instead of being refused. Whatever it raises, every waiter raises.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Generic, TypeVar

from starlette.types import ASGIApp, Receive, Scope, Send

T = TypeVar("T")


class Deferred(Generic[T]):
    def __init__(self, make: Callable[[], T], name: str) -> None:
        self._make = make
        self._future: Future[T] = Future()
        self._thread = threading.Thread(target=self._run, name=name)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            self._future.set_result(self._make())
        except BaseException as error:
            self._future.set_exception(error)

    def result(self) -> T:
        """The thing made, waiting for it (blocks the calling thread)."""
        return self._future.result()

    async def wait(self) -> T:
        """The thing made, waiting for it without blocking the event loop."""
        if not self._future.done():
            await asyncio.wrap_future(self._future)
        return self._future.result()

    def join(self, timeout: float) -> None:
        """Let the work end (files it writes are whole), if it was started."""
        if self._thread.ident is not None:
            self._thread.join(timeout)


class DeferredApp:
    """An ASGI app that is made after the server listens; requests wait for it."""

    def __init__(self, app: Deferred[ASGIApp]) -> None:
        self.deferred = app
        self._app: ASGIApp | None = None  # once made: every request after skips the wait

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        app = self._app
        if app is None:
            app = self._app = await self.deferred.wait()
        await app(scope, receive, send)
