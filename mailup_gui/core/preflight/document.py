"""The delivered HTML parsed once for every rule: elements in document order with their source
lines (justhtml, an HTML5 parser that keeps them), and the CSS of ``<style>`` elements and
``style`` attributes as tinycss2 reads it."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import tinycss2
from justhtml import JustHTML
from justhtml.dom import Element, Node


@dataclass(frozen=True)
class Declaration:
    name: str  # the property, lower case
    value: list[Any]  # tinycss2 component values
    important: bool
    line: int  # in the delivered HTML

    @property
    def text(self) -> str:
        return tinycss2.serialize(self.value).strip()


@dataclass(frozen=True)
class StyleRule:
    prelude: list[Any]  # the selector list, as tinycss2 tokens
    declarations: tuple[Declaration, ...]
    line: int
    in_at_rule: bool  # inside @media, @supports…: applies only sometimes

    @property
    def selector(self) -> str:
        return tinycss2.serialize(self.prelude).strip()


@dataclass(frozen=True)
class AtRule:
    keyword: str  # lower case, without @
    prelude: list[Any]
    line: int


@dataclass
class Document:
    root: Node
    elements: list[Element]  # HTML elements, in document order
    rules: list[StyleRule]
    at_rules: list[AtRule]
    css_comment_lines: list[int]
    html_comment_lines: list[int]
    has_doctype: bool
    _inline: dict[int, tuple[Declaration, ...]]

    def inline_style(self, element: Element) -> tuple[Declaration, ...]:
        return self._inline.get(id(element), ())

    def release(self) -> None:
        """Take the tree apart, node by node. A node and its parent refer to each other, so
        the tree, ~15,000 nodes for a 600 KB message, would wait as garbage for a full
        collection (tens of ms with the interpreter lock held, on whichever thread runs it);
        and dropped whole, it would be freed in one call of ~5 ms that holds the lock too.
        Here each node goes as the walk leaves it."""
        stack: list[Node] = [self.root]
        while stack:
            node = stack.pop()
            node.parent = None
            if node.children:  # a text node's are always a new empty list
                stack.extend(node.children)
                node.children = []
            content = getattr(node, "template_content", None)  # a <template>'s own tree
            if content is not None:
                stack.append(content)
        while self.elements:
            self.elements.pop()

    def line(self, node: Node) -> int:
        """The source line of ``node``, or of its nearest ancestor that has one."""
        current: Node | None = node
        while current is not None:
            if current.origin_line is not None:
                return current.origin_line
            current = current.parent
        return 0


def parse(html: str) -> Document:
    root = JustHTML(html, sanitize=False, track_node_locations=True).root
    document = Document(root, [], [], [], [], [], False, {})
    for node in _walk(root):
        if node.name == "!doctype":
            document.has_doctype = True
        elif node.name == "#comment":
            document.html_comment_lines.append(document.line(node))
        elif isinstance(node, Element) and node.namespace == "html":
            document.elements.append(node)
            style = (node.attrs or {}).get("style")
            if style:
                base = document.line(node) - 1
                document._inline[id(node)] = tuple(
                    Declaration(name, value, important, base + line)
                    for name, value, important, line in _inline_declarations(style)
                )
            if node.name == "style":
                _read_sheet(document, node)
    return document


def text_of(element: Node) -> str:
    """The element's text as a reader sees it, whitespace collapsed."""
    return " ".join(element.to_text(separator=" ").split())


def attribute(element: Element, name: str) -> str | None:
    return (element.attrs or {}).get(name)


def _walk(root: Node) -> Iterator[Node]:
    stack = list(reversed(root.children or []))
    while stack:
        node = stack.pop()
        yield node
        if node.name not in ("#text", "#comment", "!doctype") and node.children:
            stack.extend(reversed(node.children))


def _read_sheet(document: Document, style: Element) -> None:
    css = "".join(child.data for child in style.children or [] if child.name == "#text")
    first = style.children[0] if style.children else style
    base = document.line(first) - 1  # tinycss2 counts from 1 in the sheet
    nodes = tinycss2.parse_stylesheet(css, skip_comments=False, skip_whitespace=True)
    _read_rules(document, nodes, base, in_at_rule=False)


def _read_rules(document: Document, nodes: list[Any], base: int, *, in_at_rule: bool) -> None:
    for node in nodes:
        line = base + getattr(node, "source_line", 1)
        if node.type == "comment":
            document.css_comment_lines.append(line)
        elif node.type == "qualified-rule":
            contents = tinycss2.parse_blocks_contents(node.content)
            declarations = tuple(_declarations(contents, base))
            document.rules.append(StyleRule(node.prelude, declarations, line, in_at_rule))
        elif node.type == "at-rule":
            keyword = node.lower_at_keyword
            document.at_rules.append(AtRule(keyword, node.prelude, line))
            if node.content is not None and keyword not in ("font-face", "keyframes"):
                inner = tinycss2.parse_rule_list(node.content, skip_whitespace=True)
                _read_rules(document, inner, base, in_at_rule=True)


@functools.lru_cache(maxsize=4096)
def _inline_declarations(style: str) -> tuple[tuple[str, list[Any], bool, int], ...]:
    """A style attribute's declarations with their lines in it: templates repeat the same
    few styles on every cell, so each is tokenized once (the values are only read)."""
    return tuple(
        (node.lower_name, node.value, node.important, node.source_line)
        for node in tinycss2.parse_blocks_contents(style)
        if node.type == "declaration"
    )


def _declarations(nodes: list[Any], base: int) -> Iterator[Declaration]:
    """Declarations of a block; ``base`` + a node's line is its line in the HTML."""
    for node in nodes:
        if node.type == "declaration":
            yield Declaration(node.lower_name, node.value, node.important, base + node.source_line)
