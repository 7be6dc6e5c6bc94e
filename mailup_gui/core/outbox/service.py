"""The sandbox's outbox as typed data: list it, watch it, read one message, delete.

Qt-free; every method blocks, so the UI calls them on a worker (ui/tasks.py). One
``SandboxOutbox`` keeps one HTTP client, so its connections stay open between calls: a
fresh client per call costs ~20 ms of TLS set-up on an idle machine and much more on a busy one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeVar

from ...api.dto import XSmtpApi
from ..message.options import stored_options
from .stored_message import Mailbox, ParsedMessage, parse_message

if TYPE_CHECKING:
    from ...sandbox.admin import OutboxMessage, OutboxRow, SandboxAdmin

T = TypeVar("T")


@dataclass(frozen=True)
class OutboxSummary:
    """One row of the outbox; times are ISO 8601 text as the sandbox writes them."""

    id: int
    received_at: str
    method: str
    username: str
    subject: str
    status: str
    recipient_count: int
    recipient_emails: tuple[str, ...] = ()
    template_id: int | None = None
    scheduled_for: str | None = None


@dataclass(frozen=True)
class OutboxChanges:
    """What is new since a known id; ``count`` is every message now in the outbox."""

    count: int
    new: tuple[OutboxSummary, ...]


@dataclass(frozen=True)
class StoredMessage:
    """One message in full: the .eml read, plus what only the sandbox knows of it."""

    summary: OutboxSummary
    parsed: ParsedMessage
    options: XSmtpApi  # read leniently: a member of the wrong type is not given
    dropped_headers: tuple[tuple[str, str], ...] = ()  # extended headers MailUp would drop

    @property
    def id(self) -> int:
        return self.summary.id


class SandboxOutbox:
    """Safe to share between threads; ``close()`` waits for no one: a call in flight finishes,
    then the last one out closes the client, so no connection is left open behind it."""

    def __init__(self, root: str) -> None:
        """``root``: the sandbox server's root URL, e.g. ``http://127.0.0.1:8025/``."""
        self.root = root
        self._admin: SandboxAdmin | None = None
        self._lock = threading.Lock()
        self._calls = 0  # in flight
        self._closed = False

    def messages(self) -> list[OutboxSummary]:
        """Every message, newest first."""
        return [summary_of(row) for row in self._use(lambda admin: admin.outbox())]

    def changes(self, after_id: int) -> OutboxChanges:
        page = self._use(lambda admin: admin.outbox_since(after_id))
        return OutboxChanges(page.count, tuple(summary_of(row) for row in page.messages))

    def message(self, message_id: int) -> StoredMessage:
        def fetch(admin: SandboxAdmin) -> tuple[OutboxMessage, bytes]:
            # Without bodies: they come with the .eml, which is parsed anyway.
            return admin.message(message_id, bodies=False), admin.eml(message_id)

        detail, raw = self._use(fetch)
        return stored_message(detail, raw)

    def delete(self, message_id: int) -> None:
        self._use(lambda admin: admin.delete_message(message_id))

    def clear(self) -> int:
        return self._use(lambda admin: admin.clear_outbox())

    def close(self) -> None:
        with self._lock:
            self._closed = True
            if not self._calls:
                self._release()

    def _use(self, call: Callable[[SandboxAdmin], T]) -> T:
        with self._lock:
            if self._closed:
                raise OutboxClosedError(f"the outbox client of {self.root} is closed")
            if self._admin is None:
                from ...sandbox.admin import SandboxAdmin  # httpx loads off the start-up path

                self._admin = SandboxAdmin(self.root)
            admin = self._admin
            self._calls += 1
        try:
            return call(admin)
        finally:
            with self._lock:
                self._calls -= 1
                if self._closed and not self._calls:
                    self._release()

    def _release(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None


class OutboxClosedError(RuntimeError):
    """A call on a SandboxOutbox after close(): the app has stopped following that sandbox."""


def summary_of(row: OutboxRow) -> OutboxSummary:
    return _summary(row, tuple(row.recipient_emails))


def _summary(row: OutboxRow | OutboxMessage, emails: tuple[str, ...]) -> OutboxSummary:
    return OutboxSummary(
        id=row.id,
        received_at=row.received_at,
        method=row.method,
        username=row.username,
        subject=row.subject,
        status=row.status,
        recipient_count=len(emails),
        recipient_emails=emails,
        template_id=row.template_id,
        scheduled_for=row.scheduled_for,
    )


def stored_message(detail: OutboxMessage, raw: bytes) -> StoredMessage:
    """The sandbox's detail of a message and its .eml, as one typed model."""
    parsed = parse_message(raw)
    bcc = tuple(
        Mailbox(recipient.name or "", recipient.email)
        for recipient in detail.recipients
        if recipient.kind == "bcc"
    )
    if bcc and not parsed.bcc:  # Bcc is never a header of the delivered message
        parsed = replace(parsed, bcc=bcc)
    dropped = {name.lower() for name in detail.dropped_headers}
    return StoredMessage(
        summary=_summary(detail, tuple(recipient.email for recipient in detail.recipients)),
        parsed=parsed,
        options=stored_options(detail.request.get("XSmtpAPI")),
        dropped_headers=tuple(
            (str(item.get("N", "")), str(item.get("V", "")))
            for item in detail.request.get("ExtendedHeaders") or []
            if str(item.get("N", "")).strip().lower() in dropped
        ),
    )
