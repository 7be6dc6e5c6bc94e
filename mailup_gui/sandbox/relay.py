"""The sandbox's SMTP+ relay: aiosmtpd's SMTP server, judging as the API does.

EHLO offers STARTTLS (``certificate.py``) and AUTH PLAIN and LOGIN for the data file's SMTP+
users; AUTH works without TLS on loopback, so any test client can send. Each message is read
back into the API's request (``mime_reader.py``) and goes through the same checks, rendering and
outbox as a SendMessage, stored with method ``SMTP``. MailUp does not publish its relay's reply
codes: the mapping of its refusals to SMTP replies below is the sandbox's own.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import msgspec
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from ..api.dto import Message, SmtpUser
from .checks import NOT_AUTHORIZED, Refusal, authenticate, check_sender, decode_request
from .content import MALFORMED, NO_RECIPIENT, NO_SENDER, address_problem
from .data import User
from .limits import OVER_THE_LIMIT
from .mailup import queue
from .mime_reader import SMTPAPI_HEADER, SmtpReply, request_of
from .relay_limits import FailedLogins, RelayLimits
from .state import SandboxState
from .store import WriteError

METHOD = "SMTP"  # the outbox's method for a message received by the relay
IDENT = "MailUp sandbox SMTP+ relay"
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Login:
    """Who authenticated in this session; judged again at each message, as the data may change."""

    username: str
    secret: str = field(repr=False)

    def user(self, state: SandboxState) -> User:
        return authenticate(
            state.data, SmtpUser(self.username, self.secret), datetime.now(UTC), sending=True
        )


def auth_reply(refusal: Refusal) -> str:
    """The reply to AUTH for the API's refusal of the user or its account."""
    if refusal.code == NOT_AUTHORIZED:
        return "535 5.7.8 Authentication credentials invalid: unknown SMTP+ user or wrong secret."
    return f"535 5.7.0 {refusal.message}"  # the state, in the API's words


def message_reply(refusal: Refusal) -> str:
    """The reply to a message the API's checks refuse."""
    if refusal.code == NOT_AUTHORIZED:  # check_sender: the only 102 after AUTH
        return "550 5.7.1 The From address is not an authorised sender of this SMTP+ user."
    if refusal.code == NO_RECIPIENT:
        return "554 5.5.1 No valid recipients."
    if refusal.code == NO_SENDER:
        return "550 5.6.0 The message has no From header."
    if refusal.code == MALFORMED:
        reason = refusal.message.removeprefix("The operation failed.").strip()
        if "XSmtpAPI." in reason:  # a member of the header's JSON: the header is named first
            reason = (
                f"{SMTPAPI_HEADER}: {reason.replace('$.XSmtpAPI.', '').replace('XSmtpAPI.', '')}"
            )
        if OVER_THE_LIMIT in reason:  # a mailbox would not show it whole: too big, not malformed
            return f"552 5.3.4 {reason}"
        return f"550 5.6.0 {reason}"
    return auth_reply(refusal)  # the user's or account's state changed since AUTH


