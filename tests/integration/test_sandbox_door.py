"""The door against web pages, tested with the headers browsers really send (Chromium and
Firefox: Origin, Sec-Fetch-Site/Mode/Dest, a text/plain body), and the app's own clients, which
send none of them, still let in."""

import json

import httpx
import pytest
from support.sandbox_requests import SEND, message

from mailup_gui.sandbox.server import SandboxServer

JSON = {"Content-Type": "application/json"}
MESSAGE = message()
# fetch(url, {method: "POST", mode: "no-cors", body: JSON.stringify(...)}) from another site
CROSS_SITE_POST = {
    "Origin": "http://evil.example",
    "Content-Type": "text/plain;charset=UTF-8",
    "Sec-Fetch-Site": "cross-site",
    "Sec-Fetch-Mode": "no-cors",
    "Sec-Fetch-Dest": "empty",
}
# <img src="http://127.0.0.1:PORT/sandbox/outbox/2.eml"> on another site: no Origin on a GET
CROSS_SITE_IMAGE = {
    "Accept": "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8",
    "Sec-Fetch-Site": "cross-site",
    "Sec-Fetch-Mode": "no-cors",
    "Sec-Fetch-Dest": "image",
    "Referer": "http://evil.example/",
}


def port_of(server):
    return server.root_url.rstrip("/").rpartition(":")[2]


def queued(sandbox) -> int:
    answer = httpx.post(sandbox.root_url + SEND, json=MESSAGE).json()
    assert answer["Code"] == "0"
    return int(answer["Message"].rstrip(".").rpartition(" ")[2])


def test_a_cross_site_text_plain_post_queues_nothing(sandbox, sandbox_admin):
    response = httpx.post(
        sandbox.root_url + SEND, content=json.dumps(MESSAGE).encode(), headers=CROSS_SITE_POST
    )
    assert response.status_code == 400
    answer = response.json()
    assert (answer["Status"], answer["Code"]) == ("error", "1")
    assert "Origin" in answer["Message"]
    assert sandbox_admin.outbox() == []


@pytest.mark.parametrize(
    "headers",
    [
        {
            "Origin": "http://evil.example",
            "Content-Type": "text/plain",
        },  # no Sec-Fetch-* (Safari 15)
        {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"},  # a form posted to it
        {"Origin": "http://localhost:3000", "Sec-Fetch-Site": "same-site"},  # another local port
        {"Origin": "null", "Sec-Fetch-Site": "cross-site"},  # a sandboxed frame, a file:// page
    ],
    ids=["origin only", "cross-site form", "another local port", "null origin"],
)
def test_mailup_endpoints_refuse_web_pages(sandbox, sandbox_admin, headers):
    response = httpx.post(sandbox.root_url + SEND, json=MESSAGE, headers=headers)
    assert (response.status_code, response.json()["Code"]) == (400, "1")
    assert sandbox_admin.outbox() == []


def test_an_image_tag_on_another_site_gets_no_eml(sandbox):
    message_id = queued(sandbox)
    url = f"{sandbox.root_url}sandbox/outbox/{message_id}.eml"
    response = httpx.get(url, headers=CROSS_SITE_IMAGE)
    assert response.status_code == 403
    assert "Sec-Fetch-Site: cross-site" in response.json()["error"]
    same_site = {**CROSS_SITE_IMAGE, "Sec-Fetch-Site": "same-site"}  # a page on localhost:3000
    assert httpx.get(url, headers=same_site).status_code == 403


@pytest.mark.parametrize(
    "path", ["sandbox/outbox", "sandbox/outbox/since/0", "sandbox/users", "sandbox/faults"]
)
def test_admin_reads_refuse_a_cross_site_fetch(sandbox, path):
    page = {"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty"}
    assert httpx.get(sandbox.root_url + path, headers=page).status_code == 403


def test_a_url_typed_in_the_browser_still_opens(sandbox):
    """Sec-Fetch-Site: none is the user's own navigation, not a page's."""
    message_id = queued(sandbox)
    typed = {"Sec-Fetch-Site": "none", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "document"}
    eml = httpx.get(f"{sandbox.root_url}sandbox/outbox/{message_id}.eml", headers=typed)
    assert eml.status_code == 200
    assert b"Subject: Hello" in eml.content


def test_the_apps_clients_send_no_browser_headers_and_pass(sandbox, sandbox_admin):
    """The core's API client and the embedded sandbox's outbox reader (SandboxAdmin) over httpx."""
    from mailup_gui.api.client import MailUpClient
    from mailup_gui.api.dto import EmailAddress, Message

    with MailUpClient(sandbox.api_base_url, "s10000_1", "sandbox") as client:
        result = client.send_message(
            Message(
                subject="From the app",
                text="Hi",
                from_=EmailAddress("support@example.com"),
                to=[EmailAddress("mario@example.org")],
            )
        )
    assert result.code == "0"
    assert sandbox_admin.outbox()[0].subject == "From the app"
    own = {"Origin": sandbox.root_url.rstrip("/"), "Sec-Fetch-Site": "same-origin"}
    assert httpx.post(sandbox.root_url + SEND, json=MESSAGE, headers=own).json()["Code"] == "0"


# --- with --allow-remote: any Host, but the Origin compared whole ---------------------------


@pytest.fixture(scope="module")
def remote_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("remote")
    with SandboxServer(db_path=folder / "o.sqlite3", allow_remote=True) as server:
        yield server


def test_allow_remote_refuses_a_rebound_origin_on_the_sandboxs_port(remote_server):
    """A DNS-rebinding page calls the sandbox under its own name, with the sandbox's port."""
    port = port_of(remote_server)
    rebound = {"Host": f"rebind.example:{port}", "Origin": f"http://rebind.example:{port}"}
    url = remote_server.root_url
    assert httpx.get(url + "sandbox/outbox", headers=rebound).status_code == 403
    change = httpx.post(url + "sandbox/users/s10000_1", json={"Secret": "taken"}, headers=rebound)
    assert change.status_code == 403
    send = httpx.post(url + SEND, json=MESSAGE, headers=rebound)
    assert (send.status_code, send.json()["Code"]) == (400, "1")
    # its same-origin GET carries no Origin, but Sec-Fetch-Site: same-origin under a foreign name
    read = {"Host": f"rebind.example:{port}", "Sec-Fetch-Site": "same-origin"}
    assert httpx.get(url + "sandbox/outbox", headers=read).status_code == 403


@pytest.mark.parametrize(
    "origin", ["https://127.0.0.1:{port}", "http://127.0.0.1:1", "http://evil.example:{port}"]
)
def test_allow_remote_compares_scheme_host_and_port(remote_server, origin):
    origin = origin.format(port=port_of(remote_server))
    response = httpx.get(remote_server.root_url + "sandbox/outbox", headers={"Origin": origin})
    assert response.status_code == 403


def test_allow_remote_still_answers_programs_under_any_name(remote_server):
    port = port_of(remote_server)
    url = remote_server.root_url
    program = {"Host": f"sandbox.lan:{port}"}
    assert httpx.get(url + "sandbox/outbox", headers=program).status_code == 200
    assert httpx.post(url + SEND, json=MESSAGE, headers=program).json()["Code"] == "0"
    own = {"Origin": f"http://127.0.0.1:{port}"}
    assert httpx.get(url + "sandbox/outbox", headers=own).status_code == 200
