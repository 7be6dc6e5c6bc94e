"""Which caniemail features a message uses: HTML elements and attributes, image formats, CSS
properties and values, units, functions, selectors and at-rules, each named by its caniemail
slug, with the first delivered line that uses it."""

from __future__ import annotations

from typing import Any

from .document import Declaration, Document

# Elements and attributes that have a feature of their own under another name.
_ELEMENT_FEATURES = {
    **{f"h{level}": "html-h1-h6" for level in range(1, 7)},
    **dict.fromkeys(("ul", "ol", "li", "dl", "dt", "dd"), "html-lists"),
    **dict.fromkeys(
        (
            "article", "aside", "details", "figcaption", "figure", "footer", "header",
            "main", "mark", "nav", "section", "summary", "time",
        ),
        "html-semantics",
    ),
    "map": "html-image-maps",
    "area": "html-image-maps",
}  # fmt: skip
# Attributes with a feature of their own (``style`` is not one: html-style is the element).
_ATTRIBUTE_FEATURES = {
    **{
        name: f"html-{name}"
        for name in (
            "align", "background", "cellpadding", "cellspacing", "dir", "height", "width",
            "valign", "lang", "role", "hidden", "required", "srcset", "target", "popover",
            "aria-describedby", "aria-hidden", "aria-label", "aria-labelledby", "aria-live",
        )
    },
    "loading": "html-loading-attribute",
    "inert": "css-inert-attribute",
}  # fmt: skip
_IMAGE_FORMATS = {"jpeg": "jpg", "tif": "tiff", "heic": "heif"}
_CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
# Properties that caniemail files under another page; the rest are css-<property>, or their
# family's page (_FAMILIES) when caniemail has none of their own.
_PROPERTY_FEATURES = {
    **dict.fromkeys(("top", "left", "right", "bottom"), "css-left-right-top-bottom"),
    **dict.fromkeys(("margin-inline", "margin-block"), "css-margin-inline-block"),
    **dict.fromkeys(("padding-inline", "padding-block"), "css-padding-inline-block"),
    **dict.fromkeys(("margin-inline-start", "margin-inline-end"), "css-margin-inline-start-end"),
    **dict.fromkeys(("margin-block-start", "margin-block-end"), "css-margin-block-start-end"),
    **dict.fromkeys(("padding-inline-start", "padding-inline-end"), "css-padding-inline-start-end"),
    **dict.fromkeys(("padding-block-start", "padding-block-end"), "css-padding-block-start-end"),
    **dict.fromkeys(("block-size", "inline-size"), "css-block-inline-size"),
    **dict.fromkeys(("column-gap", "row-gap"), "css-gap"),
    **dict.fromkeys(("grid-template-columns", "grid-template-rows"), "css-grid-template"),
    **{f"border-{corner}-radius": "css-border-radius" for corner in _CORNERS},
}
_FAMILIES = ("border", "margin", "padding", "background", "outline", "list-style", "overflow")
_DISPLAY = {
    "flex": "css-display-flex",
    "inline-flex": "css-display-flex",
    "grid": "css-display-grid",
    "inline-grid": "css-display-grid",
    "none": "css-display-none",
}
_FUNCTIONS = {
    "linear-gradient": "css-linear-gradient",
    "repeating-linear-gradient": "css-linear-gradient",
    "radial-gradient": "css-radial-gradient",
    "repeating-radial-gradient": "css-radial-gradient",
    "conic-gradient": "css-conic-gradient",
    "calc": "css-unit-calc",
    "clamp": "css-function-clamp",
    "min": "css-function-min",
    "max": "css-function-max",
    "light-dark": "css-function-light-dark",
    "var": "css-variables",
    "rgb": "css-rgb",
    "rgba": "css-rgba",
    **dict.fromkeys(("lch", "oklch", "lab", "oklab"), "css-modern-color"),
}
_KEYWORDS = {
    "initial": "css-unit-initial",
    **dict.fromkeys(("fit-content", "min-content", "max-content"), "css-intrinsic-size"),
    **dict.fromkeys(
        ("system-ui", "ui-serif", "ui-sans-serif", "ui-rounded", "ui-monospace"), "css-sytem-ui"
    ),
}
_MEDIA_FEATURES = {
    "prefers-color-scheme": "css-at-media-prefers-color-scheme",
    "prefers-reduced-motion": "css-at-media-prefers-reduced-motion",
    "orientation": "css-at-media-orientation",
    "hover": "css-at-media-hover",
    "any-hover": "css-at-media-hover",
}
_PSEUDO_ELEMENTS = {"before", "after", "first-letter", "first-line", "marker", "placeholder"}
_COMBINATORS = {">": "css-selector-child", "+": "css-selector-adjacent-sibling"}
_COMBINATORS["~"] = "css-selector-general-sibling"


def used_features(document: Document, known: set[str]) -> dict[str, int]:
    """caniemail slug → the first line that uses it, for the slugs in ``known``."""
    found: dict[str, int] = {}
    # Equal style attributes share their parsed values (document._inline_declarations), so a
    # value's identity stands for its text while the document lives: each is read once.
    read: dict[tuple[str, int, bool], list[str]] = {}

    def use(slug: str, line: int) -> None:
        if slug in known and slug not in found:
            found[slug] = line

    def declaration_slugs(declaration: Declaration) -> list[str]:
        key = (declaration.name, id(declaration.value), declaration.important)
        if key not in read:
            read[key] = _declaration_features(declaration, known)
        return read[key]

    if document.has_doctype:
        use("html-doctype", 1)
    for line in document.html_comment_lines:
        use("html-comments", line)
    for line in document.css_comment_lines:
        use("css-comments", line)
    for element in document.elements:
        line = document.line(element)
        for slug in _element_features(element.name, element.attrs or {}):
            use(slug, line)
        for declaration in document.inline_style(element):
            for slug in declaration_slugs(declaration):
                use(slug, declaration.line)
    for rule in document.rules:
        for slug in _selector_features(rule.prelude):
            use(slug, rule.line)
        for declaration in rule.declarations:
            for slug in declaration_slugs(declaration):
                use(slug, declaration.line)
    for at_rule in document.at_rules:
        use(f"css-at-{at_rule.keyword}", at_rule.line)
        if at_rule.keyword == "media":
            for slug in _media_features(at_rule.prelude):
                use(slug, at_rule.line)
    return found


