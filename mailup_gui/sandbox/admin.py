"""``SandboxAdmin``: a small Qt-free client of the sandbox's /sandbox/ endpoints.

Used by the app (through ``core.outbox.service``) and by the tests. Imports only httpx, never the
server. One client keeps its connections open: make one and reuse it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Self

import httpx


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

    def outbox(self) -> list[dict[str, Any]]:
        """Every message, newest first, without bodies (see README.md for the members)."""
        return self._call("GET", "sandbox/outbox").json()

    def message(self, message_id: int, *, bodies: bool = True) -> dict[str, Any]:
        """One message in full: rendered subject/html/text, recipients, the stored request.
        ``bodies=False`` leaves out the HTML, text and files (read them from ``eml``)."""
        params = None if bodies else {"bodies": "false"}
        return self._call("GET", f"sandbox/outbox/{message_id}", params=params).json()

    def eml(self, message_id: int) -> bytes:
        return self._call("GET", f"sandbox/outbox/{message_id}.eml").content

    def outbox_since(self, message_id: int) -> dict[str, Any]:
        """``{"count": every message, "messages": those above message_id, newest first}``."""
        return self._call("GET", f"sandbox/outbox/since/{message_id}").json()

    def delete_message(self, message_id: int) -> None:
        self._call("DELETE", f"sandbox/outbox/{message_id}")

    def clear_outbox(self) -> int:
        return self._call("DELETE", "sandbox/outbox").json()["deleted"]

    def template(self, template_id: int) -> dict[str, Any]:
        """A stored template: subject, html, text, list, name, images (base64 bodies)."""
        return self._call("GET", f"sandbox/templates/{template_id}").json()

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
