"""``SandboxAdmin``: a small Qt-free client of the sandbox's /sandbox/ endpoints.

Used by the app (through ``core.outbox.service`` and ``core.message.template_source``) and by the
tests. Imports only httpx and msgspec, never the server. One client keeps its connections open:
make one and reuse it. The outbox and the templates come back as typed structs (members the
sandbox adds later are ignored); the users and the faults, which only the tests read, as the
JSON the sandbox wrote.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Self, TypeVar

import httpx
import msgspec

T = TypeVar("T")


class Recipient(msgspec.Struct, frozen=True):
    kind: str  # "to", "cc" or "bcc"
    email: str
    name: str | None = None


class OutboxRow(msgspec.Struct, frozen=True):
    """A message of the outbox's list: who, what, when, without bodies."""

    id: int
    received_at: str  # ISO 8601, as the sandbox writes it
    method: str  # "SendMessage" or "SendTemplate"
    username: str
    subject: str = ""
    status: str = ""  # "queued" or "scheduled"
    recipient_count: int = 0
    recipient_emails: list[str] = msgspec.field(default_factory=list)
    template_id: int | None = None
    scheduled_for: str | None = None


class OutboxPage(msgspec.Struct, frozen=True):
    count: int  # every message now in the outbox
    messages: list[OutboxRow]  # those above the id asked for, newest first


class OutboxMessage(msgspec.Struct, frozen=True):
    """One message in full: the rendered subject, HTML and text, the recipients, and the
    request as the sandbox stored it (MailUp's member names, without the secret)."""

    id: int
    received_at: str
    method: str
    username: str
    subject: str = ""
    status: str = ""
    recipients: list[Recipient] = msgspec.field(default_factory=list)
    template_id: int | None = None
    scheduled_for: str | None = None
    request: dict[str, Any] = msgspec.field(default_factory=dict)
    html: str | None = None
    text: str | None = None
    dropped_headers: list[str] = msgspec.field(default_factory=list)  # names MailUp drops
    eml_url: str = ""


class TemplateImage(msgspec.Struct, frozen=True):
    content_id: str
    filename: str
    body: bytes  # base64 on the wire


class StoredTemplate(msgspec.Struct, frozen=True):
    id: int
    name: str
    subject: str
    html: str
    text: str | None = None
    account_id: int | None = msgspec.field(default=None, name="account")
    list_id: int | None = msgspec.field(default=None, name="list")
    content_ids: list[str] = msgspec.field(default_factory=list)
    images: list[TemplateImage] = msgspec.field(default_factory=list)


class SandboxAdminError(Exception):
    """The sandbox refused an admin call; the message is the sandbox's own."""

    def __init__(self, message: str, status_code: int) -> None:
        super().__init__(message)
        self.status_code = status_code


class SandboxAdmin:
    def __init__(
        self, base_url: str, *, timeout: float = 10.0, transport: httpx.BaseTransport | None = None
    ) -> None:
        """``base_url`` is the server's root, e.g. ``http://127.0.0.1:8025/``."""
        # JSON on every call: the sandbox refuses admin POSTs and DELETEs without it (door.py)
        self._http = httpx.Client(
            base_url=base_url.rstrip("/") + "/",
            timeout=timeout,
            transport=transport,
            headers={"Content-Type": "application/json"},
        )

    def outbox(self) -> list[OutboxRow]:
        """Every message, newest first, without bodies."""
        return self._read(list[OutboxRow], "GET", "sandbox/outbox")

    def message(self, message_id: int, *, bodies: bool = True) -> OutboxMessage:
        """One message in full: rendered subject/html/text, recipients, the stored request.
        ``bodies=False`` leaves out the HTML, text and files (read them from ``eml``)."""
        params = None if bodies else {"bodies": "false"}
        return self._read(OutboxMessage, "GET", f"sandbox/outbox/{message_id}", params=params)

    def eml(self, message_id: int) -> bytes:
        return self._call("GET", f"sandbox/outbox/{message_id}.eml").content

    def outbox_since(self, message_id: int) -> OutboxPage:
        return self._read(OutboxPage, "GET", f"sandbox/outbox/since/{message_id}")

    def delete_message(self, message_id: int) -> None:
        self._call("DELETE", f"sandbox/outbox/{message_id}")

    def clear_outbox(self) -> int:
        return self._call("DELETE", "sandbox/outbox").json()["deleted"]

    def template(self, template_id: int) -> StoredTemplate:
        """A stored template: subject, html, text, list, name, images."""
        return self._read(StoredTemplate, "GET", f"sandbox/templates/{template_id}")

    def users(self) -> list[dict[str, Any]]:
        return self._call("GET", "sandbox/users").json()

    def set_user(self, username: str, **changes: Any) -> dict[str, Any]:
        """Change a user: ``is_enabled``, ``admin_block``, ``block_until`` (datetime or None),
        ``deleted``, ``secret``."""
        body = {_pascal(name): _wire(value) for name, value in changes.items()}
        return self._call("POST", f"sandbox/users/{username}", json=body).json()

    def set_account(self, account_id: int, state: str) -> dict[str, Any]:
        """``state``: "active", "suspended" or "deleted"."""
        return self._call("POST", f"sandbox/accounts/{account_id}", json={"State": state}).json()

    def faults(self) -> dict[str, Any]:
        return self._call("GET", "sandbox/faults").json()

    def set_faults(
        self,
        *,
        latency_ms: int = 0,
        http_5xx: int | None = None,
        drop: bool = False,
        times: int | None = None,
    ) -> dict[str, Any]:
        """Faults for the next ``times`` MailUp calls (None: until cleared); see faults.py."""
        body = {"latency_ms": latency_ms, "http_5xx": http_5xx, "drop": drop, "times": times}
        return self._call("POST", "sandbox/faults", json=body).json()

    def clear_faults(self) -> None:
        self._call("POST", "sandbox/faults", json={})

    def reset(self) -> None:
        """Reload the data file and clear the faults; the outbox stays."""
        self._call("POST", "sandbox/reset")

    def _read(self, type_: type[T], method: str, path: str, **kwargs: Any) -> T:
        return msgspec.json.decode(self._call(method, path, **kwargs).content, type=type_)

    def _call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        response = self._http.request(method, path, **kwargs)
        if response.is_error:
            try:
                detail = response.json()["error"]
            except (ValueError, KeyError, TypeError):
                detail = response.text[:200]
            raise SandboxAdminError(
                f"{method} /{path}: HTTP {response.status_code}: {detail}", response.status_code
            )
        return response

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _pascal(name: str) -> str:
    return "".join(word.capitalize() for word in name.split("_"))


def _wire(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value
