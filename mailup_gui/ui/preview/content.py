"""Serves the message being previewed: its document and its ``cid:`` images, from memory."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import unquote

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl
from PySide6.QtWebEngineCore import QWebEngineUrlRequestJob, QWebEngineUrlSchemeHandler

from .schemes import CID, DOCUMENT

Images = Mapping[str, tuple[bytes, str]]  # ContentId -> (bytes, MIME type)


class MessageContent(QWebEngineUrlSchemeHandler):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._html = b""
        self._images: Images = {}
        self._generation = 0

    def publish(self, html: str, images: Images) -> QUrl:
        """Serve this message; returns the document's URL, new on every call so that the page
        can tell this load from any earlier one."""
        self._html = html.encode("utf-8")
        self._images = dict(images)
        self._generation += 1
        return QUrl(f"{DOCUMENT}:message-{self._generation}")

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:
        url = job.requestUrl()
        if url.scheme() == DOCUMENT and url.path() == f"message-{self._generation}":
            self._reply(job, b"text/html;charset=utf-8", self._html)
        elif url.scheme() == CID and (image := _find(self._images, url)) is not None:
            self._reply(job, image[1].encode("ascii", "replace"), image[0])
        else:
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)

    @staticmethod
    def _reply(job: QWebEngineUrlRequestJob, mime: bytes, data: bytes) -> None:
        buffer = QBuffer(job)  # the job owns the buffer: it lives exactly as long as the reply
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime, buffer)


def _find(images: Images, url: QUrl) -> tuple[bytes, str] | None:
    """A cid: URL is the ContentId, percent-encoded (RFC 2392)."""
    return images.get(unquote(url.path(QUrl.ComponentFormattingOption.FullyEncoded)))
