"""The elements a ``<style>`` rule's selector matches, exactly as justhtml's ``query`` finds
them, at a fraction of its cost: ``query`` tries the selector on every element (~25 ms a rule
on a 600 KB newsletter); here justhtml's own matcher tries only the elements that carry the id,
class or tag that each selector of the list ends on, found in an index made once.

"Exactly" includes ``query``'s refusals: justhtml raises ``SelectorError`` for a pseudo-class it
does not know (``:hover``) when an element gets as far as it, so an element left out may only
be one that fails before any pseudo-class: the key is taken from the simple selectors in front
of the first pseudo-class of the last compound, and without one every element is tried."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from justhtml import query
from justhtml.dom import Element, Node
from justhtml.selector import (
    ComplexSelector,
    ParsedSelector,
    SelectorList,
    SelectorMatcher,
    SimpleSelector,
    parse_selector,
)

_HTML_SPACE = "\t\n\f\r "
_CLASS_TOKEN = re.compile(r"[^\t\n\f\r ]+")  # the matcher splits class="" on HTML whitespace
_KEYS = (SimpleSelector.TYPE_ID, SimpleSelector.TYPE_CLASS, SimpleSelector.TYPE_TAG)


class ElementIndex:
    """The elements under ``root`` that ``query`` visits (templates' content too), in its
    order, by tag name, class and id."""

    def __init__(self, root: Node) -> None:
        self.root = root
        self._position: dict[int, int] = {}
        self.elements: list[Element] = []
        self._by: dict[str, dict[str, list[Element]]] = {key: {} for key in _KEYS}
        for element in _elements(root):
            if id(element) not in self._position:
                self._position[id(element)] = len(self.elements)
                self.elements.append(element)
                self._add(element)

    def _add(self, element: Element) -> None:
        by_tag, by_class, by_id = (self._by[key] for key in reversed(_KEYS))
        name = element.name
        by_tag.setdefault(name, []).append(element)
        if name.lower() != name:  # the matcher compares both ways (SVG names keep their case)
            by_tag.setdefault(name.lower(), []).append(element)
        attrs = element.attrs or {}
        if attrs.get("id"):
            by_id.setdefault(attrs["id"] or "", []).append(element)
        # Every spelling of the attribute: the matcher reads one of them.
        classes = [value for key, value in attrs.items() if value and key.lower() == "class"]
        for token in set(_CLASS_TOKEN.findall(" ".join(classes))):
            by_class.setdefault(token, []).append(element)

    def matched(self, selector: str) -> list[Element]:
        """The elements ``selector`` matches, in document order. Raises what ``query`` raises
        for it (justhtml's ``SelectorError``, a ``ValueError``)."""
        text = selector.strip(_HTML_SPACE)
        if _is_bare_tag(text):  # query matches these by name, without parsing them
            return list(self._by[SimpleSelector.TYPE_TAG].get(text.lower(), ()))
        parsed = parse_selector(text)
        if _names_pseudo_class(parsed, "comment"):  # query then tries text and comments too
            return [node for node in query(self.root, text) if isinstance(node, Element)]
        matches = SelectorMatcher().matches
        tried = {id(element): element for element in self._candidates(parsed)}
        return sorted(
            (element for element in tried.values() if matches(element, parsed)),
            key=lambda element: self._position[id(element)],
        )

    def _candidates(self, parsed: ParsedSelector) -> Iterator[Element]:
        for selector in _complex_selectors(parsed):
            yield from self._required(selector)

    def _required(self, selector: ComplexSelector) -> Sequence[Element]:
        """The elements with the id, class or tag that the selector's last compound asks for
        before any pseudo-class; all of them when it asks for none there."""
        if not selector.parts:
            return ()
        for simple in selector.parts[-1][1].selectors:
            if simple.type == SimpleSelector.TYPE_PSEUDO:
                break
            if simple.type in self._by and simple.name:
                return self._by[simple.type].get(simple.name, ())
        return self.elements


def _elements(root: Node) -> Iterator[Element]:
    """The elements under ``root`` in the order ``query`` walks them."""
    stack = [*reversed(root.children or []), *_template_content(root)]
    while stack:
        node = stack.pop()
        if isinstance(node, Element) and not node.name.startswith("#"):
            yield node
        stack.extend(reversed(node.children or []))
        stack.extend(_template_content(node))


def _template_content(node: Node) -> list[Node]:
    content = getattr(node, "template_content", None) if node.name == "template" else None
    return [content] if content and node.namespace == "html" else []


def _complex_selectors(parsed: ParsedSelector) -> list[ComplexSelector]:
    return parsed.selectors if isinstance(parsed, SelectorList) else [parsed]


def _names_pseudo_class(parsed: ParsedSelector, name: str) -> bool:
    return any(
        simple.type == SimpleSelector.TYPE_PSEUDO and simple.name == name
        for selector in _complex_selectors(parsed)
        for _, compound in selector.parts
        for simple in compound.selectors
    )


def _is_bare_tag(text: str) -> bool:
    """What ``query`` takes for a bare tag name and matches without its selector parser (so
    even a name that parser would refuse): the test of justhtml 3.16's query."""

    def tag_character(character: str) -> bool:
        return character.isalnum() or character in "_-" or ord(character) > 127

    return bool(text) and text[0] not in "0123456789" and all(map(tag_character, text))
