"""The local socket between a running app and a second start on the same data folder.

The running app listens (after its first paint: QtNetwork costs nothing before it); a second
start sends one request line and waits for one answer line. See ``core.app.single_instance``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from ..core.app.single_instance import (
    HandOver,
    decode_answer,
    decode_hand_over,
    encode_answer,
    encode_hand_over,
    unknown_profile,
)

if TYPE_CHECKING:
    from .main_window import MainWindow

_CONNECT_TRIES_S = 10.0  # the running app may still be starting, before it listens
_ANSWER_MS = 5_000
_MAX_LINE = 4096


class HandOverServer(QObject):
    """Answers each request with ``handle(request)``: None when done, else an error text."""

    def __init__(
        self, name: str, handle: Callable[[HandOver], str | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._handle = handle
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a crashed instance's socket file; we hold the lock
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)

    def _read(self, connection: QLocalSocket) -> None:
        if not connection.canReadLine():
            if connection.bytesAvailable() > _MAX_LINE:
                connection.abort()
            return
        request = decode_hand_over(bytes(connection.readLine(_MAX_LINE).data()))
        if request is None:
            connection.abort()
            return
        connection.write(encode_answer(self._handle(request)))
        connection.disconnectFromServer()  # after the answer is written


def answer_hand_over(window: MainWindow, request: HandOver) -> str | None:
    """In the running app: switch profile if asked, and come to the front."""
    profiles = window.context.profiles
    chosen = None
    if request.sandbox:
        chosen = profiles.ensure_sandbox()
    elif request.profile:
        chosen = profiles.find(request.profile)
        if chosen is None:
            return unknown_profile(profiles, request.profile)
    if chosen is not None and chosen.id != getattr(profiles.active, "id", None):
        profiles.set_active(chosen.id)
        window.reload_profiles()
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    return None


def hand_over(name: str, request: HandOver) -> str | None:
    """Send ``request`` to the app listening on ``name``; None when it was done, else the
    app's error text. Raises ``ConnectionError`` when no app answers."""
    socket = QLocalSocket()
    deadline = time.monotonic() + _CONNECT_TRIES_S
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            break
        if time.monotonic() > deadline:
            raise ConnectionError(socket.errorString())
        time.sleep(0.05)
    socket.write(encode_hand_over(request))
    socket.waitForBytesWritten(_ANSWER_MS)
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(_ANSWER_MS):
        answer += bytes(socket.readAll().data())
    answer += bytes(socket.readAll().data())  # what came with the app's disconnect
    socket.disconnectFromServer()
    if not answer:
        raise ConnectionError("the running app did not answer")
    return decode_answer(answer)
