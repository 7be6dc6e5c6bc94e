"""Templates: a message stored in MailUp, sent by its numeric ID through SendTemplate.

The send form (``ui.send_form``) brings the envelope, headers, files, options, checks, drafts
and the send, as in Compose. This pane adds the TemplateId and a library to pick it from,
named test data, "Send to myself", and a preview of the template wherever its content can be
known.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...api.dto import TemplateMessage
from ...core.account.profiles import Profile
from ...core.message.draft import Draft
from ...core.message.merge_data import MergeDataSet
from ...core.message.preview_content import PreviewContent
from ...core.message.template_library import TemplateLibrary
from ...core.message.template_source import TemplateContent, pasted_template
from ...core.send.pipeline import SendKind, build
from ...core.send.result import SendReport
from ..context import AppContext
from ..describe import error_html
from ..send_form.controller import SendController
from ..send_form.form import MessageForm, push_button
from ..send_form.html_editor import HtmlPartsEditor
from ..send_form.preview_panel import PreviewPanel
from ..widgets.sizing import scrolled, whole_tab_labels
from .merge_data_page import MergeDataPage
from .source import State, TemplateSource
from .template_page import TemplatePage

FETCH_DELAY_MS = 500  # read the template once the ID has stopped changing


class TemplatesPane(QWidget):
    kind = SendKind.TEMPLATE

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.notices = context.notice_board.channel("templates")
        self.identity_members: tuple[str, ...] = (
            "template_id",
        )  # another template: another message
        self.library = TemplateLibrary()
        self.source = TemplateSource(context, self)
        self._owner: tuple[str | None, int] | None = None  # (profile id, template id) shown
        self._applied: MergeDataSet | None = None
        self._fetch_later = QTimer(self, singleShot=True, interval=FETCH_DELAY_MS)
        self._fetch_later.timeout.connect(self._follow_source)
        self._build_pages()
        self._build_side()
        self.send_self_button = push_button(
            self.tr("Send to &myself"),
            self.tr(
                "Send only to the profile's test address, or to the From address (Ctrl+Shift+Enter)"
            ),
            self.send_to_myself,
        )
        self.send_self_button.setAccessibleName(self.tr("Send to myself"))

        self.form = MessageForm(context, self, [self.send_self_button])
        self.controller = SendController(context, self.form, self, self.form)
        self.sent = self.controller.sent
        whole_tab_labels(self.form.editors)
        self.options = self.form.options
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)

        for keys in ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"):
            QShortcut(QKeySequence(keys), self, self.send_to_myself)
        self.html.changed.connect(self.form.on_changed)
        self.source.changed.connect(self._on_source_changed)
        context.sandbox.ready.connect(self._on_sandbox_ready)
        # the List notice names the SMTP+ user: redrawn masked or not
        context.privacy.changed.connect(self._on_privacy)
        self._on_source_changed()
        self.controller.restore()

    def _build_pages(self) -> None:
        self.template_page = TemplatePage()
        self.template_page.template_id_edited.connect(self._on_template_id_edited)
        self.template_page.fetch_requested.connect(lambda: self._follow_source(again=True))
        self.template_page.save_requested.connect(self.save_to_library)
        self.template_page.remove_requested.connect(self.remove_from_library)
        self.test_data = MergeDataPage(
            self.library, self.context.tasks, lambda: self.options.merge_values.rows()
        )
        self.test_data.applied.connect(self.apply_test_data)
        self.test_data.edit_values_requested.connect(self.show_merge_tags)
        self.html = HtmlPartsEditor()
        self.html.setToolTip(
            self.tr(
                "MailUp's API cannot read a stored template: paste or open "
                "its HTML here to preview it. It is not sent."
            )
        )

    def _build_side(self) -> None:
        # what the preview shows: re-said at every render, so never stale
        self.source_notice = self.notices.notice("source")
        self.preview = PreviewPanel(self.context, self.notices)
        # the text part is the template's own: there is nothing here to generate it into
        self.preview.preview.text_part.generate.hide()
        self.preview.preview.checks.place_requested.connect(self.preview.preview.show_part)
        self.side = QWidget()
        layout = QVBoxLayout(self.side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview, 1)

    # ----- what the send form asks of its content ---------------------------------------
    def content_pages(self) -> list[tuple[QWidget, str]]:
        return [
            (self.template_page, self.tr("Template")),
            # its wrapped texts and five buttons need more height than a short tab has
            (scrolled(self.test_data), self.tr("Test data")),
            (self.html, self.tr("Template HTML")),
        ]

    def side_panel(self) -> QWidget:
        return self.side

    def content_fields(self) -> dict[str, QWidget]:
        return {"TemplateId": self.template_page.template_id}

    def content_of(self) -> dict:
        doc_type, head, body_tag, body = self.html.parts()
        return {
            "template_id": self.template_page.value(),
            "html_doc_type": doc_type,
            "html_head": head,
            "html_body_tag": body_tag,
            "html_body": body,
        }

    def load_content(self, draft: Draft) -> None:
        self.template_page.set_value(draft.template_id)
        self.html.set_parts(
            draft.html_doc_type, draft.html_head, draft.html_body_tag, draft.html_body
        )

    def content_texts(self, draft: Draft) -> list[str]:
        content = self._content(draft)
        if content is None:
            return []
        # a Subject in the request replaces the template's
        return [content.html, content.text, "" if draft.subject else content.subject]

    def content_notes(self, draft: Draft) -> list[str]:
        return []

    def checks_note(self) -> str:
        return self.preview.preview.checks.errors_note()

    def predicted_refusals(self, draft: Draft) -> list[str]:
        source = self.source
        if source.template_id != draft.template_id:
            return []  # the preview has not caught up with the TemplateId typed
        if source.state is State.MISSING:
            return [self._missing_text(draft.template_id)]
        found = source.found
        mismatch = self._list_mismatch(found) if found is not None else ""
        return [mismatch] if mismatch else []

    def journal_extra(self, draft: Draft) -> dict:
        found = self.source.found
        return {
            "template_id": draft.template_id or None,
            "test_data": self.applied_set_name(),
            "template_subject": found.subject
            if found and self.source.template_id == draft.template_id
            else "",
        }

    def send_summary(self, draft: Draft) -> str:
        found = self.source.found
        name = found.name if found else ""
        title = draft.subject or name
        what = self.tr("template {id}").format(id=draft.template_id)
        return f"{what} “{title}”" if title else what

    def open_draft(self, draft: Draft) -> bool:
        return self.controller.open_draft(draft)

    def autosave_now(self) -> None:
        self.controller.autosave_now()

    # ----- the template's content and the preview ---------------------------------------
    def _on_template_id_edited(self) -> None:
        self.form.on_changed()
        self._fetch_later.start()

    def _on_sandbox_ready(self, _url: str) -> None:
        self._follow_source()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._follow_source()  # the profile may have changed while another pane was shown

    def _follow_source(self, *, again: bool = False) -> None:
        profile = self.context.profiles.active
        template_id = self.template_page.value()
        self.source.follow(profile, template_id, again=again)
        owner = (profile.id if profile else None, template_id)
        if owner == self._owner:
            return
        self._owner = owner
        self._applied = None  # a set belongs to one template
        self.template_page.show_library(self.library.templates(profile.id) if profile else [])
        entry = self.library.get(profile.id, template_id) if profile and template_id else None
        if entry is not None or not self.template_page.details_typed():
            # what was typed for a template new to the library stays, to be saved with it
            self.template_page.show_details(
                entry.label if entry else "", entry.notes if entry else ""
            )
        self.test_data.follow(*owner)

    def _on_source_changed(self) -> None:
        state = self.source.state
        pasted = self.source.uses_pasted_html
        editors = self.form.editors
        editors.setTabVisible(editors.indexOf(self.html), pasted)
        self.template_page.fetch_button.setEnabled(state is not State.PASTED)  # no sandbox
        # a pasted template's text part is unknown: no tab that would call it empty
        self.preview.preview.tabs.setTabVisible(1, not pasted)
        found = self.source.found
        if found:
            self.template_page.suggest_label(found.name)
        self.controller.refresh_soon()  # merge tags and preview, as after an edit

    def _content(self, draft: Draft) -> TemplateContent | None:
        """What the preview renders: the sandbox's copy, the pasted HTML, or nothing."""
        if self.source.state is State.FOUND and self.source.template_id == draft.template_id:
            return self.source.content
        if self.source.uses_pasted_html:
            return pasted_template(draft)
        return None

    def show_preview(self, draft: Draft) -> None:
        if draft.template_id == self.source.template_id:
            self._follow_source()  # a profile switched since; a new ID waits for its timer
        self._show_source(draft)
        self._show_test_data_in_use()
        self._show_own_address()
        content = self._content(draft)
        if content is None:
            self.preview.render(PreviewContent)  # an empty preview
            self.preview.preview.checks.clear()
            return

        def work() -> PreviewContent:
            from ...core.message.preview_content import preview_content

            request = build(SendKind.TEMPLATE, draft, read_files=False).message
            return preview_content(request, draft.embedded_images, content)

        self.preview.render(work)
        self.preview.preview.request_checks(
            self.context.tasks,
            partial(check_template, draft, content, self.source.uses_pasted_html),
        )

    def _show_source(self, draft: Draft) -> None:
        source, template_id = self.source, self.source.template_id
        kind = "info"
        if source.state is State.PASTED:
            text = (
                self.tr(
                    "MailUp's API cannot read templates: showing the HTML you pasted "
                    "(Template HTML tab), with your merge values. The template's text "
                    "part cannot be shown."
                )
                if pasted_template(draft)
                else self.tr(
                    "MailUp's API cannot read templates: paste or open the template's "
                    "HTML in the Template HTML tab to preview it."
                )
            )
        elif source.state is State.STARTING:
            text = self.tr("The local sandbox is starting…")
        elif source.state is State.NO_ID:
            text = self.tr("Enter a TemplateId to preview the template.")
        elif source.state is State.LOADING:
            text = self.tr("Reading template {id} from the sandbox…").format(id=template_id)
        elif source.found is not None:
            found = source.found
            text = self.tr(
                "Showing the template as stored in the sandbox: {id} “{name}” of List "
                "{list}, with your merge values, exactly as the sandbox will send "
                "it."
            ).format(id=template_id, name=escape(found.name), list=found.list_id)
            mismatch = self._list_mismatch(found)
            if mismatch:
                kind, text = "warning", text + "<br>" + mismatch
        elif source.state is State.MISSING:
            kind = "warning"
            text = self._missing_text(template_id)
        else:
            kind = "warning"
            text = self.tr(
                "Could not read template {id} from the sandbox at {root} ({error}). "
                "Paste its HTML in the Template HTML tab to preview it."
            ).format(
                id=template_id,
                root=escape(source.root or ""),
                error=error_html(source.error) if source.error else "",
            )
        notice = self.source_notice
        news = (kind, text) != (notice.kind, notice.text)
        notice.set_kind(kind)
        notice.set_message(text)
        if news:  # closed, it stays closed until it has something new to say
            notice.show()

    def _missing_text(self, template_id: int) -> str:
        return self.tr("Template {id} is not in the sandbox: a send gets code 111.").format(
            id=template_id
        )

    def _on_privacy(self, _enabled: bool) -> None:
        self._show_source(self.form.draft())

    def _list_mismatch(self, content: TemplateContent) -> str:
        """Why MailUp will refuse the template for this profile's SMTP+ user, when known."""
        profile = self.context.profiles.active
        user = self.context.user_states.own_user(profile) if profile else None
        if user is None or user.id_list is None or user.id_list == content.list_id:
            return ""
        return self.tr(
            "<b>The SMTP+ user {user} is in List {own}</b>: MailUp will refuse this "
            "template (code 111)."
        ).format(user=escape(self.context.privacy.username(user.username)), own=user.id_list)

    # ----- test data --------------------------------------------------------------------
    def show_merge_tags(self) -> None:
        """The editors' tab that holds the merge-tag values, their table focused."""
        editors, table = self.form.editors, self.options.merge_values.table
        for index in range(editors.count()):
            page = editors.widget(index)
            if page is not None and page.isAncestorOf(table):
                editors.setCurrentIndex(index)
                table.setFocus()
                return

    def apply_test_data(self, data_set: MergeDataSet) -> None:
        """Put a set's values into the merge tags, replacing those typed."""
        self.options.merge_values.set_rows(list(data_set.values))
        self._applied = data_set
        self.controller.refresh_checks()

    def applied_set_name(self) -> str | None:
        """The set whose values the merge tags hold; None when there is none or they were
        edited since it was applied."""
        if self._applied is None:
            return None
        same = _filled(self.options.merge_values.rows()) == _filled(self._applied.values)
        return self._applied.name if same else None

    def _show_test_data_in_use(self) -> None:
        name = self._applied.name if self._applied else None
        self.test_data.show_in_use(name, edited=self.applied_set_name() is None)

    # ----- the library ------------------------------------------------------------------
    def save_to_library(self) -> None:
        profile, template_id = self.context.profiles.active, self.template_page.value()
        if profile is None or not template_id:
            self.form.mark_field("TemplateId", self.tr("Enter the template's numeric ID first"))
            return
        label = self.template_page.label.text().strip()
        notes = self.template_page.notes.text().strip()
        self.library.save(profile.id, template_id, label, notes)
        self.template_page.show_details(label, notes)  # now the library's
        self.template_page.show_library(self.library.templates(profile.id))
        self.form.show_result(
            "info", self.tr("Template {id} is in this profile's library.").format(id=template_id)
        )

    def remove_from_library(self) -> None:
        profile, template_id = self.context.profiles.active, self.template_page.selected_id()
        if profile is None or template_id is None:
            return
        self.library.remove(profile.id, template_id)
        self.template_page.show_library(self.library.templates(profile.id))

    def after_send(self, profile: Profile, report: SendReport) -> None:
        if report.sent and isinstance(report.request, TemplateMessage):
            template_id, found = report.request.template_id, self.source.found
            name = found.name if found and self.source.template_id == template_id else ""
            self.library.mark_used(profile.id, template_id, name=name)
            active = self.context.profiles.active
            if active is not None and active.id == profile.id:
                self.template_page.show_library(self.library.templates(active.id))

    # ----- send to myself ---------------------------------------------------------------
    def own_address(self) -> str:
        """The profile's test address, else the From address."""
        profile = self.context.profiles.active
        return (
            profile.test_address.strip() if profile else ""
        ) or self.form.envelope.from_email.text().strip()

    def send_to_myself(self) -> None:
        address = self.own_address()
        if not address:
            self.form.show_result(
                "error",
                self.tr(
                    "“Send to myself” needs an address: give the profile a test address (File ▸ "
                    "Profiles…) or fill in From."
                ),
            )
            return
        self.controller.send_only_to(address)

    def _show_own_address(self) -> None:
        address = self.own_address()
        self.send_self_button.setEnabled(bool(address))
        self.send_self_button.setToolTip(
            self.tr(
                "Send only to {address}: the profile's test address, or the From address "
                "(Ctrl+Shift+Enter)"
            ).format(address=self.context.privacy.address(address))
            if address
            else self.tr("Give the profile a test address, or fill in From")
        )

    # ----- from the journal -------------------------------------------------------------
    def open_reopened(self, reopened) -> None:
        """A SendTemplate from the journal (core.send.journal.Reopened) as a new draft."""
        if not self.controller.open_draft(reopened.draft):
            return
        self._follow_source()
        if reopened.test_data:
            self._applied = MergeDataSet(
                reopened.test_data, tuple(reopened.draft.options.dynamic_fields)
            )
        self.controller.refresh_checks()
        what = self.tr("template {id}").format(id=reopened.draft.template_id)
        if reopened.test_data:
            what += self.tr(" with the test data “{name}”").format(name=reopened.test_data)
        self.form.show_result(
            "info",
            escape(self.tr("Reopened from the journal as a new draft: {what}.").format(what=what)),
        )


def check_template(draft: Draft, content: TemplateContent, pasted: bool):
    """Preflight's report on the template as it will be delivered (on a worker). A pasted
    template's text part is unknown, not missing: that note is left out."""
    from ...core.preflight.checker import check  # its parsers load on the worker
    from ...core.preflight.delivered import from_request

    request = build(SendKind.TEMPLATE, draft, read_files=False).message
    report = check(from_request(request, content))
    if not pasted:
        return report
    kept = tuple(finding for finding in report.findings if finding.rule != "text/missing")
    return replace(report, findings=kept)


def _filled(rows) -> dict[str, str]:
    """Merge values as MailUp reads them: by tag, ignoring case; empty values are no values."""
    return {tag.strip().lower(): value for tag, value in rows if tag.strip() and value}
