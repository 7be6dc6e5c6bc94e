"""The Checks tab in Compose, Templates and the Outbox: preflight's findings by severity, run on
a worker when the content changes, a count on the tab, each finding a link to its place, and
the per-client summary with caniemail's notes."""

import threading

from support.compose import type_into
from support.outbox import click_row, open_outbox, send

from mailup_gui.core.account.profiles import Profile
from mailup_gui.core.preflight import checker
from mailup_gui.core.preflight.findings import Severity
from mailup_gui.ui.templates.source import State

BODY = """<table><tr><td>
<p>Hello</p>
<img src="https://example.com/logo.png" width="100" height="40">
<a href="http://localhost:8000/reset">Reset your password</a>
<div style="display:flex">x</div>
<a href="mailto:mario.rossi@example.org">click here</a>
</td></tr></table>"""


def findings_of(view) -> dict[str, list[str]]:
    """group title → the findings' texts, as the tree shows them."""
    tree = view.findings
    return {
        tree.topLevelItem(g).text(0): [
            tree.topLevelItem(g).child(c).text(0) for c in range(tree.topLevelItem(g).childCount())
        ]
        for g in range(tree.topLevelItemCount())
    }


def item_for(view, rule: str):
    tree = view.findings
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for c in range(group.childCount()):
            if group.child(c).toolTip(0).startswith(rule):
                return group.child(c)
    raise AssertionError(f"no finding {rule}")


def wait_checked(qtbot, view, rule: str):
    qtbot.waitUntil(
        lambda: view.report is not None and any(f.rule == rule for f in view.report.findings),
        timeout=20_000,
    )
    return view.report


def test_compose_checks_the_draft_on_a_worker_counts_on_the_tab_and_clicks_to_the_line(
    compose, qtbot, monkeypatch
):
    threads = []
    real_check = checker.check

    def recording(message):
        threads.append(threading.current_thread() is threading.main_thread())
        return real_check(message)

    monkeypatch.setattr(checker, "check", recording)
    preview = compose.preview.preview
    compose.html.body.setPlainText(BODY)
    report = wait_checked(qtbot, preview.checks, "link/local")
    assert threads and not any(threads)  # never on the GUI thread

    problems = report.count(Severity.ERROR) + report.count(Severity.WARNING)
    assert problems >= 4  # link/local, img-alt, lang, table-role, compat/css-display-flex…
    assert preview.tabs.tabText(preview.checks_index) == f"Checks ({problems})"
    groups = findings_of(preview.checks)
    titles = list(groups)
    assert titles[0].startswith("1 error")  # errors first, then warnings
    assert titles[1].startswith(f"{report.count(Severity.WARNING)} warning")
    assert any("localhost" in text for text in groups[titles[0]])

    item = item_for(preview.checks, "a11y/img-alt")
    assert item.text(1) == "Body, line 3"
    preview.checks.findings.itemClicked.emit(item, 0)
    assert compose.form.editors.currentWidget() is compose.html
    cursor = compose.html.body.textCursor()
    assert cursor.blockNumber() == 2 and "<img" in cursor.selectedText()

    compose.html.body.setPlainText('<p lang="en">Fine</p>')  # the content changes: checked again
    qtbot.waitUntil(
        lambda: not any(f.rule == "link/local" for f in preview.checks.report.findings),
        timeout=20_000,
    )


def test_each_client_row_names_what_it_lacks_and_the_partial_notes(compose, qtbot):
    checks = compose.preview.preview.checks
    compose.html.body.setPlainText(BODY)
    wait_checked(qtbot, checks, "compat/css-display-flex")
    rows = {
        checks.clients.topLevelItem(i).text(0): checks.clients.topLevelItem(i)
        for i in range(checks.clients.topLevelItemCount())
    }
    outlook = rows["Outlook Windows"]
    children = [outlook.child(c).text(0) for c in range(outlook.childCount())]
    assert outlook.text(3) != "0"
    assert any(text.startswith("Not supported:") and "flex" in text for text in children)
    partly = [
        row.child(c).text(0)
        for row in rows.values()
        for c in range(row.childCount())
        if row.child(c).text(0).startswith("Partly:")
    ]
    assert partly and all(": " in text[len("Partly: ") :] or text.endswith(".") for text in partly)


