"""A request must arrive whole in time: a client that sends its headers or its body a byte at
a time (slowloris) is answered 408 and cut off.

uvicorn times out only idle keep-alive connections, so its HTTP protocol is extended: a timer
starts at a connection's first moment and at the first byte of each later request, and stops
once the request (headers and body) is in. While the sandbox itself holds reading back (a body
it has not consumed yet), the client is not to blame and the timer starts again.
"""

from __future__ import annotations

import asyncio

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

REQUEST_SECONDS = 30.0
_RECEIVED = frozenset({h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR})
_TOO_SLOW = (
    b"HTTP/1.1 408 Request Timeout\r\ncontent-type: text/plain; charset=utf-8\r\n"
    b"connection: close\r\ncontent-length: 42\r\n\r\nThe request did not arrive whole in time.\n"
)


class _DeadlineProtocol(H11Protocol):
    seconds = REQUEST_SECONDS
    _deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start()

    def data_received(self, data: bytes) -> None:
        if self._deadline is None:
            self._start()  # the first byte of the next request
        super().data_received(data)
        if self.conn.their_state in _RECEIVED:
            self._stop()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop()
        super().connection_lost(exc)

    def _start(self) -> None:
        self._deadline = self.loop.call_later(self.seconds, self._too_slow)

    def _stop(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        if self.flow.read_paused:  # the sandbox, not the client, is holding the body back
            self._start()
            return
        if self.conn.our_state in (h11.IDLE, h11.SEND_RESPONSE):  # no answer begun
            self.transport.write(_TOO_SLOW)
        self.transport.close()


def protocol_with_deadline(seconds: float) -> type[H11Protocol]:
    """uvicorn's h11 protocol, cutting off a request not in whole within ``seconds``."""
    return type("DeadlineProtocol", (_DeadlineProtocol,), {"seconds": seconds})
