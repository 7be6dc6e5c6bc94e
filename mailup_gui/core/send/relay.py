"""MailUp's SMTP+ relay with ``smtplib``: the relay transport of ``core.send.pipeline`` and the
relay's "Test connection".

A send is: connect, EHLO, STARTTLS (required except on loopback), EHLO, AUTH with the SMTP+
user, MAIL FROM, RCPT TO for To, Cc and Bcc, DATA, QUIT. Every SMTP refusal becomes a
``RelayError`` (a ``MailUpError``: ``Failure.of`` keeps its reply code, the server's text and a
plain-words hint). Once the whole message is written, a lost connection or a missing reply
means MailUp may have accepted it: that is ``OutcomeUnknownError``, never retried by itself.
"""

from __future__ import annotations

import enum
import re
import smtplib
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from ...api.connect_failure import ADVICE, NOTHING_SENT, ConnectFailure, connect_failure
from ...api.dates import find_datetime, format_local
from ...api.dto import Message, TemplateMessage
from ...api.errors import CODES, InvalidRequestError, MailUpError, OutcomeUnknownError
from ...api.problem import Problem
from ...texts import QT_TRANSLATE_NOOP
from ..account.connection import EndpointNotReady, secret_for
from ..account.profiles import Profile, RelayEndpoint, SmtpAddress
from ..account.secrets import SecretStore
from .mime_message import RelayMessage, relay_message, relay_problems
from .result import Failure, RelayReply

TIMEOUT_S = 30.0  # connecting and each command's reply
DATA_REPLY_TIMEOUT_S = 300.0  # RFC 5321 asks clients to wait 10 minutes; MailUp answers sooner
MIN_UPLOAD_BYTES_PER_S = 20_000  # writing the message may take this long before it times out


class Step(enum.StrEnum):
    """The stages of an SMTP conversation, named as the protocol names them."""

    CONNECT = "connect"
    EHLO = "EHLO"
    STARTTLS = "STARTTLS"
    AUTH = "AUTH"
    MAIL = "MAIL FROM"
    RCPT = "RCPT TO"
    DATA = "DATA"
    QUIT = "QUIT"


class RelayError(MailUpError):
    """The relay refused a step, or the conversation broke before the message was complete
    (nothing was sent)."""

    # Class attributes: noted for translation at import, as the journal shows them again later.
    REPLY = QT_TRANSLATE_NOOP("core", "SMTP {code} at {step}: {message}")
    UNREACHABLE = QT_TRANSLATE_NOOP("core", "Could not reach the relay {endpoint} ({detail})")
    BROKEN = QT_TRANSLATE_NOOP("core", "The connection to the relay broke at {step} ({detail})")
    WRONG_CREDENTIALS = QT_TRANSLATE_NOOP(
        "core",
        "The SMTP+ username or secret is wrong. The relay takes the same SMTP+ user and secret "
        "as the API: if the password was changed in MailUp, update this profile's secret.",
    )
    SENDER_NOT_AUTHORISED = QT_TRANSLATE_NOOP(
        "core",
        "The From address is not an authorised sender of this SMTP+ user. Use an address or "
        "domain from the user's allowed senders (see the dashboard) or ask the account's "
        "administrator to add it.",
    )
    TOO_LARGE = QT_TRANSLATE_NOOP(
        "core",
        "The message is too large for the relay. MailUp takes attachments up to 10 MiB in all: "
        "remove or shrink some.",
    )
    NO_VALID_RECIPIENT = QT_TRANSLATE_NOOP(
        "core", "The relay accepted none of the recipients. Check the addresses in To, Cc and Bcc."
    )
    RECIPIENT_REFUSED = QT_TRANSLATE_NOOP(
        "core",
        "The relay refused the recipient {address}; nothing was sent. Correct or remove it.",
    )
    TEMPORARY = QT_TRANSLATE_NOOP(
        "core",
        "The relay has a temporary problem; nothing was sent. Try again in a few minutes.",
    )
    REFUSED = QT_TRANSLATE_NOOP(
        "core", "The relay refused the message; nothing was sent. Read the relay's reply."
    )
    UNREACHABLE_HINT = QT_TRANSLATE_NOOP(
        "core",
        "Nothing was sent. Check the relay host and port in the profile. Many networks block "
        "port 25: try a port from 1025 to 5000.",
    )
    BROKEN_HINT = QT_TRANSLATE_NOOP(
        "core",
        "The connection broke before the whole message reached the relay: nothing was sent. "
        "Try again.",
    )
    NO_STARTTLS = QT_TRANSLATE_NOOP(
        "core",
        "The relay does not offer STARTTLS, and the secret is never sent unencrypted: nothing "
        "was sent. Check the relay host and port.",
    )
    UNTRUSTED = QT_TRANSLATE_NOOP(
        "core",
        "The relay's certificate could not be verified ({detail}); nothing was sent. Check the "
        "relay host: MailUp's hosts are fast.smtpok.com and in.smtpok.com.",
    )
    NO_AUTH = QT_TRANSLATE_NOOP(
        "core",
        "The relay offers no login (SMTP AUTH): it is not MailUp's SMTP+ relay. Check the "
        "relay host and port.",
    )
    NOT_ASCII = QT_TRANSLATE_NOOP(
        "core",
        "SMTP AUTH carries only ASCII characters: check the SMTP+ username and secret.",
    )
    NO_SMTPUTF8 = QT_TRANSLATE_NOOP(
        "core",
        "An address has non-ASCII characters and the relay does not take them (no SMTPUTF8).",
    )

    def __init__(
        self,
        step: Step,
        summary: str,
        hint: str,
        *,
        code: str | None = None,
        server_message: str | None = None,
        retryable: bool = False,
        problems: tuple[Problem, ...] = (),
    ) -> None:
        super().__init__(
            summary, hint=hint, retryable=retryable, code=code, server_message=server_message
        )
        self.step = step
        self.problems = problems


