"""Bound the number of attributes a start tag hands to the HTML parser.

The standard library's HTML parser collects every attribute of a start tag into a list
before any handler runs: one hostile tag holding hundreds of thousands of attributes costs
hundreds of megabytes there. No real page writes more than a few dozen attributes on one
element, so before parsing, a tag holding at least ``MAX_TAG_ATTRIBUTES`` keeps its first
``KEPT_TAG_ATTRIBUTES`` and loses the rest. The search runs inside the regular expression
engine, with atomic groups only (no backtracking), so it is linear in the page's length.
"""

from __future__ import annotations

import re
from typing import Final, Protocol

MAX_TAG_ATTRIBUTES: Final = 1024
"""A start tag with this many attributes or more is cut down."""
KEPT_TAG_ATTRIBUTES: Final = 64
"""How many attributes a cut-down tag keeps (its first ones)."""

# One attribute as the standard parser's tolerant grammar reads it: separators (blanks and
# slashes not closing the tag), a name, and an optional value (quoted, or bare).
_ATTRIBUTE = (
    r"(?>(?:\s|/(?!>))*+[^\s/>][^\s/=>]*+"
    r"(?:\s*+=++\s*+(?:'[^']*+'|\"[^\"]*+\"|(?!['\"])[^>\s]*+))?+)"
)
_CROWDED_TAG = re.compile(
    r"(?P<head><[a-zA-Z][^\t\n\r\f />\x00]*+"
    rf"{_ATTRIBUTE}{{{KEPT_TAG_ATTRIBUTES}}})"
    rf"{_ATTRIBUTE}{{{MAX_TAG_ATTRIBUTES - KEPT_TAG_ATTRIBUTES}}}"
    rf"{_ATTRIBUTE}*+"
)


def bound_tag_attributes(text: str) -> tuple[str, int]:
    """Return ``text`` with crowded start tags cut down, and how many tags were cut."""
    if len(text) < MAX_TAG_ATTRIBUTES * 2:
        return text, 0
    parts: list[str] = []
    position = 0
    cut = 0
    while (match := _CROWDED_TAG.search(text, position)) is not None:
        parts.append(text[position : match.start()])
        parts.append(match["head"])
        position = match.end()
        cut += 1
    if not cut:
        return text, 0
    parts.append(text[position:])
    return "".join(parts), cut


# The size of one piece an HTML scanner is fed: a scanner that has read enough (its
# element cap) stops the feeding between two pieces, so the rest is never tokenised.
FEED_CHUNK: Final = 65_536


class _Scanner(Protocol):
    """An HTML scanner that says when it has read enough."""

    @property
    def done(self) -> bool: ...

    def feed(self, data: str) -> None: ...

    def close(self) -> None: ...


def feed_in_pieces(scanner: _Scanner, page: str) -> None:
    """Feed a page (its crowded tags already cut down) piece by piece until it is done.

    ``close`` is called only when the whole page was fed. The scanner's own errors
    (``AssertionError``, ``ValueError`` from ``html.parser``) reach the caller.
    """
    for start in range(0, len(page), FEED_CHUNK):
        scanner.feed(page[start : start + FEED_CHUNK])
        if scanner.done:
            return
    scanner.close()
