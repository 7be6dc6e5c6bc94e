"""A connection that fails names the host and port and gives the advice for its kind: a name
not found (DNS), nothing listening (refused), for the API and for the SMTP+ relay alike."""

import socket

import pytest

from mailup_gui.api.client import MailUpClient
from mailup_gui.api.errors import ConnectionFailedError
from mailup_gui.core.account.profiles import RelayEndpoint
from mailup_gui.core.send.relay import check_relay
from mailup_gui.ui.core_texts import translated

UNKNOWN_HOST = "no-such-host.invalid"  # RFC 6761: never resolves


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # free again once closed: nothing listens there


def lookup_failure(base_url: str) -> ConnectionFailedError:
    with (
        MailUpClient(base_url, "s10000_1", "x") as client,
        pytest.raises(ConnectionFailedError) as raised,
    ):
        client.list_user_info()
    return raised.value


def test_an_unknown_api_host_is_named_with_dns_advice():
    error = lookup_failure(f"http://{UNKNOWN_HOST}:8080/API/v2.0/")
    assert f"{UNKNOWN_HOST} port 8080" in translated(error.summary)
    assert "was not found (DNS)" in translated(error.hint)


def test_a_refused_api_port_says_nothing_listens_there():
    port = closed_port()
    error = lookup_failure(f"http://127.0.0.1:{port}/API/v2.0/")
    assert f"127.0.0.1 port {port}" in translated(error.summary)
    assert f"nothing listens on port {port}" in translated(error.hint)


def test_an_unknown_relay_host_gets_dns_advice_not_port_advice():
    check = check_relay(RelayEndpoint(UNKNOWN_HOST, 2525), "s10000_1", "x")
    assert check.failure is not None
    hint = translated(check.failure.hint)
    assert "was not found (DNS)" in hint and UNKNOWN_HOST in hint
    assert "1025" not in hint


def test_a_refused_relay_port_says_nothing_listens_there():
    port = closed_port()
    check = check_relay(RelayEndpoint("127.0.0.1", port, starttls=False), "s10000_1", "x")
    assert check.failure is not None
    assert f"nothing listens on port {port}" in translated(check.failure.hint)
