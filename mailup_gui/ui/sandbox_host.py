"""Runs the embedded sandbox for the app: started off the GUI thread after first paint."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from .tasks import TaskRunner


class SandboxHost(QObject):
    ready = Signal(str)  # the API base URL
    failed = Signal(str)

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._server: Any = None
        self._starting = False

    @property
    def api_base_url(self) -> str | None:
        return self._server.api_base_url if self._server else None

    @property
    def root_url(self) -> str | None:
        return self._server.root_url if self._server else None

    def start(self) -> None:
        if self._server or self._starting:
            return
        self._starting = True
        self._tasks.run(_start_server, self._on_started, self._on_failed)

    def stop(self) -> None:
        if self._server:
            self._server.stop()
            self._server = None

    def _on_started(self, server: Any) -> None:
        self._starting = False
        self._server = server
        self.ready.emit(server.api_base_url)

    def _on_failed(self, error: Exception) -> None:
        self._starting = False
        self.failed.emit(f"The local sandbox could not start: {error}")


def _start_server() -> Any:
    from ..sandbox.server import SandboxServer  # starlette and uvicorn load here, off the GUI thread

    server = SandboxServer()
    server.start()
    return server
