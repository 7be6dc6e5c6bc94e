"""Profiles: add, edit, duplicate, delete; the secret to the keyring; Test connection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QColorDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
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
from ..widgets.colour import colour_icon
from ..widgets.sizing import scrolled
from ..widgets.wheel_guard import guard_wheel
from .form_layout import ProfileFormDialog
from .relay_group import RelayGroup


class ProfilesDialog(ProfileFormDialog):
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
        self._new: Profile | None = None  # added, not saved yet: not in the store
        self._dirty = False
        self._loading = False

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Profiles"))
        self.list.currentItemChanged.connect(self._on_selection)
        add = QPushButton(self.tr("&Add"))
        add.setToolTip(self.tr("Add a profile for a MailUp SMTP+ user"))
        add.clicked.connect(self.add_profile)
        duplicate = self.duplicate_button = QPushButton(self.tr("D&uplicate"))
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
            button.setAutoDefault(False)  # Enter in a field never adds or deletes a profile
            row.addWidget(button)
        left_layout.addLayout(row)

        splitter = QSplitter()
        splitter.addWidget(left)
        # the form scrolls on a short screen rather than squeezing its fields
        self.relay = RelayGroup(secrets, tasks, self._relay_form_state, sandbox_smtp)
        splitter.addWidget(scrolled(self._build_form(self.relay)))
        splitter.setSizes([260, 600])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        actions = self._build_actions(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        self.save_button.setDefault(True)  # Enter in a field saves (once it is in the dialog)
        self._connect_form()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._reload_list(profiles.active.id if profiles.active else None)
        guard_wheel(self)

    def _connect_form(self) -> None:
        self.reveal.toggled.connect(self._on_reveal)
        self._privacy.changed.connect(self._on_privacy)
        self.secret_where.stored.connect(self.secret.clear)
        self.secret_where.failed.connect(self.test_result.setText)
        self.endpoint.currentIndexChanged.connect(self._on_endpoint)
        self.custom_url.textEdited.connect(self._show_warnings)
        self.colour.clicked.connect(self._pick_colour)
        self.test_button.clicked.connect(self.test_connection)
        self.save_button.clicked.connect(self.save)
        self.update_secret_button.clicked.connect(self._focus_secret)
        for changes in (self.production.toggled, self.relay.changed):
            changes.connect(self._mark_dirty)
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

    # ----- list -------------------------------------------------------------------------
    def _reload_list(self, select_id: str | None) -> None:
        self._loading = True
        self.list.clear()
        for profile in self._profiles.all() + ([self._new] if self._new else []):
            item = QListWidgetItem(colour_icon(profile.colour), self._privacy.name(profile.name))
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
        if self._new is not None and previous is not None and self._dirty:
            self._forget_new(item)  # discarded: gone from the list too
            return
        profile = self._profile_of(item)
        self._show(profile)

    def _profile_of(self, item: QListWidgetItem | None) -> Profile | None:
        profile_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if self._new is not None and profile_id == self._new.id:
            return self._new
        return self._profiles.get(profile_id) if profile_id else None

    def _forget_new(self, select: QListWidgetItem | None = None) -> None:
        """Drop the profile added and never saved."""
        keep = select.data(Qt.ItemDataRole.UserRole) if select is not None else None
        self._new = None
        self._dirty = False
        self._reload_list(keep)

    def _show(self, profile: Profile | None) -> None:
        self._current = profile
        self.delete_button.setEnabled(profile is not None)
        self.duplicate_button.setEnabled(profile is not None and profile is not self._new)
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
        # A new profile is unsaved work from the start: closing asks, Discard leaves nothing.
        self._dirty = self._new is not None and self._current is self._new

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
        """A new profile in the form; it is stored only once saved."""
        if self._dirty and not self._confirm_discard():
            return
        self._new = Profile(name=self.tr("New profile"), username="")
        self._reload_list(self._new.id)
        self.name.setFocus()
        self.name.selectAll()

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
        if self._current is self._new:
            self._forget_new()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete profile"),
            self.tr("Delete the profile “{name}” and its stored secret?").format(
                name=self._current.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter keeps the profile
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
        self._new = None
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
