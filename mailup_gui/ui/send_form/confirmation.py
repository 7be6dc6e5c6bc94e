"""The questions before a send: merge tags without a value, then "Send … to N recipients?".

The confirmation names the profile (masked in screen-share mode), where the send goes
(production in red, with Cancel as the default so that Enter does not send), when, and a few
recipients by address, so that a send to oneself can be seen to be one. What MailUp is already
known to refuse (another List's template, a From outside the user's senders) heads it in red,
with Cancel as the default.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ...core.account.profiles import Profile
from ...core.message.addresses import parse_addresses
from ...core.message.draft import Draft
from ...core.send.result import Channel
from ..context import AppContext
from ..core_texts import translated
from ..locale_text import date_time_text
from ..widgets.colour import text_colour


class SendQuestions(QObject):
    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self._parent = parent  # the dialogs' parent

    def unfilled_accepted(self, tags: list[str], subject: str) -> bool:
        """Say exactly what MailUp delivers: each tag as written, the subject as it will read."""
        listed = ", ".join(f"[{t}]" for t in tags)
        text = self.tr(
            "These merge tags have no value: {tags}.\n\nMailUp delivers them as written: the "
            "recipients will read the brackets and the name, not a value."
        ).format(tags=listed)
        if any(f"[{t}]".lower() in subject.lower() for t in tags):
            text += "\n\n" + self.tr("The subject will read: “{subject}”").format(subject=subject)
        answer = QMessageBox.warning(
            self._parent,
            self.tr("Merge tags without a value"),
            text + "\n\n" + self.tr("Send it like this?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirmation(
        self,
        profile: Profile,
        draft: Draft,
        method: str,
        channel: Channel,
        summary: str,
        refusals: Sequence[str] = (),
        checks_note: str = "",
    ) -> tuple[QMessageBox, QPushButton]:
        """The question before a send of ``summary`` (what is sent, plain text), and its Send
        button. ``refusals`` (HTML lines) are what MailUp is already known to refuse: they head
        the question, and Cancel is the default then. ``checks_note`` (plain text) says what the
        Checks tab found: a line in the warning colour, never a reason to refuse the send."""
        title = (
            self.tr("Send through the SMTP+ relay")
            if channel is Channel.SMTP
            else self.tr("Send through {method}").format(method=method)
        )
        icon = QMessageBox.Icon.Warning if refusals else QMessageBox.Icon.Question
        box = QMessageBox(icon, title, "", parent=self._parent)
        box.setTextFormat(Qt.TextFormat.RichText)
        lines = self._lines(profile, draft, channel, summary)
        if refusals:
            lines.insert(0, self._refusals_html(refusals))
        if checks_note:
            lines.append(
                '<span style="color:{colour}">{note}</span>'.format(
                    colour=text_colour("warning").name(), note=escape(checks_note)
                )
            )
        box.setText("<br>".join(lines))
        send_text = self.tr("Send anyway") if refusals else self.tr("Send")
        send_button = box.addButton(send_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        careful = profile.is_production or bool(refusals)
        box.setDefaultButton(cancel if careful else send_button)
        return box, send_button

    def _refusals_html(self, refusals: Sequence[str]) -> str:
        listed = "".join(f"<li>{line}</li>" for line in refusals)
        return '<b style="color:{colour}">{head}</b><ul>{listed}</ul>'.format(
            colour=text_colour("error").name(),
            head=escape(self.tr("MailUp will refuse this send:")),
            listed=listed,
        )

    def _lines(self, profile: Profile, draft: Draft, channel: Channel, summary: str) -> list[str]:
        recipients = [
            entry.email
            for text in (draft.to, draft.cc, draft.bcc)
            for entry in parse_addresses(text)
            if entry.problem is None
        ]
        count = len(recipients)
        endpoint = escape(self.where(profile, channel))
        if profile.is_production:
            endpoint = '<b style="color:{colour}">{endpoint}</b>'.format(
                colour=text_colour("error").name(),
                endpoint=self.tr("{endpoint} (PRODUCTION)").format(endpoint=endpoint),
            )
        when = self.tr("now")
        if draft.options.schedule:
            when = date_time_text(draft.options.schedule)
        lines = [
            self.tr(
                "Send {what} to <b>%n recipient(s)</b>?<br>Profile: <b>{profile}</b><br>"
                "Endpoint: {endpoint}<br>When: {when}",
                "",
                count,
            ).format(
                what=escape(summary),
                profile=escape(self.context.privacy.name(profile.name)),
                endpoint=endpoint,
                when=escape(when),
            )
        ]
        if 0 < count <= 3:
            shown = [self.context.privacy.address(a) for a in recipients]
            lines.append(
                escape(self.tr("Recipients: {addresses}").format(addresses=", ".join(shown)))
            )
        return lines

    def where(self, profile: Profile, channel: Channel) -> str:
        """Where a send goes, as the confirmation and the notices name it."""
        if channel is Channel.SMTP:
            relay = profile.relay_endpoint(self.context.sandbox_smtp())
            return self.tr("SMTP+ relay {where}").format(
                where=relay.label if relay else self.tr("of the local sandbox (starting)")
            )
        return translated(profile.endpoint_label(self.context.sandbox_url()))
