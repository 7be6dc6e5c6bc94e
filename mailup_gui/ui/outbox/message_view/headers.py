"""The Headers tab: every header of the stored message, the main ones first, and the extended
headers MailUp would drop, marked."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from ....core.outbox.service import StoredMessage
from ....core.outbox.stored_message import Mailbox
from ...privacy import Privacy

_FIRST = ("From", "To", "Cc", "Bcc", "Reply-To", "Subject", "Date", "Message-ID")
_DROPPED = QColor("#fde0e0")


class HeadersTable(QTableWidget):
    def __init__(self, privacy: Privacy, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self._privacy = privacy
        self.setHorizontalHeaderLabels([self.tr("Header"), self.tr("Value")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setAccessibleName(self.tr("Headers of the message"))

    def show_message(self, message: StoredMessage) -> None:
        self.setRowCount(0)
        parsed = message.parsed
        lists = {
            "from": parsed.sender,
            "to": parsed.to,
            "cc": parsed.cc,
            "bcc": parsed.bcc,
            "reply-to": parsed.reply_to,
        }
        shown = {name.lower() for name in _FIRST}
        by_name: dict[str, list[str]] = {}
        for header in parsed.headers:
            by_name.setdefault(header.name.lower(), []).append(header.value)
        for name in _FIRST:
            key = name.lower()
            if key in lists:
                if lists[key]:
                    self._add(name, mailbox_text(self._privacy, lists[key]))
            else:
                for value in by_name.get(key, []):
                    self._add(name, self._privacy.addresses_in(value))
        for header in parsed.headers:
            if header.name.lower() not in shown:
                self._add(header.name, self._privacy.addresses_in(header.value))
        for name, value in message.dropped_headers:
            self._add(name, self._privacy.addresses_in(value), dropped=True)
        self.resizeRowsToContents()

    def _add(self, name: str, value: str, dropped: bool = False) -> None:
        row = self.rowCount()
        self.insertRow(row)
        name_item = QTableWidgetItem(name)
        value_item = QTableWidgetItem(value)
        if dropped:
            value_item.setText(
                self.tr("{value}  (dropped: MailUp does not send this header)").format(value=value)
            )
            note = self.tr(
                "An extended header MailUp has not approved for this account: it is removed "
                "from the message and recipients never see it"
            )
            for item in (name_item, value_item):
                item.setBackground(QBrush(_DROPPED))
                item.setToolTip(note)
        self.setItem(row, 0, name_item)
        self.setItem(row, 1, value_item)

    def rows(self) -> list[tuple[str, str]]:
        """(name, value) as shown, for tests and for copying."""
        return [(self._text(row, 0), self._text(row, 1)) for row in range(self.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""


def mailbox_text(privacy: Privacy, mailboxes: tuple[Mailbox, ...]) -> str:
    """``Name <address>, …`` with the addresses masked in screen-share mode."""
    return ", ".join(
        f"{item.name} <{privacy.address(item.address)}>"
        if item.name
        else privacy.address(item.address)
        for item in mailboxes
    )
