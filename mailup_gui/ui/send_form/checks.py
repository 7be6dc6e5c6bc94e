"""The warnings under the send form's editors: what MailUp may refuse or ignore, noticed while
typing. Plain data in, translated sentences out; the controller shows them through the form."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...core.message.draft import SIZE_WARNING_BYTES, Draft
from ...core.send.pipeline import schedule_problem, unfilled_tags
from ..core_texts import translated
from ..widgets.file_parts import human_size


def form_notes(draft: Draft, texts: list[str], content_notes: list[str]) -> list[str]:
    """``texts`` are the pane's texts besides the Subject whose merge tags need values;
    ``content_notes`` the pane's own warnings, listed after the merge tags."""
    notes = []
    missing = unfilled_tags(draft, texts)
    if missing:
        notes.append(
            QCoreApplication.translate("FormChecks", "Merge tags without a value: {tags}").format(
                tags=", ".join(f"[{t}]" for t in missing)
            )
        )
    notes += content_notes
    total = draft.total_file_bytes()
    if total > SIZE_WARNING_BYTES:
        notes.append(
            QCoreApplication.translate(
                "FormChecks", "Files total {size}, over MailUp's 10 MB: the send may be refused"
            ).format(size=human_size(total))
        )
    reply_to, sender = draft.reply_to.strip().lower(), draft.from_email.strip().lower()
    if reply_to and reply_to != sender:
        notes.append(
            QCoreApplication.translate(
                "FormChecks",
                "A Reply-To different from From must be enabled by MailUp "
                "support, or MailUp ignores it.",
            )
        )
    schedule = schedule_problem(draft.options.schedule)
    if schedule:
        notes.append(translated(schedule))
    return notes