def test_templates_check_the_pasted_template_without_calling_its_text_part_missing(window, qtbot):
    profile = Profile(name="Customer", username="s123456_1", from_email="support@example.com")
    window.context.profiles.put(profile)
    window.context.profiles.set_active(profile.id)
    window.reload_profiles()
    window.tabs.setCurrentWidget(window.templates_page)
    pane = window.templates
    type_into(qtbot, pane.template_page.template_id, "42")
    qtbot.waitUntil(lambda: pane.source.state is State.PASTED, timeout=10_000)
    pane.html.body.setPlainText(BODY)
    checks = pane.preview.preview.checks
    report = wait_checked(qtbot, checks, "link/local")
    assert "text/missing" not in {f.rule for f in report.findings}  # unknown, not missing

    item = item_for(checks, "link/local")
    pane.preview.preview.tabs.setCurrentIndex(pane.preview.preview.checks_index)
    checks.findings.itemClicked.emit(item, 0)
    assert pane.preview.preview.tabs.currentIndex() == 0  # the part: the HTML tab


def test_the_outbox_checks_a_received_message_and_clicks_to_the_part(window, qtbot, admin):
    send(
        window,
        {
            "Subject": "Checks",
            "From": {"Name": "Shop", "Email": "support@example.com"},
            "To": [{"Name": "Mario", "Email": "mario@example.org"}],
            "Html": {"Body": BODY},
            "Text": "",
            "User": {"Username": "s10000_1", "Secret": "sandbox"},
        },
    )
    pane = open_outbox(window, qtbot, 1)
    click_row(qtbot, pane, 0)
    view = pane.view
    report = wait_checked(qtbot, view.checks, "link/local")
    assert view.tabs.tabText(view.checks_index).startswith("Checks (")
    assert report.has_errors

    view.tabs.setCurrentWidget(view.checks)
    view.checks.findings.itemClicked.emit(item_for(view.checks, "a11y/img-alt"), 0)
    assert view.tabs.currentWidget() is view.html

    vague = item_for(view.checks, "a11y/link-text")
    assert "mario.rossi@example.org" in vague.toolTip(0)  # the line it quotes
    window.context.privacy.set_enabled(True)  # screen-share mode
    vague = item_for(view.checks, "a11y/link-text")
    view.checks.findings.setCurrentItem(vague)
    assert "mario.rossi@example.org" not in vague.toolTip(0) + view.checks.detail.text()
    window.context.privacy.set_enabled(False)


def test_the_inbox_line_shows_sender_subject_and_the_hidden_preheader_cut_for_a_phone(
    compose, qtbot
):
    preview = compose.preview.preview
    type_into(qtbot, compose.form.envelope.from_name, "Example Shop")
    type_into(qtbot, compose.form.envelope.from_email, "support@example.com")
    type_into(
        qtbot, compose.form.envelope.subject, "Your order A-1042 has shipped and arrives on Monday"
    )
    compose.html.body.setPlainText(
        '<div style="display:none">Track it in the app: it leaves the warehouse today</div>'
        + "&zwnj;&nbsp;" * 80
        + "<p>Dear customer, the body text</p>"
    )
    preview.controls.inbox.setChecked(True)
    panel = preview.html_view.inbox_line
    assert not panel.isHidden()
    qtbot.waitUntil(lambda: "Track it in the app" in panel.phone.text(), timeout=20_000)
    phone = panel.phone.text()
    assert "<b>Example Shop</b>" in phone
    assert "Your order A-1042 has shipped and…<br>" in phone  # 35 characters on a phone
    assert "Dear customer" not in phone  # the padding keeps the body out
    assert "Your order A-1042 has shipped and arrives on Monday" in panel.desktop.text()
    preview.controls.inbox.setChecked(False)
    assert panel.isHidden()


def test_the_send_confirmation_mentions_errors_found_by_checks_and_still_sends(compose, qtbot):
    checks = compose.preview.preview.checks
    compose.html.body.setPlainText(BODY)
    wait_checked(qtbot, checks, "link/local")
    flow, profile = compose.controller, compose.context.profiles.active
    box, send_button = flow.confirmation(profile, compose.form.draft())
    assert "1 problem(s) found by Checks" in box.text()  # English plurals: the app's catalogue
    assert box.buttonRole(send_button) == box.ButtonRole.AcceptRole and send_button.isEnabled()

    compose.html.body.setPlainText('<p lang="en">Fine</p>')
    qtbot.waitUntil(lambda: not checks.report.has_errors, timeout=20_000)
    box, _ = flow.confirmation(profile, compose.form.draft())
    assert "Checks" not in box.text()
