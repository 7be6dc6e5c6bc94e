"""ElementIndex.matched answers as justhtml's query() does, whatever the document and the
selector: the same elements in the same order, or the same refusal (``:hover`` and the like
are refused once an element gets that far, so a refusal depends on the elements tried)."""

from hypothesis import example, given, settings
from hypothesis import strategies as st
from justhtml import JustHTML, query
from justhtml.dom import Element

from mailup_gui.core.preflight.selectors import ElementIndex

DOCUMENT = """<!DOCTYPE html><html><head><style>p {{ color: red }}</style></head><body>
<table class="card main" id="main"><tr><td class="col">a</td><td class="col x">b
<a href="https://x.example" class="btn">link</a></td></tr></table>
<svg><text class="x">t</text><foreignObject><p class="x">in svg</p></foreignObject></svg>
<template><p class="col">in a template</p></template>
{body}
</body></html>"""
TAGS = ["p", "td", "span", "div", "a", "h1", "b", "li"]
CLASSES = ["col", "x", "y", "card", "Card", "btn", "lead"]


@st.composite
def bodies(draw) -> str:
    """A few nested elements with classes, ids and attributes drawn from small sets."""

    def element(depth: int) -> str:
        tag = draw(st.sampled_from(TAGS))
        attributes = []
        if draw(st.booleans()):
            names = draw(st.lists(st.sampled_from(CLASSES), min_size=1, max_size=3))
            attributes.append(f'class="{" ".join(names)}"')
        if draw(st.integers(0, 9)) == 0:
            attributes.append('id="main"')
        if draw(st.booleans()):
            attributes.append(draw(st.sampled_from(['bgcolor="#333"', 'data-x="a b"', "hidden"])))
        children = draw(st.integers(0, 2 if depth < 3 else 0))
        inner = "".join(element(depth + 1) for _ in range(children))
        return f"<{tag} {' '.join(attributes)}>text{inner}</{tag}><!-- c -->"

    return "".join(element(0) for _ in range(draw(st.integers(0, 6))))


COMPOUNDS = [
    "td", "TD", "p", "*", "a", "text", "foreignObject", "foreignobject", ".col", ".x", ".Card",
    "#main", "[bgcolor]", '[data-x="a b"]', "[class~=x]", "td.col", "p.x.y", ":hover",
    "a:hover", ":hover.x", ":hover.lead", ".x:hover", ":first-child", "td:not(.col)",
    ":nth-child(2)", ":comment", "p::before", "li:empty", ":root", "b:last-of-type",
]  # fmt: skip
COMBINATORS = [" ", " > ", " + ", " ~ ", ", "]


@st.composite
def selectors(draw) -> str:
    parts = [draw(st.sampled_from(COMPOUNDS))]
    for _ in range(draw(st.integers(0, 3))):
        parts += [draw(st.sampled_from(COMBINATORS)), draw(st.sampled_from(COMPOUNDS))]
    return "".join(parts)


def answer(find, selector: str):
    """The elements found (by identity) or the kind of refusal."""
    try:
        return [id(node) for node in find(selector) if isinstance(node, Element)]
    except ValueError as error:  # SelectorError is one
        return type(error).__name__


@given(bodies(), selectors())
@settings(max_examples=300, deadline=None)
@example("<p class='x'>a</p><td>b</td>", "td, :hover.x")  # query refuses at <html>
@example("<td>b</td>", "td, :hover.lead")  # and so without an element of that class
@example("<a class='x'>a</a>", "td, a:hover")  # refused only because an <a> exists
@example("<p>a</p>", "td, a:hover")  # no <a>: the <td>s
@example("", "")
@example("", "td[")
@example("<x-é>custom</x-é>", "x-é")  # a bare tag name, which query() does not parse
def test_matched_is_what_query_finds(body, selector):
    root = JustHTML(DOCUMENT.format(body=body), sanitize=False).root
    assert answer(ElementIndex(root).matched, selector) == answer(
        lambda text: query(root, text), selector
    )
