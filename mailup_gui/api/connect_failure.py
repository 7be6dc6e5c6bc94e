"""Why a connection could not be made, in the kinds advice differs for: the host name not
found (DNS), nothing listening (refused), no answer (timeout, often a firewall), TLS. Read
from the exception chain, as httpx and smtplib both wrap the socket's own error."""

from __future__ import annotations

import enum
import socket
import ssl

from ..texts import QT_TRANSLATE_NOOP, Text


class ConnectFailure(enum.Enum):
    DNS = "dns"
    REFUSED = "refused"
    TIMEOUT = "timeout"
    TLS = "tls"
    OTHER = "other"


def connect_failure(error: BaseException) -> ConnectFailure:
    """The kind of ``error`` or of an error it was raised from."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = _kind_of(current)
        if kind is not ConnectFailure.OTHER:
            return kind
        current = current.__cause__ or current.__context__
    return ConnectFailure.OTHER


def _kind_of(error: BaseException) -> ConnectFailure:
    name = type(error).__name__
    if isinstance(error, socket.gaierror):
        return ConnectFailure.DNS
    if isinstance(error, ConnectionRefusedError):
        return ConnectFailure.REFUSED
    if isinstance(error, TimeoutError) or name.endswith("Timeout"):  # httpx.ConnectTimeout…
        return ConnectFailure.TIMEOUT
    if isinstance(error, ssl.SSLError):
        return ConnectFailure.TLS
    text = str(error)
    if "Name or service not known" in text or "nodename nor servname" in text:
        return ConnectFailure.DNS  # httpx words the gaierror without keeping it
    if "Connection refused" in text:
        return ConnectFailure.REFUSED
    if "SSL" in text or "CERTIFICATE" in text:
        return ConnectFailure.TLS
    return ConnectFailure.OTHER


# A send's advice says first that nothing left: trying again is safe.
NOTHING_SENT = QT_TRANSLATE_NOOP("core", "Nothing was sent. {advice}")

# What to do, by kind: {host} and {port} are where the connection was going.
ADVICE: dict[ConnectFailure, Text] = {
    ConnectFailure.DNS: QT_TRANSLATE_NOOP(
        "core",
        "The host name {host} was not found (DNS). Check its spelling in the profile, and that "
        "this computer is online.",
    ),
    ConnectFailure.REFUSED: QT_TRANSLATE_NOOP(
        "core",
        "{host} answered, but nothing listens on port {port}: check the port in the profile.",
    ),
    ConnectFailure.TIMEOUT: QT_TRANSLATE_NOOP(
        "core",
        "{host} did not answer on port {port}: a firewall or the network may block that port. "
        "Check the network, or try another port.",
    ),
    ConnectFailure.TLS: QT_TRANSLATE_NOOP(
        "core",
        "The encrypted connection (TLS) to {host} failed. Check that the host and port speak "
        "TLS, and this computer's clock and certificates.",
    ),
}
