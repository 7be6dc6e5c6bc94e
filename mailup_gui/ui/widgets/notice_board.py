"""The window's notices as data: each kept by its source under a key, shown by the window's one
``NoticeArea`` (``notice_area.py``), never stacked as strips of their own.

A source asks the board once for its ``Notice`` (a pane's result, the keyring's warning…) and
sets it as often as it likes: the same key is the same notice, replaced, never a second one.
Each notice belongs to a pane, or to the whole window (``pane=None``), and names the causes
that make it stale (``clears_on``). The one rule of clearing is ``NoticeBoard.gone``: when a
cause happens (a profile switched, another message loaded, a send made, a field edited), every
notice that names it goes. Callers say what happened, never which notices to hide.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import count
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal


class Cause(enum.StrEnum):
    """What makes a notice stale (a field's edit is ``field_edited(head)``)."""

    PROFILE = "profile"  # another profile is the active one
    MESSAGE = "message"  # another message is on screen: a draft loaded, New, another template
    SEND = "send"  # a new send was asked for: the last attempt's words are old news


def field_edited(head: str) -> str:
    """The cause for an edit of the field MailUp calls ``head`` (``Cc``, ``From``…)."""
    return f"field:{head}"


SEVERITY = {"error": 0, "warning": 1, "info": 2}  # most severe first


@dataclass(eq=False)  # one button: the same only as itself
class NoticeAction:
    """A button of a notice; ``visible`` False leaves it out while the notice shows."""

    text: str
    callback: Callable[[], None]
    tooltip: str = ""
    visible: bool = True
    _notice: Notice | None = field(default=None, repr=False)

    def setVisible(self, visible: bool) -> None:  # as the button it stands for
        if visible != self.visible:
            self.visible = visible
            if self._notice is not None:
                self._notice.changed()

    def isVisible(self) -> bool:
        return self.visible

    def trigger(self) -> None:
        self.callback()


class Notice:
    """One notice: its kind (info, warning, error), rich text, actions and whether it shows."""

    def __init__(
        self,
        board: NoticeBoard,
        pane: str | None,
        key: str,
        kind: str,
        clears_on: Iterable[str],
        closable: bool,
    ) -> None:
        self.board, self.pane, self.key = board, pane, key
        self.kind = kind
        self.text = ""
        self.clears_on = frozenset(clears_on)
        self.closable = closable
        self.actions: list[NoticeAction] = []
        self.on_close: Callable[[], None] | None = None  # besides hiding it
        self.stamp = 0  # when it was last shown: the newest first among the same kind
        self._shown = False

    # ----- set by its source --------------------------------------------------------------
    def set_kind(self, kind: str) -> None:
        if kind != self.kind:
            self.kind = kind
            self.changed()

    def set_message(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.changed()

    def add_action(
        self, text: str, callback: Callable[[], None], tooltip: str = ""
    ) -> NoticeAction:
        action = NoticeAction(text, callback, tooltip, _notice=self)
        self.actions.append(action)
        self.changed()
        return action

    def show(self) -> None:
        self.setVisible(True)

    def hide(self) -> None:
        self.setVisible(False)

    def setVisible(self, visible: bool) -> None:  # as the banners it replaces
        if visible == self._shown:
            return
        self._shown = visible
        if visible:
            self.stamp = next(self.board.clock)
        self.changed()

    def isVisible(self) -> bool:
        return self._shown

    def isHidden(self) -> bool:
        return not self._shown

    def close(self) -> None:
        """The user closed it: hidden until its source shows it again."""
        self.hide()
        if self.on_close is not None:
            self.on_close()

    def changed(self) -> None:
        self.board.changed.emit(self)


class NoticeBoard(QObject):
    """Every notice of a window, by pane and key."""

    changed = Signal(object)  # the Notice that changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._notices: dict[tuple[str | None, str], Notice] = {}
        self.clock = count(1)

    def notice(
        self,
        pane: str | None,
        key: str,
        kind: str = "info",
        *,
        clears_on: Iterable[str] = (),
        closable: bool = True,
    ) -> Notice:
        """The notice of ``pane`` (None: the whole window's) kept under ``key``, made hidden
        the first time it is asked for."""
        found = self._notices.get((pane, key))
        if found is None:
            found = Notice(self, pane, key, kind, clears_on, closable)
            self._notices[(pane, key)] = found
        return found

    def find(self, pane: str | None, key: str) -> Notice | None:
        return self._notices.get((pane, key))

    def shown(self, pane: str | None) -> list[Notice]:
        """The notices on screen over ``pane``: the window's and the pane's, the most
        severe first; among the same kind the window's first (a sandbox that is down
        explains every refusal below it), then the newest."""
        shown = [
            notice
            for notice in self._notices.values()
            if notice.isVisible() and notice.pane in (None, pane)
        ]
        return sorted(
            shown,
            key=lambda notice: (
                SEVERITY.get(notice.kind, 2),
                notice.pane is not None,
                -notice.stamp,
            ),
        )

    def gone(self, causes: Iterable[str], pane: str | None = None) -> None:
        """``causes`` happened (in ``pane``; None: in every pane): the notices they make
        stale go."""
        causes = set(causes)
        for notice in list(self._notices.values()):
            if pane is not None and notice.pane != pane:
                continue
            if notice.clears_on & causes:
                notice.hide()

    def channel(self, pane: str) -> NoticeChannel:
        return NoticeChannel(self, pane)


class NoticeChannel(NamedTuple):
    """A pane's way to the board: its notices, and the causes that happen in it."""

    board: NoticeBoard
    pane: str

    def notice(
        self,
        key: str,
        kind: str = "info",
        *,
        clears_on: Iterable[str] = (),
        closable: bool = True,
    ) -> Notice:
        return self.board.notice(self.pane, key, kind, clears_on=clears_on, closable=closable)

    def find(self, key: str) -> Notice | None:
        return self.board.find(self.pane, key)

    def gone(self, *causes: str) -> None:
        self.board.gone(causes, self.pane)

    def shown(self) -> list[Notice]:
        """The pane's own notices on screen (not the window's)."""
        return [notice for notice in self.board.shown(self.pane) if notice.pane == self.pane]
