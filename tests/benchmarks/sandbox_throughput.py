"""Sandbox throughput: the minimal SendMessage posted N times over loopback, one httpx.Client.

    python tests/benchmarks/sandbox_throughput.py [REQUESTS] [--baseline-stores]

Baseline in the same run: as many posts to a bare Starlette endpoint served by uvicorn the same
way (BackgroundServer) that parses the same JSON and answers the same small envelope. The ratio
shows what checking, rendering and storing a message cost on top of that; the goal is >= 0.8
(issue 21). With --baseline-stores the baseline also commits each body to a SQLite file (WAL,
synchronous=NORMAL) before answering, as the sandbox commits each message: the ratio then
shows what checking and rendering cost beyond a durable write (for information).
The two are measured in alternating rounds, so that a busy machine weighs on both alike, and
each sandbox round ends by checking that another connection reads its last answered message
in the outbox file (a 200 means stored: the sandbox commits before answering, so no commit
is left to charge to the next baseline round).
Not a pytest module.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sqlite3
import tempfile
import time
from pathlib import Path

import httpx
import msgspec
from rates import Side, compare
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from mailup_gui.api.dto import EmailAddress, Html, Message, NameValue, SmtpUser, XSmtpApi, to_json
from mailup_gui.sandbox.server import BackgroundServer, SandboxServer

MAX_REQUESTS = 2000
ROUNDS = 10  # of MAX_REQUESTS / ROUNDS posts each side: long enough that one hiccup weighs little
MAX_SECONDS = 20.0
WARM_UP = 20
PATH = "API/v2.0/messages/sendmessage"

MINIMAL = to_json(
    Message(
        subject="Your order [order_id] has shipped",
        html=Html(
            body="<p>Hello [firstname],</p><p>your order <b>[order_id]</b> is on its way.</p>"
        ),
        text="Hello [firstname],\nyour order [order_id] is on its way.",
        from_=EmailAddress("support@example.com", "Example Support"),
        to=[EmailAddress("mario.rossi@example.org", "Mario Rossi")],
        x_smtp_api=XSmtpApi(
            dynamic_fields=[NameValue("firstname", "Mario"), NameValue("order_id", "A-1042")]
        ),
        user=SmtpUser("s10000_1", "sandbox"),
    )
)


def post_many(root_url: str, limit: int) -> list[float]:
    """Latencies (s) of up to ``limit`` posts within MAX_SECONDS; every answer must be Code 0."""
    return _post_many(root_url, limit)[0]


def post_many_and_check_stored(root_url: str, limit: int, db_path: Path) -> list[float]:
    """``post_many`` to the sandbox; its last answered message must be in the file already."""
    latencies, last_answer = _post_many(root_url, limit)
    last_id = int(re.findall(r"\d+", last_answer)[-1])
    db = sqlite3.connect(db_path)
    try:
        if db.execute("SELECT max(id) FROM outbox").fetchone()[0] < last_id:
            raise SystemExit(f"message {last_id} was answered 200 but is not in the outbox file")
    finally:
        db.close()
    return latencies


def _post_many(root_url: str, limit: int) -> tuple[list[float], str]:
    latencies: list[float] = []
    message = ""
    with httpx.Client(base_url=root_url, headers={"Content-Type": "application/json"}) as client:
        for _ in range(WARM_UP):
            client.post(PATH, content=MINIMAL)
        deadline = time.perf_counter() + MAX_SECONDS
        while len(latencies) < limit and time.perf_counter() < deadline:
            started = time.perf_counter()
            response = client.post(PATH, content=MINIMAL)
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200 or response.json()["Code"] != "0":
                raise SystemExit(f"unexpected answer: {response.status_code} {response.text[:200]}")
            message = response.json()["Message"]
    return latencies, message


async def _parse_and_answer(request: Request) -> JSONResponse:
    msgspec.json.decode(await request.body())
    return _queued(next(_answered))


def _queued(message_id: int) -> JSONResponse:
    """The sandbox's answer to a good send."""
    message = f"Queued as sandbox message {message_id}."
    return JSONResponse({"Status": "done", "Code": "0", "Message": message})


# Counted, not kept: the 2,000 decoded bodies the baseline kept made the process (shared by
# client, baseline and sandbox) run full garbage collections of 12-27 ms, each landing on
# either side at random.
_answered = itertools.count(1)


class _StoringEndpoint:
    """The baseline that also stores (--baseline-stores): each body committed before the
    answer. Only the server's thread calls it."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("CREATE TABLE bodies (id INTEGER PRIMARY KEY, body BLOB NOT NULL)")

    async def parse_store_and_answer(self, request: Request) -> JSONResponse:
        body = await request.body()
        msgspec.json.decode(body)
        stored = self._db.execute("INSERT INTO bodies (body) VALUES (?)", (body,)).lastrowid
        assert stored is not None
        return _queued(stored)


def bare_app(stored_in: Path | None = None) -> Starlette:
    """The baseline: a bare Starlette endpoint at the sandbox's path; with ``stored_in``, one
    that also commits each body to that file."""
    endpoint = (
        _parse_and_answer
        if stored_in is None
        else _StoringEndpoint(stored_in).parse_store_and_answer
    )
    return Starlette(routes=[Route("/" + PATH, endpoint, methods=["POST"])])


def start_bare_server(stored_in: Path | None = None) -> BackgroundServer:
    """The baseline, listening."""
    server = BackgroundServer(bare_app(stored_in))
    server.start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("requests", nargs="?", type=int, default=MAX_REQUESTS)
    parser.add_argument("--baseline-stores", action="store_true")
    args = parser.parse_args()
    measured, baseline = Side(), Side()
    with (
        tempfile.TemporaryDirectory() as folder,
        SandboxServer(db_path=Path(folder) / "bench.sqlite3") as sandbox,
    ):
        server = start_bare_server(
            Path(folder) / "baseline.sqlite3" if args.baseline_stores else None
        )
        try:
            for _ in range(ROUNDS):
                measured.run(
                    post_many_and_check_stored,
                    sandbox.root_url,
                    args.requests // ROUNDS,
                    sandbox.db_path,
                )
                baseline.run(post_many, server.root_url, args.requests // ROUNDS)
        finally:
            server.stop()
    goal = None if args.baseline_stores else 0.8  # the goal is against the bare endpoint
    compare("sandbox", measured, baseline, "posts", goal)


if __name__ == "__main__":
    main()
