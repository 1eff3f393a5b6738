"""Bound the number of attributes a start tag hands to the HTML parser, and HTML scanners.

The standard library's HTML parser collects every attribute of a start tag into a list
before any handler runs: one hostile tag holding hundreds of thousands of attributes costs
hundreds of megabytes there. No real page writes more than a few dozen attributes on one
element, so before parsing, a tag holding at least ``MAX_TAG_ATTRIBUTES`` keeps its first
``KEPT_TAG_ATTRIBUTES`` and loses the rest. The search runs inside the regular expression
engine, with atomic groups only (no backtracking), so it is linear in the page's length.

The page scanners share what bounds them too: ``CappedScanner`` reads at most a number of
start tags (``feed_in_pieces`` stops feeding it once it is done), and ``absolute_link``
resolves an attribute's link against the page, refusing scripts and inline data.
"""

from __future__ import annotations

from html.parser import HTMLParser
import re
from typing import TYPE_CHECKING, Final, Protocol
from urllib.parse import urljoin

from ..fieldurls import resolve_url
from ..shapes import has_userinfo
from ..values import unescape_attribute

if TYPE_CHECKING:
    from collections.abc import Callable

VOID_TAGS: Final = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)
"""HTML elements without an end tag: a scanner keeping open elements never pushes them."""
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


MAX_LINK: Final = 2048
"""How much of a link (its blanks stripped) is resolved."""
# Links naming no page: a script, inline data, a blank page, an object in memory.
_NOT_PAGES: Final = ("data:", "javascript:", "about:", "blob:")


def absolute_link(base_url: str, url: str | None, *, web_only: bool) -> str | None:
    """Return an attribute's link resolved against the page's address, or None.

    The link is stripped of blanks and cut to ``MAX_LINK`` characters; a missing one, a
    script's, inline data's, ``about:`` or ``blob:`` is refused, and so is one that no
    address can be made of. With ``web_only`` only an ``http(s)`` address is returned and
    a blank link (the page itself) is refused; without it a blank link is the page.
    """
    if not url:
        return None
    url = url.strip()[:MAX_LINK]
    if web_only and not url:
        return None
    if url.lower().startswith(_NOT_PAGES):
        return None
    try:
        absolute = urljoin(base_url, url)
    except ValueError:
        return None
    if web_only and not absolute.startswith(("https://", "http://")):
        return None
    return absolute


class CappedScanner(HTMLParser):
    """An HTML scanner reading at most ``max_elements`` start tags, then done.

    A subclass's ``handle_starttag`` starts with ``if not self.admit_element(): return``
    and its other handlers return once ``done``; ``stop`` ends the reading early.
    """

    def __init__(self, max_elements: int) -> None:
        """Start a scanner reading at most ``max_elements`` start tags."""
        super().__init__(convert_charrefs=True)
        self._max_elements = max_elements
        self._elements = 0
        self._done = False

    @property
    def done(self) -> bool:
        """Return True once the scanner read as many elements as it reads (or stopped)."""
        return self._done

    @property
    def elements(self) -> int:
        """Return how many start tags were counted (the last one's serial number)."""
        return self._elements

    def stop(self) -> None:
        """Read nothing more."""
        self._done = True

    def admit_element(self) -> bool:
        """Count a start tag: return True to read it, False once the scanner is done."""
        if self._done:
            return False
        self._elements += 1
        if self._elements > self._max_elements:
            self._done = True
            return False
        return True


def first_link(
    pattern: re.Pattern[str],
    markup: str,
    base_url: str,
    *,
    limit: int,
    accept: Callable[[str], bool],
) -> str | None:
    """Return the first of markup's first ``limit`` links that ``accept`` takes, resolved.

    ``pattern`` captures a link's address, quoted either way, in group 1 or 2 (an
    ``href`` or a frame's ``src``); entities are decoded, and an address carrying a
    login is never one.
    """
    for number, match in enumerate(pattern.finditer(markup)):
        if number >= limit:
            break
        raw = unescape_attribute(match.group(1) or match.group(2) or "").strip()
        url = resolve_url(raw, base_url) if raw and not has_userinfo(raw) else None
        if url is not None and accept(url):
            return url
    return None
