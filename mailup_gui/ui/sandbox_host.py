"""Runs the embedded sandbox for the app, in a child process the app starts before its window
(``core/app/sandbox_child.py``), or after, when the active profile becomes the sandbox.

A process of its own keeps the sandbox's work (JSON, base64 and MIME for megabytes of
attachments) from holding the GUI thread's interpreter lock, and a crash of one from taking
the other down. The child stops when its standard input closes or it sees the app gone
(``--stop-with-stdin``), so it never outlives the app, even when the app is killed.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..core.account.profiles import SmtpAddress
from ..core.app.sandbox_child import sandbox_log_file, spawn_sandbox_process
from ..texts import QT_TRANSLATE_NOOP
from .tasks import TaskRunner

_LISTENING = re.compile(r"listening on (\S+/API/v2\.0/)")
# printed before the API's line when the sandbox also runs its SMTP+ relay
_SMTP_LISTENING = re.compile(r"SMTP\+ relay listening on smtp://(\S+):(\d+)")
_SET_ASIDE = re.compile(r"Outbox database (.+) could not be read: kept as (.+); a fresh one")
# What a fresh outbox lacks (a module attribute: marked at import, translated where shown).
_OUTBOX_LOST = QT_TRANSLATE_NOOP("core", "the messages the sandbox received before")
_STOP_TIMEOUT_S = 5


@dataclass
class SandboxProcess:
    process: subprocess.Popen[str]
    api_base_url: str
    smtp_address: SmtpAddress | None = None  # (host, port) of its SMTP+ relay

    @property
    def root_url(self) -> str:
        return self.api_base_url[: -len("API/v2.0/")]

    def stop(self) -> None:
        stop_child(self.process)


def stop_child(process: subprocess.Popen[str]) -> None:
    stdin, stdout = process.stdin, process.stdout
    assert stdin is not None and stdout is not None  # pipes (spawn_sandbox_process)
    if process.poll() is None:
        stdin.close()  # the child's cue to stop cleanly
        try:
            process.wait(_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    stdout.close()


def wait_until_listening(process: subprocess.Popen[str]) -> SandboxProcess:
    """Read the child's lines until it says it listens (on a worker thread)."""
    assert process.stdout is not None  # a pipe: stdout=PIPE
    smtp: SmtpAddress | None = None
    for line in process.stdout:
        relay = _SMTP_LISTENING.search(line)
        if relay:
            smtp = (relay.group(1), int(relay.group(2)))
        found = _LISTENING.search(line)
        if found:
            return SandboxProcess(process, found.group(1), smtp)
        damaged = _SET_ASIDE.match(line)
        if damaged:
            from ..core.storage.damaged import DamagedFile, damaged_files

            path, kept_as = damaged.groups()
            damaged_files().report(DamagedFile(Path(path), Path(kept_as), _OUTBOX_LOST))
    process.wait()
    log_file = sandbox_log_file()
    tail = log_file.read_text(errors="replace").strip().splitlines()[-1:] or ["no output"]
    raise RuntimeError(
        QCoreApplication.translate(
            "SandboxHost", "it exited with code {code}: {line} (see {log})"
        ).format(code=process.returncode, line=tail[0], log=log_file)
    )


class SandboxHost(QObject):
    ready = Signal(str)  # the API base URL
    failed = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        parent: QObject | None = None,
        *,
        spawned: subprocess.Popen[str] | None = None,
    ) -> None:
        """``spawned``: the child, already started by the app before its window was built."""
        super().__init__(parent)
        self._tasks = tasks
        self._server: SandboxProcess | None = None
        self._spawned = spawned
        self._starting = False

    @property
    def api_base_url(self) -> str | None:
        return self._server.api_base_url if self._server else None

    @property
    def smtp_address(self) -> SmtpAddress | None:
        """Where its SMTP+ relay listens; None while it starts (or when it runs none)."""
        return self._server.smtp_address if self._server else None

    @property
    def root_url(self) -> str | None:
        return self._server.root_url if self._server else None

    def start(self) -> None:
        if self._server or self._starting:
            return
        self._starting = True
        spawned, self._spawned = self._spawned, None  # used once: "Try again" starts a new one
        self._tasks.run(
            lambda: wait_until_listening(spawned or spawn_sandbox_process()),
            self._on_started,
            self._on_failed,
        )

    def stop(self) -> None:
        if self._spawned is not None:  # started early, never waited for
            stop_child(self._spawned)
            self._spawned = None
        if self._server:
            self._server.stop()
            self._server = None

    def _on_started(self, server: SandboxProcess) -> None:
        self._starting = False
        self._server = server
        self.ready.emit(server.api_base_url)

    def _on_failed(self, error: Exception) -> None:
        self._starting = False
        self.failed.emit(self.tr("The local sandbox could not start: {error}").format(error=error))
