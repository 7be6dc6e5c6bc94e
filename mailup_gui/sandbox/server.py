"""Running the sandbox in-process: uvicorn in a daemon thread on a socket bound beforehand.

Binding first gives a clear error for a busy port and the real port for ``port=0`` before
anything else starts.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Self

import uvicorn
from starlette.types import ASGIApp

from ..paths import data_dir
from ..resources import resource_path
from . import SandboxError
from .deadline import REQUEST_SECONDS, protocol_with_deadline
from .deferred import Deferred, DeferredApp
from .listening import is_loopback, listen, url_host
from .relay_server import RelayServer
from .state import SandboxState

_START_TIMEOUT = 10.0
_STOP_TIMEOUT = 5.0


def default_data_path() -> Path:
    return resource_path("sandbox", "demo.toml")


def default_db_path() -> Path:
    return data_dir() / "sandbox.sqlite3"


class BackgroundServer:
    """Any ASGI app served by uvicorn in a daemon thread (the sandbox, or a benchmark baseline)."""

    def __init__(
        self,
        app: ASGIApp,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        access_log: bool = False,
        request_seconds: float = REQUEST_SECONDS,
    ) -> None:
        """``request_seconds``: a request not in whole that long after its first byte is cut
        off (408)."""
        self._config = uvicorn.Config(
            app,
            http=protocol_with_deadline(request_seconds),
            log_config=None,  # leave the host application's logging alone
            access_log=access_log,
            lifespan="off",
            ws="none",
            proxy_headers=False,  # nothing stands in front of it
            timeout_graceful_shutdown=2,  # a call held by a latency fault must not hold up stop()
        )
        self.host = host
        self.requested_port = port
        self.port = port
        self._server: uvicorn.Server | None = None
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    @property
    def root_url(self) -> str:
        return f"http://{url_host(self.host)}:{self.port}/"

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("the server is already running")
        try:
            self._socket = listen(self.host, self.requested_port)
        except OSError as error:
            raise SandboxError(
                f"cannot listen on {self.host}:{self.requested_port} ({error.strerror or error})"
            ) from None
        self.port = self._socket.getsockname()[1]
        self._server = uvicorn.Server(self._config)
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            name="mailup-sandbox",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise SandboxError(f"the server on {self.host}:{self.port} did not start")
            time.sleep(0.005)

    def wait(self, until: threading.Event | None = None) -> None:
        """Block until the server stops or ``until`` is set. Short waits let signal handlers
        run (they run on this, the main, thread)."""
        while self._thread is not None and self._thread.is_alive():
            if until is not None and until.wait(0.2):
                return
            self._thread.join(0.2)

    def stop(self) -> None:
        """Finish the requests in flight, close the socket, join the thread. Safe to call twice."""
        thread, server, sock = self._thread, self._server, self._socket
        self._thread = self._server = self._socket = None
        if thread is not None and server is not None:
            server.should_exit = True
            thread.join(_STOP_TIMEOUT)
            if thread.is_alive():
                server.force_exit = True
                thread.join(_STOP_TIMEOUT)
        if sock is not None:
            sock.close()


def _create_app(state: SandboxState, any_host: bool) -> ASGIApp:
    from .app import create_app  # the handlers: most of the start-up, loaded once listening

    return create_app(state, any_host=any_host)


class SandboxServer:
    """The MailUp sandbox, embeddable: ``with SandboxServer() as server: server.api_base_url``."""

    def __init__(
        self,
        *,
        db_path: Path | None = None,
        data_path: Path | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        allow_remote: bool = False,
        access_log: bool = False,
        smtp_port: int | None = None,
        request_seconds: float = REQUEST_SECONDS,
    ) -> None:
        """``smtp_port``: also run the SMTP+ relay there (0: any free port; None: no relay).
        ``request_seconds``: how long a client may take to send one request, headers and body."""
        if not allow_remote and not is_loopback(host):
            raise SandboxError(
                f"refusing to listen on {host}: the sandbox has no authentication of its own, "
                "so it listens on loopback only unless allowed"
            )
        self.db_path = db_path or default_db_path()
        self.data_path = data_path or default_data_path()
        self._host = host
        self._port = port
        self._allow_remote = allow_remote
        self._access_log = access_log
        self._smtp_port = smtp_port
        self._request_seconds = request_seconds
        self._state: SandboxState | None = None
        self._server: BackgroundServer | None = None
        self._relay: RelayServer | None = None
        self._app: Deferred[ASGIApp] | None = None

    def start(self) -> None:
        if self._server is not None:
            raise RuntimeError("the sandbox is already running")
        state = SandboxState.open(self.db_path, self.data_path)
        app = Deferred(lambda: _create_app(state, self._allow_remote), "mailup-sandbox-prepare")
        server = BackgroundServer(
            DeferredApp(app),
            self._host,
            self._port,
            access_log=self._access_log,
            request_seconds=self._request_seconds,
        )
        relay = None
        if self._smtp_port is not None:  # its certificate is kept next to the outbox
            relay = RelayServer(state, self._host, self._smtp_port, self.db_path.parent)
        try:
            server.start()
            if relay is not None:
                relay.start()
        except BaseException:
            server.stop()
            state.close()
            raise
        app.start()  # listening: the handlers load now, and the first request waits for them
        self._state, self._server, self._relay, self._app = state, server, relay, app

    @property
    def root_url(self) -> str:
        return self._running().root_url

    @property
    def outbox_kept_as(self) -> Path | None:
        """Where this start set a damaged outbox file aside, if it did."""
        return self._state.outbox.kept_as if self._state else None

    @property
    def api_base_url(self) -> str:
        return self.root_url + "API/v2.0/"

    @property
    def smtp_url(self) -> str | None:
        """``smtp://host:port`` of the SMTP+ relay; None when it runs none."""
        self._running()
        return self._relay.url if self._relay else None

    @property
    def smtp_address(self) -> tuple[str, int] | None:
        """(host, port) to connect to the SMTP+ relay; None when it runs none."""
        self._running()
        if self._relay is None:
            return None
        return url_host(self._relay.host).strip("[]"), self._relay.port

    def wait(self, until: threading.Event | None = None) -> None:
        self._running().wait(until)

    def stop(self) -> None:
        server, state, relay, app = self._server, self._state, self._relay, self._app
        self._server = self._state = self._relay = self._app = None
        if app is not None:
            app.join(_STOP_TIMEOUT)
        if relay is not None:
            relay.stop()
        if server is not None:
            server.stop()
        if state is not None:
            state.close()

    def _running(self) -> BackgroundServer:
        if self._server is None:
            raise RuntimeError("the sandbox is not running: call start() first")
        return self._server

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
