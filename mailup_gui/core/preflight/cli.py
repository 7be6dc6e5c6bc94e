"""``mailup-gui preflight [--json] PATH...``: the checker as a command for CI, Qt-free.

Exit status: 0 when no finding is an error, 1 when one is, 2 when a file cannot be read (the
reason on stderr; the other files are still checked and printed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .checker import check
from .findings import Report
from .inputs import InputError, read_message

EXIT_CLEAN, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="mailup-gui preflight",
        description="Check messages as MailUp will deliver them: client support (caniemail), "
        "accessibility, links, sizes, merge tags. Exit 0 with no error found, 1 with errors, "
        "2 when a file cannot be read.",
    )
    parser.add_argument(
        "--json", action="store_true", help="print one JSON object instead of linter lines"
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        type=Path,
        help=".html (the HTML part), .eml (a whole message) or .json (a SendMessage request)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    reports: list[tuple[Path, Report]] = []
    unreadable = False
    for path in args.paths:
        try:
            reports.append((path, check(read_message(path))))
        except InputError as error:
            print(f"{path}: {error}", file=sys.stderr)
            unreadable = True
    if args.json:
        print(json.dumps({"files": [_as_json(path, report) for path, report in reports]}))
    else:
        for path, report in reports:
            _print_lines(path, report)
    if unreadable:
        return EXIT_UNREADABLE
    return EXIT_ERRORS if any(report.has_errors for _, report in reports) else EXIT_CLEAN


def _as_json(path: Path, report: Report) -> dict:
    return {
        "path": str(path),
        "findings": [
            {
                "rule": finding.rule,
                "severity": str(finding.severity),
                "message": str.__str__(finding.message),
                "where": str(finding.where),
            }
            for finding in report.findings
        ],
        "clients": [
            {
                "client": client.client,
                "platform": client.platform,
                "supported": client.supported,
                "partial": client.partial,
                "unsupported": client.unsupported,
            }
            for client in report.clients
        ],
    }


def _print_lines(path: Path, report: Report) -> None:
    for finding in report.findings:
        where = finding.where
        part = "" if where.part == "html" else f" ({where.part})"  # lines count in that part
        print(f"{path}:{where.line}: {finding.severity} {finding.rule} {finding.message}{part}")
    print(f"{path}: client support (supported / partial / unsupported features):")
    for client in report.clients:
        name = f"{client.client} {client.platform}"
        print(f"  {name:<28} {client.supported:>3} / {client.partial:>3} / {client.unsupported:>3}")
