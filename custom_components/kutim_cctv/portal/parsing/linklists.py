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
* the list speaks of cameras: every link's route or query field names a camera
  (``/cctv/…``, ``/kamera/…``, ``/webcam/…``, ``/atcs/…``, ``?cam=…``,
  ``?camera_id=…``),
  or the heading above the list (the page's title when no heading precedes it) does
  (CCTV, kamera, camera, webcam, live cam, ATCS). A bare ``?id=``, ``?name=``,
  ``?path=`` or ``?src=`` names no camera: a football site's ``player.php?id=77``, a
  shop's ``product.php?id=5`` or another paper's ``read.php?id=1234`` under a heading
  that names no camera are no camera list;

a link whose label states a price beside a shop's word (``Kamera Bullet 2MP Outdoor Rp
449.000``), or any price on a shop's page, is a shop's product (``values.priced_goods``,
the card readers' test) and a list holding one is no camera list; a parking fee or toll
tariff alone (``Parkir Pasar Induk (Rp 2.000/jam)``) sells nothing;

each link is then a camera named by its label, its page the stream and its key (the
route's last part, ``/cctv/live/7``, or its one identifying query value, ``?cam=…``) the
id. The site's own links (related and popular articles, menus, tags) never are: they do
not lead off the site. A page without two list items and two links off its site is
not parsed at all; at most _MAX_ELEMENTS start tags (fed in FEED_CHUNK pieces, the feeding
stopping at the cap) and _MAX_LISTS lists are read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
import re
from urllib.parse import parse_qsl, urlsplit

from ..aliases import IDENTIFYING_PARAMS
from ..fieldurls import site_host
from ..values import (
    JSONValue,
    clean_text,
    generic_label,
    norm_key,
    priced_goods,
    shop_page,
    webcam_link_label,
)
from .embeds import non_player_frame, video_page
from .tagbound import CappedScanner, absolute_link, feed_in_pieces

__all__ = ["link_list_cameras"]

_MAX_ELEMENTS = 50_000
_MAX_LISTS = 500
_MAX_ITEMS = 500
_MAX_TEXT = 300
_MAX_URL = 2048
_MAX_KEY = 64
_MAX_HEADING = 64  # text pieces of a heading or title kept

# Words of a heading, a title or a route naming cameras (tokens of letters).
_CAMERA_WORDS = frozenset(
    {"cctv", "cctvs", "kamera", "camera", "cameras", "cam", "cams", "webcam", "webcams"}
    | {"livecam", "livecams", "atcs", "cámara", "câmera", "câmeras", "cámaras", "ipcam"}
)
# Query fields naming a camera (``?cam=…``), unlike ``id``, ``name``, ``path``, ``src``.
_CAMERA_PARAMS = frozenset({"cam", "camera", "camera_id", "cam_id", "cctv", "cctv_id"})
_WORD = re.compile(r"[^\W\d_]+")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# An absolute link's host, for the pre-check: a camera link is always off the site.
_ABSOLUTE_HREF = re.compile(r"""(?i)\bhref\s*=\s*["']?\s*(?:https?:)?//([^/"'\s>?#\\]{1,253})""")
_LIST_ITEM = re.compile(r"(?i)<li\b")


@dataclass(slots=True)
class _Item:
    """One list item: its links (address, label) and all its text."""

    links: list[tuple[str, str]] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    nested: bool = False


@dataclass(slots=True)
class _List:
    """One list: its items and the heading above it (None when none precedes it)."""

    heading: str | None = None
    items: list[_Item] = field(default_factory=list)


def _speaks_of_cameras(text: str) -> bool:
    """Return True when a heading or title names cameras (``Daftar Link CCTV``)."""
    return any(word in _CAMERA_WORDS for word in _WORD.findall(text[:_MAX_TEXT].lower()))


class _Scanner(CappedScanner):
    """Collect the page's lists, item by item."""

    def __init__(self, base_url: str) -> None:
        super().__init__(_MAX_ELEMENTS)
        self.base_url = base_url
        self.lists: list[_List] = []
        self.title: str | None = None
        self._open: list[_List | None] = []  # None: a list opened beyond _MAX_LISTS
        self._item: list[_Item | None] = []  # the open item of each open list
        self._link: str | None = None
        self._link_text: list[str] = []
        self._heading: str | None = None
        self._caption: list[str] | None = None  # the open heading's or title's text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.admit_element():
            return
        if tag in ("ul", "ol"):
            if self._item and (item := self._item[-1]) is not None:
                item.nested = True
            found = _List(self._heading) if len(self.lists) < _MAX_LISTS else None
            if found is not None:
                self.lists.append(found)
            self._open.append(found)  # pushed even beyond the cap: `</ul>` pops it
            self._item.append(None)
        elif tag in _HEADINGS or (tag == "title" and self.title is None):
            self._caption = []
        elif (
            tag == "li"
            and self._open
            and (current := self._open[-1]) is not None
            and len(current.items) < _MAX_ITEMS
        ):
            item = _Item()
            current.items.append(item)
            self._item[-1] = item
        elif tag == "a" and self._item and self._item[-1] is not None:
            # As written: ``absolute_link`` strips and cuts it when the item is read.
            self._link = dict(attrs).get("href") or ""
            self._link_text = []
        elif tag in ("img", "iframe", "video") and self._item and self._item[-1] is not None:
            self._item[-1].nested = True  # an item showing media is a card, not a link

    def handle_endtag(self, tag: str) -> None:
        if self.done:
            return
        if (tag in _HEADINGS or tag == "title") and self._caption is not None:
            caption = clean_text(" ".join(self._caption)[:_MAX_TEXT]) or ""
            if tag == "title":
                self.title = caption
            else:
                self._heading = caption
            self._caption = None
        elif tag == "a" and self._link is not None:
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
        if self._caption is not None and len(self._caption) < _MAX_HEADING:
            self._caption.append(data)
        if self._item and (item := self._item[-1]) is not None and len(item.text) < 64:
            item.text.append(data)
        if self._link is not None and len(self._link_text) < 64:
            self._link_text.append(data)


def _query_key(url: str) -> tuple[str, bool] | None:
    """Return a link's one identifying query value (``?cam=sangkima``), or None.

    The flag says whether the field names a camera (``cam``, ``camera_id``), not only
    an identity (``id``, ``name``).
    """
    try:
        fields = parse_qsl(urlsplit(url).query[:_MAX_URL])[:2]
    except ValueError:
        return None
    if len(fields) != 1:
        return None
    key, value = fields[0]
    value = value.strip()
    name = norm_key(key[:_MAX_KEY])
    if name in IDENTIFYING_PARAMS and value and len(value) <= _MAX_KEY:
        if value.startswith(("http://", "https://")):
            return None
        return value, name in _CAMERA_PARAMS
    return None


def _camera_route(url: str) -> bool:
    """Return True when a link's route names a camera (``/cctv/live/7``, ``/webcam/…``)."""
    try:
        path = urlsplit(url).path[:_MAX_URL].lower()
    except ValueError:
        return False
    return any(word in _CAMERA_WORDS for word in _WORD.findall(path))


def _camera(
    item: _Item, base_url: str, route_key: Callable[[str], str | None], on_shop_page: bool = False
) -> tuple[dict[str, JSONValue], bool] | None:
    """Return the camera one list item links to, or None when it is no viewer link.

    The flag says whether its link's route or query field names a camera.
    """
    if item.nested or len(item.links) != 1:
        return None
    href, label = item.links[0]
    text = clean_text(" ".join(item.text)[:_MAX_TEXT]) or ""
    if not label or text != label or generic_label(label) or webcam_link_label(label):
        return None
    if priced_goods(label, on_shop_page=on_shop_page):
        return None  # a shop's product link (``… Bullet 2MP Rp 449.000``)
    url = absolute_link(base_url, href, web_only=True)
    if url is None or len(url) > _MAX_URL:
        return None
    host = site_host(url)
    if not host or host == site_host(base_url) or video_page(url) or non_player_frame(url):
        return None
    queried = _query_key(url)
    key = queried[0] if queried else route_key(url)
    if key is None:
        return None  # a portal's home or a page of many cameras, no camera's own page
    camera: dict[str, JSONValue] = {"name": label, "stream": url}
    if key:
        camera["id"] = key
    return camera, bool(queried and queried[1]) or _camera_route(url)


def _worth_parsing(text: str, base_url: str) -> bool:
    """Return True when the page has two list items and two links off its site."""
    first = _LIST_ITEM.search(text)
    if first is None or _LIST_ITEM.search(text, first.end()) is None:
        return False
    own = site_host(base_url)
    found = 0
    for match in _ABSOLUTE_HREF.finditer(text):
        host = match.group(1).rsplit("@", 1)[-1].split(":", 1)[0].lower().removeprefix("www.")
        if host and host != own:
            found += 1
            if found >= 2:
                return True
    return False


def link_list_cameras(
    text: str, base_url: str, route_key: Callable[[str], str | None]
) -> list[dict[str, JSONValue]]:
    """Return the cameras an article lists as links to their viewer pages, or [].

    ``text`` is the page with its crowded tags cut down (``bound_tag_attributes``), as
    the page reader passes it; ``route_key`` gives the key a viewing route's last path
    part names (``/live/7``).
    """
    if not _worth_parsing(text, base_url):
        return []
    scanner = _Scanner(base_url)
    try:
        feed_in_pieces(scanner, text)
    except (AssertionError, ValueError):
        return []
    page_context = scanner.title is not None and _speaks_of_cameras(scanner.title)
    cameras: list[dict[str, JSONValue]] = []
    on_shop_page = shop_page(base_url)
    for found in scanner.lists:
        if len(found.items) < 2:
            continue
        items = [_camera(item, base_url, route_key, on_shop_page) for item in found.items]
        read = [item for item in items if item is not None]
        if len(read) != len(items):
            continue
        if found.heading is not None:
            context = _speaks_of_cameras(found.heading)
        else:
            context = page_context
        if context or all(named for _camera_item, named in read):
            cameras.extend(camera for camera, _named in read)
    return cameras
