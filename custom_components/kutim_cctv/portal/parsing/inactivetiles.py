"""Inactive tiles of a webcam wall: a tile whose only media is its webcam's own page.

A webcam portal's overview (a ski resort's or a park's webcam page) draws each webcam as
a tile of one class (``<div class="webcams-item" data-id="1310">``) linking the webcam's
page (``/webcams/c1310/``) around its latest picture and its title. A webcam that is
down keeps its tile but shows no picture (``Derzeit kein aktuelles Bild verfügbar``),
and its tile says so by a state class (``webcams-item--inactive``, ``is-offline``): its
webcam page is then its only media, and the webcam is offline.

Such a tile is read only beside the wall's other tiles: at least two tiles of the same
element and first class already read as cameras by their pictures, each linking one page
of one shape (the same host and path, differing in one path segment, or the same path
and query fields, differing in one field's value), the camera's name written in an
element of one class in each of them. The inactive tile must carry no picture, link one
page of that shape, say it is down by a class (``inactive``, ``offline``, ``disabled``,
``unavailable``, alone or as a modifier: ``--inactive``, ``is-offline``) and write its
name in that same class (a script's or style's code in it is no part of the name). It is
a camera named so, its stream that page, its id the
tile's ``data-id`` (else derived), offline. Tiles without the state class (``Coming
soon``, a season's pause), tiles linking another shape (the overview itself, another
site), a page on a LAN, loopback, link-local or metadata host named by a public page,
and navigation links are never read so. A tile's link is read as every camera's page is
(``fieldurls.without_query_login``): a device login in its query (``?user=…&pwd=…``) is
dropped, a portal's own access token stays, and a link with ``user:pass@`` is none.
At most ``_MAX_ELEMENTS`` elements are read, only on a page whose markup carries such a
state class, and at most ``_MAX_OPEN`` elements are held open at once (deeper ones are not read): each element
keeps the innermost class around it, so every text and tag is read in constant time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser
import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from ..fieldurls import url_host, without_query_login
from ..models import Camera
from ..policy import is_public_host
from ..values import JSONValue, clean_text
from .tagbound import VOID_TAGS

__all__ = ["inactive_tiles"]

_MAX_ELEMENTS = 20_000
_MAX_TILES = 500
_MAX_TEXT = 200
_MAX_DEPTH = 8
_MAX_OPEN = 256
# Elements whose text is code, never a tile's words (HTMLParser reads them as raw text).
_CODE_TAGS = frozenset({"script", "style"})
_TILE_TAGS = frozenset({"div", "li", "article", "section", "figure"})
_PICTURE_TAGS = frozenset({"img", "picture", "video", "iframe", "source"})
# A class saying a tile is down: the word alone or as a modifier (``--inactive``,
# ``is-offline``, ``cam_disabled``).
_STATE_CLASS = re.compile(
    r"(?:[\w-]*?(?:--|-|_))?(?:is-)?(?:inactive|offline|disabled|unavailable)"
)
_HINT = re.compile(
    r"""class\s*=\s*["'][^"'>]{0,300}(?:inactive|offline|disabled|unavailable)""",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Element:
    """One tile candidate: its kind, state, links, pictures and class texts."""

    key: tuple[str, str]
    classes: list[str]
    data_id: str | None
    links: list[str] = field(default_factory=list)
    pictures: list[str] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)


class _Scanner(HTMLParser):
    """Record the elements of tile tags that carry a class, with what they hold."""

    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.elements: list[_Element] = []
        # Open elements: tag, the innermost first class around its text (its own, else
        # its nearest classed ancestor's, or ""), the record it started (or None).
        self._stack: list[tuple[str, str, _Element | None]] = []
        self.seen = 0
        self._code = ""  # the script or style element being read, its text skipped

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.seen += 1
        if self.seen > _MAX_ELEMENTS:
            return
        if tag in _CODE_TAGS:
            self._code = tag
            return
        attributes = {name: value or "" for name, value in attrs}
        classes = attributes.get("class", "").lower().split()[:12]
        first = classes[0] if classes else ""
        open_records = [record for _t, _c, record in self._stack[-_MAX_DEPTH:] if record]
        if tag == "a" and (href := attributes.get("href", "").strip()):
            for record in open_records:
                if len(record.links) < 4 and href not in record.links:
                    record.links.append(href)
        if tag in _PICTURE_TAGS or "background-image" in attributes.get("style", "").lower():
            source = attributes.get("src") or attributes.get("data-src") or "?"
            for record in open_records:
                if len(record.pictures) < 4:
                    record.pictures.append(urljoin(self.base_url, source.strip()))
        if tag in VOID_TAGS or len(self._stack) >= _MAX_OPEN:
            return
        tile: _Element | None = None
        if tag in _TILE_TAGS and first and len(self.elements) < _MAX_ELEMENTS:
            tile = _Element((tag, first), classes, attributes.get("data-id") or None)
            self.elements.append(tile)
        inner = first or (self._stack[-1][1] if self._stack else "")
        self._stack.append((tag, inner, tile))

    def handle_endtag(self, tag: str) -> None:
        if tag == self._code:
            self._code = ""
            return
        for index in range(len(self._stack) - 1, max(-1, len(self._stack) - 64), -1):
            if self._stack[index][0] == tag:
                del self._stack[index:]
                return

    def handle_data(self, data: str) -> None:
        if self._code:
            return  # a script's or style's code names nothing
        text = data.strip()
        if not text or not self._stack:
            return
        inner = self._stack[-1][1]
        if not inner:
            return
        for _tag, _class, record in self._stack[-_MAX_DEPTH:]:
            if record is not None:
                current = record.texts.get(inner, "")
                if len(current) < _MAX_TEXT:
                    record.texts[inner] = f"{current} {text}".strip()[:_MAX_TEXT]


