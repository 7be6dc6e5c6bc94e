"""The dashboard in Italian: dates as QLocale('it') writes them, headers never cut."""

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from support.dashboard import badge, open_dashboard

from mailup_gui.ui.dashboard.model import NOTE_COLUMN, STATUS_COLUMN
from mailup_gui.ui.i18n import install_translators, remove_translators


@pytest.fixture
def italian_window(qapp, translations_built, request):
    assert install_translators(qapp, "it") == "it"
    yield request.getfixturevalue("window")
    remove_translators(qapp)  # back to no catalogue, as tests start
    QLocale.setDefault(QLocale.system())


def italian(when: datetime, pattern: str) -> str:
    local = when.astimezone()
    moment = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return QLocale("it").toString(moment, pattern)


def test_a_dashboard_date_reads_as_italian_writes_it(italian_window, qtbot):
    pane = open_dashboard(italian_window, qtbot)
    blocked = badge(pane, "s10000_2")
    assert blocked.startswith("Bloccato fino al ")
    until = pane.model.rows_by_key()["s10000_2"]["status"].until
    assert italian(until, "d MMM yyyy HH:mm") in blocked
    month = QLocale("it").monthName(until.astimezone().month, QLocale.FormatType.ShortFormat)
    assert month in blocked


def test_no_dashboard_header_is_cut_and_the_note_sits_beside_the_state(italian_window, qtbot):
    pane = open_dashboard(italian_window, qtbot)
    header = pane.table.horizontalHeader()
    for column in range(pane.model.columnCount()):
        label = pane.model.headerData(column, header.orientation())
        assert header.sectionSize(column) >= header.sectionSizeHint(column), label
    assert header.visualIndex(NOTE_COLUMN) == header.visualIndex(STATUS_COLUMN) + 1
