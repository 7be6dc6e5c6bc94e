"""Checks MailUp would fail a request on, made by the client before it sends.

Each problem names the member in MailUp's terms (``To[2].Email``, ``XSmtpAPI.Priority``) and
says how to fix it. ``code`` is the MailUp code MailUp answers with for it. The sandbox judges
requests with its own code (``sandbox/content.py``), so that the two can disagree in a test.
"""

from __future__ import annotations

from collections.abc import Iterable

from email_validator import EmailNotValidError, validate_email

from ..texts import QT_TRANSLATE_NOOP
from .dto import EmailAddress, Message, MessagePart, NameValue, TemplateMessage, XSmtpApi
from .mergetags import TAG
from .problem import Problem

NO_RECIPIENT = "109"
NO_SENDER = "110"


def address_problem(address: str) -> str | None:
    """Why an email address is not valid (syntax only, no DNS), or None when it is."""
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as error:
        return str(error)
    return None


# What ends or corrupts a header line: control characters (TAB aside) and Unicode line breaks.
_NOT_IN_A_HEADER = frozenset(
    [chr(code) for code in range(0x20) if code != 0x09] + ["\x7f", "\x85", "\u2028", "\u2029"]
)
_HEADER_NAME_CHARACTERS = frozenset(chr(code) for code in range(0x21, 0x7F)) - {":"}


def breaks_header(text: str) -> bool:
    """True when ``text`` cannot go into a header line: CR, LF, NUL, VT, FF, FS, GS, RS, any
    other control character but TAB, or U+0085, U+2028, U+2029."""
    return not _NOT_IN_A_HEADER.isdisjoint(text)


def validate_request(request: Message | TemplateMessage) -> list[Problem]:
    """Every problem of a SendMessage or SendTemplate body, in form order."""
    problems: list[Problem] = []
    problems += _sender_problems(request.from_)
    problems += _recipient_problems(request)
    if request.reply_to:
        problem = address_problem(request.reply_to)
        if problem:
            problems.append(
                Problem(
                    "ReplyTo",
                    QT_TRANSLATE_NOOP("core", "{problem} Write one plain address.").format(
                        problem=problem
                    ),
                )
            )
    if request.subject and breaks_header(request.subject):
        problems.append(
            Problem(
                "Subject",
                QT_TRANSLATE_NOOP(
                    "core",
                    "The subject must be one line: remove the line breaks and control characters.",
                ),
            )
        )
    problems += _header_problems(request.extended_headers)
    problems += _content_id_problems(request.attachments, request.embedded_images)
    if request.x_smtp_api is not None:
        problems += _xsmtpapi_problems(request.x_smtp_api, request.subject or "")
    if isinstance(request, TemplateMessage) and request.template_id <= 0:
        problems.append(
            Problem(
                "TemplateId",
                QT_TRANSLATE_NOOP(
                    "core", "Enter the template's numeric ID (a whole number above 0)."
                ),
            )
        )
    return problems


def _address_problems(path: str, address: EmailAddress, fix: str) -> list[Problem]:
    """``fix`` is the message for a wrong address, with a ``{problem}`` placeholder."""
    problems: list[Problem] = []
    problem = address_problem(address.email)
    if problem:
        problems.append(Problem(f"{path}.Email", fix.format(problem=problem)))
    if address.name and breaks_header(address.name):
        problems.append(
            Problem(
                f"{path}.Name",
                QT_TRANSLATE_NOOP(
                    "core",
                    "A display name must be one line: "
                    "remove the line breaks and control characters.",
                ),
            )
        )
    return problems


def _sender_problems(sender: EmailAddress | None) -> list[Problem]:
    if sender is None or not sender.email.strip():
        return [
            Problem(
                "From",
                QT_TRANSLATE_NOOP("core", "The sender is required: fill in the From address."),
                NO_SENDER,
            )
        ]
    return _address_problems(
        "From", sender, QT_TRANSLATE_NOOP("core", "{problem} Correct the From address.")
    )


def _recipient_problems(request: Message | TemplateMessage) -> list[Problem]:
    problems: list[Problem] = []
    lists = (("To", request.to), ("Cc", request.cc), ("Bcc", request.bcc))
    for member, addresses in lists:
        for index, address in enumerate(addresses):
            problems += _address_problems(
                f"{member}[{index}]",
                address,
                QT_TRANSLATE_NOOP("core", "{problem} Correct or remove it."),
            )
    if not any(addresses for _, addresses in lists):
        problems.append(
            Problem(
                "To",
                QT_TRANSLATE_NOOP("core", "At least one recipient is required in To, Cc or Bcc."),
                NO_RECIPIENT,
            )
        )
    return problems


