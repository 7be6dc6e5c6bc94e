"""The message preview: what the recipient will see, rendered without a single request."""

from .schemes import register_schemes
from .widget import MessagePreview

__all__ = ["MessagePreview", "register_schemes"]
