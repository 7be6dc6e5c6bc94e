"""The SMTP+ relay's STARTTLS certificate: self-signed, made with ``cryptography`` the first time
and kept in the sandbox's data folder next to the outbox, reused while it stays valid.

Nobody can vouch for it, so clients reach the sandbox without verifying it (the app does so on
loopback only); it still encrypts, as MailUp's relay does, so that STARTTLS paths get exercised.
"""

from __future__ import annotations

import ipaddress
import os
import ssl
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CERT_NAME = "sandbox-smtp-cert.pem"
KEY_NAME = "sandbox-smtp-key.pem"
_VALID_FOR = timedelta(days=365)
_RENEW_BEFORE = timedelta(days=1)  # a certificate this close to its end is made anew


def tls_context(folder: Path, host: str) -> ssl.SSLContext:
    """A server context with the folder's certificate, made first when missing or expiring."""
    cert_path, key_path = folder / CERT_NAME, folder / KEY_NAME
    if not _usable(cert_path, host):
        _make(cert_path, key_path, host)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        context.load_cert_chain(cert_path, key_path)
    except (ssl.SSLError, OSError):  # the key does not match (a half-written pair): make both
        _make(cert_path, key_path, host)
        context.load_cert_chain(cert_path, key_path)
    return context


def _usable(cert_path: Path, host: str) -> bool:
    try:
        certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
        names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (OSError, ValueError, x509.ExtensionNotFound):
        return False
    covered = {str(name) for name in names.get_values_for_type(x509.DNSName)} | {
        str(address) for address in names.get_values_for_type(x509.IPAddress)
    }
    left = certificate.not_valid_after_utc - datetime.now(UTC)
    return left > _RENEW_BEFORE and host in covered


def _names(host: str) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = [
        x509.DNSName("localhost"),
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
        x509.IPAddress(ipaddress.ip_address("::1")),
    ]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        if host and host != "localhost":
            names.append(x509.DNSName(host))
    else:
        if str(address) not in ("127.0.0.1", "::1"):
            names.append(x509.IPAddress(address))
    return names


def _make(cert_path: Path, key_path: Path, host: str) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "MailUp sandbox SMTP+ relay")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + _VALID_FOR)
        .add_extension(x509.SubjectAlternativeName(_names(host)), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path.parent.mkdir(parents=True, exist_ok=True)
    key_bytes = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    # The key is readable by its owner only, from the moment it exists.
    descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(key_bytes)
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
