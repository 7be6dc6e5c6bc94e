"""The send journal: every send attempt with MailUp's answer, searchable, reopenable as a draft.

SQLite (WAL) in the data dir. The stored request is the JSON that was posted, except that the
``User`` keeps only its username and each attachment's ``Body`` becomes a reference to the
file it came from (``{"Sha256", "Size", "Path"}``): no secret and no base64 ever lands here.
Each attempt names its channel (``api`` or ``smtp``, the SMTP+ relay); ``code`` and
``message`` hold the server's answer on either (MailUp's Code and Message, or the SMTP reply).
The method, the outcome and the channel are stored as their enums' values and read back as the
enums; a value this version does not know (a later version wrote it) is read as the text stored,
shown as written, never an error.
"""

from __future__ import annotations

import enum
import hashlib
import mimetypes
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import msgspec

from ... import paths
from ...api.dto import Message, TemplateMessage, from_builtins
from ...api.responses import SendResult
from ...texts import QT_TRANSLATE_NOOP, as_data, from_data
from ..message.draft import Draft, FileRef, draft_from_message
from ..storage.sqlite_store import SqliteFile
from .kind import SendKind
from .request_body import PART_MEMBERS, file_of, for_humans, parts, without_secret
from .result import Channel, Failure, Outcome, RelayReply

_SCHEMA = """
CREATE TABLE IF NOT EXISTS attempts (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    profile_id TEXT NOT NULL,
    profile_name TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    method TEXT NOT NULL,
    recipients TEXT NOT NULL,
    subject TEXT NOT NULL,
    request BLOB NOT NULL,
    http_status INTEGER,
    code TEXT,
    message TEXT NOT NULL,
    outcome TEXT NOT NULL,
    hint TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    test_data TEXT,
    template_id INTEGER,
    haystack TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS attempts_at ON attempts (at);
"""
# Columns added since the first journal files (never in _SCHEMA: a file without them is an
# older journal to migrate, not a damaged one), with the value their earlier rows take.
# ``texts``: the message and the hint as texts.as_data, to show them translated in a later
# session (the columns ``message`` and ``hint`` keep their English).
_ADDED_COLUMNS = {"texts": "TEXT", "channel": "TEXT NOT NULL DEFAULT 'api'"}


@dataclass(frozen=True)
class JournalEntry:
    time: datetime  # aware; stored as UTC
    profile_id: str
    profile_name: str
    endpoint: str  # the base URL
    method: SendKind | str  # a str: a method this version does not know (see the docstring)
    subject: str
    request: dict[str, Any]  # see request_for_journal
    outcome: Outcome | str
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    http_status: int | None = None
    code: str | None = None
    message: str = ""
    hint: str = ""
    duration_ms: int = 0
    test_data: str | None = None
    template_id: int | None = None
    channel: Channel | str = Channel.API  # how it went: the API or the SMTP+ relay
    id: int | None = None

    @property
    def recipient_count(self) -> int:
        return len(self.to) + len(self.cc) + len(self.bcc)


@dataclass(frozen=True)
class JournalSummary:
    """What the journal's list shows of an entry."""

    id: int
    time: datetime
    profile_name: str
    method: SendKind | str
    subject: str
    recipient_count: int
    outcome: Outcome | str
    code: str | None
    http_status: int | None
    template_id: int | None = (
        None  # SendTemplate: its subject is the template's, not in the request
    )
    channel: Channel | str = Channel.API
    profile_id: str = ""


@dataclass(frozen=True)
class Reopened:
    """An entry turned back into work: the draft, and what to send it with (always a method
    and a channel this version has: an unknown one reopens as the request's own kind, on the
    API)."""

    draft: Draft
    method: SendKind
    template_id: int | None = None
    test_data: str | None = None
    channel: Channel = Channel.API


def request_for_journal(
    request: Message | TemplateMessage, username: str, draft: Draft
) -> dict[str, Any]:
    """The request as posted, ``User`` without the secret and file references instead of bodies.

    Everything else stays as it was sent. A part built from one of the draft's files (checked
    against its hash when it was read) takes that file's reference; any other body is hashed,
    so base64 never reaches the journal (nor is it ever made here).
    """
    body = for_humans(request, username, file_bodies=False)
    sent = {"Attachments": request.attachments, "EmbeddedImages": request.embedded_images}
    refs = {"Attachments": draft.attachments, "EmbeddedImages": draft.embedded_images}
    for member, index, part in parts(body):  # freshly built: safe to change in place
        ref = refs[member][index] if index < len(refs[member]) else None
        if ref is None or ref.filename != part.get("Filename"):
            content = sent[member][index].body
            ref = file_of(part, content, [*draft.attachments, *draft.embedded_images])
            if ref is None:
                part["Body"] = {
                    "Sha256": hashlib.sha256(content).hexdigest(),
                    "Size": len(content),
                    "Path": None,
                }
                continue
        part["Body"] = {"Sha256": ref.sha256, "Size": ref.size, "Path": ref.path}
    return body


