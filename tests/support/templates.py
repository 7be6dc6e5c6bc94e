"""Driving the Templates pane as a person does, for the templates tests."""

from mailup_gui.ui.templates.source import State
from support.compose import type_into


def templates_in_front(window, monkeypatch, *, accept_unfilled: bool = True):
    """The Templates pane in front, its send confirmation answered "Send" (and, with
    ``accept_unfilled``, the question about merge tags without a value too)."""
    pane = window.templates
    window.tabs.setCurrentWidget(window.templates_page)
    monkeypatch.setattr(pane.controller, "confirm_send", lambda profile, draft: True)
    if accept_unfilled:
        monkeypatch.setattr(pane.controller, "confirm_unfilled", lambda tags, subject: True)
    return pane


def pick(qtbot, pane, template_id: str, state: State) -> None:
    """Type ``template_id`` and wait until the pane's source has it in ``state``."""
    type_into(qtbot, pane.template_page.template_id, template_id)
    qtbot.waitUntil(
        lambda: pane.source.template_id == int(template_id) and pane.source.state is state,
        timeout=10_000,
    )
