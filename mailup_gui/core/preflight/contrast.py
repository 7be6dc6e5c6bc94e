"""WCAG contrast of text against its background, from what the checker can resolve: inline
styles, ``color``/``bgcolor`` attributes and the ``<style>`` rules outside @media whose selectors
match (in source order, inline last; specificity and !important are not weighed). Text whose
colours all come from the reader's client is the client's business and is not judged."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import tinycss2.color4
from justhtml import SelectorError
from justhtml.dom import Element

from ...texts import QT_TRANSLATE_NOOP
from .document import Declaration, Document, attribute
from .findings import Hit, Severity
from .selectors import ElementIndex

NORMAL_RATIO = 4.5
LARGE_RATIO = 3.0
_WHITE = (1.0, 1.0, 1.0)
_BLACK = (0.0, 0.0, 0.0)
_BOLD_ELEMENTS = {"b", "strong", "h1", "h2", "h3", "th"}  # bold unless a style says otherwise
# The properties _apply reads: a style rule that sets none of them changes no look.
_LOOK_PROPERTIES = {"color", "background-color", "background", "font-size", "font-weight"}


@dataclass
class _Look:
    """The colours and font size set on one element (None: inherited or not set)."""

    color: tuple[float, float, float] | None = None
    background: tuple[float, float, float] | None = None
    font_px: float | None = None
    bold: bool | None = None


def check(document: Document) -> Iterator[Hit]:
    reported: set[tuple[str, str, bool]] = set()
    for element, look in _resolved(document):
        if (look.color is None and look.background is None) or not _has_own_text(element):
            continue  # the client's own colours, or no text of its own
        foreground = look.color or _BLACK
        behind = look.background or _WHITE
        # WCAG's large text: 18pt (24px), or 14pt (18.66px) bold.
        size = look.font_px or 16.0
        large = size >= 24 or (bool(look.bold) and size >= 18.66)
        needed = LARGE_RATIO if large else NORMAL_RATIO
        ratio = contrast_ratio(foreground, behind)
        if ratio >= needed:
            continue
        key = (_hex(foreground), _hex(behind), large)
        if key in reported:
            continue
        reported.add(key)
        yield Hit(
            "a11y/contrast",
            Severity.WARNING,
            QT_TRANSLATE_NOOP(
                "core",
                "Text in {color} on {background} has a contrast of {ratio}:1, under the "
                "{needed}:1 that WCAG asks for {size}: darken the text or lighten the background.",
            ).format(
                color=key[0],
                background=key[1],
                ratio=f"{ratio:.1f}",
                needed=f"{needed:g}",
                size=QT_TRANSLATE_NOOP("core", "large text")
                if large
                else QT_TRANSLATE_NOOP("core", "body text"),
            ),
            document.line(element),
        )


def _resolved(document: Document) -> Iterator[tuple[Element, _Look]]:
    """Each element with the colours, size and weight it shows: its own where set, else its
    parent's (a background shows through where none is set). Document order puts every parent
    before its children, so each is resolved once."""
    own = _looks(document)
    resolved: dict[int, _Look] = {}
    for element in document.elements:
        parent = resolved.get(id(element.parent)) or _Look()
        mine = own.get(id(element)) or _Look()
        bold = mine.bold
        if bold is None:
            bold = True if element.name in _BOLD_ELEMENTS else parent.bold
        look = _Look(
            mine.color or parent.color,
            mine.background or parent.background,
            mine.font_px or parent.font_px,
            bold,
        )
        resolved[id(element)] = look
        yield element, look


def contrast_ratio(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    lighter, darker = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(rgb: tuple[float, float, float]) -> float:
    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(channel) for channel in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def _looks(document: Document) -> dict[int, _Look]:
    looks: dict[int, _Look] = {}

    def look(element: Element) -> _Look:
        return looks.setdefault(id(element), _Look())

    for element in document.elements:  # presentational attributes: the weakest
        color = _color_text(attribute(element, "color")) if element.name == "font" else None
        background = _color_text(attribute(element, "bgcolor"))
        if color:
            look(element).color = color
        if background:
            look(element).background = background
    index: ElementIndex | None = None
    for rule in document.rules:
        if rule.in_at_rule or not any(d.name in _LOOK_PROPERTIES for d in rule.declarations):
            continue
        index = index or ElementIndex(document.root)
        try:
            matched = index.matched(rule.selector)
        except (SelectorError, ValueError):
            continue  # :hover and the like: not something a reader sees at first
        for element in matched:
            _apply(look(element), rule.declarations)
    for element in document.elements:
        inline = document.inline_style(element)
        if inline:
            _apply(look(element), inline)
    return looks


def _apply(look: _Look, declarations: tuple[Declaration, ...]) -> None:
    for declaration in declarations:
        name = declaration.name
        if name == "color":
            look.color = _color(declaration) or look.color
        elif name in ("background-color", "background"):
            look.background = _color(declaration) or look.background
        elif name == "font-size":
            look.font_px = _pixels(declaration) or look.font_px
        elif name == "font-weight":
            weight = declaration.text.lower()
            look.bold = weight in ("bold", "bolder") or (weight.isdigit() and int(weight) >= 700)


def _color(declaration: Declaration) -> tuple[float, float, float] | None:
    """The declaration's colour when it is one opaque colour (a background may hold more)."""
    for token in declaration.value:
        if token.type not in ("whitespace", "comment"):
            return _opaque(tinycss2.color4.parse_color(token))
    return None


def _color_text(text: str | None) -> tuple[float, float, float] | None:
    return _opaque(tinycss2.color4.parse_color(text.strip())) if text else None


def _opaque(parsed: object) -> tuple[float, float, float] | None:
    if not isinstance(parsed, tinycss2.color4.Color):
        return None  # not a colour, or currentColor
    red, green, blue, alpha = parsed.to("srgb")  # a Color iterates as its channels and alpha
    if alpha != 1 or red is None or green is None or blue is None:
        return None  # see-through, or a channel left undefined ("none")
    return (red, green, blue)


def _pixels(declaration: Declaration) -> float | None:
    for token in declaration.value:
        if token.type == "dimension" and token.lower_unit in ("px", "pt"):
            return token.value * (4 / 3 if token.lower_unit == "pt" else 1)
    return None


def _has_own_text(element: Element) -> bool:
    return any(
        child.name == "#text" and child.data and child.data.strip()
        for child in element.children or []
    )


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, channel)) * 255):02x}" for channel in rgb)