def entry_for_attempt(
    *,
    profile_id: str,
    profile_name: str,
    endpoint: str,
    method: SendKind,
    request: Message | TemplateMessage,
    username: str,
    draft: Draft,
    outcome: Outcome,
    answer: SendResult | RelayReply | Failure | None,
    duration_ms: float,
    test_data: str | None = None,
    template_id: int | None = None,
    channel: Channel = Channel.API,
    template_subject: str = "",
) -> JournalEntry:
    """A journal entry for one send attempt: the request as posted (or as it would have been,
    for a local refusal), its outcome, and what came back: MailUp's ``SendResult``, the relay's
    ``RelayReply`` or the failure."""
    shown = request_for_journal(request, username, draft)
    recipients = {
        member: [
            r["Email"]
            for r in shown.get(member) or []
            if isinstance(r, dict) and isinstance(r.get("Email"), str)
        ]
        for member in ("To", "Cc", "Bcc")
    }
    if template_id is None and isinstance(request, TemplateMessage):
        template_id = request.template_id
    return JournalEntry(
        time=datetime.now(UTC),
        profile_id=profile_id,
        profile_name=profile_name,
        endpoint=endpoint,
        method=method,
        # A SendTemplate's subject is the template's: the one the sandbox showed, when known.
        subject=shown.get("Subject") or template_subject,
        request=shown,
        outcome=outcome,
        to=recipients["To"],
        cc=recipients["Cc"],
        bcc=recipients["Bcc"],
        duration_ms=round(duration_ms),
        test_data=test_data,
        template_id=template_id,
        channel=channel,
        **_answer(outcome, answer),
    )


# Module attributes: noted for translation at import, as the journal shows them in later sessions.
_SCHEDULED_HINT = QT_TRANSLATE_NOOP(
    "core", "MailUp will send it at the scheduled time, even if this app is closed."
)
_QUEUED_HINT = QT_TRANSLATE_NOOP(
    "core", "MailUp queued the message; delivery happens later, on MailUp's side."
)
_LOST = QT_TRANSLATE_NOOP("core", "the earlier journal entries")  # a damaged file's fresh start


def _answer(outcome: Outcome, answer: SendResult | RelayReply | Failure | None) -> dict[str, Any]:
    if isinstance(answer, SendResult | RelayReply):
        # MailUp sends it, not this app: say so, a scheduled send goes out with the app closed.
        hint = _SCHEDULED_HINT if outcome is Outcome.SCHEDULED else _QUEUED_HINT
        return {
            "http_status": answer.http_status,
            "code": answer.code,
            "message": answer.message,
            "hint": hint,
        }
    if answer is None:
        return {}
    return {
        "http_status": answer.http_status,
        "code": answer.code,
        "message": answer.server_message or answer.summary,
        "hint": answer.hint,
    }


