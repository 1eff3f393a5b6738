"""Application dashboards' tiles in HTML (Heimdall's home and tag pages).

Heimdall renders each application as a tile inside ``<div id="sortable">`` (or
``<section id="sortable">``): ``<section class="item-container" data-id="{{ id }}">``
holding ``<div class="item">`` with the icon (``<img>`` or ``<i class="fas …">``), the
title and ``<a class="link" href="{{ url }}">``, then an ``item-edit`` link. Three
generations of the template write the title differently:

- ``<div class="details"><div class="title …">{{ title }}</div>…</div>`` (with an empty
  ``livestats-container``) in the current one;
- ``<div class="title">{{ title }}</div>`` straight inside the item in an earlier one;
- the bare title followed by the literal word ``Item`` the first template prints in
  every tile (no ``data-id`` either): that fixed word, when every bare title ends with
  it, is the template's, not the name's.

A tile is a camera when its link, resolved against the page, is on a public host and is
a stream, an MJPEG address, a video site's or player page, a picture the tile says is a
camera (``startpages.link_media``), or a page off the dashboard's own host whose tile
title names a camera (``CCTV …``, ``Kamera …``: a camera's viewer page), never a shop's,
a map's or a form's page. Its id is the
tile's ``data-id`` (none in the first template: derived), its name the title; a tile
has no area or position. Tiles linking to applications, to a page that names no
camera, to the dashboard's own pages (a tag's tile, ``/tag/bengalon``), to a document
or to a private network, and the add/edit/navigation links, are none. At most
``_MAX_TILES`` tiles of ``_MAX_TILE`` characters each are read.
"""

from __future__ import annotations

from html import unescape
import re
from urllib.parse import urlsplit

from ..deviceinputs import lan_address
from ..fieldurls import url_kind
from ..normalise import document_file
from ..values import JSONValue, clean_text, shop_page
from ..viewerlinks import names_camera
from .embeds import non_player_frame
from .startpages import link_media
from .tagbound import absolute_link

__all__ = ["dashboard_tiles"]

_MAX_TILES = 500
_MAX_TILE = 6000
_MAX_TITLE = 200
_SORTABLE = re.compile(
    r"""<(?:div|section)\b[^>]{0,200}?\bid\s*=\s*["']?sortable\b""", re.IGNORECASE
)
_TILE = re.compile(
    r"""<section\b([^>]{0,400}?\bclass\s*=\s*["'][^"'>]{0,100}?\bitem-container\b[^>]{0,400})>""",
    re.IGNORECASE,
)
_DATA_ID = re.compile(r"""\bdata-id\s*=\s*["']?([A-Za-z0-9_-]{1,40})""", re.IGNORECASE)
_ITEM = re.compile(r"""<div\b[^>]{0,200}?\bclass\s*=\s*["']item\b[^>]{0,400}>""", re.IGNORECASE)
_LINK = re.compile(
    r"""<a\b([^>]{0,600}?\bclass\s*=\s*["'](?:[^"'>]{0,60}\s)?link\b[^>]{0,600})>""", re.IGNORECASE
)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]{0,2048})"|'([^']{0,2048})')""", re.IGNORECASE)
_TITLE = re.compile(
    r"""<div\b[^>]{0,200}?\bclass\s*=\s*["']title\b[^"'>]{0,60}["'][^>]{0,200}>([^<]{0,400})<""",
    re.IGNORECASE,
)
_ICON = re.compile(r"""<img\b[^>]{0,600}?\bsrc\s*=\s*["']([^"'>]{0,600})""", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,1000}>")
_WORD = re.compile(r"[a-z0-9]+")
_TEMPLATE_WORD = "Item"


def _tile_parts(tile: str) -> tuple[str | None, str | None, bool, str | None]:
    """Return a tile's link, title, whether the title is bare text, and its icon."""
    link = _LINK.search(tile)
    if link is None:
        return None, None, False, None
    href = _HREF.search(link.group(1))
    url = unescape(href.group(1) or href.group(2) or "") if href else None
    icon = _ICON.search(tile, 0, link.start())
    icon_src = icon.group(1) if icon else None
    title = _TITLE.search(tile, 0, link.start())
    if title is not None:
        return url, clean_text(unescape(title.group(1))[:_MAX_TITLE]), False, icon_src
    item = _ITEM.search(tile, 0, link.start())
    if item is None:
        return url, None, False, icon_src
    bare = _TAG.sub(" ", tile[item.end() : link.start()])
    return url, clean_text(unescape(bare)[:_MAX_TITLE]), True, icon_src


def _same_host(url: str, base_url: str) -> bool:
    try:
        return (urlsplit(url).hostname or "") == (urlsplit(base_url).hostname or "")
    except ValueError:
        return True


def _camera_page(url: str, title: str | None, base_url: str) -> bool:
    """Return True for a page off the dashboard's host that a camera-naming tile opens."""
    if not title or not names_camera(title) or _same_host(url, base_url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return bool(parts.path.strip("/"))


def _media(
    url: str | None, title: str | None, icon: str | None, base_url: str
) -> dict[str, JSONValue] | None:
    absolute = absolute_link(base_url, url, web_only=True) if url else None
    if absolute is None or lan_address(absolute, base_url) or document_file(absolute):
        return None
    if url_kind(absolute) is None and (
        _same_host(absolute, base_url) or shop_page(absolute) or non_player_frame(absolute)
    ):
        return None  # the dashboard's own page (a tag's tile), a shop's, a map's, a form's
    said = set(_WORD.findall((icon or "").lower()[:300]))
    media = link_media(absolute, title, said)
    if media is not None:
        return media
    if url_kind(absolute) is None and _camera_page(absolute, title, base_url):
        return {"stream": absolute}
    return None


def dashboard_tiles(text: str, base_url: str) -> list[JSONValue] | None:
    """Return a Heimdall page's camera tiles as plain records, or None for another page."""
    if _SORTABLE.search(text) is None:
        return None
    tiles: list[tuple[str | None, str | None, str | None, bool, str | None]] = []
    for number, match in enumerate(_TILE.finditer(text)):
        if number >= _MAX_TILES:
            break
        end = text.find("</section>", match.end(), match.end() + _MAX_TILE)
        tile = text[match.end() : end if end >= 0 else match.end() + _MAX_TILE]
        data_id = _DATA_ID.search(match.group(1))
        url, title, bare, icon = _tile_parts(tile)
        tiles.append((data_id.group(1) if data_id else None, url, title, bare, icon))
    if not tiles or all(url is None for _key, url, _title, _bare, _icon in tiles):
        return None
    bare_titles = [title or "" for _key, _url, title, bare, _icon in tiles if bare]
    suffix = " " + _TEMPLATE_WORD
    strip_word = bool(bare_titles) and all(t.endswith(suffix) for t in bare_titles)
    records: list[JSONValue] = []
    for key, url, title, bare, icon in tiles:
        if bare and strip_word and title:
            title = clean_text(title[: -len(suffix)])
        media = _media(url, title, icon, base_url)
        if media is None:
            continue
        record: dict[str, JSONValue] = {}
        if key:
            record["id"] = key
        if title:
            record["name"] = title
        record.update(media)
        records.append(record)
    return records
