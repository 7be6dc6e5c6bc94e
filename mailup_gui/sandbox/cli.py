"""``mailup-sandbox``: run the MailUp sandbox until Ctrl+C."""

from __future__ import annotations

import _thread
import argparse
import logging
import signal
import sys
import threading
from pathlib import Path

from . import SandboxError
from .server import SandboxServer


def _port(text: str) -> int:
    port = int(text) if text.isdigit() else -1
    if not 0 <= port <= 65535:  # getaddrinfo would silently wrap 70000 to 4464
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0 to 65535)")
    return port


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mailup-sandbox",
        description="A local MailUp-compatible server: MailUp's paths and codes, "
        "an outbox instead of delivery.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--port", type=_port, default=8025, help="port to listen on (default: %(default)s)"
    )
    parser.add_argument(
        "--db", type=Path, help="outbox SQLite file (default: in the app's data folder)"
    )
    parser.add_argument(
        "--data", type=Path, help="accounts, users and templates, TOML or JSON (default: demo data)"
    )
    parser.add_argument(
        "--stop-with-stdin",
        action="store_true",
        help="stop when standard input closes (for a program that runs the sandbox as its child: "
        "the sandbox ends with it, even if it is killed)",
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host (anyone reaching it can use it)",
    )
    return parser


def _interrupt_at_end_of_stdin() -> None:
    sys.stdin.buffer.read()  # returns when the parent closes the pipe or dies
    _thread.interrupt_main()


def main(argv: list[str] | None = None) -> int:
    parser = _arguments()
    args = parser.parse_args(argv)
    try:
        server = SandboxServer(
            db_path=args.db,
            data_path=args.data,
            host=args.host,
            port=args.port,
            allow_remote=args.allow_remote,
            access_log=True,
        )
    except SandboxError as error:  # a non-loopback host without --allow-remote
        parser.error(f"{error} (add --allow-remote to allow it)")
    try:
        server.start()
    except SandboxError as error:
        print(f"mailup-sandbox: {error}", file=sys.stderr)
        return 1
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    # SIGTERM (service managers, kill) stops as cleanly as Ctrl+C.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(
        f"MailUp sandbox listening on {server.api_base_url}"
        f" — outbox at {server.root_url}sandbox/outbox",
        flush=True,
    )
    print(
        f"Outbox database: {server.db_path}  ·  data: {server.data_path}  ·  Ctrl+C to stop",
        flush=True,
    )
    if args.stop_with_stdin:
        threading.Thread(target=_interrupt_at_end_of_stdin, daemon=True).start()
    try:
        server.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
