"""The message preview on real QtWebEngine (offscreen): no request leaves the machine, no
script runs, cid: images resolve, and the view settings change what is rendered.

A loopback HTTP server stands in for the internet and records every request it gets. One
preview widget serves the whole module: Chromium takes a while to start.
"""

import base64
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWebEngineCore import QWebEngineScript, QWebEngineSettings
from PySide6.QtWidgets import QMessageBox
from support.images import png
from support.notices import button_of

from mailup_gui.ui.preview import MessagePreview, links
from mailup_gui.ui.preview.colours import Scheme

LOAD_MS = 60_000  # a cold Chromium start on a busy machine
RED, GREEN, BLUE, WHITE = (QColor(c) for c in ("#ff0000", "#00ff00", "#0000ff", "#ffffff"))


class Recorder(BaseHTTPRequestHandler):
    paths: ClassVar[list[str]] = []
    image = b""

    def do_GET(self):
        type(self).paths.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(self.image)))
        self.end_headers()
        self.wfile.write(self.image)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(qapp):
    Recorder.image = png(GREEN)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def hits(server):
    Recorder.paths.clear()
    return Recorder.paths


@pytest.fixture(scope="module")
def module_preview(qapp):
    widget = MessagePreview()
    widget.resize(900, 700)
    widget.show()
    yield widget
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def preview(module_preview):
    """The module's preview, back to Desktop and Light after each test."""
    yield module_preview
    module_preview.controls.device.setCurrentIndex(0)
    module_preview.controls.scheme.setCurrentIndex(0)
    module_preview.controls.images_off.setChecked(False)


def show(qtbot, preview, html, images=None, text=None, unfilled=()):
    with qtbot.waitSignal(preview.loaded, timeout=LOAD_MS, check_params_cb=bool):
        preview.show_message(html, text, images or {}, list(unfilled))


def colour_at(widget, x, y) -> QColor:
    return QColor(widget.grab().toImage().pixel(x, y))


def wait_colour(qtbot, widget, x, y, colour):
    """Loading finishes before painting: wait for the pixel, then compare."""
    qtbot.waitUntil(lambda: colour_at(widget, x, y) == colour, timeout=LOAD_MS)


def dom(qtbot, page) -> str:
    found = []
    page.toHtml(found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=LOAD_MS)
    return found[0]


def tracking_mail(server: str) -> str:
    return f"""<!doctype html><html><head><style>
      body {{ margin: 0; background: #ffffff; }}
      .bg {{ height: 40px; background-image: url({server}/bg.png); }}
    </style></head><body>
    <img src="cid:logo" width="80" height="80" style="display:block">
    <img src="{server}/pixel.png" width="30" height="30" style="display:block">
    <div class="bg"></div>
    <p id="note">original text</p>
    <script>
      fetch("{server}/beacon");
      document.getElementById("note").textContent = "script " + "ran";
      document.body.style.background = "#0000ff";
    </script>
    </body></html>"""


def test_no_request_reaches_the_server_no_script_runs_and_cid_images_resolve(
    qtbot, preview, server, hits
):
    show(qtbot, preview, tracking_mail(server), {"logo": (png(RED), "image/png")})
    view = preview.surface

    wait_colour(qtbot, view, 40, 40, RED)  # the cid: image, served from memory
    assert view.page().profile().isOffTheRecord()
    settings = view.page().settings()
    assert not settings.testAttribute(QWebEngineSettings.WebAttribute.JavascriptEnabled)
    assert hits == []
    assert preview.blocked_count >= 2
    assert {f"{server}/pixel.png", f"{server}/bg.png"} <= set(view.blocked)
    assert preview.blocked_notice.isVisible()
    assert str(preview.blocked_count) in preview.blocked_notice.text
    html = dom(qtbot, view.page())
    assert '<p id="note">original text</p>' in html and "script ran" not in html
    assert colour_at(view, 400, 300) == WHITE  # the script would have painted it blue


def test_load_remote_content_once_fetches_only_the_images_and_only_once(
    qtbot, preview, server, hits
):
    mail = tracking_mail(server)
    show(qtbot, preview, mail, {"logo": (png(RED), "image/png")})
    assert hits == []

    with qtbot.waitSignal(preview.loaded, timeout=LOAD_MS, check_params_cb=bool):
        button_of(preview.notice_area, preview.blocked_notice, "Load remote content once").click()
    wait_colour(qtbot, preview.surface, 10, 90, GREEN)  # the remote pixel, now shown
    qtbot.waitUntil(lambda: {"/pixel.png", "/bg.png"} <= set(hits), timeout=LOAD_MS)
    assert set(hits) == {"/pixel.png", "/bg.png"}  # no beacon: still no script
    assert preview.blocked_count == 0
    assert not preview.blocked_notice.isVisible()

    hits.clear()
    show(qtbot, preview, mail, {"logo": (png(RED), "image/png")})
    qtbot.waitUntil(lambda: preview.blocked_count >= 2, timeout=LOAD_MS)
    assert hits == []


