"""A check leaves the garbage collector nothing to do: while it runs the collector is held off
(a full collection walks every object of the process with the interpreter lock held, and the
GUI thread waits that long), and its parsed tree is freed when it ends, not left as cyclic
garbage for a later collection on whichever thread starts it."""

import gc
import threading

import pytest

from mailup_gui.core.preflight import checker, collector
from mailup_gui.core.preflight.checker import check
from mailup_gui.core.preflight.delivered import from_html

ARTICLE = """<table role="presentation" width="100%"><tr><td style="padding:24px;color:#444444">
<a href="https://news.example.com/a/{n}"><img src="https://cdn.example.com/{n}.jpg" alt="A"></a>
<p style="font-size:16px">Story {n}: what happened this week, and why it matters.</p>
</td></tr></table>
"""
MESSAGE = '<html lang="en"><body>{}</body></html>'.format(
    "".join(ARTICLE.format(n=n) for n in range(300))
)


@pytest.fixture
def collector_on():
    gc.collect()
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


def test_no_collection_runs_while_a_check_runs(collector_on):
    message = from_html(MESSAGE)
    check(message)  # the caniemail data loaded once
    gc.collect()  # counts from 0: the few objects made before the hold start nothing
    runs = []

    def record(phase, info):
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(record)
    try:
        check(message)
    finally:
        gc.callbacks.remove(record)
    # At most a young collection as it ends (lists and dicts freed to a free list leave the
    # count grown); before, ~40 of them, and a full one when enough objects survived.
    assert runs in ([], [0])
    assert gc.isenabled()


def test_a_check_leaves_no_cyclic_garbage(collector_on):
    message = from_html(MESSAGE)
    gc.disable()  # nothing collected but by the count below
    try:
        check(message)
        assert gc.collect() == 0  # before: the whole tree (~19,000 objects here)
    finally:
        gc.enable()


def test_a_check_leaves_a_collector_that_was_off_off(collector_on):
    gc.disable()
    try:
        check(from_html("<p>x</p>"))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_failing_check_resumes_the_collector(collector_on, monkeypatch):
    def broken(document):
        raise RuntimeError("rule failed")

    monkeypatch.setattr(checker.contrast, "check", broken)
    with pytest.raises(RuntimeError):
        check(from_html("<p>x</p>"))
    assert gc.isenabled()


def test_checks_on_two_threads_hold_it_until_the_last_ends(collector_on):
    first_in, first_may_end = threading.Event(), threading.Event()

    def first():
        with collector.collection_held():
            first_in.set()
            first_may_end.wait(10)

    thread = threading.Thread(target=first)
    thread.start()
    assert first_in.wait(10)
    with collector.collection_held():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the first check still runs
    first_may_end.set()
    thread.join(10)
    assert gc.isenabled()
