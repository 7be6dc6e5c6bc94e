"""Benchmark: the dashboard with a ListUserInfo answer of 10,000 SMTP+ users.

Run: python tests/benchmarks/dashboard_10k.py [runs]

(a) response → table: ``decode_body`` + ``parse_user_list`` of the answer's bytes, the rows,
    the model (a fresh one, and one already holding the users with 100 of them changed), the
    filter proxy and a repaint of the visible table. Goal: <= 150 ms.
(b) a filter keystroke: one more character in the text filter over 10,000 rows. Goal: <= 16 ms.
Baselines in the same run: ``json.loads`` of the same bytes; a ``QStandardItemModel`` filled
with the same 10,000 x 10 strings behind a plain ``QSortFilterProxyModel``, and its
``setFilterFixedString`` keystroke. Medians over the runs; a report, not a test.
"""

from __future__ import annotations

import gc
import json
import os
import statistics
import sys
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from mailup_gui.api.responses import decode_body, parse_user_list
from mailup_gui.ui.dashboard.model import user_rows, user_table_model
from mailup_gui.ui.dashboard.proxy import UserFilterProxy
from mailup_gui.ui.privacy import Privacy

USERS = 10_000
CHANGED = 100


def user(i: int, *, changed: bool = False) -> dict:
    return {
        "Username": f"s{10000 + i // 20}_{i % 20 + 1}",
        "IdConsole": 10000 + i // 20,
        "IdList": 1 + i % 3,
        "IsEnabled": i % 50 != 0,
        "Priority": 1 + i % 5,
        "Note": f"Integration {i} of the web shop",
        "CreationDate": "2024-03-01T09:00:00+00:00",
        "UpdateDate": "2026-03-01T09:00:00+00:00" if changed else "2025-03-01T09:00:00+00:00",
        "DomainList": "example.com;example.org",
        "SenderList": f"shop{i}@example.com",
        "BlockUntil": "2030-01-01T00:00:00+00:00" if i % 7 == 0 else None,
        "AdminBlock": (i % 97 == 0) != changed,
    }


def answer(changed: set[int] = frozenset()) -> bytes:
    users = [user(i, changed=i in changed) for i in range(USERS)]
    return json.dumps({"Status": "done", "Code": "0", "Message": "ok", "UserList": users}).encode()


class Table:
    """The dashboard's model, proxy and a visible view, sorted by username as the pane is."""

    def __init__(self) -> None:
        self.model = user_table_model(Privacy())
        self.proxy = UserFilterProxy(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.resize(1000, 700)
        self.view.show()

    def show(self, body: bytes) -> None:
        users = parse_user_list(200, decode_body(200, body, "application/json"))
        self.model.set_rows(user_rows(users, previous=self.model.rows_by_key()))
        self.proxy.rowCount()
        self.view.viewport().repaint()


def standard_model_fill(strings: list[list[str]]) -> QStandardItemModel:
    model = QStandardItemModel(0, len(strings[0]))
    for row in strings:
        model.appendRow([QStandardItem(text) for text in row])
    return model


def median_ms(runs: int, setup: Callable[[], object], timed: Callable[[object], object]) -> float:
    times = []
    for _ in range(runs):
        state = setup()
        gc.collect()  # the tables of earlier runs are gone, as in the app
        started = time.perf_counter()
        timed(state)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    app = QApplication.instance() or QApplication([])
    body = answer()
    changed_body = answer(set(range(0, USERS, USERS // CHANGED)))

    def held() -> Table:
        table = Table()
        table.show(body)
        return table

    fresh = median_ms(runs, Table, lambda table: table.show(body))
    diff = median_ms(runs, held, lambda table: table.show(changed_body))
    loads = median_ms(runs, lambda: None, lambda _: json.loads(body))

    sample = held()
    model = sample.model
    strings = [[model.data(model.index(r, c)) for c in range(10)] for r in range(USERS)]
    standard = median_ms(runs, lambda: None, lambda _: standard_model_fill(strings))

    def filtered(prefix: str) -> Callable[[], Table]:
        def setup() -> Table:
            sample.proxy.set_text_filter(prefix)
            return sample

        return setup

    keystroke = median_ms(
        runs * 3,
        filtered("integration 1"),
        lambda table: table.proxy.set_text_filter("integration 12"),
    )
    plain = QSortFilterProxyModel()
    plain.setSourceModel(standard_model_fill(strings))
    plain.setFilterKeyColumn(5)

    def plain_setup() -> QSortFilterProxyModel:
        plain.setFilterFixedString("Integration 1")
        return plain

    plain_keystroke = median_ms(
        runs * 3, plain_setup, lambda proxy: proxy.setFilterFixedString("Integration 12")
    )
    shown = sample.proxy.rowCount()
    app.processEvents()

    print(f"{USERS} users, {len(body) / 1e6:.1f} MB of JSON, medians of {runs} runs")
    print(f"(a) response → table, fresh model      {fresh:7.1f} ms   goal <= 150 ms")
    print(f"    response → table, {CHANGED} changed      {diff:7.1f} ms   goal <= 150 ms")
    print(
        f"    baseline json.loads                  {loads:7.1f} ms   "
        f"ratio {fresh / loads:.1f}x / {diff / loads:.1f}x"
    )
    print(
        f"    baseline QStandardItemModel fill     {standard:7.1f} ms   "
        f"ratio {fresh / standard:.2f}x / {diff / standard:.2f}x"
    )
    print(f"(b) filter keystroke ({shown} rows left)   {keystroke:7.2f} ms   goal <= 16 ms")
    print(
        f"    baseline QSortFilterProxyModel       {plain_keystroke:7.2f} ms   "
        f"ratio {keystroke / plain_keystroke:.2f}x"
    )


if __name__ == "__main__":
    main()
