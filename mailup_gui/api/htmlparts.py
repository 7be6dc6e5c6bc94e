"""HtmlDTO and whole HTML documents: MailUp takes the document in parts.

``Body`` is only what goes inside ``<body>``; ``BodyTag`` is the opening tag itself (with its
attributes), ``Head`` the content of ``<head>``, ``DocType`` the declaration.
"""

from __future__ import annotations

import re

from .dto import Html

_DOCTYPE = re.compile(r"^\s*(<!doctype[^>]*>)", re.IGNORECASE)
_HEAD = re.compile(r"<head\b[^>]*>(.*?)</head\s*>", re.IGNORECASE | re.DOTALL)
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.IGNORECASE)
_BODY_CLOSE = re.compile(r"</body\s*>", re.IGNORECASE)


def html_document(html: Html) -> str:
    """The full document from HtmlDTO's parts, as MailUp assembles it."""
    return "\n".join(
        [
            *([html.doc_type] if html.doc_type else []),
            "<html>",
            f"<head>{html.head or ''}</head>",
            html.body_tag or "<body>",
            html.body,
            "</body>",
            "</html>",
        ]
    )


def split_document(document: str) -> Html:
    """HtmlDTO parts from a whole document pasted or opened from a file.

    A fragment with no ``<body>`` is all Body. Parts the document does not have stay unset,
    so MailUp's defaults apply.
    """
    doctype = _DOCTYPE.match(document)
    head = _HEAD.search(document)
    opening = _BODY_OPEN.search(document)
    if opening is None:
        body = document[doctype.end() :] if doctype else document
        return Html(
            body=body.strip(),
            doc_type=doctype.group(1) if doctype else None,
            head=head.group(1).strip() if head else None,
        )
    closings = list(_BODY_CLOSE.finditer(document, opening.end()))
    end = closings[-1].start() if closings else len(document)
    body_tag = opening.group(0)
    return Html(
        body=document[opening.end() : end].strip("\n"),
        doc_type=doctype.group(1) if doctype else None,
        head=head.group(1).strip() if head else None,
        body_tag=None if body_tag.lower() == "<body>" else body_tag,
    )


def looks_like_document(text: str) -> bool:
    """Whether pasted HTML is a whole document (to be split) rather than a body fragment."""
    return bool(
        _DOCTYPE.match(text) or _BODY_OPEN.search(text) or re.search(r"<html\b", text, re.I)
    )
