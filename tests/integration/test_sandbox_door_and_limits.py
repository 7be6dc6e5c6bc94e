"""The sandbox over loopback HTTP: its admin door, MailUp's limits, and large sends off the loop."""

import asyncio
import base64
import json
import threading

import httpx
import pytest
from support.sandbox_requests import SEND, message

from mailup_gui.sandbox import mailup
from mailup_gui.sandbox.app import create_app
from mailup_gui.sandbox.server import SandboxServer
from mailup_gui.sandbox.state import SandboxState

JSON = {"Content-Type": "application/json"}


def port_of(sandbox):
    return sandbox.root_url.rstrip("/").rpartition(":")[2]


# --- the admin door ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["evil.example:{port}", "127.0.0.1:1", "localhost", "10.0.0.1:{port}"]
)
def test_admin_endpoints_refuse_a_foreign_host(sandbox, host):
    host = host.format(port=port_of(sandbox))
    response = httpx.get(sandbox.root_url + "sandbox/outbox", headers={"Host": host})
    assert response.status_code == 403
    assert "answer only under" in response.json()["error"]


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "LocalHost:{port}"])
def test_admin_endpoints_answer_loopback_names(sandbox, host):
    response = httpx.get(
        sandbox.root_url + "sandbox/outbox", headers={"Host": host.format(port=port_of(sandbox))}
    )
    assert response.status_code == 200


@pytest.mark.parametrize("origin", ["http://evil.example", "null", "http://127.0.0.1:1"])
def test_admin_endpoints_refuse_web_pages_of_other_origins(sandbox, origin):
    response = httpx.get(sandbox.root_url + "sandbox/outbox", headers={"Origin": origin})
    assert response.status_code == 403
    own = sandbox.root_url.rstrip("/")
    assert httpx.get(sandbox.root_url + "sandbox/outbox", headers={"Origin": own}).is_success


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "sandbox/reset"),
        ("POST", "sandbox/users/s10000_1"),
        ("POST", "sandbox/accounts/10000"),
        ("POST", "sandbox/faults"),
        ("DELETE", "sandbox/outbox"),
    ],
)
@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_admin_writes_need_json(sandbox_admin, sandbox, method, path, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    body = b'{"State": "suspended", "IsEnabled": false, "http_5xx": 503}'
    response = httpx.request(method, sandbox.root_url + path, content=body, headers=headers)
    assert response.status_code == 415
    assert sandbox_admin.users()[0]["IsEnabled"] is True  # nothing changed
    assert sandbox_admin.faults()["http_5xx"] is None


def test_the_admin_client_still_drives_everything(sandbox_admin):
    sandbox_admin.set_user("s10000_1", is_enabled=False)
    sandbox_admin.set_account(20000, "active")
    sandbox_admin.set_faults(latency_ms=1, times=1)
    sandbox_admin.clear_faults()
    assert sandbox_admin.clear_outbox() == 0
    sandbox_admin.reset()
    assert sandbox_admin.users()[0]["IsEnabled"] is True


def test_mailup_endpoints_answer_programs_but_not_a_foreign_host(sandbox, sandbox_admin):
    body = json.dumps(message()).encode()
    plain = httpx.post(sandbox.root_url + SEND, content=body)  # no Origin: not a web page
    assert plain.json()["Code"] == "0"
    foreign = httpx.post(
        sandbox.root_url + SEND, content=body, headers={"Host": f"evil.example:{port_of(sandbox)}"}
    )
    assert foreign.status_code == 400
    assert (foreign.json()["Status"], foreign.json()["Code"]) == ("error", "1")
    assert len(sandbox_admin.outbox()) == 1


def test_allow_remote_lets_other_host_names_in(tmp_path):
    with SandboxServer(db_path=tmp_path / "o.sqlite3", allow_remote=True) as server:
        host = {"Host": "sandbox.lan:" + port_of(server)}
        assert httpx.get(server.root_url + "sandbox/outbox", headers=host).status_code == 200
        assert httpx.post(server.root_url + "sandbox/reset", headers=host).status_code == 415


# --- the outbox ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", [f"sandbox/outbox/{2**80}", f"sandbox/outbox/{2**80}.eml"])
def test_an_id_beyond_sqlite_integers_is_no_message(sandbox, path):
    response = httpx.get(sandbox.root_url + path)
    assert response.status_code == 404
    assert "error" in response.json()


def test_the_eml_is_built_once_on_first_read(sandbox, sandbox_admin):
    httpx.post(sandbox.root_url + SEND, json=message())
    message_id = sandbox_admin.outbox()[0].id
    first = sandbox_admin.eml(message_id)
    assert b"Message-ID:" in first
    assert sandbox_admin.eml(message_id) == first


# --- MailUp's limits -------------------------------------------------------------------------


def test_attachments_over_10_mb_are_400_code_1_saying_the_limit(sandbox, sandbox_admin):
    half = base64.b64encode(b"x" * (5 * 1024 * 1024 + 1)).decode()
    files = [{"Filename": "a.bin", "Body": half}, {"Filename": "b.bin", "Body": half}]
    response = httpx.post(sandbox.root_url + SEND, json=message(Attachments=files), timeout=60)
    assert response.status_code == 400
    assert response.json()["Code"] == "1"
    assert "10 MB" in response.json()["Message"]
    assert sandbox_admin.outbox() == []


def test_a_merge_tag_bomb_is_refused(sandbox, sandbox_admin):
    bomb = message(Text="[x]" * 100_000, XSmtpAPI={"DynamicFields": [{"N": "x", "V": "y" * 1000}]})
    response = httpx.post(sandbox.root_url + SEND, json=bomb)
    assert (response.status_code, response.json()["Code"]) == (400, "1")
    assert "limit" in response.json()["Message"]
    assert sandbox_admin.outbox() == []


@pytest.fixture
def small_limit_server(tmp_path):
    data = tmp_path / "data.toml"
    data.write_text(
        '[[accounts]]\nid = 10000\n\n[[users]]\nusername = "s10000_1"\nsecret = "sandbox"\n'
        'list = 1\ndomain_list = "example.com"\n\n[limits]\nrequest_body_bytes = 4096\n'
    )
    with SandboxServer(db_path=tmp_path / "o.sqlite3", data_path=data) as server:
        yield server


def test_a_body_over_the_configured_cap_is_400_code_1(small_limit_server):
    url = small_limit_server.root_url + SEND
    fits = httpx.post(url, json=message(Text="x" * 1000))
    assert fits.json()["Code"] == "0"
    too_large = httpx.post(url, json=message(Text="x" * 5000))
    assert (too_large.status_code, too_large.json()["Code"]) == (400, "1")
    assert "4,096 bytes" in too_large.json()["Message"]


def test_a_streamed_body_is_refused_once_over_the_cap_without_reading_the_rest(tmp_path):
    """Through the ASGI app itself: count the chunks it pulls from an endless body."""
    data = tmp_path / "data.toml"
    data.write_text("[[accounts]]\nid = 1\n\n[limits]\nrequest_body_bytes = 10000\n")
    state = SandboxState.open(tmp_path / "o.sqlite3", data)
    app = create_app(state)
    pulled = 0
    sent = []

    async def receive():
        nonlocal pulled
        pulled += 1
        return {"type": "http.request", "body": b"x" * 1000, "more_body": True}

    async def send(event):
        sent.append(event)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/" + SEND,
        "raw_path": ("/" + SEND).encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"host", b"127.0.0.1:8025"), (b"content-type", b"application/json")],
        "server": ("127.0.0.1", 8025),
        "client": ("127.0.0.1", 50000),
    }
    try:
        asyncio.run(app(scope, receive, send))
    finally:
        state.close()
    assert sent[0]["status"] == 400
    assert json.loads(sent[1]["body"])["Code"] == "1"
    assert pulled == 11  # 11,000 bytes: one chunk past the cap, then no more


