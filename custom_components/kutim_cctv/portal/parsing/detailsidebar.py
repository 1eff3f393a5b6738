"""A camera's detail page whose sidebar links every camera's own page (``/cctv/{slug}``).

A portal showing one camera per page (``/cctv/simpang-empat``: its player in an iframe,
its name in the heading) often lists the cameras beside it as links to their pages, each
with its name and a state dot or word, the shown camera among them. Such a list is the
portal's camera list: each linked page is its camera's stream (the viewer page
convention), its slug the camera's id; the shown camera keeps the player the page plays
and takes its slug as id. A news site's related articles, a shop's related products and
menus are built alike but state no camera's state, and their route is no camera's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
import re
from urllib.parse import urljoin, urlsplit

from ..models import MAX_CAMERAS, Camera
from ..normalise import Context, Notes, item_cameras
from ..values import JSONValue, generic_label, parse_status, states_price

# The route word naming the camera a page shows (``/cctv/{slug}``, ``/webcam/{slug}``).
_ROUTE_WORDS = frozenset(
    {"cctv", "camera", "cameras", "kamera", "cam", "cams", "webcam", "webcams"}
)
_MAX_ROUTE_PARTS = 4
# A slug: lower-case words joined by hyphens, at least one holding a letter.
_SLUG = re.compile(r"[a-z0-9]{1,40}(?:[-_][a-z0-9]{1,40}){0,15}")
# Elements whose links are a site's menus, never a list of cameras.
_CHROME_TAGS = frozenset({"nav", "header", "footer"})
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}
    | {"track", "wbr"}
)
_MAX_LINKS = 4 * MAX_CAMERAS
_MAX_PIECES = 8
_MAX_PIECE = 120
_MAX_NAME_WORDS = 10
_MAX_STATE_WORDS = 2
_MAX_DEPTH = 256
# Words a shop's badges use for stock ("Tersedia", "Available", "Sold out"): they state an
# item's stock, never a camera's state, and a list stating them is no camera list.
_STOCK_WORDS = frozenset(
    {"tersedia", "available", "unavailable", "stock", "stok", "habis", "kosong", "ready"}
    | {"sold", "soldout", "preorder", "pre", "order", "terjual", "inden"}
)
# Words a stock phrase joins its stock words with ("In stock", "Tidak tersedia").
_STOCK_JOINERS = frozenset({"in", "out", "of", "not", "tidak", "belum"})
_LETTERS = re.compile(r"[^\W\d_]+")
# A page marking itself as a product (Open Graph, schema.org) or a link stating a price
# (``Rp 850.000``, ``$19``): a shop's catalogue, never a camera's page.
_PRODUCT_MARK = re.compile(
    r"""(?i)og:type["']?\s+content=["']?product|schema\.org/Product\b|"@type"\s*:\s*"Product\""""
)
_MAX_MARK_SCAN = 200_000


def route_slug(url: str) -> tuple[str, str] | None:
    """Return a camera page's route and its slug, or None.

    ``https://host/cctv/simpang-empat`` gives ("host/cctv", "simpang-empat"): a camera
    word (``cctv``, ``camera``, ``webcam``) right before a slug of lower-case words, no
    query, at most four path parts. ``/berita/{slug}``, ``/cctv/`` alone, a file
    (``/cctv/a.jpg``) or a deeper path (``/cctv/a/edit``) gives None.
    """
    if len(url) > 2000:
        return None
    parts = urlsplit(url)
    if parts.query or parts.scheme not in ("http", "https"):
        return None
    segments = parts.path.rstrip("/").split("/")
    if not 3 <= len(segments) <= _MAX_ROUTE_PARTS + 1:
        return None
    word, slug = segments[-2].lower(), segments[-1]
    if word not in _ROUTE_WORDS or not _SLUG.fullmatch(slug):
        return None
    if not any(char.isalpha() for char in slug):
        return None
    return f"{parts.netloc.lower()}{'/'.join(segments[:-1]).lower()}", slug


@dataclass(slots=True)
class _Link:
    """One link read: its address, its text pieces and the state it states."""

    href: str
    pieces: list[str] = field(default_factory=list)
    state: bool | None = None
    states: int = 0
    stock: bool = False


