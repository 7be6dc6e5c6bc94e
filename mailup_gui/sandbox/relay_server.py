"""The SMTP+ relay served in a daemon thread of its own event loop, on a socket bound beforehand
(a busy port fails at once, port 0 gives the real port), as ``server.BackgroundServer`` does
for the API. Each connection is aiosmtpd's ``SMTP`` protocol; nothing here reads SMTP.

Its STARTTLS certificate is loaded (or made, with ``cryptography``) on a thread of its own once
the relay listens: the first session waits for it, the start does not.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import weakref
from concurrent.futures import Future
from pathlib import Path

from . import SandboxError
from .listening import is_loopback, listen, url_host
from .relay import IDENT, RelayHandler, RelaySMTP
from .state import SandboxState

_STOP_TIMEOUT = 5.0


class RelayServer:
    """``start()`` listens on ``host:port``; ``address`` is where; ``stop()`` ends every session."""

    def __init__(self, state: SandboxState, host: str, port: int, cert_folder: Path) -> None:
        self.host = host
        self.requested_port = port
        self.port = port
        self._handler = RelayHandler(state)
        self._cert_folder = cert_folder
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: asyncio.AbstractServer | None = None
        self._thread: threading.Thread | None = None
        self._sessions: weakref.WeakSet[RelaySMTP] = weakref.WeakSet()
        self._tls: Future[ssl.SSLContext] = Future()
        self._tls_maker: threading.Thread | None = None

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
            smtp = RelaySMTP(
                self._handler,
                hostname=self.host if is_loopback(self.host) else socket.getfqdn(),
                ident=IDENT,
                tls_context=self._tls.result(),  # waits only for the first sessions
                authenticator=self._handler.authenticate,
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
        self._tls_maker = threading.Thread(target=self._make_tls, name="mailup-sandbox-tls")
        self._tls_maker.start()

    def _make_tls(self) -> None:
        from .certificate import tls_context  # cryptography: heavy, and not needed to listen

        try:
            self._tls.set_result(tls_context(self._cert_folder, self.host))
        except BaseException as error:  # every session then fails with it, as a start would have
            self._tls.set_exception(error)

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
        thread, loop, tls_maker = self._thread, self._loop, self._tls_maker
        self._thread = self._tls_maker = None
        if tls_maker is not None:  # its files are whole before the relay is said stopped
            tls_maker.join(_STOP_TIMEOUT)
        if thread is None or loop is None:
            return
        loop.call_soon_threadsafe(self._close)
        thread.join(_STOP_TIMEOUT)
        self._server = self._loop = None
