"""What a preflight check returns: findings (rule, severity, message, where) and the
per-client support summary."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # the message will not work as meant: fix it before sending
    WARNING = "warning"  # some recipients will see it broken or worse
    INFO = "info"  # worth knowing; nothing is broken


@dataclass(frozen=True)
class Where:
    """A place in the message as given: ``part`` names it (``html``, ``Body``, ``Head``,
    ``BodyTag``, ``DocType``, ``text``, ``subject``, ``attachments``, or a file's name);
    ``line`` counts from 1 inside that part (0: the part as a whole); ``excerpt`` is a short
    piece of the source there."""

    part: str
    line: int = 0
    excerpt: str = ""

    def __str__(self) -> str:
        return f"{self.part}:{self.line}" if self.line else self.part


@dataclass(frozen=True)
class Finding:
    rule: str  # stable id: "a11y/img-alt", "compat/css-display-flex", …
    severity: Severity
    message: str  # a texts.Text: English, translatable by the UI
    where: Where


@dataclass(frozen=True)
class Hit:
    """What a rule found, placed in the delivered HTML (``line``, from 1) or in a part of the
    message (``part``, with line 0); the checker turns it into a ``Finding``."""

    rule: str
    severity: Severity
    message: str
    line: int = 0
    part: str = ""


@dataclass(frozen=True)
class ClientSupport:
    """How many of the features the message uses one client platform supports."""

    client: str  # "Outlook"
    platform: str  # "Windows"
    supported: int
    partial: int
    unsupported: int


@dataclass(frozen=True)
class Report:
    findings: tuple[Finding, ...]
    clients: tuple[ClientSupport, ...]

    def count(self, severity: Severity) -> int:
        return sum(1 for finding in self.findings if finding.severity is severity)

    @property
    def has_errors(self) -> bool:
        return self.count(Severity.ERROR) > 0
