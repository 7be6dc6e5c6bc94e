"""Accessibility rules: alt texts, the language, layout tables, vague link texts."""

from __future__ import annotations

from collections.abc import Iterator

from justhtml.dom import Element

from ...texts import QT_TRANSLATE_NOOP
from .document import Document, attribute, text_of
from .findings import Hit, Severity

# Link texts that say nothing out of context (screen readers list links by their text).
VAGUE_LINK_TEXTS = {
    "click here", "click", "here", "this link", "link", "more", "read more", "learn more",
    "qui", "clicca qui", "clicca", "questo link", "altro", "leggi", "leggi di più",
    "scopri di più", "di più",
}  # fmt: skip
# A table with one of these holds data, not layout.
_DATA_TABLE_PARTS = {"th", "thead", "caption"}


def check(document: Document) -> Iterator[Hit]:
    yield from _img_alt(document)
    yield from _lang(document)
    yield from _table_role(document)
    yield from _link_text(document)


def _img_alt(document: Document) -> Iterator[Hit]:
    for element in document.elements:
        if element.name == "img" and attribute(element, "alt") is None:
            yield Hit(
                "a11y/img-alt",
                Severity.WARNING,
                QT_TRANSLATE_NOOP(
                    "core",
                    "An image has no alt attribute: readers with images off or a screen reader "
                    'get nothing. Describe it in alt="…", or write alt="" for a spacer.',
                ),
                document.line(element),
            )


def _lang(document: Document) -> Iterator[Hit]:
    body = next((element for element in document.elements if element.name == "body"), None)
    wrappers = [element for element in document.elements if element.name == "html"]
    current = body
    while current is not None:  # <body>, then the element that wraps all its content
        wrappers.append(current)
        current = _only_child(current)
    if any((attribute(element, "lang") or "").strip() for element in wrappers):
        return
    yield Hit(
        "a11y/lang",
        Severity.WARNING,
        QT_TRANSLATE_NOOP(
            "core",
            "The message does not say its language, so screen readers may read it with the "
            'wrong voice: add lang="…" to the body tag (BodyTag, e.g. <body lang="en">) or '
            "to the element that wraps the content.",
        ),
        document.line(body) if body is not None else 0,
    )


def _only_child(element: Element) -> Element | None:
    """The one element inside ``element`` when nothing else (no text) is beside it."""
    found = None
    for child in element.children or []:
        if child.name == "#text":
            if child.data and child.data.strip():
                return None
        elif child.name == "#comment":
            continue
        elif found is None and isinstance(child, Element):
            found = child
        else:
            return None
    return found


def _table_role(document: Document) -> Iterator[Hit]:
    for element in document.elements:
        if element.name != "table":
            continue
        role = (attribute(element, "role") or "").strip().lower()
        if role in ("presentation", "none") or _holds_data(element):
            continue
        yield Hit(
            "a11y/table-role",
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "core",
                'A layout table has no role="presentation": screen readers announce its rows '
                'and cells. Add role="presentation" to the <table>.',
            ),
            document.line(element),
        )


def _holds_data(table: Element) -> bool:
    if attribute(table, "role") or attribute(table, "summary"):
        return True  # a role other than presentation: the author meant it
    stack = list(table.children or [])
    while stack:
        node = stack.pop()
        if node.name == "table":
            continue  # a nested table answers for itself
        if node.name in _DATA_TABLE_PARTS:
            return True
        stack.extend(node.children or [] if isinstance(node, Element) else [])
    return False


def _link_text(document: Document) -> Iterator[Hit]:
    for element in document.elements:
        if element.name != "a" or attribute(element, "aria-label"):
            continue
        text = text_of(element).strip(" .:!?…»>").lower()
        if text in VAGUE_LINK_TEXTS:
            yield Hit(
                "a11y/link-text",
                Severity.INFO,
                QT_TRANSLATE_NOOP(
                    "core",
                    "The link text “{text}” says nothing out of context: name where it leads "
                    "(e.g. “Reset your password”).",
                ).format(text=text_of(element)),
                document.line(element),
            )
