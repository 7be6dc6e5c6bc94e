"""The Profiles dialog's "SMTP+ relay" group: host, port, STARTTLS, and Test relay.

The checks are ``core.account.profiles.relay_problems``; the test is
``core.send.relay.check_profile_relay`` on a worker (connect, STARTTLS, AUTH, QUIT: never a
message). The sandbox profile has no settings here: its relay is the embedded sandbox's own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.account.profiles import (
    DEFAULT_RELAY_PORT,
    RELAY_HOSTS,
    Endpoint,
    Profile,
    SmtpAddress,
    is_loopback_host,
    relay_problems,
)
from ...core.account.secrets import SecretStore
from ..core_texts import translated
from ..describe import error_html, failure_html
from ..tasks import TaskRunner
from ..widgets.colour import text_style

# The profile as the dialog's form holds it now, and the secret typed there ("" when none).
FormState = Callable[[], tuple[Profile, str] | None]


class RelayGroup(QGroupBox):
    changed = Signal()

    def __init__(
        self,
        secrets: SecretStore,
        tasks: TaskRunner,
        form_state: FormState,
        sandbox_smtp: Callable[[], SmtpAddress | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("SMTP+ relay"), parent)
        self._secrets = secrets
        self._tasks = tasks
        self._form_state = form_state
        self._sandbox_smtp = sandbox_smtp
        self.host = QComboBox()
        self.host.setEditable(True)
        self.host.addItems(list(RELAY_HOSTS))
        self.host.setToolTip(self.tr("The relay's host name, e.g. fast.smtpok.com"))
        self.host.setAccessibleName(self.tr("Relay host"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_RELAY_PORT)
        self.port.setToolTip(self.tr("MailUp's relay: port 25, or a port from 1025 to 5000"))
        self.port.setAccessibleName(self.tr("Relay port"))
        self.starttls = QCheckBox(self.tr("Require STARTTLS"))
        self.starttls.setChecked(True)
        self.starttls.setToolTip(
            self.tr("Encrypt before sending the secret; may be turned off only for a local relay")
        )
        self.sandbox_note = QLabel(
            self.tr(
                "This profile uses the local sandbox's own relay, started with the app: "
                "nothing to set."
            )
        )
        self.sandbox_note.setWordWrap(True)
        self.errors: dict[str, QLabel] = {}
        self._settings = QWidget()
        settings = QFormLayout(self._settings)
        settings.setContentsMargins(0, 0, 0, 0)
        for key, label, field in (
            ("relay_host", self.tr("&Host"), self.host),
            ("relay_port", self.tr("P&ort"), self.port),
            ("relay_starttls", "", self.starttls),
        ):
            settings.addRow(label, field)
            error = QLabel()
            error.setStyleSheet(text_style("error"))
            error.setWordWrap(True)
            error.hide()
            self.errors[key] = error
            settings.addRow("", error)
        self.test_button = QPushButton(self.tr("Test &relay"))
        self.test_button.setToolTip(
            self.tr("Connect, STARTTLS and log in to the relay, then quit: no message is sent")
        )
        self.test_button.setAccessibleName(self.tr("Test relay"))
        self.test_button.clicked.connect(self.check_relay)
        # word-wrapped labels around it make the scrolled form undercount its height
        self.test_button.setMinimumHeight(self.test_button.sizeHint().height())
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAccessibleName(self.tr("Relay test result"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sandbox_note)
        layout.addWidget(self._settings)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.host.currentTextChanged.connect(self._on_edit)
        self.port.valueChanged.connect(self._on_edit)
        self.starttls.toggled.connect(self._on_edit)
        self._loading = False

    def load(self, profile: Profile) -> None:
        self._loading = True
        self.host.setCurrentText(profile.relay_host)
        self.port.setValue(profile.relay_port)
        self.starttls.setChecked(profile.relay_starttls)
        self._loading = False
        self.follow_endpoint(profile.endpoint)
        self.show_problems({})
        self.result.clear()

    def follow_endpoint(self, endpoint: Endpoint) -> None:
        sandbox = endpoint is Endpoint.SANDBOX
        self.sandbox_note.setVisible(sandbox)
        self._settings.setVisible(not sandbox)
        self._follow_host()

    def applied_to(self, profile: Profile) -> Profile:
        """``profile`` with the relay settings of this group."""
        return replace(
            profile,
            relay_host=self.host.currentText().strip(),
            relay_port=self.port.value(),
            relay_starttls=self.starttls.isChecked(),
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.setText(translated(problems.get(key, "")))
            label.setVisible(key in problems)

    def _on_edit(self) -> None:
        self._follow_host()
        if not self._loading:
            self.changed.emit()

    def _follow_host(self) -> None:
        """STARTTLS may be turned off only for a relay on this computer."""
        loopback = is_loopback_host(self.host.currentText())
        if not loopback and not self.starttls.isChecked():
            self.starttls.setChecked(True)
        self.starttls.setEnabled(loopback)

    def check_relay(self) -> None:
        state = self._form_state()
        if state is None:
            return
        profile, typed = state
        problems = relay_problems(profile)
        self.show_problems(problems)
        if problems:
            return
        sandbox_smtp = self._sandbox_smtp()
        if profile.endpoint is Endpoint.SANDBOX and sandbox_smtp is None:
            self.result.setText(escape(self.tr("The local sandbox's relay is not running yet.")))
            return
        secrets = self._secrets
        self.test_button.setEnabled(False)
        self.result.setText(escape(self.tr("Talking to the relay…")))

        def work():
            from ...core.send.relay import check_profile_relay  # smtplib loads here, on the worker

            return check_profile_relay(profile, secrets, sandbox_smtp, typed)

        self._tasks.run(work, self._on_tested, self._on_failed)

    def _on_tested(self, check) -> None:
        self.test_button.setEnabled(True)
        passed = ", ".join(step.value for step in check.passed)
        if not check.ok:
            self.result.setText(
                self.tr("<b>Failed at {step}</b> on {endpoint}.").format(
                    step=escape(check.failed_step.value), endpoint=escape(check.endpoint.label)
                )
                + "<br>"
                + failure_html(check.failure)
                + (
                    "<br>" + escape(self.tr("Passed before: {steps}").format(steps=passed))
                    if passed
                    else ""
                )
            )
            return
        greeting = check.greeting
        tls = greeting.tls_version or self.tr("not encrypted")
        self.result.setText(
            self.tr("<b>The relay accepts this user</b> on {endpoint}.").format(
                endpoint=escape(check.endpoint.label)
            )
            + "<br>"
            + escape(
                self.tr("Server: {server}; TLS: {tls}; passed: {steps}").format(
                    server=greeting.server_name, tls=tls, steps=passed
                )
            )
        )

    def _on_failed(self, error: Exception) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(error_html(error))