def test_a_missing_cid_image_is_not_counted_as_remote(qtbot, preview, hits):
    show(
        qtbot,
        preview,
        '<body style="margin:0"><img src="cid:nothere" width=50 height=50>'
        '<img src="cid:logo%40shop" width=50 height=50></body>',
        {"logo@shop": (png(BLUE), "image/png")},
    )
    wait_colour(qtbot, preview.surface, 75, 25, BLUE)  # a percent-encoded ContentId
    assert preview.blocked_count == 0


DARK_AWARE = """<html><head><style>
  body { margin: 0; background: #ffffff; }
  @media (prefers-color-scheme: dark) { body { background: #000080; } }
</style></head><body><p>Hello</p></body></html>"""


def test_dark_uses_the_emails_dark_style_and_inverted_darkens_any_email(qtbot, preview):
    show(qtbot, preview, DARK_AWARE)
    wait_colour(qtbot, preview.surface, 400, 300, WHITE)

    with qtbot.waitSignal(preview.loaded, timeout=LOAD_MS):
        preview.controls.scheme.setCurrentIndex(preview.controls.scheme.findData(Scheme.DARK))
    wait_colour(qtbot, preview.surface, 400, 300, QColor("#000080"))

    with qtbot.waitSignal(preview.loaded, timeout=LOAD_MS):
        preview.controls.scheme.setCurrentIndex(preview.controls.scheme.findData(Scheme.INVERTED))
    show(qtbot, preview, '<body style="margin:0;background:#ffffff"><p>Plain</p></body>')
    qtbot.waitUntil(lambda: colour_at(preview.surface, 400, 300).lightness() < 60, timeout=LOAD_MS)


MOBILE_AWARE = """<html><head><style>
  body { margin: 0; background: #ffffff; }
  @media (max-width: 480px) { body { background: #00ff00; } }
</style></head><body><p>Hello</p></body></html>"""


def test_mobile_is_375_css_pixels_wide_and_custom_follows_the_spin_box(qtbot, preview):
    show(qtbot, preview, MOBILE_AWARE)
    assert preview.surface.width() > 480
    wait_colour(qtbot, preview.surface, 100, 300, WHITE)

    preview.controls.device.setCurrentIndex(preview.controls.device.findData("mobile"))
    qtbot.waitUntil(lambda: preview.surface.width() == 375, timeout=LOAD_MS)
    wait_colour(qtbot, preview.surface, 100, 300, GREEN)  # the page's own mobile layout
    centre = preview.surface.mapTo(preview.stage, QPoint(187, 0)).x()
    assert abs(centre - preview.stage.viewport().width() // 2) <= 1

    preview.controls.device.setCurrentIndex(preview.controls.device.findData("custom"))
    preview.controls.custom.setValue(800)
    qtbot.waitUntil(lambda: preview.surface.width() == 800, timeout=LOAD_MS)
    assert preview.stage.horizontalScrollBar().maximum() == 0  # 800 fits in 900


LINKS = """<body style="margin:0">
<a href="https://example.com/offer?id=7"
   style="display:block;height:100px;background:#00ff00">go</a>
<a href="https://example.com/new" target="_blank"
   style="display:block;height:100px;background:#0000ff">new window</a>
<a href="mailto:help@example.com" style="display:block;height:100px;background:#ff0000">mail</a>
</body>"""


class SystemHandler(QObject):
    """Qt's own hook for what QDesktopServices would hand to the OS."""

    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot(QUrl)
    def handle(self, url):
        self.urls.append(url)


def test_a_clicked_link_is_not_followed_and_opens_outside_only_after_confirming(
    qtbot, preview, monkeypatch
):
    opened = []
    monkeypatch.setattr(links, "open_external", opened.append)
    show(qtbot, preview, LINKS)
    view = preview.surface
    wait_colour(qtbot, view, 50, 50, GREEN)
    document = view.page().url()

    with qtbot.waitSignal(preview.link_requested, timeout=LOAD_MS) as clicked:
        QTest.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    assert clicked.args == [QUrl("https://example.com/offer?id=7")]
    assert view.page().url() == document
    dialog = preview.link_dialog
    assert isinstance(dialog, QMessageBox) and dialog.isVisible()
    assert "https://example.com/offer?id=7" in dialog.informativeText()
    assert opened == []  # nothing opens before the user agrees
    next(
        b for b in dialog.buttons() if dialog.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    ).click()
    assert opened == [QUrl("https://example.com/offer?id=7")]

    with qtbot.waitSignal(preview.link_requested, timeout=LOAD_MS) as clicked:
        QTest.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(50, 150))
    assert clicked.args == [QUrl("https://example.com/new")]
    preview.link_dialog.reject()
    assert view.page().url() == document
    assert opened == [QUrl("https://example.com/offer?id=7")]

    system = SystemHandler()
    QDesktopServices.setUrlHandler("mailto", system, "handle")
    try:
        with qtbot.waitSignal(preview.link_requested, timeout=LOAD_MS) as clicked:
            QTest.mouseClick(view.focusProxy(), Qt.MouseButton.LeftButton, pos=QPoint(50, 250))
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert clicked.args == [QUrl("mailto:help@example.com")]
    assert system.urls == []  # the mail app did not open: the user is asked first
    assert "mailto:help@example.com" in preview.link_dialog.informativeText()
    preview.link_dialog.reject()


