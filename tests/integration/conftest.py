"""Integration fixtures: one real sandbox per session over loopback HTTP, reset before each test."""

import smtplib
import ssl

import pytest

from mailup_gui.sandbox.admin import SandboxAdmin
from mailup_gui.sandbox.server import SandboxServer


@pytest.fixture(scope="session")
def sandbox_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sandbox")
    with SandboxServer(db_path=folder / "outbox.sqlite3", smtp_port=0) as server:
        yield server


@pytest.fixture
def sandbox(sandbox_server):
    """The started sandbox as the demo data describes it: no faults, an empty outbox."""
    with SandboxAdmin(sandbox_server.root_url) as admin:
        admin.reset()
        admin.clear_outbox()
    return sandbox_server


@pytest.fixture
def sandbox_admin(sandbox):
    """An admin client of the freshly reset sandbox."""
    with SandboxAdmin(sandbox.root_url) as admin:
        yield admin


@pytest.fixture
def only_message(sandbox_admin):
    """Reads the outbox's one message in full (the test sent exactly one)."""

    def read():
        [summary] = sandbox_admin.outbox()
        return sandbox_admin.message(summary.id)

    return read


def unverified() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the sandbox's certificate is self-signed
    return context


@pytest.fixture
def connect(sandbox):
    """smtplib clients of the sandbox's relay, after EHLO (and by default STARTTLS and AUTH as
    the demo user); closed after the test."""
    clients = []

    def make(*, tls=True, login=("s10000_1", "sandbox")):
        client = smtplib.SMTP(*sandbox.smtp_address, timeout=10)
        clients.append(client)
        client.ehlo()
        if tls:
            client.starttls(context=unverified())
            client.ehlo()
        if login:
            client.login(*login)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture(scope="session")
def relay_tls(tmp_path_factory):
    """The test relay's TLS context: a self-signed certificate made for this run."""
    from support.relay_server import self_signed_context

    return self_signed_context(tmp_path_factory.mktemp("relay-tls"))


@pytest.fixture
def relay_server(relay_tls):
    """A real SMTP server on loopback offering STARTTLS and AUTH, recording what it accepts."""
    from support.relay_server import RelayServer

    with RelayServer(relay_tls) as server:
        yield server


@pytest.fixture
def plain_relay_server():
    """The same server without STARTTLS."""
    from support.relay_server import RelayServer

    with RelayServer(None) as server:
        yield server