class RelayHandler:
    """aiosmtpd's handler and authenticator for one sandbox."""

    def __init__(self, state: SandboxState, limits: RelayLimits | None = None) -> None:
        self.state = state
        self.limits = limits or RelayLimits()
        self.failed_logins = FailedLogins(self.limits)

    def authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
    ) -> AuthResult:
        if not isinstance(data, LoginPassword):
            return AuthResult(success=False, handled=False)
        try:
            login = _Login(data.login.decode(), data.password.decode())
            login.user(self.state)
        except UnicodeDecodeError:
            return AuthResult(success=False, handled=False)
        except Refusal as refusal:
            return AuthResult(success=False, handled=False, message=auth_reply(refusal))
        return AuthResult(success=True, auth_data=login)

    async def handle_MAIL(  # aiosmtpd's hook names
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        mail_options: list[str],
    ) -> str:
        try:
            check_sender(self._login(session).user(self.state), address)
        except Refusal as refusal:
            reply = message_reply(refusal)
            return reply.replace("The From address", f"<{address}>", 1)
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Sender OK"

    async def handle_RCPT(
        self,
        server: SMTP,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        problem = address_problem(address)
        if problem:
            return f"553 5.1.3 <{address}>: {problem}"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Recipient OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if isinstance(server, RelaySMTP):  # the message is in: judging it is not its sender's time
            server.input_complete()
        content = envelope.original_content or b""
        login = self._login(session)
        loop = asyncio.get_running_loop()
        # Reading, judging, rendering and storing take time in proportion to the message.
        return await loop.run_in_executor(None, self.accept, login, content, envelope.rcpt_tos)

    def accept(self, login: _Login, content: bytes, recipients: list[str]) -> str:
        try:
            user = login.user(self.state)
            data, as_sent = request_of(content, recipients)
            dto, data = decode_request(msgspec.json.encode(data), Message)
            message_id = queue(self.state, dto, data, user, datetime.now(UTC), METHOD, as_sent)
        except SmtpReply as reply:
            return reply.reply
        except Refusal as refusal:
            return message_reply(refusal)
        except WriteError as error:  # not stored, so not accepted: the client tries again later
            return f"452 4.3.1 The sandbox could not accept this message: {error}."
        except Exception:  # a bug of the sandbox's: said as one, never with its text
            _log.exception("SMTP+ relay: the message could not be read")
            return "451 4.3.0 The sandbox failed to read this message (a bug: see its log)."
        _log.info("SMTP+ relay: %s queued message %s", user.username, message_id)
        return f"250 2.0.0 Ok: queued as sandbox message {message_id}"

    @staticmethod
    def _login(session: Session) -> _Login:
        login = session.auth_data
        assert isinstance(login, _Login)  # MAIL and DATA come after AUTH (auth_required)
        return login


class _DeprecationNoise(logging.Filter):
    """aiosmtpd logs a warning at every AUTH about an attribute it sets itself."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith("Session.login_data is deprecated")


logging.getLogger("mail.log").addFilter(_DeprecationNoise())


class RelaySMTP(SMTP):
    """aiosmtpd's SMTP with the relay's limits: DATA answered 554 when every recipient was
    refused; STARTTLS inside TLS 503; each wrong secret answered later the more an address
    has given one, and the connection closed (421) after ``auth_failures``; a client whose
    command or message arrives too slowly cut off (421).

    ``auth_in_the_clear`` allows AUTH before STARTTLS (loopback). Set after construction:
    passed to aiosmtpd, it warns (a UserWarning and a log line) at every connection."""

    def __init__(self, handler: RelayHandler, *, auth_in_the_clear: bool, **options: Any) -> None:
        super().__init__(handler, auth_require_tls=True, **options)
        self._auth_require_tls = not auth_in_the_clear
        self._relay = handler
        self._limits = handler.limits
        self._input_started: float | None = None  # when the command or message being read began
        self._input_bytes = 0
        self._input_check: asyncio.TimerHandle | None = None
        self._judging_auth = False
        self._auth_failures = 0

    def data_received(self, data: bytes) -> None:
        if self._input_started is None:
            self._input_started, self._input_bytes = self.loop.time(), 0
            self._check_input_in(self._limits.input_s)
        self._input_bytes += len(data)
        super().data_received(data)

    def input_complete(self) -> None:
        """The command or message being read has arrived whole: its clock stops."""
        self._input_started = None

    def _check_input_in(self, seconds: float) -> None:
        if self._input_check is not None:
            self._input_check.cancel()
        self._input_check = self.loop.call_later(seconds, self._check_input)

    def _check_input(self) -> None:
        self._input_check = None
        transport = self.transport
        if self._input_started is None or not isinstance(transport, asyncio.WriteTransport):
            return
        allowed = self._limits.input_s + self._input_bytes / self._limits.input_bytes_per_s
        left = self._input_started + allowed - self.loop.time()
        if left > 0:
            self._check_input_in(left)
            return
        _log.info("SMTP+ relay: %r sent too slowly, cut off", self.session and self.session.peer)
        transport.write(
            f"421 4.4.2 Input too slow: a command or message must arrive within "
            f"{self._limits.input_s:g} s; closing the connection.\r\n".encode()
        )
        transport.close()

    def connection_lost(self, error: Exception | None) -> None:
        if self._input_check is not None:
            self._input_check.cancel()
        super().connection_lost(error)

    async def push(self, status: str | bytes) -> None:
        self.input_complete()  # a reply: what it answers was read whole
        text = status.decode() if isinstance(status, bytes) else status
        if self._judging_auth and text.startswith("535 5.7.8"):  # a wrong secret, not a state
            await self._refuse_auth(text)
        else:
            await super().push(text)

    async def smtp_STARTTLS(self, arg: str) -> None:
        if self.session is not None and self.session.ssl is not None:
            await self.push("503 5.5.1 TLS is already active.")
            return
        await super().smtp_STARTTLS(arg)

    async def smtp_AUTH(self, arg: str) -> None:
        self._judging_auth = True
        try:
            await super().smtp_AUTH(arg)
        finally:
            self._judging_auth = False
        if self.session is not None and self.session.authenticated:
            self._relay.failed_logins.succeeded(self._peer_host())

    async def _refuse_auth(self, status: str) -> None:
        await asyncio.sleep(self._relay.failed_logins.penalty(self._peer_host()))
        await super().push(status)
        self._auth_failures += 1
        if self._auth_failures >= self._limits.auth_failures and self.transport is not None:
            await super().push(
                f"421 4.7.0 {self._auth_failures} failed authentications: closing the connection."
            )
            self.transport.close()

    def _peer_host(self) -> str:
        peer = self.session.peer if self.session is not None else None
        return str(peer[0]) if isinstance(peer, tuple) else str(peer)

    async def smtp_DATA(self, arg: str) -> None:
        envelope = self.envelope
        if envelope is not None and envelope.mail_from and not envelope.rcpt_tos:
            await self.push("554 5.5.1 No valid recipients.")
            return
        await super().smtp_DATA(arg)