def header_problems(name: str, value: str) -> list[tuple[str, str]]:
    """(member, reason) for one extended header: "N" for its name, "V" for its value."""
    problems = []
    if not name.strip():
        problems.append(("N", QT_TRANSLATE_NOOP("core", "A header needs a name.")))
    elif not _HEADER_NAME_CHARACTERS.issuperset(name.strip(" ")):
        problems.append(
            (
                "N",
                QT_TRANSLATE_NOOP(
                    "core",
                    "A header name is one word of ASCII letters, digits and punctuation, "
                    "without spaces or colons.",
                ),
            )
        )
    if breaks_header(value):
        problems.append(
            (
                "V",
                QT_TRANSLATE_NOOP(
                    "core", "A header value must not contain line breaks or control characters."
                ),
            )
        )
    return problems


def _header_problems(headers: Iterable[NameValue]) -> list[Problem]:
    return [
        Problem(f"ExtendedHeaders[{index}].{member}", reason)
        for index, header in enumerate(headers)
        for member, reason in header_problems(header.name, header.value)
    ]


def _content_id_problems(
    attachments: list[MessagePart], images: list[MessagePart]
) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[str] = set()
    for member, parts in (("Attachments", attachments), ("EmbeddedImages", images)):
        for index, part in enumerate(parts):
            if not part.filename.strip():
                problems.append(
                    Problem(
                        f"{member}[{index}].Filename",
                        QT_TRANSLATE_NOOP("core", "Every file needs a name."),
                    )
                )
            elif breaks_header(part.filename):
                problems.append(
                    Problem(
                        f"{member}[{index}].Filename",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "A file name must be one line: "
                            "remove the line breaks and control characters.",
                        ),
                    )
                )
            if not (part.content_id or "").strip():
                if member == "EmbeddedImages":
                    problems.append(
                        Problem(
                            f"{member}[{index}].ContentId",
                            QT_TRANSLATE_NOOP(
                                "core",
                                "An embedded image needs a ContentId to be "
                                "referenced as cid: in the HTML.",
                            ),
                        )
                    )
                continue
            if breaks_header(part.content_id or ""):
                problems.append(
                    Problem(
                        f"{member}[{index}].ContentId",
                        QT_TRANSLATE_NOOP(
                            "core",
                            "A ContentId must be one line: "
                            "remove the line breaks and control characters.",
                        ),
                    )
                )
            key = (part.content_id or "").strip().lower()
            if key in seen:
                problems.append(
                    Problem(
                        f"{member}[{index}].ContentId",
                        QT_TRANSLATE_NOOP(
                            "core", "ContentId '{cid}' is used twice: give each part its own."
                        ).format(cid=part.content_id),
                    )
                )
            seen.add(key)
    return problems


def _xsmtpapi_problems(options: XSmtpApi, subject: str) -> list[Problem]:
    problems: list[Problem] = []
    if options.priority is not None and not 1 <= options.priority <= 5:
        problems.append(
            Problem(
                "XSmtpAPI.Priority",
                QT_TRANSLATE_NOOP(
                    "core", "Priority goes from 1 (highest) to 5 (lowest), or leave it unset."
                ),
            )
        )
    if options.schedule is not None and options.schedule.tzinfo is None:
        problems.append(
            Problem(
                "XSmtpAPI.Schedule",
                QT_TRANSLATE_NOOP(
                    "core", "The schedule needs a time zone, e.g. 2026-12-01T09:30:00+01:00."
                ),
            )
        )
    # a merge value the Subject uses ends up in the Subject header
    in_subject = set()
    if not options.skip_dynamic_fields:
        in_subject = {match.group(1).lower() for match in TAG.finditer(subject)}
    for index, field in enumerate(options.dynamic_fields or []):
        if not field.name.strip():
            problems.append(
                Problem(
                    f"XSmtpAPI.DynamicFields[{index}].N",
                    QT_TRANSLATE_NOOP("core", "A merge tag needs a name."),
                )
            )
        elif field.name.lower() in in_subject and breaks_header(field.value):
            problems.append(
                Problem(
                    f"XSmtpAPI.DynamicFields[{index}].V",
                    QT_TRANSLATE_NOOP(
                        "core",
                        "This value goes into the subject: "
                        "remove the line breaks and control characters.",
                    ),
                )
            )
    return problems
