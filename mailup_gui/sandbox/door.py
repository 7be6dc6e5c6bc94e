"""Who may knock: the checks in front of every endpoint, against web pages on the same machine.

A page open in a browser can POST to any local port without a CORS preflight when the body is
``text/plain``, load any URL as an image, and, through DNS rebinding, read answers by calling
the sandbox under its own host name. No web page has a reason to call the sandbox (it serves
none), and the clients it is for (MailUp client code, curl, the app) send no browser headers.
So MailUp's endpoints and ``/sandbox/`` both refuse a request
- whose ``Host`` is not a loopback name or address with the sandbox's port (unless
  ``--allow-remote``, ``any_host``: then it is meant to be reached under other names);
- whose ``Origin`` is not the sandbox's own: ``http``, a loopback name (or the address it
  listens on), its port;
- that a browser marks as sent by a page (``Sec-Fetch-Site`` other than ``none``, a typed URL;
  ``same-origin`` only under the sandbox's own names, since a rebound name is "same origin");
and ``/sandbox/`` answers anything but GET and HEAD only with ``Content-Type:
application/json`` (which a page cannot send without a preflight). MailUp's endpoints answer
MailUp's envelope (400, code 1), ``/sandbox/`` ``{"error": ...}`` (403, 415).
"""

from __future__ import annotations

import functools
import ipaddress
from urllib.parse import urlsplit

from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from .checks import malformed
from .mailup import envelope

_READS = frozenset({"GET", "HEAD"})
_HEADERS_READ = frozenset({b"host", b"origin", b"sec-fetch-site", b"content-type"})
_USUAL_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
_NOT_A_PAGE = "none"  # Sec-Fetch-Site of a URL the user typed or bookmarked


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
        path: str = scope["path"]
        admin = path == "/sandbox" or path.startswith("/sandbox/")
        if not admin and path not in self.mailup_paths:
            return None
        headers = _read_headers(scope)
        server = scope.get("server")
        reason = _why_refused(
            (server[0], server[1]) if server else None,
            headers.get("host", ""),
            headers.get("origin"),
            headers.get("sec-fetch-site"),
            self.any_host,
        )
        if reason is not None:
            if not admin:
                refusal = malformed(reason[0].upper() + reason[1:] + ".")
                return envelope(refusal.code, refusal.message)
            return _error(403, reason)
        if admin and scope["method"] not in _READS:
            media_type = headers.get("content-type", "").partition(";")[0].strip().lower()
            if media_type != "application/json":
                return _error(415, "send the admin endpoints Content-Type: application/json")
        return None


# A client calls with the same headers time after time: each set of them is judged once.
@functools.lru_cache(maxsize=256)
def _why_refused(
    server: tuple[str, int] | None,
    host: str,
    origin: str | None,
    site: str | None,
    any_host: bool,
) -> str | None:
    """Why a request to ``server`` with these headers is refused; None when it is not."""
    own = _OwnNames(server[0] if server else None, server[1] if server else None)
    own_host = own.is_own(host, 80)
    if not (own_host or any_host):
        return f"the sandbox's endpoints answer only under {own.where()}"
    return _from_a_web_page(origin, site, own, own_host)


def _read_headers(scope: Scope) -> dict[str, str]:
    """The headers the door reads, in one pass: the first of each name, as Starlette's
    ``Headers.get`` gives (ASGI names are lower case)."""
    found: dict[bytes, bytes] = {}
    for name, value in scope["headers"]:
        if name in _HEADERS_READ and name not in found:
            found[name] = value
    return {name.decode("latin-1"): value.decode("latin-1") for name, value in found.items()}


class _OwnNames:
    """The names the sandbox is its own under: loopback ones, and the address it listens on
    (``--allow-remote`` on a LAN address), with its port."""

    def __init__(self, address: str | None, port: int | None) -> None:
        self.address = (address or "").lower()
        self.port = port or None

    def is_own(self, netloc: str, default_port: int) -> bool:
        name, port = _split_host(netloc, default_port)
        name = name.lower().removeprefix("[").removesuffix("]")
        named = is_loopback_name(name) or (name == self.address and not _unspecified(name))
        return named and (self.port is None or port == self.port)

    def is_own_origin(self, origin: str) -> bool:
        """Scheme, host and port: a page of the sandbox's own origin (it serves none)."""
        try:
            parts = urlsplit(origin)
        except ValueError:
            return False
        return parts.scheme == "http" and bool(parts.netloc) and self.is_own(parts.netloc, 80)

    def where(self) -> str:
        suffix = f":{self.port}" if self.port else ""
        return f"127.0.0.1{suffix}, localhost{suffix} or [::1]{suffix}"


def _unspecified(address: str) -> bool:
    try:
        return ipaddress.ip_address(address).is_unspecified
    except ValueError:
        return False


def _from_a_web_page(
    origin: str | None, site: str | None, own: _OwnNames, own_host: bool
) -> str | None:
    """Why the request comes from a web page the sandbox does not trust; None when it does not."""
    if origin is not None and not own.is_own_origin(origin):
        return "the sandbox does not answer web pages of other origins (Origin header)"
    if site is None or site == _NOT_A_PAGE or (site == "same-origin" and own_host):
        return None
    return f"the sandbox does not answer requests of web pages (Sec-Fetch-Site: {site})"


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)
