"""The envelope of a send: From, To, Cc, Bcc, Reply-To, Subject and CharSet, as one form."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...core.account.profiles import Profile
from ...core.message.draft import Draft
from ..context import AppContext
from ..widgets.address_field import AddressField
from ..widgets.colour import text_style
from ..widgets.field_marks import mark
from .sender_check import sender_refusal

CHARSETS = ["utf-8", "iso-8859-1", "iso-8859-15", "windows-1252", "us-ascii"]


class EnvelopeForm(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        privacy = context.privacy
        self.from_name = QLineEdit()
        self.from_name.setPlaceholderText(self.tr("Sender name"))
        self.from_name.setToolTip(self.tr("From: the name recipients see"))
        self.from_name.setAccessibleName(self.tr("From name"))
        self.from_email = QLineEdit()
        self.from_email.setPlaceholderText(self.tr("sender@example.com"))
        self.from_email.setToolTip(
            self.tr("From: an authorised sender or domain of the SMTP+ user")
        )
        self.from_email.setAccessibleName(self.tr("From address"))
        privacy.guard_field(self.from_email)
        from_row = QHBoxLayout()
        from_row.addWidget(self.from_name, 1)
        from_row.addWidget(self.from_email, 2)
        self.from_warning = QLabel()
        self.from_warning.setWordWrap(True)
        self.from_warning.setStyleSheet(text_style("warning"))
        self.from_warning.hide()
        # the one-click fix: the profile's own default From, when MailUp allows it
        self.use_default_from = QPushButton()
        self.use_default_from.setAccessibleName(self.tr("Use the profile's default From"))
        self.use_default_from.clicked.connect(self._use_default_from)
        self.use_default_from.hide()
        self._default_from: tuple[str, str] | None = None  # the profile's (name, address)
        fix_row = QHBoxLayout()  # under the warning, which keeps the width to wrap in
        fix_row.addWidget(self.use_default_from)
        fix_row.addStretch(1)
        self.to = AddressField(self.tr("To"), privacy)
        self.cc = AddressField(self.tr("Cc"), privacy)
        self.bcc = AddressField(self.tr("Bcc"), privacy)
        self.reply_to = QLineEdit()
        self.reply_to.setToolTip(
            self.tr(
                "Reply-To: one address. A Reply-To different from From "
                "must be enabled by MailUp support."
            )
        )
        self.reply_to.setAccessibleName(self.tr("Reply-To"))
        privacy.guard_field(self.reply_to)
        self.subject = QLineEdit()
        self.subject.setToolTip(
            self.tr("Subject; [merge tags] are filled from the values in Options")
        )
        self.subject.setAccessibleName(self.tr("Subject"))
        self.char_set = QComboBox()
        self.char_set.setEditable(True)
        self.char_set.addItems(CHARSETS)
        self.char_set.setToolTip(self.tr("CharSet of the message; utf-8 unless you know better"))
        self.char_set.setAccessibleName(self.tr("CharSet"))

        # Cc beside Bcc and Reply-To beside CharSet: two rows fewer leave the editors room
        # in a laptop-size window.
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("From"), from_row)
        form.addRow("", self.from_warning)
        form.addRow("", fix_row)
        form.addRow(self.tr("&To"), self.to)
        form.addRow(*_pair(self.tr("&Cc"), self.cc, self.tr("&Bcc"), self.bcc, (1, 1)))
        form.addRow(
            *_pair(self.tr("&Reply-To"), self.reply_to, self.tr("C&harSet"), self.char_set, (3, 1))
        )
        form.addRow(self.tr("&Subject"), self.subject)

        for field in (self.from_name, self.from_email, self.reply_to, self.subject):
            field.textChanged.connect(self.changed)
        self.char_set.currentTextChanged.connect(self.changed)
        for address_field in (self.to, self.cc, self.bcc):
            address_field.changed.connect(self.changed)

    def members(self) -> dict:
        """The envelope's members of ``Draft``, as keyword arguments."""
        return {
            "from_name": self.from_name.text(),
            "from_email": self.from_email.text(),
            "to": self.to.text(),
            "cc": self.cc.text(),
            "bcc": self.bcc.text(),
            "reply_to": self.reply_to.text(),
            "subject": self.subject.text(),
            "char_set": self.char_set.currentText(),
        }

    def load(self, draft: Draft) -> None:
        self.from_name.setText(draft.from_name)
        self.from_email.setText(draft.from_email)
        self.to.set_text(draft.to)
        self.cc.set_text(draft.cc)
        self.bcc.set_text(draft.bcc)
        self.reply_to.setText(draft.reply_to)
        self.subject.setText(draft.subject)
        self.char_set.setCurrentText(draft.char_set)

    def fields(self) -> dict[str, QWidget]:
        """The fields by MailUp member, to mark them."""
        return {
            "From.Name": self.from_name,
            "From": self.from_email,
            "To": self.to.edit,
            "Cc": self.cc.edit,
            "Bcc": self.bcc.edit,
            "ReplyTo": self.reply_to,
            "Subject": self.subject,
            "CharSet": self.char_set,
        }

    def clear_marks(self) -> None:
        for widget in (self.from_name, self.from_email, self.reply_to, self.subject):
            mark(widget, None)
        mark(self.char_set, None)
        for field in (self.to, self.cc, self.bcc):
            field.recheck()

    def check_sender(self, profile: Profile | None) -> None:
        """Warn when From is outside the senders MailUp allows the user, as last listed."""
        address = self.from_email.text()
        refusal = sender_refusal(self.context, profile, address)
        self.from_warning.setVisible(refusal is not None)
        self.from_warning.setText(refusal or "")
        default = profile.from_email.strip() if profile else ""
        fixable = (
            refusal is not None
            and profile is not None
            and bool(default)
            and default.lower() != address.strip().lower()
            and sender_refusal(self.context, profile, default) is None
        )
        self._default_from = (profile.from_name, default) if fixable and profile else None
        self.use_default_from.setVisible(fixable)
        if fixable:
            shown = self.context.privacy.address(default)
            self.use_default_from.setText(self.tr("Use {address}").format(address=shown))
            self.use_default_from.setToolTip(
                self.tr("The profile's default From: {address}").format(address=shown)
            )

    def _use_default_from(self) -> None:
        if self._default_from is None:
            return
        name, address = self._default_from
        if name:
            self.from_name.setText(name)
        self.from_email.setText(address)


def _pair(
    first_label: str, first: QWidget, second_label: str, second: QWidget, stretch: tuple[int, int]
) -> tuple[QLabel, QHBoxLayout]:
    """A form row of two labelled fields; each label keeps its Alt shortcut to its field."""
    labels = []
    for text, field in ((first_label, first), (second_label, second)):
        label = QLabel(text)
        label.setBuddy(field)
        labels.append(label)
    row = QHBoxLayout()
    row.addWidget(first, stretch[0])
    row.addWidget(labels[1])
    row.addWidget(second, stretch[1])
    return labels[0], row