def test_closing_a_preview_releases_the_page_before_its_profile(qtbot, qtlog):
    widget = MessagePreview()
    widget.show()
    show(qtbot, widget, "<p>bye</p>")
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not [r for r in qtlog.records if "Release of profile" in r.message]


def test_the_web_engine_loads_on_first_show_and_a_process_exiting_with_it_ends_cleanly():
    script = (
        "import sys\n"
        "from PySide6.QtCore import QEventLoop\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from mailup_gui.ui.preview import MessagePreview\n"
        "app = QApplication([])\n"
        "preview = MessagePreview()\n"
        "assert not [m for m in sys.modules if 'WebEngine' in m], 'loaded too early'\n"
        "preview.show()\n"
        "assert type(preview.surface).__name__ == 'WebSurface'\n"
        "loop = QEventLoop()\n"
        "preview.loaded.connect(loop.quit)\n"
        "preview.show_message('<p>hi</p>', None, {}, [])\n"
        "loop.exec()\n"
        # Exits with the deletion still pending, as pytest-qt leaves a session's last window.
        "preview.close()\n"
        "preview.deleteLater()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Release of profile" not in result.stderr


def test_showing_the_message_again_keeps_the_scroll_position(qtbot, preview):
    tall = '<body style="margin:0"><div style="height:4000px">tall</div></body>'
    show(qtbot, preview, tall)
    page = preview.surface.page()
    page.runJavaScript(
        "window.scrollTo(0, 1200)",  # the user scrolls down
        QWebEngineScript.ScriptWorldId.ApplicationWorld.value,
    )
    qtbot.waitUntil(lambda: page.scrollPosition().y() == 1200, timeout=LOAD_MS)

    show(qtbot, preview, tall.replace("tall", "taller"))  # an edit in Compose
    qtbot.waitUntil(lambda: page.scrollPosition().y() == 1200, timeout=LOAD_MS)
    assert "taller" in dom(qtbot, page)


def test_a_message_over_set_html_s_2_mb_limit_still_shows(qtbot, preview):
    padding = "<!--" + "x" * (3 * 1024 * 1024) + "-->"  # setHtml() would fail on this
    show(qtbot, preview, f'<body style="margin:0;background:#ff0000">{padding}<p>big</p></body>')
    wait_colour(qtbot, preview.surface, 400, 300, RED)


def test_images_off_leaves_each_image_a_box_of_its_size_and_on_again_shows_them(qtbot, preview):
    data = base64.b64encode(png(BLUE)).decode()
    mail = (
        '<body style="margin:0;background:#ffffff">'
        '<img src="cid:logo" alt="Shop logo" width="200" height="80" style="display:block">'
        f'<img src="data:image/png;base64,{data}" alt="Offer" width="200" height="60"'
        ' style="display:block">'
        '<div style="height:40px;background:#00ff00"></div></body>'
    )
    show(qtbot, preview, mail, {"logo": (png(RED), "image/png")})
    wait_colour(qtbot, preview.surface, 100, 40, RED)
    wait_colour(qtbot, preview.surface, 100, 110, BLUE)

    with qtbot.waitSignal(preview.loaded, timeout=LOAD_MS):
        preview.controls.images_off.setChecked(True)
    wait_colour(qtbot, preview.surface, 100, 160, GREEN)  # below two boxes of the images' sizes
    assert colour_at(preview.surface, 100, 40) != RED
    assert colour_at(preview.surface, 100, 110) != BLUE  # a data: image is off too
    image = preview.surface.grab().toImage()
    text = [image.pixelColor(x, y).lightness() < 100 for x in range(200) for y in range(80)]
    assert any(text)  # the alt text, written in the logo's box

    with qtbot.waitSignal(preview.loaded, timeout=LOAD_MS):
        preview.controls.images_off.setChecked(False)
    wait_colour(qtbot, preview.surface, 100, 40, RED)
