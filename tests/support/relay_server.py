"""A real SMTP server on loopback for the relay tests (aiosmtpd): EHLO with STARTTLS (a
self-signed certificate made here with ``cryptography``), AUTH PLAIN and LOGIN for one SMTP+
user, and every message it accepts recorded. ``faults`` makes it answer as a refusing relay."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

USER, SECRET = "s10000_1", "relay-S3cret!"


def self_signed_context(folder: Path) -> ssl.SSLContext:
    """A server TLS context with a certificate for localhost and 127.0.0.1 that nobody signed."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    return context


@dataclass
class Received:
    login: str | None
    tls: bool
    mail_from: str
    mail_options: list[str]
    rcpt_tos: list[str]
    data: bytes


@dataclass
class Faults:
    """Replies the server gives instead of accepting (None: accept)."""

    mail: str | None = None
    rcpt: dict[str, str] = field(default_factory=dict)  # by address
    data: str | None = None
    drop_after_data: bool = False  # close the connection instead of answering the message
    stall_after_data: bool = False  # never answer the message


class Recorder:
    """The aiosmtpd handler: refuses as ``faults`` says, records what it accepts."""

    def __init__(self) -> None:
        self.received: list[Received] = []
        self.faults = Faults()

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.faults.mail:
            return self.faults.mail
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.faults.rcpt:
            return self.faults.rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.received.append(
            Received(
                login=session.auth_data,
                tls=session.ssl is not None,
                mail_from=envelope.mail_from,
                mail_options=list(envelope.mail_options),
                rcpt_tos=list(envelope.rcpt_tos),
                data=envelope.original_content,
            )
        )
        if self.faults.drop_after_data:
            server.transport.close()
        if self.faults.stall_after_data:
            await asyncio.sleep(30)
        return self.faults.data or "250 2.0.0 Ok: queued as TEST1"


def _authenticate(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (
        USER.encode(),
        SECRET.encode(),
    )
    return AuthResult(success=ok, handled=False, auth_data=USER if ok else None)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RelayServer:
    """``with RelayServer(tls_context) as server: server.address``; no TLS context: no
    STARTTLS offered."""

    def __init__(self, tls_context: ssl.SSLContext | None) -> None:
        self.recorder = Recorder()
        self.controller = Controller(
            self.recorder,
            hostname="127.0.0.1",
            port=free_port(),
            tls_context=tls_context,
            authenticator=_authenticate,
            auth_require_tls=False,  # loopback, as the sandbox allows
            enable_SMTPUTF8=True,
            ident="relay-test ESMTP",
        )

    @property
    def address(self) -> tuple[str, int]:
        return self.controller.hostname, self.controller.port

    def __enter__(self) -> RelayServer:
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()