# The user's and account's states, as MailUp's API names them, in its order of checks.
_STATES = (
    (re.compile(r"account\b.*\bsuspended", re.I | re.S), "107"),
    (re.compile(r"account\b.*\bdeleted", re.I | re.S), "108"),
    (re.compile(r"account\b.*\b(cannot be found|not found|unknown)", re.I | re.S), "106"),
    (re.compile(r"user\b.*\bdeleted", re.I | re.S), "112"),
    (re.compile(r"user\b.*\b(not enabled|disabled)", re.I | re.S), "103"),
    (re.compile(r"blocked until", re.I), "105"),
    (re.compile(r"user\b.*\bblocked", re.I | re.S), "104"),
)


def refusal(step: Step, code: int, text: str, problems: tuple[Problem, ...] = ()) -> RelayError:
    """The typed failure for the relay's reply ``code text`` to ``step``."""
    summary = RelayError.REPLY.format(code=code, step=step.value, message=text)
    hint, retryable = RelayError.REFUSED, 400 <= code < 500  # 4xx: try again later
    state = next((api_code for pattern, api_code in _STATES if pattern.search(text)), None)
    if state is not None:  # the user's or account's state, as the API would name it
        until = find_datetime(text)
        hint = CODES[state].hint.format(until=format_local(until) if until else text)
    elif retryable:
        hint = RelayError.TEMPORARY
    elif code == 535:
        hint = RelayError.WRONG_CREDENTIALS
    elif code == 550 and text.startswith("5.7.1"):
        hint = RelayError.SENDER_NOT_AUTHORISED
        problems = (Problem("From", hint),)
    elif code == 552:
        hint = RelayError.TOO_LARGE
    elif code == 554:
        hint = RelayError.NO_VALID_RECIPIENT
        problems = problems or (Problem("To", hint),)
    return RelayError(
        step,
        summary,
        hint,
        code=str(code),
        server_message=text,
        retryable=retryable,
        problems=problems,
    )


def tls_context(endpoint: RelayEndpoint) -> ssl.SSLContext:
    """Certificates and host names are verified, except on loopback: the sandbox makes a
    self-signed certificate when it starts, nothing can vouch for it, and a connection that
    never leaves the computer has no one in the middle to guard against."""
    context = ssl.create_default_context()
    if endpoint.loopback:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


@dataclass(frozen=True)
class Greeting:
    """What the relay said about itself on the way in."""

    banner: str  # the 220 line after connecting
    server_name: str  # the first line of its EHLO reply
    tls_version: str | None  # e.g. "TLSv1.3" after STARTTLS; None when not encrypted
    auth_mechanisms: tuple[str, ...]