class _LinkReader(HTMLParser):
    """Collect a page's links outside its menus, with their texts and states."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[_Link] = []
        self._stack: list[str] = []
        self._chrome = 0
        self._link: _Link | None = None
        self._link_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID_TAGS or len(self._stack) >= _MAX_DEPTH:
            return
        self._stack.append(tag)
        if tag in _CHROME_TAGS:
            self._chrome += 1
        attributes = {key: value or "" for key, value in attrs[:32]}
        if tag == "a":
            self._link = None
            href = attributes.get("href", "").strip()
            if href and not self._chrome and len(self.links) < _MAX_LINKS:
                self._link = _Link(href)
                self._link_depth = len(self._stack)
            return
        if self._link is not None and (title := attributes.get("title")):
            self._state(title)

    def handle_endtag(self, tag: str) -> None:
        if tag not in self._stack:
            return
        while self._stack:
            closed = self._stack.pop()
            if closed in _CHROME_TAGS:
                self._chrome -= 1
            if self._link is not None and len(self._stack) < self._link_depth:
                self.links.append(self._link)
                self._link = None
            if closed == tag:
                return

    def handle_data(self, data: str) -> None:
        link = self._link
        if link is None:
            return
        text = " ".join(data[: _MAX_PIECE * 4].split())
        if not text or len(link.pieces) >= _MAX_PIECES:
            return
        if len(text.split()) <= _MAX_STATE_WORDS and self._state(text):
            return
        link.pieces.append(text[:_MAX_PIECE])

    def _state(self, text: str) -> bool:
        """Record a state word (a dot's ``title``, a badge's text); True if it is one."""
        link = self._link
        if link is None:
            return False
        words = set(_LETTERS.findall(text[:_MAX_PIECE].casefold()))
        if words & _STOCK_WORDS and words <= _STOCK_WORDS | _STOCK_JOINERS:
            link.stock = True  # a stock badge ("Tersedia", "In stock")
            return True
        state = parse_status(text[:_MAX_PIECE])
        if state is None:
            return False
        link.state = state if link.states == 0 or link.state == state else None
        link.states += 1
        return True


def _name(link: _Link) -> str | None:
    """Return the camera name a link's first text piece gives, or None."""
    if not link.pieces:
        return None
    name = link.pieces[0]
    words = name.split()
    if generic_label(name) or len(words) > _MAX_NAME_WORDS or name.endswith((".", "!", "?")):
        return None
    return name


def _same_name(first: str, second: str) -> bool:
    """Return True when two names are the same up to case and spacing."""
    return " ".join(first.casefold().split()) == " ".join(second.casefold().split())


def sidebar_cameras(
    text: str, page_url: str, shown: Camera, ctx: Context, notes: Notes
) -> list[Camera] | None:
    """Return the cameras a detail page's sidebar lists beside the shown one, or None.

    The page's address is a camera page (``/cctv/{slug}``, ``route_slug``) and the page
    read one camera with a stream (its player); two or more links outside the menus go
    to other pages of that route, each named and stating its camera's state, and one
    links the page itself named as the shown camera is. The shown camera takes the slug
    as id and its link's state; each other link is a camera whose stream is its page.
    Anything less gives None: the page reads as before. ``text`` is the page with its
    crowded tags cut down (``bound_tag_attributes``), as the page reader passes it.
    """
    own = route_slug(page_url)
    if own is None or shown.stream_url is None:
        return None
    route, own_slug = own
    if _PRODUCT_MARK.search(text[:_MAX_MARK_SCAN]):
        return None  # a shop's product page
    reader = _LinkReader()
    try:
        reader.feed(text)
        reader.close()
    except (AssertionError, ValueError):  # pragma: no cover - html.parser is lenient
        return None
    entries: dict[str, tuple[str, str, bool]] = {}
    for link in reader.links:
        url = urljoin(page_url, link.href)
        keyed = route_slug(url)
        if keyed is None or keyed[0] != route:
            continue
        name = _name(link)
        if link.stock or any(states_price(piece) for piece in link.pieces):
            return None  # a shop's list stating stock or prices, no camera's state
        if name is None or link.state is None:
            return None  # a link of the route naming no camera or stating no state
        slug = keyed[1]
        if slug in entries:
            continue
        entries[slug] = (url, name, link.state)
    if own_slug not in entries or len(entries) < 3:
        return None
    _, own_name, own_state = entries.pop(own_slug)
    if not _same_name(own_name, shown.name) and not _same_name(own_name, shown.raw_name):
        return None
    cameras = [replace(shown, id=own_slug, online=own_state)]
    for slug, (url, name, state) in entries.items():
        if len(cameras) > MAX_CAMERAS:
            break
        item: dict[str, JSONValue] = {"id": slug, "name": name, "stream": url, "online": state}
        cameras.extend(item_cameras(item, None, ctx, notes)[0])
    return cameras
