"""``MailUpClient``: the three transactional methods over one ``httpx.Client``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import httpx
import msgspec

from .. import __version__
from .connect_failure import connect_failure
from .dto import ListUserInfoRequest, Message, SmtpUser, TemplateMessage, UserInfo, to_json
from .endpoints import (
    LIST_USER_INFO_PATH,
    PRODUCTION_BASE_URL,
    SEND_MESSAGE_PATH,
    SEND_TEMPLATE_PATH,
    normalize_base_url,
)
from .errors import (
    ConnectionFailedError,
    InvalidRequestError,
    NetworkError,
    OutcomeUnknownError,
)
from .responses import SendResult, check_envelope, decode_body, parse_user_list
from .validation import validate_request

USER_AGENT = f"mailup-gui/{__version__} (httpx/{httpx.__version__})"
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)

# Failures where the request had not left the machine: safe to try again.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


@dataclass(frozen=True)
class Prepared:
    """A send ready to post: its path and its JSON body. The body holds the secret."""

    path: str
    body: bytes

    def __repr__(self) -> str:
        return f"Prepared(path={self.path!r}, body=<{len(self.body)} bytes>)"


class MailUpClient:
    """A typed client for SendMessage, SendTemplate and ListUserInfo.

    Credentials travel in the body, as MailUp requires. ``validate=False`` on a send skips the
    local checks and lets the server judge (useful to see what MailUp itself answers).
    """

    def __init__(
        self,
        base_url: str = PRODUCTION_BASE_URL,
        username: str = "",
        secret: str = "",
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self._user = SmtpUser(username=username, secret=secret)
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=timeout,
            transport=transport,
            verify=True,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "application/json",
                "Content-Type": "application/json",
            },
        )

    @property
    def username(self) -> str:
        return self._user.username

    def send_message(self, message: Message, *, validate: bool = True) -> SendResult:
        return self.send(self.prepare(message, validate=validate))

    def send_template(self, template: TemplateMessage, *, validate: bool = True) -> SendResult:
        return self.send(self.prepare(template, validate=validate))

    def prepare(self, request: Message | TemplateMessage, *, validate: bool = True) -> Prepared:
        """Check and encode a send once; ``body`` is what ``send`` posts (credentials included)."""
        if validate:
            problems = validate_request(request)
            if problems:
                raise InvalidRequestError(problems)
        path = SEND_TEMPLATE_PATH if isinstance(request, TemplateMessage) else SEND_MESSAGE_PATH
        return Prepared(path, self.request_body(request))

    def send(self, prepared: Prepared) -> SendResult:
        try:
            response = self._http.post(prepared.path, content=prepared.body)
        except _NOT_SENT as error:
            raise ConnectionFailedError(_describe(error), **_where(error)) from None
        except httpx.HTTPError as error:
            # The body may have reached MailUp: sending is not idempotent, never retry.
            raise OutcomeUnknownError(_describe(error)) from None
        return check_envelope(response.status_code, self._json(response))

    def list_user_info(self, username: str | None = None) -> list[UserInfo]:
        """Every SMTP+ user of the caller's List, or just ``username``."""
        body = to_json(ListUserInfoRequest(user=self._user, username=username or None))
        try:
            response = self._http.post(LIST_USER_INFO_PATH, content=body)
        except _NOT_SENT as error:
            raise ConnectionFailedError(_describe(error), sending=False, **_where(error)) from None
        except httpx.HTTPError as error:
            raise NetworkError(_describe(error)) from None
        return parse_user_list(response.status_code, self._json(response))

    def request_body(self, request: Message | TemplateMessage) -> bytes:
        """The exact JSON a send would post, credentials included."""
        return to_json(msgspec.structs.replace(request, user=self._user))

    @staticmethod
    def _json(response: httpx.Response) -> Any:
        return decode_body(
            response.status_code, response.content, response.headers.get("content-type", "")
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> MailUpClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"MailUpClient(base_url={self.base_url!r}, username={self.username!r})"


def _where(error: httpx.HTTPError) -> dict[str, Any]:
    """Where a failed connection was going, and why it failed, for the advice."""
    try:
        url = error.request.url
    except RuntimeError:  # an error raised before any request was made
        return {}
    port = url.port or (443 if url.scheme == "https" else 80)
    return {"host": url.host, "port": port, "kind": connect_failure(error)}


def _describe(error: httpx.HTTPError) -> str:
    """A short, secret-free description of a transport failure."""
    detail = str(error) or type(error).__name__
    return f"{type(error).__name__}: {detail}"
