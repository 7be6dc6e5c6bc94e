"""Before a send: stop it when the profile's own SMTP+ user is known to be unable to send.

Compose and Templates call ``guard_send`` before their confirmation dialog. The decision is
``core.send_guard.decide``; this module only words it and asks. ``ask`` shows the box and
returns the button clicked; tests pass their own to click without a modal loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ...api.dates import format_local
from ...core.profiles import Profile
from ...core.send_guard import Action, Verdict, decide
from ..context import AppContext
from ..describe import sending_text, status_text

Ask = Callable[[QMessageBox], QAbstractButton | None]


@dataclass(frozen=True)
class GuardDecision:
    proceed: bool
    schedule_after: datetime | None = None  # set XSmtpAPI.Schedule to this when not None


def _exec(box: QMessageBox) -> QAbstractButton | None:
    box.exec()
    return box.clickedButton()


def guard_send(
    parent: QWidget, context: AppContext, profile: Profile, ask: Ask = _exec
) -> GuardDecision:
    verdict = decide(context.user_states.own_status(profile))
    if verdict.action is Action.PROCEED:
        return GuardDecision(True)
    snapshot = context.user_states.snapshot(profile.id)
    assert snapshot is not None  # a known status comes from an answer
    box = _box(parent, verdict, context.privacy.username(profile.username), snapshot.fetched_at)
    if verdict.action is Action.REFUSE:
        box.addButton(QMessageBox.StandardButton.Close)
        ask(box)
        return GuardDecision(False)
    schedule = box.addButton(
        QCoreApplication.translate("SendGuard", "Schedule after the block"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    schedule.setToolTip(
        QCoreApplication.translate(
            "SendGuard", "Send it with XSmtpAPI Schedule set to {when}"
        ).format(when=format_local(verdict.schedule_after))
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    if ask(box) is schedule:
        return GuardDecision(True, verdict.schedule_after)
    return GuardDecision(False)


def _box(parent: QWidget, verdict: Verdict, user: str, checked: datetime) -> QMessageBox:
    status = verdict.status
    assert status is not None  # only PROCEED comes without a status
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("SendGuard", "This SMTP+ user cannot send now"),
        "",
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.RichText)
    lines = [
        QCoreApplication.translate("SendGuard", "<b>{user}</b>: {state}.").format(
            user=escape(user), state=escape(status_text(status))
        ),
        escape(sending_text(status)),
    ]
    if verdict.action is Action.OFFER_SCHEDULE:
        lines.append(
            escape(
                QCoreApplication.translate(
                    "SendGuard",
                    "The block lifts at {until}. The message can be scheduled for {when}, "
                    "just after it.",
                ).format(
                    until=format_local(status.until), when=format_local(verdict.schedule_after)
                )
            )
        )
    lines.append(
        escape(
            QCoreApplication.translate(
                "SendGuard",
                "Nothing was sent. State as MailUp gave it at {checked}; the Dashboard "
                "shows the latest.",
            ).format(checked=format_local(checked))
        )
    )
    box.setText("<br><br>".join(lines))
    box.setAccessibleName(box.windowTitle())
    return box
