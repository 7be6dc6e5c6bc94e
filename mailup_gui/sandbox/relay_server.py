"""The SMTP+ relay served in a daemon thread of its own event loop, on a socket bound beforehand
(a busy port fails at once, port 0 gives the real port), as ``server.BackgroundServer`` does
for the API. Each connection is aiosmtpd's ``SMTP`` protocol; nothing here reads SMTP.

Its sessions' code (aiosmtpd, the checks) and its STARTTLS certificate (loaded, or made with
``cryptography``) are prepared once it listens (``deferred.py``): the first session waits for
them, the start does not.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import SandboxError
from .deferred import Deferred
from .listening import is_loopback, listen, url_host
from .relay_limits import RelayLimits
from .state import SandboxState

if TYPE_CHECKING:
    from .relay import RelayHandler, RelaySMTP

_STOP_TIMEOUT = 5.0


@dataclass(frozen=True)
class _SessionParts:
    protocol: type[RelaySMTP]
    handler: RelayHandler
    ident: str
    tls_context: ssl.SSLContext


class RelayServer:
    """``start()`` listens on ``host:port``; ``address`` is where; ``stop()`` ends every session."""

    def __init__(
        self,
        state: SandboxState,
        host: str,
        port: int,
        cert_folder: Path,
        limits: RelayLimits | None = None,
    ) -> None:
        self.host = host
        self.requested_port = port
        self.port = port
        self._state = state
        self._limits = limits
        self._cert_folder = cert_folder
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._sessions: weakref.WeakSet[RelaySMTP] = weakref.WeakSet()
        self._prepared = Deferred(self._prepare, "mailup-sandbox-smtp-prepare")

    @property
    def url(self) -> str:
        return f"smtp://{url_host(self.host)}:{self.port}"

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the relay is already running")
        try:
            sock = listen(self.host, self.requested_port)
        except OSError as error:
            raise SandboxError(
                f"SMTP+ relay: cannot listen on {self.host}:{self.requested_port} "
                f"({error.strerror or error})"
            ) from None
        self.port = sock.getsockname()[1]
        loop = asyncio.new_event_loop()

        def session() -> RelaySMTP:
            parts = self._prepared.result()  # only the first sessions wait for it
            smtp = parts.protocol(
                parts.handler,
                hostname=self.host if is_loopback(self.host) else socket.getfqdn(),
                ident=parts.ident,
                tls_context=parts.tls_context,
                authenticator=parts.handler.authenticate,
                auth_required=True,
                # Loopback: AUTH in the clear, so that any test client works. Elsewhere the
                # secret crosses the network: STARTTLS first.
                auth_in_the_clear=is_loopback(self.host),
                enable_SMTPUTF8=True,
                loop=loop,
            )
            self._sessions.add(smtp)
            return smtp

        try:
            self._server = loop.run_until_complete(loop.create_server(session, sock=sock))
        except BaseException:
            sock.close()
            loop.close()
            raise
        self._loop = loop
        self._thread = threading.Thread(target=self._run, name="mailup-sandbox-smtp", daemon=True)
        self._thread.start()
        self._prepared.start()

    def _prepare(self) -> _SessionParts:
        """What sessions are made with (a session fails with what this raises, as the start
        would have)."""
        from .certificate import tls_context
        from .relay import IDENT, RelayHandler, RelaySMTP

        context = tls_context(self._cert_folder, self.host)
        return _SessionParts(RelaySMTP, RelayHandler(self._state, self._limits), IDENT, context)

    def _run(self) -> None:
        loop = self._loop
        assert loop is not None
        asyncio.set_event_loop(loop)
        loop.run_forever()
        tasks = asyncio.all_tasks(loop)
        for task in tasks:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
        loop.run_until_complete(loop.shutdown_default_executor())
        loop.close()

    def _close(self) -> None:
        """On the loop: stop listening, close every session, stop the loop."""
        if self._server is not None:
            self._server.close()
        for smtp in list(self._sessions):
            if smtp.transport is not None:
                smtp.transport.close()
        assert self._loop is not None
        self._loop.stop()

    def stop(self) -> None:
        """Close the listener and every session, join the thread. Safe to call twice."""
        thread, loop = self._thread, self._loop
        self._thread = None
        self._prepared.join(_STOP_TIMEOUT)  # the certificate's files are whole once stopped
        if thread is None or loop is None:
            return
        loop.call_soon_threadsafe(self._close)
        thread.join(_STOP_TIMEOUT)
        self._server = self._loop = None
