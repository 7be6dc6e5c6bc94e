"""Sending in Italian: the confirmation, the blocked-user guard and their dates as Italian writes
them (QLocale('it'), never strftime's English)."""

from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import QMessageBox
from support.dashboard import poll, set_user

from mailup_gui.core.message.draft import Draft, Options
from mailup_gui.ui.i18n import install_translators, remove_translators
from mailup_gui.ui.send_form.send_guard import guard_send


@pytest.fixture
def italian_window(qapp, translations_built, request):
    assert install_translators(qapp, "it") == "it"
    yield request.getfixturevalue("window")
    remove_translators(qapp)  # back to no catalogue, as tests start
    QLocale.setDefault(QLocale.system())


def italian(when: datetime) -> str:
    local = when.astimezone()
    moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale("it").toString(moment, "d MMM yyyy")


def test_the_send_confirmation_is_italian(italian_window):
    flow = italian_window.compose.controller
    when = datetime.now(UTC) + timedelta(days=40)
    draft = Draft(subject="Ciao", to="a@example.com, b@example.com", options=Options(schedule=when))
    box, send = flow.confirmation(italian_window.context.profiles.active, draft)
    text = unescape(box.text())
    assert "Inviare “Ciao” a" in text and "2 destinatari" in text
    assert "Profilo:" in text and "Quando:" in text
    assert italian(when) in text
    assert send.text() == "Invia"
    one = Draft(subject="Ciao", to="a@example.com")
    box, _ = flow.confirmation(italian_window.context.profiles.active, one)
    assert "1 destinatario" in unescape(box.text())


def test_the_blocked_user_guard_is_italian(italian_window, qtbot):
    until = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0)
    set_user(italian_window, "s10000_1", block_until=until)
    poll(italian_window, qtbot)
    texts = []

    def ask(box: QMessageBox):
        texts.append(unescape(box.text()))
        return None

    guard_send(italian_window, italian_window.context, italian_window.context.profiles.active, ask)
    assert "Non è stato inviato nulla" in texts[0]
    assert f"Il blocco termina il {italian(until)}" in texts[0]
