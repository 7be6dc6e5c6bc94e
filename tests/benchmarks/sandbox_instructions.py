"""Sandbox throughput in instructions: what one minimal SendMessage costs against the bare
Starlette endpoint of sandbox_throughput.py.

sandbox_throughput.py's ratio is in time, which this 2-core virtual machine moves by a tenth
from one run to the next; valgrind's instruction counts move far less. Two figures per side:
- over loopback, client and server together, as sandbox_throughput.py posts (they share one
  process and its GIL there); uvicorn's timers and the outbox's checkpoints run by the clock,
  so this one still moves by a percent or two between runs;
- the ASGI app alone, called in-process with the request httpx sends: only what the sandbox
  does beyond the bare endpoint differs, and the count repeats to a thousand instructions.
Each side runs under valgrind twice, with FEW and MANY requests after the same warm-up; the
difference, divided by the requests in between, is one request's without the start-up's.
Needs valgrind (apt install valgrind); about four minutes.
Run: python tests/benchmarks/sandbox_instructions.py
"""

import asyncio
import os
import shutil
import sys
import tempfile
from pathlib import Path

import httpx
from sandbox_throughput import MINIMAL, PATH, WARM_UP, bare_app, start_bare_server
from starlette.types import ASGIApp, Message
from startup_instructions import instructions

from mailup_gui.sandbox.app import create_app
from mailup_gui.sandbox.server import SandboxServer, default_data_path
from mailup_gui.sandbox.state import SandboxState

FEW, MANY = 100, 600
SIDES = ("sandbox", "baseline")
# What httpx.Client sends with sandbox_throughput's posts
HEADERS = [
    (b"host", b"127.0.0.1:8025"),
    (b"accept", b"*/*"),
    (b"accept-encoding", b"gzip, deflate"),
    (b"connection", b"keep-alive"),
    (b"user-agent", b"python-httpx/" + httpx.__version__.encode()),
    (b"content-type", b"application/json"),
    (b"content-length", str(len(MINIMAL)).encode()),
]


def _posts(side: str, count: int) -> None:
    """A child: ``count`` posts to ``side`` after sandbox_throughput's warm-up (as its
    post_many, with no time limit: valgrind runs them some fifty times slower)."""
    if side == "sandbox":
        with (
            tempfile.TemporaryDirectory() as folder,
            SandboxServer(db_path=Path(folder) / "bench.sqlite3") as sandbox,
        ):
            _post(sandbox.root_url, count)
        return
    server = start_bare_server()
    try:
        _post(server.root_url, count)
    finally:
        server.stop()


def _post(root_url: str, count: int) -> None:
    with httpx.Client(base_url=root_url, headers={"Content-Type": "application/json"}) as client:
        for _ in range(WARM_UP + count):
            response = client.post(PATH, content=MINIMAL)
            if response.status_code != 200 or response.json()["Code"] != "0":
                raise SystemExit(f"unexpected answer: {response.status_code} {response.text[:200]}")


def _calls(side: str, count: int) -> None:
    """A child: ``count`` calls of ``side``'s ASGI app, in-process, after the same warm-up."""
    if side == "sandbox":
        with tempfile.TemporaryDirectory() as folder:
            state = SandboxState.open(Path(folder) / "bench.sqlite3", default_data_path())
            try:
                asyncio.run(_call(create_app(state), count))
            finally:
                state.close()
        return
    asyncio.run(_call(bare_app(), count))


async def _call(app: ASGIApp, count: int) -> None:
    async def receive() -> Message:
        return {"type": "http.request", "body": MINIMAL, "more_body": False}

    sent: list[Message] = []

    async def send(message: Message) -> None:
        sent.append(message)

    for _ in range(WARM_UP + count):
        sent.clear()
        scope = {
            "type": "http",
            "asgi": {"version": "3.0", "spec_version": "2.3"},
            "http_version": "1.1",
            "server": ("127.0.0.1", 8025),
            "client": ("127.0.0.1", 50000),
            "scheme": "http",
            "method": "POST",
            "root_path": "",
            "path": "/" + PATH,
            "raw_path": ("/" + PATH).encode(),
            "query_string": b"",
            "headers": HEADERS,
            "state": {},
        }
        await app(scope, receive, send)
        if sent[0]["status"] != 200:
            raise SystemExit(f"unexpected answer: {sent}")


def per_request(mode: str, side: str) -> float:
    def counted(count: int) -> int:
        return instructions([sys.executable, __file__, mode, side, str(count)], dict(os.environ))

    return (counted(MANY) - counted(FEW)) / (MANY - FEW)


def main() -> None:
    if len(sys.argv) == 4:
        mode, side, count = sys.argv[1:]
        (_posts if mode == "posts" else _calls)(side, int(count))
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt install valgrind)")
    for mode, label in (("posts", "over loopback, client included"), ("calls", "the app alone")):
        sandbox, baseline = (per_request(mode, side) for side in SIDES)
        print(
            f"{label}: sandbox {sandbox / 1000:.0f} k, baseline {baseline / 1000:.0f} k "
            f"instructions per request, {(sandbox - baseline) / 1000:.0f} k more; "
            f"sandbox = {baseline / sandbox:.3f} × baseline throughput"
        )


if __name__ == "__main__":
    main()
