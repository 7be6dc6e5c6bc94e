"""The Profiles dialog's widgets and their layout; ``dialog.ProfilesDialog`` adds what they do.

The form's fields scroll on a short screen; Save, Test connection and their result stay below
the scroll area, in sight at 1024×768 whatever the form's length.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.account.profiles import Endpoint
from ...core.account.secrets import SecretStore
from ..privacy import Privacy
from ..tasks import TaskRunner
from ..widgets.colour import text_style
from .secret_place import SecretPlace
from .url_warning import UrlWarning


class ProfileFormDialog(QDialog):
    _secrets: SecretStore
    _privacy: Privacy
    _tasks: TaskRunner

    def _build_form(self, relay: QWidget) -> QWidget:
        """The fields, in a widget the dialog puts in a scroll area."""
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        self.errors: dict[str, QLabel] = {}

        self.name = self._line(self.tr("Profile name, e.g. the customer's company"))
        self._privacy.guard_field(self.name)  # a customer's name: as masked as the list's
        self.username = self._line(
            self.tr("SMTP+ username from the MailUp console, e.g. s123456_1")
        )
        self._privacy.guard_field(self.username)
        self.secret = self._line(self.tr("SMTP+ secret (password); stored in the system keyring"))
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QToolButton()
        self.reveal.setText(self.tr("Show"))
        self.reveal.setCheckable(True)
        self.reveal.setToolTip(self.tr("Show the secret while typing (off in screen-share mode)"))
        self.reveal.setAccessibleName(self.tr("Show secret"))
        self.secret_where = SecretPlace(self._secrets, self._tasks)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.reveal)

        self.endpoint = QComboBox()
        self.endpoint.addItem(self.tr("MailUp production"), Endpoint.PRODUCTION)
        self.endpoint.addItem(self.tr("Local sandbox (built in)"), Endpoint.SANDBOX)
        self.endpoint.addItem(self.tr("Custom base URL"), Endpoint.CUSTOM)
        self.endpoint.setToolTip(self.tr("Where this profile's requests go"))
        self.endpoint.setAccessibleName(self.tr("Endpoint"))
        self.custom_url = self._line(self.tr("Base URL, e.g. http://127.0.0.1:8025/API/v2.0/"))
        self.production = QCheckBox(self.tr("This is a production account"))
        self.production.setToolTip(
            self.tr(
                "This URL reaches real recipients: the PRODUCTION badge and its confirmations apply"
            )
        )
        self.url_warning = UrlWarning()
        self.from_name = self._line(self.tr("Default From name for new messages"))
        self.from_email = self._line(self.tr("Default From address; must be an authorised sender"))
        self._privacy.guard_field(self.from_email)
        self.campaign_code = self._line(
            self.tr("Default CampaignCode: keeps MailUp statistics grouped")
        )
        self.test_address = self._line(
            self.tr("Test address for “Send to myself”; empty: the From address")
        )
        self._privacy.guard_field(self.test_address)
        self.colour = QPushButton()
        self.colour.setToolTip(self.tr("A colour to tell this profile apart at a glance"))
        self.colour.setAccessibleName(self.tr("Profile colour"))
        self._colour_value = "#2f6fb2"

        rows = [
            ("name", self.tr("&Name"), self.name),
            ("username", self.tr("SMTP+ &username"), self.username),
            ("secret", self.tr("&Secret"), secret_row),
            ("endpoint", self.tr("&Endpoint"), self.endpoint),
            ("custom_url", self.tr("Base &URL"), self.custom_url),
            ("production", "", self.production),
            ("from_name", self.tr("Default From na&me"), self.from_name),
            ("from_email", self.tr("Default From a&ddress"), self.from_email),
            ("campaign_code", self.tr("Default &CampaignCode"), self.campaign_code),
            ("test_address", self.tr("Test add&ress"), self.test_address),
            ("colour", self.tr("Co&lour"), self.colour),
        ]
        for key, label, field in rows:
            form.addRow(label, field)
            if key == "secret":
                # A row of a layout gets a label without buddy, which shows "&" as typed.
                label_widget = form.labelForField(field)
                if isinstance(label_widget, QLabel):
                    label_widget.setBuddy(self.secret)
                form.addRow("", self.secret_where)
            if key == "custom_url":
                form.addRow("", self.url_warning)
            error = QLabel()
            error.setStyleSheet(text_style("error"))
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            form.addRow("", error)

        form.addRow(relay)
        return form_widget

    def _line(self, tooltip: str) -> QLineEdit:
        field = QLineEdit()
        field.setToolTip(tooltip)
        field.setAccessibleName(tooltip)
        field.setPlaceholderText(tooltip.split(";")[0])
        return field

    def _build_actions(self, *trailing: QWidget) -> QVBoxLayout:
        """Test connection and Save with their result, outside the scroll area; ``trailing``
        (the dialog's Close) on Save's row."""
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setToolTip(
            self.tr("Ask MailUp (ListUserInfo) about this profile's SMTP+ user")
        )
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setToolTip(self.tr("Save this profile (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save profile"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.RichText)
        self.test_result.setAccessibleName(self.tr("Test result"))
        self.update_secret_button = QPushButton(self.tr("Update the secret for this profile"))
        self.update_secret_button.setToolTip(
            self.tr("The SMTP+ password may have changed in MailUp: type the new one")
        )
        self.update_secret_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        for widget in trailing:
            row.addWidget(widget)
        layout = QVBoxLayout()
        layout.addWidget(self.test_result)
        layout.addWidget(self.update_secret_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        return layout
