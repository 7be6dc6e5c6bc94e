"""Before a send: stop it when the profile's own SMTP+ user is known to be unable to send.

The send flow calls ``guard_send`` before its confirmation dialog. The decision is
``core.send.guard.decide``; this module only words it and asks. For a block with an end it
says when sending works again and offers a reminder then — never a scheduled send, which
MailUp refuses as well while the block lasts. ``ask`` shows the box and returns the button
clicked; tests pass their own to click without a modal loop.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ...core.account.profiles import Profile
from ...core.send.guard import Action, Verdict, decide
from ..context import AppContext
from ..describe import sending_text, status_text
from ..locale_text import date_time_text

Ask = Callable[[QMessageBox], QAbstractButton | None]


@dataclass(frozen=True)
class GuardDecision:
    proceed: bool
    remind_at: datetime | None = None  # the user asked to be reminded then


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
    sendable_at = verdict.sendable_at
    assert sendable_at is not None  # WAIT always says when
    remind = box.addButton(
        QCoreApplication.translate("SendGuard", "Remind me then"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    remind.setToolTip(
        QCoreApplication.translate(
            "SendGuard", "A desktop notification at {when}, if the app is still open"
        ).format(when=date_time_text(sendable_at))
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    if ask(box) is remind:
        return GuardDecision(False, sendable_at)
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
    if verdict.action is Action.WAIT and verdict.sendable_at and status.until:
        lines.append(
            escape(
                QCoreApplication.translate(
                    "SendGuard",
                    "The block lifts at {until}: send it again from {when}. A send scheduled "
                    "for later is refused too, as MailUp checks the block when the request "
                    "arrives.",
                ).format(
                    until=date_time_text(status.until), when=date_time_text(verdict.sendable_at)
                )
            )
        )
    lines.append(
        escape(
            QCoreApplication.translate(
                "SendGuard",
                "Nothing was sent. State as MailUp gave it at {checked}; the Dashboard "
                "shows the latest.",
            ).format(checked=date_time_text(checked))
        )
    )
    box.setText("<br><br>".join(lines))
    box.setAccessibleName(box.windowTitle())
    return box