# --- never stall ---------------------------------------------------------------------------


def test_a_large_send_is_judged_and_stored_on_a_worker_thread(sandbox, sandbox_admin, monkeypatch):
    threads = []
    render = mailup.render

    def recording_render(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return render(*args, **kwargs)

    monkeypatch.setattr(mailup, "render", recording_render)
    recipients = [{"Email": f"c{n}@example.org", "Name": f"Customer {n}"} for n in range(2000)]
    response = httpx.post(sandbox.root_url + SEND, json=message(To=recipients), timeout=60)
    assert response.json()["Code"] == "0"
    assert threads and threads[0] != "mailup-sandbox"  # not the server's event-loop thread
    summary = sandbox_admin.outbox()[0]
    assert summary.recipient_count == 2000
    eml = sandbox_admin.eml(summary.id)
    assert eml.count(b"@example.org") == 2000


def test_a_small_send_full_of_merge_tags_is_rendered_on_a_worker_thread(sandbox, monkeypatch):
    """Its tags could multiply it up to the render cap: never on the event loop."""
    threads = []
    render = mailup.render

    def recording_render(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return render(*args, **kwargs)

    monkeypatch.setattr(mailup, "render", recording_render)
    value = "x" * 5_000
    many = message(
        Text="[v]" * (mailup.INLINE_MAX_TAGS + 1),
        XSmtpAPI={"DynamicFields": [{"N": "v", "V": value}]},
    )
    plain = message(Text="Hello [v]", XSmtpAPI={"DynamicFields": [{"N": "v", "V": "Mario"}]})
    for body in (many, plain):
        response = httpx.post(sandbox.root_url + SEND, json=body, timeout=60)
        assert response.json()["Code"] == "0"
    assert len(json.dumps(many)) < mailup.INLINE_BODY_BYTES  # small, but tag-heavy
    assert threads[0] != "mailup-sandbox"  # the tag-heavy one: a worker
    assert threads[1] == "mailup-sandbox"  # a plain small one: at once, on the loop


def test_the_admin_outbox_endpoints_read_sqlite_off_the_event_loop(sandbox, monkeypatch):
    """The app polls them every second: their SQLite work must not hold up a send."""
    from mailup_gui.sandbox.store import Outbox

    threads: dict[str, set[str]] = {}
    for name in ("summaries", "count", "get", "eml", "delete", "clear"):
        original = getattr(Outbox, name)

        def recording(self, *args, _name=name, _original=original, **kwargs):
            threads.setdefault(_name, set()).add(threading.current_thread().name)
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(Outbox, name, recording)
    assert httpx.post(sandbox.root_url + SEND, json=message()).json()["Code"] == "0"
    root = sandbox.root_url + "sandbox/outbox"
    message_id = httpx.get(root).json()[0]["id"]
    for method, url in (
        ("GET", f"{root}/since/0"),
        ("GET", f"{root}/{message_id}"),
        ("GET", f"{root}/{message_id}.eml"),
        ("DELETE", f"{root}/{message_id}"),
        ("DELETE", root),
    ):
        assert httpx.request(method, url, headers=JSON).status_code == 200, url
    assert set(threads) == {"summaries", "count", "get", "eml", "delete", "clear"}
    assert all("mailup-sandbox" not in names for names in threads.values()), threads
