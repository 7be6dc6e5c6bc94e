"""Who may knock: the checks in front of every endpoint, against web pages on the same machine.

A page open in a browser can POST to any local port without a CORS preflight when the body is
``text/plain``, and a DNS-rebinding page can read answers by calling the sandbox under its own
host name. So:
- ``/sandbox/`` answers only a ``Host`` that is a loopback name or address with the sandbox's
  port, no ``Origin`` or the sandbox's own, and, for anything but GET and HEAD,
  ``Content-Type: application/json`` (which a page cannot send without a preflight);
- MailUp's endpoints answer any client, as MailUp does, but not a foreign ``Host`` either.
With ``--allow-remote`` (``any_host``) the sandbox is meant to be reached under other names, so
the ``Host`` is not checked; the ``Origin`` and ``Content-Type`` checks stay.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from starlette.datastructures import Headers
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .checks import malformed
from .mailup import envelope

_READS = frozenset({"GET", "HEAD"})
_USUAL_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})


def is_loopback_name(host: str) -> bool:
    """``localhost`` or a loopback IP address (``127.0.0.1``, ``::1``, with or without [])."""
    host = host.lower().removeprefix("[").removesuffix("]")
    if host in _USUAL_LOOPBACK:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _split_host(value: str, default_port: int) -> tuple[str, int | None]:
    """(host, port) of a Host header or an origin's netloc; port None when unreadable."""
    host, colon, port = value.rpartition(":")
    if not colon or (host.startswith("[") and not host.endswith("]")) or "]" in port:
        return value, default_port  # no port: "localhost", "[::1]"
    return host, int(port) if port.isdigit() else None


class Door:
    """ASGI middleware in front of the whole app."""

    def __init__(self, app: ASGIApp, mailup_paths: frozenset[str], *, any_host: bool) -> None:
        self.app = app
        self.mailup_paths = mailup_paths
        self.any_host = any_host

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            refusal = self._refusal(scope)
            if refusal is not None:
                await refusal(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def _refusal(self, scope: Scope) -> Response | None:
        headers = Headers(scope=scope)
        server = scope.get("server")
        port = server[1] if server and server[1] else None
        host = headers.get("host", "")
        own_host = self.any_host or self._is_own(host, 80, port)
        path: str = scope["path"]
        if path in self.mailup_paths and not own_host:
            refusal = malformed(f"This sandbox answers only under a loopback name: {_where(port)}.")
            return envelope(refusal.code, refusal.message)
        if path != "/sandbox" and not path.startswith("/sandbox/"):
            return None
        if not own_host:
            return _error(403, f"the admin endpoints answer only under {_where(port)}")
        origin = headers.get("origin")
        if origin is not None and not self._is_own_origin(origin, port):
            return _error(403, "the admin endpoints do not answer web pages of other origins")
        media_type = headers.get("content-type", "").partition(";")[0].strip().lower()
        if scope["method"] not in _READS and media_type != "application/json":
            return _error(415, "send the admin endpoints Content-Type: application/json")
        return None

    def _is_own(self, netloc: str, default_port: int, port: int | None) -> bool:
        name, given_port = _split_host(netloc, default_port)
        return is_loopback_name(name) and (port is None or given_port == port)

    def _is_own_origin(self, origin: str, port: int | None) -> bool:
        try:
            parts = urlsplit(origin)
        except ValueError:
            return False
        if parts.scheme != "http" or not parts.netloc:
            return False
        return (self.any_host or is_loopback_name(parts.hostname or "")) and self._port_matches(
            parts.netloc, port
        )

    def _port_matches(self, netloc: str, port: int | None) -> bool:
        return port is None or _split_host(netloc, 80)[1] == port


def _where(port: int | None) -> str:
    suffix = f":{port}" if port else ""
    return f"127.0.0.1{suffix}, localhost{suffix} or [::1]{suffix}"


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)
