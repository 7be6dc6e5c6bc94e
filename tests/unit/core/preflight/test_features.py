"""Which caniemail features a message uses."""

import pytest

from mailup_gui.core.preflight.caniemail import known_features
from mailup_gui.core.preflight.document import parse
from mailup_gui.core.preflight.features import used_features


def used(html: str) -> dict[str, int]:
    return used_features(parse(html), known_features())


@pytest.mark.parametrize(
    ("css", "slug"),
    [
        ("p.x { color: red }", "css-selector-chaining"),
        ("td > a { color: red }", "css-selector-child"),
        ("h1 + p { color: red }", "css-selector-adjacent-sibling"),
        ("h1 ~ p { color: red }", "css-selector-general-sibling"),
        (".a .b { color: red }", "css-selector-descendant"),
        ("a:hover { color: red }", "css-pseudo-class-hover"),
        ("p::first-line { color: red }", "css-pseudo-element-first-line"),
        ("[data-x] { color: red }", "css-selector-attribute"),
        ("#main { color: red }", "css-selector-id"),
        (
            "@media (prefers-color-scheme: dark) { p { color: red } }",
            "css-at-media-prefers-color-scheme",
        ),
        ("@font-face { font-family: X; src: url(x.woff) }", "css-at-font-face"),
        ("p { margin-top: calc(1px + 1em) }", "css-unit-calc"),
        ("p { border-top-width: 2px }", "css-border"),
        ("p { color: red !important }", "css-important"),
        ("p { --accent: red; color: var(--accent) }", "css-variables"),
        ("/* note */ p { color: red }", "css-comments"),
    ],
)
def test_style_sheet_features(css, slug):
    assert slug in used(f"<html><head><style>{css}</style></head><body><p>x</p></body></html>")


def test_a_class_selector_is_not_a_type_selector():
    found = used("<style>.x { color: red }</style><p class=x>x</p>")
    assert "css-selector-class" in found
    assert "css-selector-type" not in found


@pytest.mark.parametrize(
    ("html", "slug"),
    [
        ('<div style="display:flex">x</div>', "css-display-flex"),
        ('<div style="background:linear-gradient(red, blue)">x</div>', "css-linear-gradient"),
        ('<p style="width:50vw">x</p>', "css-unit-vw"),
        ("<ul><li>x</li></ul>", "html-lists"),
        ("<h2>x</h2>", "html-h1-h6"),
        ('<img src="https://x.example/a.webp?v=2" alt="">', "image-webp"),
        ('<img src="data:image/png;base64,AAAA" alt="">', "image-base64"),
        ('<a href="mailto:a@example.com">x</a>', "html-mailto-links"),
        ('<a href="#top">x</a>', "html-anchor-links"),
        ('<table><tr><td valign="top">x</td></tr></table>', "html-valign"),
        ('<meta name="color-scheme" content="light dark">', "html-meta-color-scheme"),
        ('<input type="checkbox">', "html-input-checkbox"),
    ],
)
def test_markup_features(html, slug):
    assert slug in used(html)


@pytest.mark.parametrize(
    ("css", "slug", "not_slug"),
    [
        ("border-radius: 4px", "css-border-radius", "css-border"),
        ("border-top-left-radius: 4px", "css-border-radius", "css-border"),
        ("background-color: #fff", "css-background-color", "css-background"),
        ("margin-top: 4px", "css-margin", None),
    ],
)
def test_a_property_counts_for_its_own_page_before_its_family(css, slug, not_slug):
    found = used(f'<p style="{css}">x</p>')
    assert slug in found
    assert not_slug not in found


def test_the_style_attribute_is_not_the_style_element():
    assert "html-style" not in used('<p style="color:red">x</p>')


def test_the_first_line_that_uses_a_feature_is_kept():
    found = used('<p>a</p>\n<div style="display:flex">b</div>\n<div style="display:flex">c</div>')
    assert found["css-display-flex"] == 2
