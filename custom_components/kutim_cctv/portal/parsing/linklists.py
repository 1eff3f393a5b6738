"""Articles listing cameras as a list of links to their viewer pages on other sites.

News articles and blog posts point their readers to public cameras with a plain list,
one camera a list item: ``<li><a href="https://atcs.kutimkab.example/cctv/live/7">Simpang
Tiga Sangatta</a></li>``, ``<li><a href="…/player.php?cam=sangkima">Tanjakan
Sangkima</a></li>``. Such a list is read when:

* it holds two or more items and every item is one link and nothing else (the item's
  text is the link's label), the label naming something (never a bare "Lihat CCTV");
* every link leads off the article's site to one camera's viewer page, keyed by its
  route's last part (``/cctv/live/7``, ``/camera/view/21``) or by its one identifying
  query field (``player.php?cam=sangkima``), never a map, form, social or share page nor
  a portal's home or list page (``https://cctv.malangkota.go.id/``, ``/atcs-diy``);

each link is then a camera named by its label, its page the stream and its key (the
route's last part, ``/cctv/live/7``, or its one identifying query value, ``?cam=…``) the
id. The site's own links (related and popular articles, menus, tags) never are: they do
not lead off the site. At most _MAX_ELEMENTS start tags and _MAX_LISTS lists are read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urljoin, urlsplit

from ..aliases import IDENTIFYING_PARAMS
from ..values import JSONValue, clean_text, generic_label, norm_key, webcam_link_label
from .embeds import non_player_frame, video_page
from .tagbound import bound_tag_attributes

__all__ = ["link_list_cameras"]

_MAX_ELEMENTS = 50_000
_MAX_LISTS = 500
_MAX_ITEMS = 500
_MAX_TEXT = 300
_MAX_URL = 2048
_MAX_KEY = 64


@dataclass(slots=True)
class _Item:
    """One list item: its links (address, label) and all its text."""

    links: list[tuple[str, str]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    nested: bool = False


@dataclass(slots=True)
class _List:
    items: list[_Item] = field(default_factory=list)


def _host(url: str) -> str:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
    return host.removeprefix("www.")


class _Scanner(HTMLParser):
    """Collect the page's lists, item by item."""

    def __init__(self, base_url: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base_url = base_url
        self.lists: list[_List] = []
        self._open: list[_List] = []
        self._item: list[_Item | None] = []  # the open item of each open list
        self._link: str | None = None
        self._link_text: list[str] = []
        self._count = 0
        self._done = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._done:
            return
        self._count += 1
        if self._count > _MAX_ELEMENTS:
            self._done = True
            return
        if tag in ("ul", "ol"):
            if self._item and (item := self._item[-1]) is not None:
                item.nested = True
            if len(self.lists) < _MAX_LISTS:
                found = _List()
                self.lists.append(found)
                self._open.append(found)
                self._item.append(None)
        elif tag == "li" and self._open and len(self._open[-1].items) < _MAX_ITEMS:
            item = _Item()
            self._open[-1].items.append(item)
            self._item[-1] = item
        elif tag == "a" and self._item and self._item[-1] is not None:
            href = dict(attrs).get("href") or ""
            self._link = href.strip()[:_MAX_URL]
            self._link_text = []
        elif tag in ("img", "iframe", "video") and self._item and self._item[-1] is not None:
            self._item[-1].nested = True  # an item showing media is a card, not a link

    def handle_endtag(self, tag: str) -> None:
        if self._done:
            return
        if tag == "a" and self._link is not None:
            item = self._item[-1] if self._item else None
            if item is not None and len(item.links) < 4:
                label = clean_text(" ".join(self._link_text)[:_MAX_TEXT]) or ""
                item.links.append((self._link, label))
            self._link = None
        elif tag == "li" and self._item:
            self._item[-1] = None
        elif tag in ("ul", "ol") and self._open:
            self._open.pop()
            self._item.pop()

    def handle_data(self, data: str) -> None:
        if self._item and (item := self._item[-1]) is not None and len(item.text) < 64:
            item.text.append(data)
        if self._link is not None and len(self._link_text) < 64:
            self._link_text.append(data)


def _query_key(url: str) -> str | None:
    """Return a link's one identifying query value (``?cam=sangkima``), or None."""
    try:
        fields = parse_qsl(urlsplit(url).query[:_MAX_URL])[:2]
    except ValueError:
        return None
    if len(fields) != 1:
        return None
    key, value = fields[0]
    value = value.strip()
    if norm_key(key) in IDENTIFYING_PARAMS and value and len(value) <= _MAX_KEY:
        return None if value.startswith(("http://", "https://")) else value
    return None


def _camera(
    item: _Item, base_url: str, route_key: Callable[[str], str | None]
) -> dict[str, JSONValue] | None:
    """Return the camera one list item links to, or None when it is no viewer link."""
    if item.nested or len(item.links) != 1:
        return None
    href, label = item.links[0]
    text = clean_text(" ".join(item.text)[:_MAX_TEXT]) or ""
    if not label or text != label or generic_label(label) or webcam_link_label(label):
        return None
    try:
        url = urljoin(base_url, href)
    except ValueError:
        return None
    if not url.startswith(("https://", "http://")) or len(url) > _MAX_URL:
        return None
    host = _host(url)
    if not host or host == _host(base_url) or video_page(url) or non_player_frame(url):
        return None
    key = _query_key(url) or route_key(url)
    if key is None:
        return None  # a portal's home or a page of many cameras, no camera's own page
    camera: dict[str, JSONValue] = {"name": label, "stream": url}
    if key:
        camera["id"] = key
    return camera


def link_list_cameras(
    text: str, base_url: str, route_key: Callable[[str], str | None]
) -> list[dict[str, JSONValue]]:
    """Return the cameras an article lists as links to their viewer pages, or [].

    ``route_key`` gives the key a viewing route's last path part names (``/live/7``).
    """
    scanner = _Scanner(base_url)
    try:
        scanner.feed(bound_tag_attributes(text)[0])  # crowded tags cut down first
        scanner.close()
    except (AssertionError, ValueError):
        return []
    cameras: list[dict[str, JSONValue]] = []
    for found in scanner.lists:
        if len(found.items) < 2:
            continue
        items = [_camera(item, base_url, route_key) for item in found.items]
        if all(item is not None for item in items):
            cameras.extend(item for item in items if item is not None)
    return cameras
