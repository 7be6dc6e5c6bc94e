"""A client that sends its request too slowly is cut off: measured with a raw socket sending
one byte every 0.25 s, in its headers and in its body."""

import socket
import time

import httpx
import pytest

from mailup_gui.sandbox.server import SandboxServer

LIMIT = 1.5  # seconds; the default is 30
BODY = b'{"User": {"Username": "s10000_1", "Secret": "sandbox"}}'


@pytest.fixture(scope="module")
def quick_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("slow")
    with SandboxServer(db_path=folder / "o.sqlite3", request_seconds=LIMIT) as server:
        yield server


def trickle(server, request: bytes, *, at_once: bytes = b"", every: float = 0.25, give_up=10.0):
    """Send ``at_once``, then ``request`` a byte at a time; (seconds from the first trickled
    byte until the server closed, what it answered)."""
    host, _, port = server.root_url.removeprefix("http://").rstrip("/").rpartition(":")
    answer = b""
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(at_once)
        sock.settimeout(every)
        started = time.monotonic()
        for byte in request:
            try:
                sock.sendall(bytes([byte]))
                chunk = sock.recv(4096)
            except TimeoutError:
                continue
            except (BrokenPipeError, ConnectionResetError):
                break
            answer += chunk
            if not chunk:
                break  # closed
            if time.monotonic() - started > give_up:
                break
        return time.monotonic() - started, answer


def request_bytes(server, body: bytes = BODY) -> bytes:
    host = server.root_url.removeprefix("http://").rstrip("/")
    return (
        f"POST /API/v2.0/users/listuserinfo HTTP/1.1\r\nHost: {host}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def test_headers_sent_a_byte_at_a_time_are_cut_off(quick_server):
    seconds, answer = trickle(quick_server, request_bytes(quick_server))
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert LIMIT <= seconds < LIMIT + 2


def test_a_body_sent_a_byte_at_a_time_is_cut_off(quick_server):
    head, _, body = request_bytes(quick_server, BODY * 10).partition(b"\r\n\r\n")
    seconds, answer = trickle(quick_server, body, at_once=head + b"\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert seconds < LIMIT + 2


def test_a_connection_that_sends_nothing_is_closed(quick_server):
    host, _, port = quick_server.root_url.removeprefix("http://").rstrip("/").rpartition(":")
    with socket.create_connection((host, int(port))) as sock:
        sock.settimeout(LIMIT + 3)
        started = time.monotonic()
        assert sock.recv(4096).startswith(b"HTTP/1.1 408 ")
        assert time.monotonic() - started < LIMIT + 2


def test_a_keep_alive_client_is_timed_per_request(quick_server):
    """The timer starts at each request's first byte, not at the connection's."""
    with httpx.Client(base_url=quick_server.root_url) as client:
        for _ in range(3):
            assert client.get("sandbox/outbox").status_code == 200
            time.sleep(LIMIT * 0.6)  # under the keep-alive timeout, over the limit in total


def test_a_slow_answer_is_not_the_clients_fault(quick_server):
    """The limit is on receiving the request: a latency fault longer than it still answers."""
    with httpx.Client(base_url=quick_server.root_url, timeout=30) as client:
        json = {"Content-Type": "application/json"}
        client.post(
            "sandbox/faults", json={"latency_ms": int(LIMIT * 1500), "times": 1}, headers=json
        )
        answer = client.post("API/v2.0/users/listuserinfo", content=BODY)
    assert answer.json()["Code"] == "0"
