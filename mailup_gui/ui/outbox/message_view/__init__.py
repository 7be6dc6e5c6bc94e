"""The message view: a stored message (an .eml and what the sandbox knows of it) as a mail
app and a mail tester show it. Shared: any pane may use it; it imports no pane."""

from .view import MessageView

__all__ = ["MessageView"]
