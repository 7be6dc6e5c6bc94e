"""A language chosen in Preferences applies on OK: the window is built again in its place,
worded in that language, with what was typed, the sandbox and the Outbox as they were (#23, 11)."""

import gc
import sys

import pytest
import shiboken6
from PySide6.QtWidgets import QAbstractButton, QLabel
from support.compose import type_into
from support.outbox import open_outbox, send

from mailup_gui.core.storage.settings import SettingsStore
from mailup_gui.ui.i18n import remove_translators
from mailup_gui.ui.language_switch import ShownWindow
from mailup_gui.ui.menus import open_preferences

# A label from each pane, the menus and the toolbar, in English and as translated.
PANE_LABELS = {
    "compose_page": ("&Generate from HTML", "&Genera da HTML"),
    "templates_page": ("Save to library", "Salva nella libreria"),
    "dashboard_page": ("&Look up:", "&Cerca:"),
    "outbox_page": ("&Refresh", "&Aggiorna"),
    "journal_page": ("Reopen as &new draft", "Riapri come &nuova bozza"),
}
MENUS = {"en": ["&File", "&View", "&Help"], "it": ["&File", "&Visualizza", "&Aiuto"]}
TABS = {
    "en": ["Compose", "Templates", "Dashboard", "Outbox", "Journal"],
    "it": ["Scrivi", "Modelli", "Dashboard", "Posta in uscita", "Registro invii"],
}
TOOLBAR = {"en": "&Test connection", "it": "&Verifica connessione"}


@pytest.fixture(autouse=True)
def catalogues_removed(qapp, translations_built):
    """The test switches languages; the next test starts with no catalogue, as tests do."""
    yield
    remove_translators(qapp)  # back to no catalogue, as tests start


def choose_language(window, qtbot, request, language: str):
    """Preferences ▸ Language ▸ OK; returns the window built in the old one's place, its
    services started, once the old one is gone."""
    dialog = open_preferences(window)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    with qtbot.waitSignal(window.replaced, timeout=10_000) as replaced:
        dialog.apply()
    new = replaced.args[0]
    qtbot.addWidget(new)
    with qtbot.waitSignal(new.services_started, timeout=20_000):
        qtbot.waitExposed(new)
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # deleted, not left hidden
    # pytest-qt would close it at teardown: it is gone already
    request.node.qt_widgets = [(w, f) for w, f in request.node.qt_widgets if w() is not window]
    return new


def texts(widget) -> set[str]:
    worded = [*widget.findChildren(QLabel), *widget.findChildren(QAbstractButton)]
    return {w.text() for w in worded}


def assert_worded_in(window, qtbot, language: str) -> None:
    assert [a.text() for a in window.menuBar().actions()] == MENUS[language]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == TABS[language]
    assert TOOLBAR[language] in [a.text() for a in window.toolbar.actions()]
    column = 0 if language == "en" else 1
    for page_name, words in PANE_LABELS.items():
        page = getattr(window, page_name)
        window.tabs.setCurrentWidget(page)
        qtbot.waitUntil(lambda page=page: page.built is not None)
        assert words[column] in texts(page.built), page_name


def test_a_new_language_applies_at_once_and_nothing_typed_is_lost(
    window, qtbot, request, monkeypatch
):
    seen, followed = [], []
    shown = ShownWindow(window, followed.append)  # as the app installs its excepthook
    monkeypatch.setattr(sys, "excepthook", lambda *error: seen.append(error))
    send(window)  # something in the Outbox
    outbox = open_outbox(window, qtbot, 1)
    subject = outbox.model.row(0)["subject"]
    url = window.context.sandbox_url()

    compose = window.compose
    window.tabs.setCurrentWidget(window.compose_page)
    type_into(qtbot, compose.form.envelope.subject, "Preventivo per Rossi")
    qtbot.keyClicks(compose.html.body, "<p>Gentile cliente</p>")
    templates = window.templates
    window.tabs.setCurrentWidget(window.templates_page)
    type_into(qtbot, templates.form.envelope.to.edit, "mario.rossi@example.org")
    window.tabs.setCurrentWidget(window.compose_page)
    geometry = window.geometry()

    italian = choose_language(window, qtbot, request, "it")  # at once, typed a moment ago
    assert shown.window is italian
    assert SettingsStore().value.language == "it"
    assert italian.geometry() == geometry
    assert italian.tabs.currentWidget() is italian.compose_page
    assert italian.compose.form.envelope.subject.text() == "Preventivo per Rossi"
    assert "<p>Gentile cliente</p>" in italian.compose.html.body.toPlainText()
    assert italian.templates.form.envelope.to.edit.text() == "mario.rossi@example.org"
    assert not italian.compose.form.result.isVisible()  # no "restored" news
    welcome = italian.context.notice_board.find(None, "welcome")
    assert welcome is not None and "Got it" not in [action.text for action in welcome.actions]
    assert italian.context.sandbox_url() == url  # the same sandbox, still running
    assert_worded_in(italian, qtbot, "it")
    new_outbox = open_outbox(italian, qtbot, 1)
    assert new_outbox.model.row(0)["subject"] == subject
    for enabled in (True, False):  # the context's signals reach no pane of the old window
        italian.context.privacy.set_enabled(enabled)
    send(italian)  # nor the outbox watcher's
    qtbot.waitUntil(lambda: new_outbox.model.rowCount() == 2, timeout=10_000)

    english = choose_language(italian, qtbot, request, "")  # the system's: English here
    assert shown.window is english
    assert SettingsStore().value.language == ""
    assert_worded_in(english, qtbot, "en")
    assert english.compose.form.envelope.subject.text() == "Preventivo per Rossi"
    assert english.context.sandbox_url() == url
    assert followed == [window, italian, english]
    assert seen == []


def test_the_dialog_says_what_ok_does_to_the_window(window, qtbot):
    dialog = open_preferences(window)
    qtbot.addWidget(dialog)
    note = dialog.language_note
    assert note.isVisibleTo(dialog)
    assert "next start" not in note.text() and "press OK" in note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("it"))
    assert "drafts stay as they are" in note.text()


def test_the_old_windows_objects_can_be_collected_after_a_switch(window, qtbot, request):
    """app.main sets start-up's objects apart from garbage collection at the first paint; the
    window a switch replaces was among them."""
    gc.freeze()  # as at the first paint
    try:
        choose_language(window, qtbot, request, "it")
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_only_the_new_window_hears_of_damaged_files_after_a_switch(window, qtbot, request):
    """The old window's damaged-files notice stops listening when it goes: a file set aside
    later is told once, by the window on screen."""
    from mailup_gui.core.storage.damaged import damaged_files

    assert window.window_notices.damaged is not None  # made on first use
    listening = len(damaged_files()._listeners)
    new = choose_language(window, qtbot, request, "it")
    assert new.window_notices.damaged is not None
    gc.collect()
    qtbot.wait(50)
    assert len(damaged_files()._listeners) == listening
