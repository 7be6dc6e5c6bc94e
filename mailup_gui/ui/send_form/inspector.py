"""The request inspector: the JSON a send posts, and the same send as cURL, Python and C#.

The secret is never on screen. The code reads the credentials from the environment unless the
user asks, and confirms, to include them (not in screen-share mode). Long base64 bodies are
shortened on screen only: Copy and Save always use the full text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...api.dto import Message
from ...api.endpoints import PRODUCTION_BASE_URL
from ...core.account.masking import mask_secret, secret_forms
from ...core.account.profiles import RelayEndpoint
from ...core.message.draft import FileRef
from ...core.send.mime_message import relay_message
from ...core.send.request_body import pretty_json, with_user
from ...core.send.request_files import request_json_text, save_request_json
from ...core.send.snippets import (
    LANGUAGES,
    RELAY_LANGUAGES,
    SECRET_VARIABLE,
    USER_VARIABLE,
    method_name,
    relay_snippet,
    snippet,
)
from ...core.storage.atomic import write_bytes_atomic
from ..context import AppContext
from ..describe import error_html
from ..widgets.file_dialogs import save_file_name

JSON_TAB = "JSON"
MIME_TAB = "MIME"


@dataclass(frozen=True)
class RelayView:
    """A send through the SMTP+ relay: the DTO, where it goes, and the MIME message as people
    read it (file bodies abbreviated), all made on a worker."""

    request: Message
    endpoint: RelayEndpoint | None  # None while the local sandbox's relay starts
    mime_text: str

    @property
    def smtputf8(self) -> bool:
        """Whether an address needs SMTPUTF8 (swaks cannot send it)."""
        from ...core.send.mime_message import needs_smtputf8  # loaded with the relay's view

        return needs_smtputf8(self.request)


# Base64 runs this long are file bodies (or data: images): shortened on screen.
_LONG_BASE64 = re.compile(r"([A-Za-z0-9+/]{48})[A-Za-z0-9+/]{72,}={0,2}")


class RequestInspector(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        context: AppContext,
        method_path: str,
        body_without_secret: dict[str, Any],
        base_url: str | None,
        username: str,
        draft_files: list[FileRef],
        relay: RelayView | None = None,
    ) -> None:
        super().__init__(parent)
        self._relay = relay
        self.context = context
        self._method_path = method_path
        self._body = body_without_secret
        self._base_url = base_url or PRODUCTION_BASE_URL
        self._username = username
        self._files = draft_files
        self._secret: str | None = None  # only while "Include credentials" is on
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # stops following screen-share
        method = method_name(method_path) if relay is None else self.tr("SMTP+ relay")
        self.setWindowTitle(self.tr("Request — {method}").format(method=method))
        self.resize(860, 640)

        intro = QLabel(
            self.tr(
                "What this send posts to MailUp, and the same request as code for developers. The "
                "code reads the SMTP+ user from the environment variables {user} and {secret}."
            ).format(user=f"<code>{USER_VARIABLE}</code>", secret=f"<code>{SECRET_VARIABLE}</code>")
        )
        intro.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Request and code"))
        self.views: dict[str, QPlainTextEdit] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        names = (JSON_TAB, *LANGUAGES) if relay is None else (MIME_TAB, *RELAY_LANGUAGES)
        for name in names:
            self.tabs.addTab(self._tab(name), name)

        self.credentials_box = QCheckBox(self.tr("Include credentials in the code"))
        self.credentials_box.setAccessibleName(self.tr("Include credentials in the code"))
        self.credentials_box.toggled.connect(self._on_credentials_toggled)
        self.paths_box = QCheckBox(self.tr("Read attachments from their files"))
        self.paths_box.setAccessibleName(self.tr("Read attachments from their files"))
        self.paths_box.setToolTip(
            self.tr(
                "The code reads each attachment from its path instead of carrying it as base64 "
                "(cURL gets a placeholder to fill in)"
            )
        )
        self.paths_box.setEnabled(bool(draft_files))
        self.paths_box.toggled.connect(self.refresh)
        options = QHBoxLayout()
        options.addWidget(self.credentials_box)
        options.addWidget(self.paths_box)
        options.addStretch(1)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setAccessibleName(self.tr("Notes about the request"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(self.tr("Close (Esc)"))
        if relay is None:
            self.save_button = buttons.addButton(
                self.tr("Save as .&json…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.save_button.setToolTip(
                self.tr(
                    "Save the request as a .json file, without the secret; Compose can open it "
                    "again"
                )
            )
            self.save_button.clicked.connect(lambda: self.save_json())
        else:
            self.save_button = buttons.addButton(
                self.tr("Save as .&eml…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.save_button.setToolTip(
                self.tr(
                    "Save the MIME message as it will be sent, files included, as an .eml file "
                    "that mail programs open"
                )
            )
            self.save_button.clicked.connect(lambda: self.save_eml())
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(options)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        context.privacy.changed.connect(self._on_privacy)
        self._on_privacy(context.privacy.enabled)

    def _tab(self, name: str) -> QWidget:
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setAccessibleName(self.tr("{name} of the request").format(name=name))
        copy = QPushButton(self.tr("&Copy"))
        copy.setAccessibleName(self.tr("Copy the {name}").format(name=name))
        copy.setToolTip(self.tr("Copy the full {name} to the clipboard").format(name=name))
        copy.clicked.connect(lambda: self.copy(name))
        self.views[name], self.copy_buttons[name] = view, copy
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(copy)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.addWidget(view, 1)
        page_layout.addLayout(row)
        return page

    # ----- texts ------------------------------------------------------------------------
    def full_text(self, name: str) -> str:
        """What Copy puts on the clipboard: the JSON as saved, or complete, runnable code."""
        if name == JSON_TAB:
            return request_json_text(self._body)
        if self._relay is not None:
            return self._relay_text(name, self._relay)
        return snippet(
            name,
            self._body,
            self._base_url,
            self._method_path,
            files=self._files,
            files_as_paths=self.paths_box.isChecked(),
            inline_credentials=self._secret is not None,
            username=self._username,
            secret=self._secret or "",
        )

    def _relay_text(self, name: str, relay: RelayView) -> str:
        if name == MIME_TAB:
            return relay.mime_text
        if relay.endpoint is None:
            return self.tr("# The local sandbox's SMTP+ relay is still starting: open this again.")
        return relay_snippet(
            name,
            relay.request,
            relay.endpoint,
            files=self._files,
            files_as_paths=self.paths_box.isChecked(),
            inline_credentials=self._secret is not None,
            username=self._username,
            secret=self._secret or "",
        )

    def refresh(self) -> None:
        shown_json = pretty_json(with_user(self._body, self._username, mask_secret("")))
        for name, view in self.views.items():
            text = shown_json if name == JSON_TAB else self.full_text(name)
            view.setPlainText(self._on_screen(text))
        notes = []
        if _LONG_BASE64.search(shown_json):
            notes.append(
                self.tr(
                    "Long base64 bodies are shortened on screen; Copy and Save use them in full."
                )
            )
        if self._relay is not None and self._relay.smtputf8:
            notes.append(
                self.tr(
                    "swaks cannot send to or from an address with non-ASCII characters "
                    "(it has no SMTPUTF8): use the Python code."
                )
            )
        if self._secret is not None:
            notes.append(
                self.tr(
                    "The code includes the SMTP+ secret: keep it out of tickets, "
                    "chats and repositories."
                )
            )
        self.notice.setText(" ".join(notes))

    def _on_screen(self, text: str) -> str:
        text = _LONG_BASE64.sub(lambda m: f"{m.group(1)}…", text)
        if self._secret:  # as written in each language: raw, JSON-escaped, Python-escaped
            for form in secret_forms(self._secret):
                text = text.replace(form, mask_secret(self._secret))
        privacy = self.context.privacy
        if privacy.enabled and self._username:
            text = text.replace(self._username, privacy.username(self._username))
        return privacy.addresses_in(text)

    # ----- actions ----------------------------------------------------------------------
    def copy(self, name: str) -> None:
        QGuiApplication.clipboard().setText(self.full_text(name))
        self.notice.setText(
            self.tr("Copied the {name} to the clipboard.").format(name=escape(name))
        )

    def save_json(self, path: str | None = None) -> None:
        if path is None:
            path, _ = save_file_name(
                self,
                self.context.settings,
                "request-json",
                self.tr("Save the request"),
                f"{method_name(self._method_path)}.json",
                self.tr("JSON request (*.json)"),
            )
        if path:
            self._save(path, lambda: save_request_json(path, self._body))

    def save_eml(self, path: str | None = None) -> None:
        """Save the relay's MIME message in full (the tab abbreviates file bodies)."""
        assert self._relay is not None
        request = self._relay.request
        if path is None:
            path, _ = save_file_name(
                self,
                self.context.settings,
                "message-eml",
                self.tr("Save the message"),
                "message.eml",
                self.tr("Email message (*.eml)"),
            )
        if path:
            eml = relay_message(request).as_bytes()
            self._save(path, lambda: write_bytes_atomic(Path(path), eml))

    def _save(self, path: str, write: Callable[[], None]) -> None:
        try:
            write()
        except OSError as error:
            self.notice.setText(
                self.tr("Could not save: {error}").format(
                    error=escape(error.strerror or str(error))
                )
            )
            return
        self.notice.setText(self.tr("Saved {path} (without the secret).").format(path=escape(path)))

    def confirm_credentials(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Include credentials"),
            self.tr(
                "The code will contain the SMTP+ username and secret in clear text. Anyone "
                "who gets it can send mail as this user. Include them?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_credentials_toggled(self, checked: bool) -> None:
        if not checked:
            self._secret = None
            self.refresh()
            return
        if not self.confirm_credentials():
            self._uncheck_credentials()
            return
        profile = next(
            (
                p
                for p in [self.context.profiles.active, *self.context.profiles.all()]
                if p is not None and p.username == self._username
            ),
            None,
        )
        if profile is None:
            self._uncheck_credentials()
            self.notice.setText(self.tr("No profile uses this SMTP+ user: its secret is unknown."))
            return
        secrets = self.context.secrets

        def work() -> str:  # the keyring may block: not on the GUI
            from ...core.account.connection import secret_for

            return secret_for(profile, secrets)

        self.credentials_box.setEnabled(False)
        self.context.tasks.run(work, self._on_secret, self._on_secret_failed, owner=self)

    def _on_secret(self, secret: str) -> None:
        self.credentials_box.setEnabled(not self.context.privacy.enabled)
        if self.credentials_box.isChecked():  # screen-share mode may have cleared it meanwhile
            self._secret = secret
            self.refresh()

    def _on_secret_failed(self, error: Exception) -> None:
        self._uncheck_credentials()
        self.credentials_box.setEnabled(not self.context.privacy.enabled)
        self.notice.setText(error_html(error))

    def _uncheck_credentials(self) -> None:
        self.credentials_box.blockSignals(True)
        self.credentials_box.setChecked(False)
        self.credentials_box.blockSignals(False)
        self._secret = None

    def _on_privacy(self, enabled: bool) -> None:
        if enabled:
            self._uncheck_credentials()
        self.credentials_box.setEnabled(not enabled)
        self.credentials_box.setToolTip(
            self.tr("Not available in screen-share mode")
            if enabled
            else self.tr(
                "Write the SMTP+ username and secret into the code instead of reading them "
                "from the environment (asks first)"
            )
        )
        self.refresh()
