"""The XSmtpAPI options, declared once: each member's Python name, MailUp name, kind and label.

``OPTION_FIELDS`` is the one list the draft, the request, the option panel and the Outbox's
view of a stored request all go through. Three shapes hold the values: ``Options`` (the draft's,
as typed: text kept with its spaces, a merge-tag row without a value kept), ``api.dto.XSmtpApi``
(the wire's: only what is sent) and the same ``XSmtpApi`` read leniently from what the sandbox
stored. A member added to MailUp's XSmtpAPI is one line here plus its member in both structs
(a test holds the three together).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec

from ...api.dates import parse_datetime
from ...api.dto import NameValue, XSmtpApi
from ...texts import QT_TRANSLATE_NOOP


class OptionKind(enum.Enum):
    """What a member holds, and so how it is typed, sent, read and shown."""

    TEXT = "text"  # a line of text; empty sends nothing
    SWITCH = "switch"  # on, off, or None: the SMTP+ user's default
    PRIORITY = "priority"  # 1 (highest) to 5, or None
    SCHEDULE = "schedule"  # an aware date-time, or None: now
    MERGE_VALUES = "merge_values"  # [tag] → value rows (MailUp's DynamicFields)


class OptionGroup(enum.Enum):
    """Where the option panel shows a member."""

    MERGE_TAGS = "merge_tags"
    CAMPAIGN = "campaign"
    DELIVERY = "delivery"


@dataclass(frozen=True)
class OptionField:
    name: str  # the member of Options and XSmtpApi
    mailup: str  # its name inside XSmtpAPI on the wire
    kind: OptionKind
    group: OptionGroup
    label: str  # marked for translation: the UI shows it translated
    tip: str = ""


_TEXT, _SWITCH = OptionKind.TEXT, OptionKind.SWITCH
_CAMPAIGN, _DELIVERY = OptionGroup.CAMPAIGN, OptionGroup.DELIVERY

OPTION_FIELDS = (
    OptionField(
        "campaign_name",
        "CampaignName",
        _TEXT,
        _CAMPAIGN,
        QT_TRANSLATE_NOOP("core", "Campaign name"),
        QT_TRANSLATE_NOOP("core", "Name of the aggregated campaign in MailUp's statistics"),
    ),
    OptionField(
        "campaign_code",
        "CampaignCode",
        _TEXT,
        _CAMPAIGN,
        QT_TRANSLATE_NOOP("core", "Campaign code"),
        QT_TRANSLATE_NOOP(
            "core",
            "Aggregation key: keep it stable so statistics stay meaningful and the message "
            "count low",
        ),
    ),
    OptionField(
        "campaign_report",
        "CampaignReport",
        _TEXT,
        _CAMPAIGN,
        QT_TRANSLATE_NOOP("core", "Campaign report"),
        QT_TRANSLATE_NOOP("core", "Name of the aggregated campaign report"),
    ),
    OptionField(
        "header",
        "Header",
        _SWITCH,
        _DELIVERY,
        QT_TRANSLATE_NOOP("core", "MailUp header"),
        QT_TRANSLATE_NOOP("core", "Add MailUp's header to the message."),
    ),
    OptionField(
        "footer",
        "Footer",
        _SWITCH,
        _DELIVERY,
        QT_TRANSLATE_NOOP("core", "MailUp footer"),
        QT_TRANSLATE_NOOP("core", "Add MailUp's footer to the message."),
    ),
    OptionField(
        "click_tracking",
        "ClickTracking",
        _SWITCH,
        _DELIVERY,
        QT_TRANSLATE_NOOP("core", "Click tracking"),
        QT_TRANSLATE_NOOP("core", "Track clicks on links."),
    ),
    OptionField(
        "view_tracking",
        "ViewTracking",
        _SWITCH,
        _DELIVERY,
        QT_TRANSLATE_NOOP("core", "View tracking"),
        QT_TRANSLATE_NOOP("core", "Track opens."),
    ),
    OptionField(
        "priority",
        "Priority",
        OptionKind.PRIORITY,
        _DELIVERY,
        QT_TRANSLATE_NOOP("core", "Priority"),
        QT_TRANSLATE_NOOP(
            "core",
            "1 is the highest priority, 5 the lowest. MailUp honours it at one stage of delivery "
            "only, so the order in which messages arrive is not guaranteed.",
        ),
    ),
    OptionField(
        "schedule",
        "Schedule",
        OptionKind.SCHEDULE,
        _DELIVERY,
        QT_TRANSLATE_NOOP("core", "Schedule"),
        QT_TRANSLATE_NOOP(
            "core", "Schedule the send on MailUp's side; the app need not be open then"
        ),
    ),
    OptionField(
        "dynamic_fields",
        "DynamicFields",
        OptionKind.MERGE_VALUES,
        OptionGroup.MERGE_TAGS,
        QT_TRANSLATE_NOOP("core", "Merge values (DynamicFields)"),
        QT_TRANSLATE_NOOP(
            "core",
            "DynamicFields: the value of each [tag] in the subject, HTML and text. A tag left "
            "empty is not sent: MailUp delivers it as written.",
        ),
    ),
    OptionField(
        "skip_dynamic_fields",
        "SkipDynamicFields",
        _SWITCH,
        OptionGroup.MERGE_TAGS,
        QT_TRANSLATE_NOOP("core", "Skip merge tags"),
        QT_TRANSLATE_NOOP(
            "core", "On: MailUp leaves [merge tags] as written instead of filling them."
        ),
    ),
)


class Options(msgspec.Struct, omit_defaults=True):
    """The draft's options, as typed. ``None`` means "the SMTP+ user's default": nothing is sent.
    Saved drafts hold these member names: renaming one loses what earlier drafts typed."""

    campaign_name: str = ""
    campaign_code: str = ""
    campaign_report: str = ""
    header: bool | None = None
    footer: bool | None = None
    click_tracking: bool | None = None
    view_tracking: bool | None = None
    priority: int | None = None
    schedule: datetime | None = None  # aware; the UI picks local time
    dynamic_fields: list[tuple[str, str]] = msgspec.field(default_factory=list)
    skip_dynamic_fields: bool | None = None


def request_options(options: Options) -> XSmtpApi | None:
    """What the draft's options send; None when they send nothing."""
    sent = XSmtpApi(**{f.name: _sent(f.kind, getattr(options, f.name)) for f in OPTION_FIELDS})
    return None if sent == XSmtpApi() else sent


