"""The inbox line: the message as a list of mail shows it before it is opened, on a phone
(three short lines) and on a desktop (one line), cut where those lists cut it."""

from __future__ import annotations

from email.utils import parseaddr
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from ...core.preflight.inbox import DESKTOP, PHONE, inbox_line
from ..widgets.colour import text_colour


class InboxLinePanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(self.tr("Inbox line"))
        # Its lines whole, asked for: the message below gives up the height.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.phone = _label()
        self.desktop = _label()
        self.phone.setAccessibleName(self.tr("Inbox line on a phone"))
        self.desktop.setAccessibleName(self.tr("Inbox line on a desktop"))
        layout = QGridLayout(self)
        for row, (title, label) in enumerate(
            ((self.tr("Phone"), self.phone), (self.tr("Desktop"), self.desktop))
        ):
            name = QLabel(title + ":")
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            layout.addWidget(name, row, 0)
            layout.addWidget(label, row, 1)
        layout.setColumnStretch(1, 1)
        self.setToolTip(
            self.tr(
                "The preheader is the body's first text, a hidden preheader element included. "
                "Phones cut the subject at about {subject} and the preheader at about "
                "{preheader} characters; desktop lists share one line of about {line}."
            ).format(subject=PHONE.subject, preheader=PHONE.preheader, line=DESKTOP.one_line)
        )

    def show_line(self, sender: str, subject: str, preheader: str) -> None:
        """``sender`` as "Name <address>" or an address; the list shows the name if any."""
        name, address = parseaddr(sender)
        who = name or address or sender
        muted = text_colour("muted").name()
        phone = inbox_line(who, subject, preheader, PHONE)
        self.phone.setText(
            f"<b>{escape(phone.sender)}</b><br>{escape(phone.subject)}<br>"
            f'<span style="color:{muted}">{escape(phone.preheader)}</span>'
        )
        desktop = inbox_line(who, subject, preheader, DESKTOP)
        dash = " – " if desktop.preheader else ""
        self.desktop.setText(
            f"<b>{escape(desktop.sender)}</b>&nbsp;&nbsp;&nbsp;{escape(desktop.subject)}"
            f'<span style="color:{muted}">{escape(dash + desktop.preheader)}</span>'
        )


def _label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)  # a narrow pane wraps the desktop line rather than widening
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
