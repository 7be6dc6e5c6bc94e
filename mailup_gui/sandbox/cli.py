"""``mailup-sandbox``: run the MailUp sandbox until Ctrl+C."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..log_files import rotating_handler
from . import SandboxError
from .lifeline import stop_with_parent
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
        "--smtp-port",
        type=_port,
        metavar="PORT",
        help="also run the SMTP+ relay on this port (0: any free port), beside the API on the "
        "same host: STARTTLS, AUTH PLAIN/LOGIN as the data file's SMTP+ users, X-SMTPAPI "
        "applied as the API's XSmtpAPI, messages to the same outbox (default: no relay)",
    )
    parser.add_argument(
        "--db", type=Path, help="outbox SQLite file (default: in the app's data folder)"
    )
    parser.add_argument(
        "--data", type=Path, help="accounts, users and templates, TOML or JSON (default: demo data)"
    )
    parser.add_argument(
        "--log-file",
        type=Path,
        help="write the log (requests, errors) to this file instead of stderr, rotated at "
        "1 MB with 3 older files kept",
    )
    parser.add_argument(
        "--stop-with-stdin",
        action="store_true",
        help="stop when standard input closes or the parent process ends (for a program that "
        "runs the sandbox as its child: the sandbox ends with it, even if it is killed)",
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host (anyone reaching it can use it; the relay then "
        "takes AUTH only after STARTTLS)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _arguments()
    args = parser.parse_args(argv)
    if os.name == "posix":
        os.umask(0o077)  # the outbox holds whole messages: the user's alone (0600)
    try:
        server = SandboxServer(
            db_path=args.db,
            data_path=args.data,
            host=args.host,
            port=args.port,
            allow_remote=args.allow_remote,
            access_log=True,
            smtp_port=args.smtp_port,
        )
    except SandboxError as error:  # a non-loopback host without --allow-remote
        parser.error(f"{error} (add --allow-remote to allow it)")
    stop = threading.Event()
    with _stopping_on_signals(stop):
        return _run(server, stop, args.stop_with_stdin, args.log_file)


def _run(
    server: SandboxServer, stop: threading.Event, stop_with_stdin: bool, log_file: Path | None
) -> int:
    try:
        server.start()
    except SandboxError as error:
        print(f"mailup-sandbox: {error}", file=sys.stderr)
        return 1
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(message)s",
        datefmt="%H:%M:%S",
        handlers=[rotating_handler(log_file, stderr_follows=True)] if log_file else None,
    )
    logging.getLogger("uvicorn.access").addFilter(_leave_out_outbox_polling)
    if server.outbox_kept_as:  # before "listening": the app reads stdout up to that line
        print(
            f"Outbox database {server.db_path} could not be read: kept as "
            f"{server.outbox_kept_as}; a fresh one was started",
            flush=True,
        )
    if server.smtp_url:  # before the API's line too: the app stops reading there
        print(f"SMTP+ relay listening on {server.smtp_url}", flush=True)
    print(
        f"MailUp sandbox listening on {server.api_base_url}"
        f" — outbox at {server.root_url}sandbox/outbox",
        flush=True,
    )
    print(
        f"Outbox database: {server.db_path}  ·  data: {server.data_path}  ·  Ctrl+C to stop",
        flush=True,
    )
    if stop_with_stdin:
        stop_with_parent(stop.set)
    try:
        server.wait(stop)
    finally:
        server.stop()
    return 0


def _leave_out_outbox_polling(record: logging.LogRecord) -> bool:
    """The app's Outbox asks what is new once a second: a line each would bury the rest."""
    args = record.args
    if isinstance(args, tuple) and len(args) == 5:  # uvicorn's (client, method, path, …)
        method, path, status = args[1], str(args[2]), args[4]
        return not (method == "GET" and path.startswith(_POLL_PATH) and status == 200)
    return True


_POLL_PATH = "/sandbox/outbox/since/"


@contextmanager
def _stopping_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM (service managers, kill) stops as cleanly as Ctrl+C. The handlers only ask: an
    exception raised mid-stop would cut the clean stop short. SIGINT is set even when it was
    inherited ignored (a shell's background job), so Ctrl+C and ``kill -INT`` always work."""
    signals = (signal.SIGINT, signal.SIGTERM)
    previous = [signal.signal(signum, lambda *_: stop.set()) for signum in signals]
    try:
        yield
    finally:
        for signum, handler in zip(signals, previous, strict=True):
            signal.signal(signum, handler)