def _element_features(name: str, attrs: dict[str, str | None]) -> list[str]:
    slugs = [_ELEMENT_FEATURES.get(name, f"html-{name}")]
    kind = (attrs.get("type") or "").lower()
    if name == "input" and kind:
        slugs.append(f"html-input-{kind}")
    if name == "button" and kind in ("reset", "submit"):
        slugs.append(f"html-button-{kind}")
    if name == "meta" and (attrs.get("name") or "").lower() == "color-scheme":
        slugs.append("html-meta-color-scheme")
    slugs += [_ATTRIBUTE_FEATURES[attr] for attr in attrs if attr in _ATTRIBUTE_FEATURES]
    if attrs.get("usemap"):
        slugs.append("html-image-maps")
    href = (attrs.get("href") or "").strip().lower() if name == "a" else ""
    if href.startswith("#"):
        slugs.append("html-anchor-links")
    elif href.startswith("mailto:"):
        slugs.append("html-mailto-links")
    if name == "img":
        slugs.extend(_image_format(attrs.get("src") or ""))
    return slugs


def _image_format(src: str) -> list[str]:
    src = src.strip().lower()
    if src.startswith("data:"):
        return ["image-base64"]
    path = src.split("?", 1)[0].split("#", 1)[0]
    extension = path.rpartition(".")[2] if "." in path.rpartition("/")[2] else ""
    return [f"image-{_IMAGE_FORMATS.get(extension, extension)}"] if extension else []


def _declaration_features(declaration: Declaration, known: set[str]) -> list[str]:
    name = declaration.name
    slugs = ["css-important"] if declaration.important else []
    if name.startswith("--"):
        return [*slugs, "css-variables"]
    slugs.append(_property_feature(name, known))
    if name == "display":
        keyword = declaration.text.lower()
        if keyword in _DISPLAY:
            slugs.append(_DISPLAY[keyword])
    slugs.extend(_value_features(declaration.value))
    return slugs


def _property_feature(name: str, known: set[str]) -> str:
    """The property's page, else its family's (``margin-top`` is on ``margin``'s)."""
    if name in _PROPERTY_FEATURES:
        return _PROPERTY_FEATURES[name]
    if f"css-{name}" in known:
        return f"css-{name}"
    family = next((item for item in _FAMILIES if name.startswith(item + "-")), "")
    return f"css-{family}" if family else ""


def _value_features(values: list[Any]) -> list[str]:
    slugs = []
    for token in values:
        if token.type == "dimension":
            slugs.append(f"css-unit-{token.lower_unit}")
        elif token.type == "percentage":
            slugs.append("css-unit-percent")
        elif token.type == "ident" and token.lower_value in _KEYWORDS:
            slugs.append(_KEYWORDS[token.lower_value])
        elif token.type == "function":
            slugs.append(_FUNCTIONS.get(token.lower_name, ""))
            slugs.extend(_value_features(token.arguments))
    return slugs


def _selector_features(prelude: list[Any]) -> list[str]:
    """Selector kinds used by a rule's selector list, read from its tokens."""
    slugs = []
    compound = 0  # simple selectors in the current compound selector
    colons = 0  # 1 after ':', 2 after '::'
    class_next = descendant = False
    for token in prelude:
        kind = token.type
        value = getattr(token, "value", None)
        if kind == "literal" and value == ":":
            colons += 1
            continue
        if kind == "literal" and value == ".":
            class_next = True
            continue
        if kind == "whitespace":
            descendant = descendant or compound > 0
            compound = 0
            continue
        if kind == "literal" and value in (*_COMBINATORS, ","):
            slugs.append(_COMBINATORS.get(value, "css-selector-grouping"))
            compound = 0
            descendant = False
            continue
        if colons:
            name = token.lower_name if kind == "function" else getattr(token, "lower_value", "")
            element = colons == 2 or name in ("before", "after")
            slugs.append(f"css-pseudo-{'element' if element else 'class'}-{name}")
        elif class_next:
            slugs.append("css-selector-class")
        elif kind == "literal" and value == "*":
            slugs.append("css-selector-universal")
        else:
            slugs.append(_SIMPLE.get(kind, ""))
        colons = 0
        class_next = False
        if descendant:
            slugs.append("css-selector-descendant")
            descendant = False
        compound += 1
        if compound == 2:
            slugs.append("css-selector-chaining")
    return [slug for slug in slugs if slug]


_SIMPLE = {"ident": "css-selector-type", "hash": "css-selector-id"}
_SIMPLE["[] block"] = "css-selector-attribute"


def _media_features(prelude: list[Any]) -> list[str]:
    slugs = []
    for token in prelude:
        if token.type == "() block":
            for inner in token.content:
                name = getattr(inner, "lower_value", "") if inner.type == "ident" else ""
                if name in _MEDIA_FEATURES:
                    slugs.append(_MEDIA_FEATURES[name])
                elif "device-pixel-ratio" in name or name.endswith("resolution"):
                    slugs.append("css-at-media-device-pixel-ratio")
    return slugs