def _shape(url: str) -> tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]] | None:
    """Return a link's host, path segments and query fields, or None."""
    try:
        parts = urlsplit(url[:2048])
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname or "@" in parts.netloc:
        return None
    segments = tuple(parts.path.split("/"))[:32]
    return parts.netloc.lower(), segments, tuple(parse_qsl(parts.query)[:16])


def _varying(shapes: list[tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]]]) -> str | None:
    """Return where links of one shape differ (``p<n>`` a segment, ``q<name>`` a field)."""
    hosts = {shape[0] for shape in shapes}
    if len(hosts) != 1:
        return None
    paths = {shape[1] for shape in shapes}
    queries = {shape[2] for shape in shapes}
    if len(queries) == 1 and len({len(path) for path in paths}) == 1:
        places = {n for n in range(len(shapes[0][1])) if len({path[n] for path in paths}) > 1}
        return f"p{places.pop()}" if len(places) == 1 else None
    if len(paths) == 1 and len({tuple(k for k, _v in query) for query in queries}) == 1:
        keys = [k for k, _v in shapes[0][2]]
        fields = {keys[n] for n in range(len(keys)) if len({query[n][1] for query in queries}) > 1}
        return f"q{fields.pop()}" if len(fields) == 1 else None
    return None


def _fits(
    shape: tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]],
    model: tuple[str, tuple[str, ...], tuple[tuple[str, str], ...]],
    place: str,
) -> bool:
    """Return True when a link has the model's shape, differing only where the wall's do."""
    if shape[0] != model[0]:
        return False
    if place.startswith("p"):
        n = int(place[1:])
        if shape[2] != model[2] or len(shape[1]) != len(model[1]) or not shape[1][n]:
            return False
        return all(
            a == b for i, (a, b) in enumerate(zip(shape[1], model[1], strict=True)) if i != n
        )
    if shape[1] != model[1] or [k for k, _v in shape[2]] != [k for k, _v in model[2]]:
        return False
    key = place[1:]
    return all(a == b for a, b in zip(shape[2], model[2], strict=True) if a[0] != key) and any(
        k == key and v.strip() for k, v in shape[2]
    )


def _page(link: str, base_url: str) -> str:
    """Return a tile's link resolved, a device login in its query dropped ("" if unusable)."""
    try:
        return without_query_login(urljoin(base_url, link[:2048]))
    except ValueError:
        return ""


def _down(element: _Element) -> bool:
    """Return True for a tile whose class says it is down."""
    return any(_STATE_CLASS.fullmatch(name) for name in element.classes[1:])


def inactive_tiles(text: str, base_url: str, cameras: list[Camera]) -> list[JSONValue]:
    """Return the inactive tiles of the page's webcam walls as camera items."""
    if not cameras or _HINT.search(text) is None:
        return []
    scanner = _Scanner(base_url)
    try:
        scanner.feed(text)
        scanner.close()
    except (AssertionError, ValueError):
        return []
    by_still = {camera.snapshot_url: camera for camera in cameras if camera.snapshot_url}
    groups: dict[tuple[str, str], list[_Element]] = {}
    for element in scanner.elements:
        groups.setdefault(element.key, []).append(element)
    known = {c.stream_url for c in cameras if c.stream_url}
    items: list[JSONValue] = []
    for members in groups.values():
        if len(members) < 3 or len(members) > _MAX_TILES:
            continue
        items.extend(_wall_items(members, by_still, base_url, known))
    return items


def _wall_items(
    members: list[_Element], by_still: dict[str, Camera], base_url: str, known: set[str]
) -> list[JSONValue]:
    """Return the inactive tiles of one wall of like tiles (see the module docstring)."""
    read: list[tuple[_Element, Camera]] = []
    for element in members:
        found = [by_still[url] for url in element.pictures if url in by_still]
        if found and len(element.links) == 1:
            read.append((element, found[0]))
    if len(read) < 2:
        return []
    shapes = [_shape(_page(element.links[0], base_url)) for element, _camera in read]
    if any(shape is None for shape in shapes):
        return []
    clean = [shape for shape in shapes if shape is not None]
    if (place := _varying(clean)) is None:
        return []
    names = [
        name
        for name in read[0][0].texts
        if all(clean_text(e.texts.get(name, "")) == camera.name for e, camera in read)
    ]
    if len(names) != 1:
        return []
    public = is_public_host(url_host(base_url))
    items: list[JSONValue] = []
    for element in members:
        if element.pictures or len(element.links) != 1 or not _down(element):
            continue
        url = _page(element.links[0], base_url)
        if public and not is_public_host(url_host(url)):
            continue  # a public page hands out no LAN, loopback or metadata page
        shape = _shape(url)
        name = clean_text(element.texts.get(names[0], "")) or ""
        if shape is None or not _fits(shape, clean[0], place) or not name or url in known:
            continue
        item: dict[str, JSONValue] = {"name": name, "stream": url, "status": "offline"}
        if element.data_id:
            item["id"] = element.data_id
        items.append(item)
    return items