class _Conversation:
    """One SMTP session, every step turning failures into ``RelayError``."""

    def __init__(self, endpoint: RelayEndpoint, timeout: float) -> None:
        self.endpoint = endpoint
        self.smtp = smtplib.SMTP(timeout=timeout)
        self.passed: list[Step] = []

    @contextmanager
    def step(self, step: Step) -> Iterator[None]:
        try:
            yield
        except RelayError:
            raise
        except smtplib.SMTPResponseException as error:
            raise refusal(step, error.smtp_code, _text(error.smtp_error)) from None
        except ssl.SSLCertVerificationError as error:
            detail = error.verify_message or str(error)
            raise RelayError(
                step,
                RelayError.BROKEN.format(step=step.value, detail=detail),
                RelayError.UNTRUSTED.format(detail=detail),
            ) from None
        except smtplib.SMTPNotSupportedError:
            raise RelayError(
                step, RelayError.BROKEN.format(step=step.value, detail="AUTH"), RelayError.NO_AUTH
            ) from None
        except OSError as error:  # refused, unreachable, timed out, TLS, connection lost
            detail = str(error) or type(error).__name__
            kind = connect_failure(error)
            if step is Step.CONNECT:
                summary = RelayError.UNREACHABLE.format(endpoint=self.endpoint.label, detail=detail)
                hint = RelayError.UNREACHABLE_HINT
                if kind in ADVICE:
                    where = {"host": self.endpoint.host, "port": self.endpoint.port}
                    hint = NOTHING_SENT.format(advice=ADVICE[kind].format(**where))
            elif kind is ConnectFailure.TLS:
                summary = RelayError.BROKEN.format(step=step.value, detail=detail)
                hint = ADVICE[kind].format(host=self.endpoint.host, port=self.endpoint.port)
            else:
                summary = RelayError.BROKEN.format(step=step.value, detail=detail)
                hint = RelayError.BROKEN_HINT
            raise RelayError(step, summary, hint, retryable=True) from None
        self.passed.append(step)

    def open(self, username: str, secret: str) -> Greeting:
        """Connect, EHLO, STARTTLS when required, AUTH; what the relay said on the way."""
        with self.step(Step.CONNECT):
            # STARTTLS checks the certificate against _host, which smtplib sets only when the
            # host is given to the constructor (which would connect and drop the banner).
            self.smtp._host = self.endpoint.host  # pyright: ignore[reportAttributeAccessIssue]
            _, banner = self.smtp.connect(self.endpoint.host, self.endpoint.port)
        with self.step(Step.EHLO):
            self._ehlo()
        tls_version = None
        if self.endpoint.starttls:
            with self.step(Step.STARTTLS):
                if not self.smtp.has_extn("starttls"):
                    raise RelayError(
                        Step.STARTTLS,
                        RelayError.BROKEN.format(step="STARTTLS", detail="not offered"),
                        RelayError.NO_STARTTLS,
                    )
                self.smtp.starttls(context=tls_context(self.endpoint))
                self._ehlo()
                sock = self.smtp.sock
                tls_version = sock.version() if isinstance(sock, ssl.SSLSocket) else None
        server_name = _text(self.smtp.ehlo_resp or b"").split("\n")[0]
        mechanisms = tuple(self.smtp.esmtp_features.get("auth", "").upper().split())
        with self.step(Step.AUTH):
            try:
                self.smtp.login(username, secret)
            except UnicodeEncodeError:  # smtplib encodes credentials as ASCII
                raise RelayError(
                    Step.AUTH,
                    RelayError.BROKEN.format(step="AUTH", detail="not ASCII"),
                    RelayError.NOT_ASCII,
                ) from None
        return Greeting(_text(banner), server_name, tls_version, mechanisms)

    def deliver(self, message: RelayMessage) -> RelayReply:
        """MAIL FROM, RCPT TO each recipient, DATA; the relay's reply to the message."""
        data = message.as_bytes()
        options = []
        if self.smtp.has_extn("size"):
            options.append(f"SIZE={len(data)}")
        if message.utf8:
            if not self.smtp.has_extn("smtputf8"):
                raise RelayError(
                    Step.MAIL,
                    RelayError.BROKEN.format(step="MAIL FROM", detail="SMTPUTF8"),
                    RelayError.NO_SMTPUTF8,
                )
            options.append("SMTPUTF8")
        with self.step(Step.MAIL):
            self._expect(Step.MAIL, self.smtp.mail(message.sender, options), 250)
        with self.step(Step.RCPT):
            for address, field in zip(message.recipients, _recipient_fields(message), strict=True):
                code, reply = self.smtp.rcpt(address)
                if code not in (250, 251):
                    self.smtp.rset()  # all or nobody: no recipient gets a partial send
                    hint = RelayError.RECIPIENT_REFUSED.format(address=address)
                    problems = (Problem(field, hint),)
                    raise refusal(Step.RCPT, code, _text(reply), problems)
        with self.step(Step.DATA):
            self._expect(Step.DATA, self.smtp.docmd("DATA"), 354)
            self._write(data)
        return self._data_reply()

    def _write(self, data: bytes) -> None:
        # What smtplib.SMTP.data writes, timed for the size: a failure before the final
        # "." leaves the message incomplete, which the relay discards.
        payload = re.sub(rb"(?m)^\.", b"..", data)
        if not payload.endswith(b"\r\n"):
            payload += b"\r\n"
        sock = self.smtp.sock
        if sock is not None:
            sock.settimeout(TIMEOUT_S + len(payload) / MIN_UPLOAD_BYTES_PER_S)
        self.smtp.send(payload + b".\r\n")

    def _data_reply(self) -> RelayReply:
        """The reply to the written message. Without one, it may have been accepted."""
        try:
            if self.smtp.sock is not None:
                self.smtp.sock.settimeout(DATA_REPLY_TIMEOUT_S)
            code, reply = self.smtp.getreply()
        except OSError as error:
            raise OutcomeUnknownError(
                QT_TRANSLATE_NOOP(
                    "core", "the relay gave no answer to the message it received: {error}"
                ).format(error=str(error) or type(error).__name__)
            ) from None
        self.passed.append(Step.DATA)
        if code != 250:
            raise refusal(Step.DATA, code, _text(reply))
        return RelayReply(str(code), _text(reply))

    def _ehlo(self) -> None:
        self._expect(Step.EHLO, self.smtp.ehlo(), 250)

    @staticmethod
    def _expect(step: Step, answer: tuple[int, bytes], wanted: int) -> None:
        code, reply = answer
        if code != wanted:
            raise refusal(step, code, _text(reply))

    def quit(self) -> None:
        """QUIT politely; the answer does not change what happened before."""
        try:
            self.smtp.quit()
            self.passed.append(Step.QUIT)
        except (OSError, smtplib.SMTPException):
            self.smtp.close()


