"""Every notice the app can show, at once, over Compose or Templates: the window's own (welcome,
no keyring, damaged files, sandbox down) and the pane's (disk full, the send result, a long list
of field problems, unfilled merge tags, remote content blocked, the text part, the fallback
preview, the template's refusal), each made by the code path the app takes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from mailup_gui import paths
from mailup_gui.core.account.secrets import KeyringHealth
from mailup_gui.core.storage.damaged import DamagedFile, damaged_files
from support.compose import type_into

HTML = (
    "<p>Hello [first_name], your order [order_number] ships on [ship_date].</p>"
    '<img src="https://images.example.com/logo.png" alt="Example logo">'
)


def show_window_notices(window) -> None:
    window.window_notices.welcome.show()
    window._show_keyring(
        KeyringHealth(
            False,
            "",
            "No Secret Service answers on D-Bus: start gnome-keyring or KWallet, then press "
            "“Check again”.",
        )
    )
    damaged_files().report(
        DamagedFile(
            paths.data_dir() / "drafts.sqlite3",
            paths.data_dir() / "drafts.sqlite3.damaged-20261207-010203",
            "the autosaved messages and the named drafts",
        )
    )
    window._on_sandbox_failed(
        "The local sandbox could not start: port 8025 is in use by another program."
    )


def know_the_users(window) -> None:
    """What the Dashboard would know of the sandbox's SMTP+ users (their Lists, senders)."""
    from datetime import datetime

    from mailup_gui.api.client import MailUpClient

    with MailUpClient(window.context.sandbox_url(), "s10000_1", "sandbox") as client:
        users = client.list_user_info()
    window.context.user_states.update(
        window.context.profiles.active.id, users, datetime.now().astimezone()
    )


def show_pane_notices(window, pane, qtbot) -> None:
    """The pane's notices by the paths the app takes; the fallback preview, which needs Qt
    WebEngine missing, is shown by hand (no real part produces it on demand)."""
    form = pane.form
    disk_full(pane, qtbot)  # first: its edit re-renders the preview, which says it all again
    templates = hasattr(pane, "template_page")
    if templates:  # template 9, of another List than the user's: MailUp's code 111 foretold
        know_the_users(window)
        type_into(qtbot, pane.template_page.template_id, "9")
        qtbot.waitUntil(lambda: "111" in pane.source_notice.text, timeout=20_000)
    else:
        pane.html.set_parts("", "", "", HTML)
        pane.text.setPlainText("A text part that says something else entirely.")
    envelope = form.envelope
    for field, text in (
        (envelope.to.edit, "not-an-address, also wrong"),
        (envelope.cc.edit, "nobody@, @example.org"),
        (envelope.bcc.edit, "bcc@@example.org"),
        (envelope.reply_to, "reply-to@"),
    ):
        field.setText(text)
    pane.controller.refresh_checks()
    pane.controller.send()  # stopped by the checks: a notice a field
    form.show_result("info", "Queued by MailUp: 1 message to customer@example.org.", journal=True)
    preview = pane.preview.preview
    preview.fallback_notice.show()
    qtbot.waitUntil(lambda: not pane.preview.busy, timeout=20_000)  # the last render is in
    qtbot.waitUntil(lambda: preview.unfilled_notice.isVisible(), timeout=20_000)
    if not templates:
        qtbot.waitUntil(lambda: preview.blocked_notice.isVisible(), timeout=20_000)
        qtbot.waitUntil(lambda: preview.text_part.warning.isVisible(), timeout=20_000)
    QApplication.processEvents()


def disk_full(pane, qtbot) -> None:
    """The drafts' database at SQLite's own size limit: the autosave fails with SQLITE_FULL,
    the error a full disk gives, and the form says so."""
    controller = pane.controller
    controller.autosave_now()  # the tables exist before the limit is set
    store = controller.drafts._file
    store.execute(f"PRAGMA max_page_count = {store.query('PRAGMA page_count')[0][0]}")
    pane.form.options.merge_values.set_rows([("padding", "x" * 200_000)])
    controller.autosave_now()
    qtbot.waitUntil(pane.form.save_notice.isVisible, timeout=10_000)


def button_of(area, notice, text: str):
    """The button ``text`` of ``notice``'s row in the notice area."""
    row = area.rows[(notice.pane, notice.key)]
    return next(button for button in row.buttons if button.text() == text)


def said(pane) -> str:
    """Everything the pane's notices say now (those behind "+N more" too)."""
    return "\n".join(notice.text for notice in pane.notices.shown())
