import pytest
from PySide6.QtCore import QLocale, QSize, QTranslator
from PySide6.QtWidgets import QApplication
from support.notices import show_pane_notices, show_window_notices

from mailup_gui.ui.i18n import install_translators
from mailup_gui.ui.theme import DARK, LIGHT, SYSTEM, apply_theme


@pytest.mark.parametrize("theme", [LIGHT, DARK])
@pytest.mark.parametrize("language", ["en", "it"])
@pytest.mark.parametrize("pane_name", ["compose", "templates"])
@pytest.mark.parametrize("many", [True, False])
def test_shots(qapp, translations_built, request, qtbot, theme, language, pane_name, many):
    apply_theme(theme)
    install_translators(qapp, language)
    window = request.getfixturevalue("window")
    page = window.compose_page if pane_name == "compose" else window.templates_page
    window.tabs.setCurrentWidget(page)
    pane = page.pane()
    if many:
        show_window_notices(window)
        show_pane_notices(window, pane, qtbot)
    else:
        window.welcome.notice.hide()
        pane.form.show_result(
            "info", "Queued by MailUp: 1 message to customer@example.org.", journal=True
        )
    for size in (QSize(1024, 768), QSize(1280, 720)):
        window.resize(size)
        for _ in range(3):
            QApplication.processEvents()
            qtbot.wait(100)
        tag = f"{pane_name}-{'many' if many else 'one'}-{size.width()}-{language}-{theme}"
        window.grab().save(f"/tmp/h24-{tag}.png")
        if many:
            window.notice_area.more.setChecked(True)
            window.notice_area.visible_rows()[0].details_button.setChecked(True)
            for _ in range(3):
                QApplication.processEvents()
                qtbot.wait(100)
            window.grab().save(f"/tmp/h24-{tag}-open.png")
            window.notice_area.visible_rows()[0].details_button.setChecked(False)
            window.notice_area.more.setChecked(False)
    apply_theme(SYSTEM)
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.setParent(None)
    QLocale.setDefault(QLocale.system())