class Journal:
    def __init__(self, path: Path | None = None) -> None:
        self._file = SqliteFile(path or paths.data_dir() / "journal.sqlite3", _SCHEMA, _LOST)
        self._add_missing_columns()

    def _add_missing_columns(self) -> None:
        """A journal written by an earlier version gains the newer columns; its rows keep
        their meaning (every earlier attempt went through the API)."""
        present = self._columns()
        for name, declaration in _ADDED_COLUMNS.items():
            if name in present:
                continue
            try:
                self._file.execute(f"ALTER TABLE attempts ADD COLUMN {name} {declaration}")
            except sqlite3.OperationalError:
                if name not in self._columns():  # not another Journal adding it meanwhile
                    raise

    def _columns(self) -> set[str]:
        return {row["name"] for row in self._file.query("PRAGMA table_info(attempts)")}

    def record(self, entry: JournalEntry) -> int:
        recipients = {"To": entry.to, "Cc": entry.cc, "Bcc": entry.bcc}
        haystack = " ".join(
            [
                entry.subject,
                *entry.to,
                *entry.cc,
                *entry.bcc,
                entry.profile_name,
                entry.code or "",
                entry.message,
            ]
        ).casefold()
        cursor = self._file.execute(
            "INSERT INTO attempts (at, profile_id, profile_name, endpoint, method, recipients, "
            "subject, request, http_status, code, message, outcome, hint, duration_ms, test_data, "
            "template_id, haystack, texts, channel) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _stored_time(entry.time),
                entry.profile_id,
                entry.profile_name,
                entry.endpoint,
                _stored(entry.method),
                msgspec.json.encode(recipients).decode(),
                entry.subject,
                msgspec.json.encode(without_secret(entry.request)),
                entry.http_status,
                entry.code,
                entry.message,
                _stored(entry.outcome),
                entry.hint,
                entry.duration_ms,
                entry.test_data,
                entry.template_id,
                haystack,
                msgspec.json.encode(
                    {"message": as_data(entry.message), "hint": as_data(entry.hint)}
                ).decode(),
                _stored(entry.channel),
            ),
        )
        row_id = cursor.lastrowid
        assert row_id is not None  # sqlite3 sets it after every INSERT
        return row_id

    def search(self, text: str = "", limit: int = 500) -> list[JournalSummary]:
        """Newest first; every word of ``text`` must occur in the subject, a recipient, the
        profile name, the code or the message (case-insensitive)."""
        words = text.casefold().split()
        where = " AND ".join(["instr(haystack, ?) > 0"] * len(words)) or "1"
        rows = self._file.query(
            "SELECT id, at, profile_name, method, subject, recipients, outcome, code, http_status, "
            "template_id, channel, profile_id "
            f"FROM attempts WHERE {where} ORDER BY at DESC, id DESC LIMIT ?",
            (*words, limit),
        )
        return [
            JournalSummary(
                id=row["id"],
                time=datetime.fromisoformat(row["at"]),
                profile_name=row["profile_name"],
                method=_known(SendKind, row["method"]),
                subject=row["subject"],
                recipient_count=sum(map(len, msgspec.json.decode(row["recipients"]).values())),
                outcome=_known(Outcome, row["outcome"]),
                code=row["code"],
                http_status=row["http_status"],
                template_id=row["template_id"],
                channel=_known(Channel, row["channel"]),
                profile_id=row["profile_id"],
            )
            for row in rows
        ]

    def get(self, entry_id: int) -> JournalEntry:
        rows = self._file.query("SELECT * FROM attempts WHERE id = ?", (entry_id,))
        if not rows:
            raise KeyError(entry_id)
        row = rows[0]
        recipients = msgspec.json.decode(row["recipients"])
        texts = msgspec.json.decode(row["texts"]) if row["texts"] else {}
        return JournalEntry(
            id=row["id"],
            time=datetime.fromisoformat(row["at"]),
            profile_id=row["profile_id"],
            profile_name=row["profile_name"],
            endpoint=row["endpoint"],
            method=_known(SendKind, row["method"]),
            subject=row["subject"],
            request=msgspec.json.decode(row["request"]),
            outcome=_known(Outcome, row["outcome"]),
            to=recipients["To"],
            cc=recipients["Cc"],
            bcc=recipients["Bcc"],
            http_status=row["http_status"],
            code=row["code"],
            message=from_data(texts.get("message"), row["message"]),
            hint=from_data(texts.get("hint"), row["hint"]),
            duration_ms=row["duration_ms"],
            test_data=row["test_data"],
            template_id=row["template_id"],
            channel=_known(Channel, row["channel"]),
        )

    def draft_of(self, entry_id: int, files_dir: Path) -> Draft:
        """The entry's request as a new draft. Files come back by reference: a file that is gone
        or changed stays in the draft, where ``build_message`` names the problem."""
        return _draft(self.get(entry_id).request, files_dir)

    def reopen(self, entry_id: int, files_dir: Path) -> Reopened:
        entry = self.get(entry_id)
        draft = _draft(entry.request, files_dir)
        method = entry.method
        if not isinstance(method, SendKind):  # the request says which: a template keeps its ID
            method = SendKind.TEMPLATE if "TemplateId" in entry.request else SendKind.MESSAGE
        channel = entry.channel if isinstance(entry.channel, Channel) else Channel.API
        return Reopened(draft, method, entry.template_id, entry.test_data, channel)

    def close(self) -> None:
        self._file.close()


Known = TypeVar("Known", bound=enum.Enum)


def _stored(value: enum.Enum | str) -> str:
    return value.value if isinstance(value, enum.Enum) else value


def _known(kind: type[Known], stored: str) -> Known | str:
    """``stored`` as a member of ``kind``; as written when this version has no such member."""
    try:
        return kind(stored)
    except ValueError:
        return stored


def _stored_time(when: datetime) -> str:
    # One fixed UTC format, so that text order is time order.
    return when.astimezone(UTC).isoformat(timespec="microseconds")


def _draft(request: dict[str, Any], files_dir: Path) -> Draft:
    files = {
        member: [_reopened_file(part) for m, _, part in parts(request) if m == member]
        for member in PART_MEMBERS
    }
    rest = {key: value for key, value in request.items() if key not in ("User", *PART_MEMBERS)}
    kind = TemplateMessage if "TemplateId" in rest else Message  # a template keeps its ID
    draft = draft_from_message(from_builtins(rest, kind), files_dir)
    return msgspec.structs.replace(
        draft, attachments=files["Attachments"], embedded_images=files["EmbeddedImages"]
    )


def _reopened_file(part: dict[str, Any]) -> FileRef:
    body = part.get("Body")
    reference = body if isinstance(body, dict) else {}
    filename = str(part.get("Filename") or "")
    path = reference.get("Path") or filename
    return FileRef(
        path=path,
        filename=filename,
        size=int(reference.get("Size") or 0),
        sha256=str(reference.get("Sha256") or ""),
        mime_type=mimetypes.guess_type(filename)[0] or "application/octet-stream",
        content_id=part.get("ContentId"),
    )
