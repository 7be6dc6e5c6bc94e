"""Sandbox throughput in instructions: what one minimal SendMessage costs against the bare
Starlette endpoint of sandbox_throughput.py, client and server together.

sandbox_throughput.py's ratio is in time, which this 2-core virtual machine moves by a tenth
from one run to the next; valgrind's instruction counts do not move. Client and servers share
one process and its GIL there, so instructions per post track the time a post takes. Each side
runs under valgrind twice, with FEW and MANY posts after the same warm-up; the difference,
divided by the posts in between, is one post's instructions without the start-up's.
Needs valgrind (apt install valgrind); about a minute.
Run: python tests/benchmarks/sandbox_instructions.py
"""

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx
from sandbox_throughput import MINIMAL, PATH, WARM_UP, start_bare_server

from mailup_gui.sandbox.server import SandboxServer

FEW, MANY = 100, 600


def _posts(side: str, count: int) -> None:
    """The child: ``count`` posts to ``side`` after sandbox_throughput's warm-up (as its
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


def instructions(side: str, count: int) -> int:
    """What valgrind counts for the child's process, threads included."""
    counted = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            __file__,
            side,
            str(count),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", counted.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count: {counted.stderr[-500:]}")
    return int(found.group(1))


def per_post(side: str) -> float:
    return (instructions(side, MANY) - instructions(side, FEW)) / (MANY - FEW)


def main() -> None:
    if len(sys.argv) == 3:
        _posts(sys.argv[1], int(sys.argv[2]))
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt install valgrind)")
    sandbox, baseline = per_post("sandbox"), per_post("baseline")
    print(f"sandbox  {sandbox / 1000:8.0f} k instructions per post to {PATH}")
    print(f"baseline {baseline / 1000:8.0f} k instructions per post")
    print(f"sandbox = {baseline / sandbox:.3f} × baseline throughput in instructions")


if __name__ == "__main__":
    main()
