"""Profiles: add, edit, duplicate, delete; the secret to the keyring; Test connection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.account.profiles import (
    Endpoint,
    Profile,
    ProfileStore,
    SmtpAddress,
    profile_problems,
)
from ...core.account.secrets import SecretStore
from ..core_texts import translated
from ..describe import error_html, is_wrong_secret, status_text
from ..privacy import Privacy
from ..tasks import TaskRunner
from ..widgets.colour import colour_icon, text_style
from ..widgets.sizing import scrolled
from .relay_group import RelayGroup
from .secret_place import SecretPlace
from .url_warning import UrlWarning


class ProfilesDialog(QDialog):
    profiles_changed = Signal()

    def __init__(
        self,
        profiles: ProfileStore,
        secrets: SecretStore,
        privacy: Privacy,
        tasks: TaskRunner,
        sandbox_url: Callable[[], str | None],
        parent: QWidget | None = None,
        sandbox_smtp: Callable[[], SmtpAddress | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profiles"))
        self.resize(860, 520)
        self._profiles = profiles
        self._secrets = secrets
        self._privacy = privacy
        self._tasks = tasks
        self._sandbox_url = sandbox_url
        self._sandbox_smtp = sandbox_smtp
        self._current: Profile | None = None
        self._dirty = False
        self._loading = False

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.currentItemChanged.connect(self._on_selection)
        add = QPushButton(self.tr("&Add"))
        add.setToolTip(self.tr("Add a profile for a MailUp SMTP+ user"))
        add.clicked.connect(self.add_profile)
        duplicate = QPushButton(self.tr("D&uplicate"))
        duplicate.setToolTip(self.tr("Copy the selected profile (the secret is not copied)"))
        duplicate.clicked.connect(self.duplicate_profile)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected profile and its stored secret"))
        self.delete_button.clicked.connect(self.delete_profile)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        row = QHBoxLayout()
        for button in (add, duplicate, self.delete_button):
            button.setAccessibleName(button.toolTip())
            row.addWidget(button)
        left_layout.addLayout(row)

        splitter = QSplitter()
        splitter.addWidget(left)
        # the form scrolls on a short screen rather than squeezing its fields
        splitter.addWidget(scrolled(self._build_form()))
        splitter.setSizes([260, 600])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._reload_list(profiles.active.id if profiles.active else None)

    # ----- form -------------------------------------------------------------------------
    def _build_form(self) -> QWidget:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        self.errors: dict[str, QLabel] = {}

        self.name = self._line(self.tr("Profile name, e.g. the customer's company"))
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
        self.reveal.toggled.connect(self._on_reveal)
        self._privacy.changed.connect(self._on_privacy)
        self.secret_where = SecretPlace(self._secrets, self._tasks)
        self.secret_where.stored.connect(self.secret.clear)
        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret, 1)
        secret_row.addWidget(self.reveal)

        self.endpoint = QComboBox()
        self.endpoint.addItem(self.tr("MailUp production"), Endpoint.PRODUCTION)
        self.endpoint.addItem(self.tr("Local sandbox (built in)"), Endpoint.SANDBOX)
        self.endpoint.addItem(self.tr("Custom base URL"), Endpoint.CUSTOM)
        self.endpoint.setToolTip(self.tr("Where this profile's requests go"))
        self.endpoint.setAccessibleName(self.tr("Endpoint"))
        self.endpoint.currentIndexChanged.connect(self._on_endpoint)
        self.custom_url = self._line(self.tr("Base URL, e.g. http://127.0.0.1:8025/API/v2.0/"))
        self.custom_url.textEdited.connect(self._show_warnings)
        self.production = QCheckBox(self.tr("This is a production account"))
        self.production.setToolTip(
            self.tr(
                "This URL reaches real recipients: the PRODUCTION badge and its confirmations apply"
            )
        )
        self.production.toggled.connect(self._mark_dirty)
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
        self.colour.clicked.connect(self._pick_colour)
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

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setToolTip(
            self.tr("Ask MailUp (ListUserInfo) about this profile's SMTP+ user")
        )
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Sa&ve"))
        self.save_button.setToolTip(self.tr("Save this profile (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save profile"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.relay = RelayGroup(
            self._secrets, self._tasks, self._relay_form_state, self._sandbox_smtp
        )
        self.relay.changed.connect(self._mark_dirty)
        form.addRow(self.relay)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        form.addRow(actions)
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.RichText)
        self.test_result.setAccessibleName(self.tr("Test result"))
        self.secret_where.failed.connect(self.test_result.setText)
        self.update_secret_button = QPushButton(self.tr("Update the secret for this profile"))
        self.update_secret_button.setToolTip(
            self.tr("The SMTP+ password may have changed in MailUp: type the new one")
        )
        self.update_secret_button.clicked.connect(self._focus_secret)
        self.update_secret_button.hide()
        form.addRow(self.test_result)
        form.addRow(self.update_secret_button)
        for field in (
            self.name,
            self.username,
            self.secret,
            self.custom_url,
            self.from_name,
            self.from_email,
            self.campaign_code,
            self.test_address,
        ):
            field.textEdited.connect(self._mark_dirty)
        return form_widget

    def _line(self, tooltip: str) -> QLineEdit:
        field = QLineEdit()
        field.setToolTip(tooltip)
        field.setAccessibleName(tooltip)
        field.setPlaceholderText(tooltip.split(";")[0])
        return field

    # ----- list -------------------------------------------------------------------------
    def _reload_list(self, select_id: str | None) -> None:
        self._loading = True
        self.list.clear()
        for profile in self._profiles.all():
            item = QListWidgetItem(colour_icon(profile.colour), profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile.id)
            self.list.addItem(item)
            if profile.id == select_id:
                self.list.setCurrentItem(item)
        self._loading = False
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._on_selection(self.list.currentItem(), None)

    def _on_selection(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if self._loading:
            return
        if self._dirty and previous is not None and not self._confirm_discard():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        profile = self._profiles.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self._show(profile)

    def _show(self, profile: Profile | None) -> None:
        self._current = profile
        self.delete_button.setEnabled(profile is not None)
        self.test_button.setEnabled(profile is not None)
        self.save_button.setEnabled(profile is not None)
        self.relay.test_button.setEnabled(profile is not None)
        profile = profile or Profile(name="", username="")
        self.name.setText(profile.name)
        self.username.setText(profile.username)
        self.secret.clear()
        self.endpoint.setCurrentIndex(self.endpoint.findData(profile.endpoint))
        self.custom_url.setText(profile.custom_url)
        self.production.setChecked(profile.production)
        self.relay.load(profile)
        self.from_name.setText(profile.from_name)
        self.from_email.setText(profile.from_email)
        self.campaign_code.setText(profile.campaign_code)
        self.test_address.setText(profile.test_address)
        self._set_colour(profile.colour)
        self._on_endpoint()
        self._show_problems({})
        self._show_warnings()
        self.test_result.clear()
        self.update_secret_button.hide()
        self.secret_where.describe(self._current)
        self._dirty = False

    def _form_profile(self) -> Profile:
        base = self._current or Profile(name="", username="")
        profile = replace(
            base,
            name=self.name.text().strip(),
            username=self.username.text().strip(),
            endpoint=self.endpoint.currentData(),
            custom_url=self.custom_url.text().strip(),
            from_name=self.from_name.text().strip(),
            from_email=self.from_email.text().strip(),
            campaign_code=self.campaign_code.text().strip(),
            test_address=self.test_address.text().strip(),
            colour=self._colour_value,
            production=self.production.isChecked(),
        )
        return self.relay.applied_to(profile)

    def _relay_form_state(self) -> tuple[Profile, str] | None:
        return (self._form_profile(), self.secret.text()) if self._current else None

    def _show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(translated(problems.get(key, "")))
            label.setVisible(key in problems)
        self.relay.show_problems(problems)

    def _show_warnings(self) -> None:
        self.url_warning.follow(self._form_profile(), self._sandbox_url())

    # ----- actions ----------------------------------------------------------------------
    def add_profile(self) -> None:
        if self._dirty and not self._confirm_discard():
            return
        profile = Profile(name=self.tr("New profile"), username="")
        self._profiles.put(profile)
        self._dirty = False
        self._reload_list(profile.id)
        self.name.setFocus()
        self.name.selectAll()
        self.profiles_changed.emit()

    def duplicate_profile(self) -> None:
        if self._current is None:
            return
        copy = self._profiles.duplicate(self._current.id)
        self._dirty = False
        self._reload_list(copy.id)
        self.profiles_changed.emit()

    def delete_profile(self) -> None:
        if self._current is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete profile"),
            self.tr("Delete the profile “{name}” and its stored secret?").format(
                name=self._current.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        profile_id = self._current.id
        self._profiles.delete(profile_id)
        self._tasks.run(lambda: self._secrets.delete(profile_id))
        self._dirty = False
        self._reload_list(None)
        self.profiles_changed.emit()

    def save(self) -> bool:
        if self._current is None:
            return False
        profile = self._form_profile()
        problems = profile_problems(profile)
        self._show_problems(problems)
        if problems:
            first = next(iter(problems))
            {
                "name": self.name,
                "username": self.username,
                "custom_url": self.custom_url,
                "relay_host": self.relay.host,
                "relay_port": self.relay.port,
                "from_email": self.from_email,
                "test_address": self.test_address,
            }.get(first, self.name).setFocus()
            return False
        self._profiles.put(profile)
        self._current = profile
        secret = self.secret.text()
        if secret:
            self.secret_where.store(profile, secret)
        self._dirty = False
        self._reload_list(profile.id)
        self.test_result.setText(self.tr("Saved."))
        self.profiles_changed.emit()
        return True

    def test_connection(self) -> None:
        if self._current is None:
            return
        profile = self._form_profile()
        problems = profile_problems(profile)
        self._show_problems(problems)
        if problems:
            return
        typed = self.secret.text()
        sandbox_url = self._sandbox_url()
        secrets = self._secrets
        self.test_button.setEnabled(False)
        self.test_result.setText(
            escape(
                self.tr("Asking {endpoint}…").format(
                    endpoint=translated(profile.endpoint_label(sandbox_url))
                )
            )
            + self.url_warning.html()
        )
        self.update_secret_button.hide()

        def work():  # the HTTP client loads in here, on the worker
            from ...core.account.connection import check_profile

            return check_profile(profile, secrets, sandbox_url, typed)

        self._tasks.run(work, self._on_tested, self._on_test_failed)

    def _on_tested(self, report) -> None:
        self.test_button.setEnabled(True)
        name = self._privacy.username(report.user.username)
        self.test_result.setText(
            f"<b>{escape(name)}</b>: {escape(status_text(report.status))}" + self.url_warning.html()
        )

    def _on_test_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(error_html(error) + self.url_warning.html())
        self.update_secret_button.setVisible(is_wrong_secret(error))

    # ----- small handlers ---------------------------------------------------------------
    def _mark_dirty(self) -> None:
        self._dirty = True

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this profile first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def _on_endpoint(self) -> None:
        endpoint = self.endpoint.currentData()
        custom = endpoint is Endpoint.CUSTOM
        self.custom_url.setEnabled(custom)
        self.production.setVisible(custom)
        self.relay.follow_endpoint(endpoint)
        self._show_warnings()
        if not self._loading:
            self._dirty = True

    def _on_reveal(self, shown: bool) -> None:
        self.secret.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)

    def _on_privacy(self, enabled: bool) -> None:
        if enabled:
            self.reveal.setChecked(False)
        self.reveal.setEnabled(not enabled)

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour_value), self, self.tr("Profile colour"))
        if chosen.isValid():
            self._set_colour(chosen.name())
            self._dirty = True

    def _set_colour(self, colour: str) -> None:
        self._colour_value = colour
        self.colour.setIcon(colour_icon(colour))
        self.colour.setText(colour)

    def _focus_secret(self) -> None:
        self.secret.clear()
        self.secret.setFocus()
        self.secret_where.setText(self.tr("Type the new SMTP+ secret, then Save."))

    def reject(self) -> None:
        if self._dirty and not self._confirm_discard():
            return
        super().reject()
