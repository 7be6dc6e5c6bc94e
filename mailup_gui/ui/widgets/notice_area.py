"""The one place a window's notices show (``notice_board.py`` holds them): one line each,
elided, the full text in its tooltip and under "Details"; the most severe two in sight and
"+N more" for the rest; never taller than a fixed share of the window, scrolling inside
beyond it, so the work below keeps its room whatever is said.
"""

from __future__ import annotations

from html import unescape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .colour import surface_colours
from .notice_board import Notice, NoticeBoard, NoticeChannel

COLLAPSED = 2  # notices in sight before "+N more"
CAP_SHARE = 0.25  # of the window's height, at most, however many notices are open


def plain_line(html: str) -> str:
    """A notice's rich text as one line of plain text."""
    document = QTextDocument()
    document.setHtml(html)
    text = document.toPlainText()
    lines = [line.strip() for line in text.replace("\u2028", "\n").splitlines()]
    return unescape(" — ".join(line for line in lines if line))


class NoticeRow(QFrame):
    """One notice: its line, Details, its actions and a close button, in its kind's colours."""

    def __init__(self, notice: Notice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.notice = notice
        self._full = ""
        self.line = QLabel()
        self.line.setTextFormat(Qt.TextFormat.PlainText)
        # the line is elided to the room it gets: it never widens the window
        self.line.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoRaise(True)
        self.details_button.setToolTip(self.tr("Show the whole message"))
        self.details_button.toggled.connect(self._show_details)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.hide()
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.clicked.connect(notice.close)
        # as tall with a close button as without one: the rows line up
        self.line.setMinimumHeight(self.close_button.sizeHint().height())
        # the line, or the whole text in its place, then the buttons, at the top when it is open
        self._top = QHBoxLayout(self)
        self._top.setContentsMargins(10, 3, 4, 3)
        self._top.addWidget(self.line, 1)
        self._top.addWidget(self.details, 1)
        for button in (self.details_button, self.close_button):
            self._top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.buttons: list[QPushButton] = []
        self.refresh()

    def refresh(self) -> None:
        notice = self.notice
        self.paint_kind()
        self._full = plain_line(notice.text)
        self.line.setToolTip(notice.text)
        self.details.setText(notice.text)
        kind = {"error": self.tr("Error"), "warning": self.tr("Warning")}.get(notice.kind, "")
        self.setAccessibleName(f"{kind}: {self._full}" if kind else self._full)
        self.line.setAccessibleName(self._full)
        self.close_button.setVisible(notice.closable)
        self._show_buttons()
        self._elide()

    def _show_buttons(self) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for action in self.notice.actions:
            if not action.visible:
                continue
            button = QPushButton(action.text)
            button.setToolTip(action.tooltip or action.text)
            button.setAccessibleName(action.text)
            button.clicked.connect(action.trigger)
            self._top.insertWidget(
                self._top.indexOf(self.close_button), button, 0, Qt.AlignmentFlag.AlignTop
            )
            self.buttons.append(button)

    def paint_kind(self) -> None:
        fill, text = surface_colours(self.notice.kind)
        foreground = (text or self.palette().color(QPalette.ColorRole.WindowText)).name()
        self.setStyleSheet(
            f"#notice {{ background: {fill.name()}; border: 1px solid {foreground}40;"
            f" border-radius: 4px; }}"
            f" #notice QLabel, #notice QToolButton {{ color: {foreground}; }}"
        )
        # Links too: the palette's link blue is unreadable on a dark strip, and the reverse.
        palette = self.details.palette()
        palette.setColor(QPalette.ColorRole.Link, foreground)
        self.details.setPalette(palette)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # the desktop went dark or light
            self.paint_kind()
        return super().event(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = self.line.fontMetrics()
        width = max(self.line.width(), 40)
        shown = metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        self.line.setText(shown)
        # Details when the line cannot say it all (it stays, once shown, while it is open)
        cut = shown != self._full or "<br" in self.notice.text or "<li" in self.notice.text
        self.details_button.setVisible(cut or self.details_button.isChecked())

    def _show_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.line.setVisible(not shown)
        self.details_button.setText(self.tr("Less") if shown else self.tr("Details"))
        area = self.parent()
        while area is not None and not isinstance(area, NoticeArea):
            area = area.parent()
        if area is not None:
            area.fit()


class NoticeArea(QFrame):
    """The notices over one pane of the window (``show_pane``), the window's own included."""

    def __init__(self, board: NoticeBoard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.pane: str | None = None
        self.rows: dict[tuple[str | None, str], NoticeRow] = {}
        self._announced = 0  # the stamp of the last error read out
        self.setAccessibleName(self.tr("Notices"))
        self._inner = QWidget()
        self._column = QVBoxLayout(self._inner)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(3)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self._inner)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.more = QToolButton()
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.more.toggled.connect(lambda _: self.sync())
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 4)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.scroller)
        self._layout.addWidget(self.more, 0, Qt.AlignmentFlag.AlignRight)
        board.changed.connect(self.sync)
        self.sync()

    def show_pane(self, pane: str | None) -> None:
        self.pane = pane
        self.sync()

    def shown(self) -> list[Notice]:
        """The notices listed, in their order (those behind "+N more" too)."""
        return self.board.shown(self.pane)

    def visible_rows(self) -> list[NoticeRow]:
        """The rows in sight (scrolling aside), in their order."""
        rows = [self.rows.get((notice.pane, notice.key)) for notice in self.shown()]
        return [row for row in rows if row is not None and not row.isHidden()]

    def sync(self, changed: Notice | None = None) -> None:
        """Show the board as it is; ``changed``: the one notice whose row needs redrawing
        (None: all of them)."""
        notices = self.shown()
        keys = [(notice.pane, notice.key) for notice in notices]
        for key in [key for key in self.rows if key not in keys]:
            self.rows.pop(key).deleteLater()
        expanded = self.more.isChecked()
        for index, notice in enumerate(notices):
            row = self.rows.get((notice.pane, notice.key))
            if row is None:
                row = NoticeRow(notice)
                self.rows[(notice.pane, notice.key)] = row
            elif changed is None or row.notice is changed:
                row.refresh()
            self._column.insertWidget(index, row)  # moves it if it was elsewhere
            row.setVisible(expanded or index < COLLAPSED)
        hidden = len(notices) - COLLAPSED
        self.more.setVisible(hidden > 0)
        self.more.setText(self.tr("Show fewer") if expanded else self.tr("+%n more", "", hidden))
        self.more.setAccessibleName(self.more.text())
        # what is behind "+N more", a line each, before it is opened
        behind = notices[COLLAPSED:] if not expanded else []
        self.more.setToolTip("\n".join(plain_line(notice.text) for notice in behind))
        self.setVisible(bool(notices))
        self._announce(notices)
        self.fit()

    def fit(self) -> None:
        """As tall as the rows in sight, within the cap; beyond it they scroll."""
        self._inner.adjustSize()
        wanted = sum(row.sizeHint().height() for row in self.visible_rows())
        wanted += self._column.spacing() * max(len(self.visible_rows()) - 1, 0)
        self.scroller.setFixedHeight(min(wanted, self.cap()))

    def cap(self) -> int:
        """The most the rows may take: a share of the window, less the "+N more" line and the
        margin under the area."""
        window = self.window()
        height = window.height() if window is not None and window is not self else 720
        more = self.more.sizeHint().height() if not self.more.isHidden() else 0
        margins = self._layout.contentsMargins()
        return max(int(height * CAP_SHARE) - more - margins.top() - margins.bottom(), 40)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not None and window is not self:
            window.removeEventFilter(self)
            window.installEventFilter(self)  # the cap follows the window's height
        self.fit()

    def _announce(self, notices: list[Notice]) -> None:
        """A screen reader hears a new error at once, whatever has the focus."""
        for notice in notices:
            if notice.kind == "error" and notice.stamp > self._announced:
                self._announced = notice.stamp
                row = self.rows[(notice.pane, notice.key)]
                announcement = QAccessibleAnnouncementEvent(row, row.accessibleName())
                announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
                QAccessible.updateAccessibility(announcement)


def own_area(pane: str) -> tuple[NoticeChannel, NoticeArea]:
    """A notice area of its own, for a widget shown outside the window's panes (a stored
    message's view, a preview on its own): the channel its parts post to, and the area."""
    board = NoticeBoard()
    area = NoticeArea(board)
    board.setParent(area)
    area.show_pane(pane)
    return board.channel(pane), area