def draft_options(sent: XSmtpApi | None) -> Options:
    """The options of a request (a saved file, a journal entry) as a draft holds them."""
    sent = sent or XSmtpApi()
    return Options(**{f.name: _typed(f.kind, getattr(sent, f.name)) for f in OPTION_FIELDS})


def stored_options(stored: object) -> XSmtpApi:
    """A stored request's XSmtpAPI, in MailUp's member names, read leniently: a member of the
    wrong type reads as not given."""
    if not isinstance(stored, Mapping):
        return XSmtpApi()
    return XSmtpApi(**{f.name: _read(f.kind, stored.get(f.mailup)) for f in OPTION_FIELDS})


def _sent(kind: OptionKind, value: Any) -> Any:
    if kind is OptionKind.TEXT:
        return value.strip() or None
    if kind is OptionKind.MERGE_VALUES:
        # a row left empty is no value: MailUp then delivers the tag as written, which the
        # preview and the warning before sending say; an empty V would erase it instead
        return [NameValue(name, text) for name, text in value if name.strip() and text] or None
    return value


def _typed(kind: OptionKind, value: Any) -> Any:
    if kind is OptionKind.TEXT:
        return value or ""
    if kind is OptionKind.MERGE_VALUES:
        return [(field.name, field.value) for field in value or []]
    return value


def _read(kind: OptionKind, value: object) -> Any:
    match kind:
        case OptionKind.TEXT:
            return None if value is None else str(value)
        case OptionKind.SWITCH:
            return value if isinstance(value, bool) else None
        case OptionKind.PRIORITY:
            return value if isinstance(value, int) and not isinstance(value, bool) else None
        case OptionKind.SCHEDULE:
            return parse_datetime(value)
        case OptionKind.MERGE_VALUES:
            rows = value if isinstance(value, list) else []
            read = [
                NameValue(str(row.get("N", "")), str(row.get("V", "")))
                for row in rows
                if isinstance(row, Mapping)
            ]
            return read or None