def _recipient_fields(message: RelayMessage) -> list[str]:
    """The request's field of each envelope recipient, in order, to mark a refused one."""
    members = (("To", message.to), ("Cc", message.cc), ("Bcc", message.bcc))
    return [f"{member}[{index}].Email" for member, items in members for index in range(len(items))]


def _text(reply: bytes | str) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply


# ----- the transport --------------------------------------------------------------------
def relay_transport(profile: Profile, secret: str, sandbox_smtp: SmtpAddress | None):
    """``core.send.pipeline``'s transport for ``Channel.SMTP`` (a ``sending.Transport``): the
    profile's relay, the embedded sandbox's SMTP listener for the sandbox profile."""

    def send(request: Message | TemplateMessage) -> RelayReply:
        problems = relay_problems(request)
        if problems:
            raise InvalidRequestError(problems)
        assert isinstance(request, Message)  # relay_problems refuses templates
        endpoint = profile.relay_endpoint(sandbox_smtp)
        if endpoint is None:
            raise EndpointNotReady()
        return send_through_relay(endpoint, profile.username, secret, relay_message(request))

    return send


def send_through_relay(
    endpoint: RelayEndpoint, username: str, secret: str, message: RelayMessage
) -> RelayReply:
    conversation = _Conversation(endpoint, TIMEOUT_S)
    try:
        conversation.open(username, secret)
        reply = conversation.deliver(message)
    except BaseException:
        conversation.smtp.close()
        raise
    conversation.quit()
    return reply


# ----- Test connection ------------------------------------------------------------------
@dataclass(frozen=True)
class RelayCheck:
    """What "Test connection" found: the steps that passed, what the relay said, and the step
    that failed with why (``failure``), if one did."""

    endpoint: RelayEndpoint
    passed: tuple[Step, ...]
    greeting: Greeting | None = None
    failed_step: Step | None = None
    failure: Failure | None = None

    @property
    def ok(self) -> bool:
        return self.failed_step is None


def check_relay(endpoint: RelayEndpoint, username: str, secret: str) -> RelayCheck:
    """Connect, STARTTLS, AUTH, QUIT: never a message. Never raises for the relay's sake."""
    conversation = _Conversation(endpoint, TIMEOUT_S)
    try:
        greeting = conversation.open(username, secret)
    except RelayError as error:
        conversation.smtp.close()
        return RelayCheck(endpoint, tuple(conversation.passed), None, error.step, Failure.of(error))
    conversation.quit()
    return RelayCheck(endpoint, tuple(conversation.passed), greeting)


def check_profile_relay(
    profile: Profile,
    secrets: SecretStore,
    sandbox_smtp: SmtpAddress | None,
    typed_secret: str = "",
) -> RelayCheck:
    """The profile's relay tested with the secret just typed, else the stored one. Raises
    ``SecretMissing`` and ``EndpointNotReady`` as ``connection.check_profile`` does."""
    endpoint = profile.relay_endpoint(sandbox_smtp)
    if endpoint is None:
        raise EndpointNotReady()
    return check_relay(endpoint, profile.username, typed_secret or secret_for(profile, secrets))
