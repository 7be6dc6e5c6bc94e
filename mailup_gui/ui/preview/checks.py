"""The Checks tab: what preflight (core/preflight) finds in the message, grouped by severity,
each finding a link to its place, and how each major mail app supports what the message uses.

The check runs on a worker, after the message it checks: ``request`` names the work,
which starts when the tab is looked at, or a moment after the message is on screen
(``start_soon``, on the HTML loaded), so the message's details and its HTML never wait for it,
and browsing from message to message checks only the one the user stays on. Only the latest
request's answer is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QStyle,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.preflight.findings import ClientSupport, Finding, Report, Severity, Where
from ..core_texts import translated
from ..tasks import TaskRunner

_FINDING = Qt.ItemDataRole.UserRole
_ORDER = (Severity.ERROR, Severity.WARNING, Severity.INFO)


class ChecksView(QWidget):
    place_requested = Signal(object)  # the Where of a finding the user picked
    counted = Signal(object)  # the Report shown (None: none yet), for the tab's count
    CHECK_KEY = "checks"  # only the latest check's answer is shown
    # From the message on screen to its check: a user browsing the list has moved on by then.
    SETTLE_MS = 500

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self.running = False  # a check is on a worker, its answer still to come
        self._tasks: TaskRunner | None = None
        self._work: Callable[[], Report] | None = None  # requested, not started yet
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self.start)
        # Applied to what the findings quote (screen-share mode masks the addresses in it).
        self.mask: Callable[[str], str] = lambda text: text
        self.status = QLabel(self.tr("Not checked yet."))
        self.status.setWordWrap(True)
        self.findings = QTreeWidget()
        self.findings.setColumnCount(2)
        self.findings.setHeaderLabels([self.tr("Finding"), self.tr("Where")])
        self.findings.setWordWrap(True)
        self.findings.setUniformRowHeights(False)
        self.findings.setAccessibleName(self.tr("Findings of the checks"))
        self.findings.setToolTip(self.tr("Click a finding to go to its place"))
        header = self.findings.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.findings.itemClicked.connect(self._on_item)
        self.findings.itemActivated.connect(self._on_item)
        # The tree cuts long findings to one line: the current one is read whole here.
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAccessibleName(self.tr("The finding in full"))
        self.findings.currentItemChanged.connect(self._show_detail)
        self.clients = QTreeWidget()
        self.clients.setColumnCount(4)
        self.clients.setHeaderLabels(
            [self.tr("Mail app"), self.tr("Supported"), self.tr("Partly"), self.tr("Not")]
        )
        self.clients.setWordWrap(True)
        self.clients.setAccessibleName(self.tr("Support of the message's features by mail app"))
        self.clients.setToolTip(
            self.tr(
                "How many of the HTML and CSS features this message uses each mail app "
                "supports (caniemail.com data); open a row for the features and notes"
            )
        )
        clients_header = self.clients.header()
        clients_header.setStretchLastSection(False)
        clients_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            clients_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.findings, 1)
        top_layout.addWidget(self.detail)
        for tree in (self.findings, self.clients):  # short panes (the Outbox at 720 px): 2 rows
            tree.setMinimumHeight(4 * self.fontMetrics().lineSpacing())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.clients)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)

    def request(self, tasks: TaskRunner, work: Callable[[], Report]) -> None:
        """Check with ``work`` (e.g. ``lambda: check(from_draft(draft))``) on a worker: at
        once if this tab is on screen, else on ``start_soon`` or when the tab is opened. An
        earlier request's answer is moot from now on."""
        self._tasks, self._work = tasks, work
        self._settle.stop()
        tasks.drop(self.CHECK_KEY, owner=self)
        self.running = False
        self.status.setText(self.tr("Checking…"))
        if self.isVisible():
            self._settle.start(0)  # once the message asked for is filled in

    def start_soon(self) -> None:
        """The message is on screen: check it unless the user moves on meanwhile."""
        if self._work is not None:
            self._settle.start(0 if self.isVisible() else self.SETTLE_MS)

    def start(self) -> None:
        """Start the requested check now (nothing when none waits)."""
        self._settle.stop()
        tasks, work, self._work = self._tasks, self._work, None
        if tasks is None or work is None:
            return
        self.running = True
        tasks.run(work, self._on_checked, self._on_failed, owner=self, key=self.CHECK_KEY)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start()  # looked at: no reason to wait

    def _on_checked(self, report: Report) -> None:
        self.running = False
        self.show_report(report)

    def show_report(self, report: Report) -> None:
        self.report = report
        self.detail.clear()
        self.findings.clear()
        for severity in _ORDER:
            found = [f for f in report.findings if f.severity is severity]
            if found:
                self._add_group(severity, found)
        self.findings.expandToDepth(0)
        self.clients.clear()
        for client in report.clients:
            self._add_client(client)
        problems = report.count(Severity.ERROR) + report.count(Severity.WARNING)
        if problems:
            status = self.tr("%n problem(s) found.", "", problems)
        elif report.findings:
            status = self.tr("No problems found; some notes below.")
        else:
            status = self.tr("No problems found.")
        self.status.setText(status)
        self.counted.emit(report)

    def errors_note(self) -> str:
        """A line for the send confirmation when the latest check found errors ("" when none):
        it informs, the send stays the user's choice."""
        errors = self.report.count(Severity.ERROR) if self.report is not None else 0
        if not errors:
            return ""
        return self.tr("%n problem(s) found by Checks: see the Checks tab.", "", errors)

    def show_again(self) -> None:
        """The same report, shown again (the mask changed)."""
        if self.report is not None:
            self.show_report(self.report)

    def clear(self) -> None:
        """No message: no report, and none requested or on its way."""
        self._work = None
        self._settle.stop()
        if self._tasks is not None:
            self._tasks.drop(self.CHECK_KEY, owner=self)
        self.running = False
        self.report = None
        self.findings.clear()
        self.clients.clear()
        self.status.setText(self.tr("Not checked yet."))
        self.counted.emit(None)

    def _on_failed(self, error: Exception) -> None:
        self.running = False
        # A checker fault must not hide the message; say it here, where checks are read.
        self.status.setText(self.tr("The checks could not run: {error}").format(error=error))

    def _add_group(self, severity: Severity, found: list[Finding]) -> None:
        titles = {
            Severity.ERROR: self.tr("%n error(s)", "", len(found)),
            Severity.WARNING: self.tr("%n warning(s)", "", len(found)),
            Severity.INFO: self.tr("%n note(s)", "", len(found)),
        }
        group = QTreeWidgetItem(self.findings, [titles[severity]])
        group.setIcon(0, severity_icon(self, severity))
        group.setFirstColumnSpanned(True)
        for finding in found:
            message = self.mask(translated(finding.message))
            item = QTreeWidgetItem(group, [message, self.place_text(finding.where)])
            item.setData(0, _FINDING, finding)
            tip = f"{finding.rule}\n{self.mask(finding.where.excerpt)}".strip()
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)

    def _add_client(self, client: ClientSupport) -> None:
        numbers = [str(client.supported), str(client.partial), str(client.unsupported)]
        row = QTreeWidgetItem(self.clients, [f"{client.client} {client.platform}", *numbers])
        for column in (1, 2, 3):
            row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        for title in client.missing:
            QTreeWidgetItem(row, [self.tr("Not supported: {feature}").format(feature=title)])
        for text in client.partly:
            QTreeWidgetItem(row, [self.tr("Partly: {feature}").format(feature=text)])
        if client.unsupported:
            row.setIcon(0, severity_icon(self, Severity.WARNING))

    def place_text(self, where: Where) -> str:
        names = {
            "html": self.tr("HTML"),
            "text": self.tr("Text part"),
            "subject": self.tr("Subject"),
            "attachments": self.tr("Files"),
            "message": self.tr("Message"),
        }
        part = names.get(where.part, where.part)  # DocType, Head, BodyTag, Body: MailUp's names
        if not where.line:
            return part
        return self.tr("{part}, line {line}").format(part=part, line=where.line)

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        finding = item.data(0, _FINDING) if item is not None else None
        if item is None or not isinstance(finding, Finding):
            self.detail.clear()
            return
        excerpt = self.mask(finding.where.excerpt)
        self.detail.setText(
            "<b>{place}</b> · {rule}<br>{message}{excerpt}".format(
                place=escape(item.text(1)),
                rule=escape(finding.rule),
                message=escape(item.text(0)),
                excerpt=f"<br><code>{escape(excerpt)}</code>" if excerpt else "",
            )
        )

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = item.data(0, _FINDING)
        if isinstance(finding, Finding):
            self.place_requested.emit(finding.where)


def severity_icon(widget: QWidget, severity: Severity) -> QIcon:
    pixmap = {
        Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
        Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
        Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
    }[severity]
    return widget.style().standardIcon(pixmap)


def show_count(tabs: QTabWidget, index: int, report: Report | None) -> None:
    """The Checks tab's title with the number of errors and warnings, and the worst one's icon."""
    title = QCoreApplication.translate("ChecksView", "Checks")
    if report is None:
        tabs.setTabText(index, title)
        tabs.setTabIcon(index, QIcon())
        return
    problems = report.count(Severity.ERROR) + report.count(Severity.WARNING)
    tabs.setTabText(index, f"{title} ({problems})" if problems else title)
    worst = next((s for s in _ORDER[:2] if report.count(s)), None)
    tabs.setTabIcon(index, severity_icon(tabs, worst) if worst else QIcon())
    tabs.setTabToolTip(
        index,
        QCoreApplication.translate(
            "ChecksView",
            "How the message will be received: client support, accessibility, links, sizes. "
            "Errors: {errors}, warnings: {warnings}, notes: {notes}",
        ).format(
            errors=report.count(Severity.ERROR),
            warnings=report.count(Severity.WARNING),
            notes=report.count(Severity.INFO),
        ),
    )
