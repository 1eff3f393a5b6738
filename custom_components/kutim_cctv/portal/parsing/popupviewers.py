"""Camera codes and viewer pages in a map marker's popup.

A camera map's popup often carries the camera's code on its element, shows its still
and links the page that plays it: ``<div data-kode="PTL-01"><b>…</b><img
src="/cctv/foto/ptl-01.jpg"><a href="/cctv/pantai/ptl-01">Lihat Live</a></div>``. The
code (``data-kode``, ``data-id``, ``data-cctv-id``…, the first such attribute) is the
marker's id when it has none, as a card's is. The link is the camera's stream when the
marker has a still and no other media and it is a viewer page naming the camera's own
code (``viewerlinks.viewer_page``): the marker's id or the still's file name. A popup's
other links (an article, a map, another camera's page) give nothing, and a popup stating
a price (``Rp 850.000``: a shop's product) gives no viewer page.

A popup written as labelled lines, its first line naming the camera after a name label
(``<b>Nama : Simpang Tiga</b><br/>Alamat : …<br/>Keterangan : <a
href="/cctv/live/4">Lihat CCTV</a>``, ``Nama: <b>Pasar</b>``, ``Nama CCTV :``), names a
marker that has no media at all by the text after the label and gives it the page it
links under a camera's viewing route (``viewerlinks.camera_route_key``: ``/cctv/live/4``,
``/kamera/pantau/3``) as its stream, the route's key as its id when it has none, when
its label names a camera or a link's caption says it shows one (``Lihat CCTV``,
``Live``, ``Pantau``). A popup naming its place under another label (``Nama Panti :``,
``Nama Objek Wisata :``), one without such a first line, a shop's, rental's,
installer's or news popup whose captions show no camera (``Lihat Produk``, ``Detail``,
``Baca``), a link to an article, a profile, a detail page, a list page (``/cctv/4``), a
LAN host or a page with a query give nothing.

A marker with no media at all whose popup links exactly one page that plays one camera
on a video platform or a streaming platform's player gives that page as its stream: the
platform's page of one video or live stream (``youtube.com/watch?v=…``, ``youtu.be/…``,
``youtube.com/live/…``: ``playerpage.is_platform_video``) or a platform's player handed
the camera by a query field (``…/player/player.php?alias=…``, ``player.<host>/?alias=…``:
``viewerlinks.platform_player_page``), on a public host. A channel's or profile's home
page (``/@name``, ``twitch.tv/name``), an owner's own webcam page, a player naming no
camera, a LAN player, a shop's popup and a popup linking two or more such pages (several
cameras, or a choice) give nothing.
"""

from __future__ import annotations

from itertools import islice
import re

from ..aliases import ID_KEYS
from ..fieldurls import resolve_url, url_kind
from ..normalise import VIEWER_PAGE_KEY
from ..playerpage import is_platform_video
from ..shapes import has_userinfo
from ..values import JSONValue, ReaderText, clean_text, norm_key, states_price, unescape_attribute
from ..viewerlinks import (
    CAMERA_PATH_WORDS,
    camera_caption,
    camera_route_key,
    names_camera,
    platform_player_page,
    query_viewer_key,
    still_code,
    viewer_address,
    viewer_page,
)
from .tagbound import first_link

__all__ = ["popup_viewer"]

_MAX_TEXT = 4000
_MAX_LINKS = 8
_MEDIA_KEYS = frozenset({"stream", "mjpeg", "hls", "video", "iframe_src"})
_LINK_HREF = re.compile(
    r"<a\b[^<>]{0,500}?\bhref\s*=\s*(?:\"([^\"<>]{1,300})\"|'([^'<>]{1,300})')",
    re.IGNORECASE,
)
# The code a popup's element carries for its camera (the first such attribute).
_CODE_ATTRIBUTE = re.compile(
    r"<[a-z][a-z0-9]{0,15}\b[^<>]{0,300}?\bdata-(?:kode|kode-cctv|id|cctv-id|camera-id"
    r"|kamera-id|cam-id|code)\s*=\s*[\"']([\w.:-]{1,64})[\"']",
    re.IGNORECASE,
)
# The end of a popup's first line, and its markup's tags.
_LINE_END = re.compile(
    r"</?br\b|</(?:p|div|h[1-6]|li|tr)\s*>|<(?:a|img|iframe|video)\b", re.IGNORECASE
)
_TAGS = re.compile(r"<[^<>]{0,300}>")
# A label naming the camera: ``Nama``, ``Name``, ``Nama CCTV``, ``Nama Lokasi``,
# ``Camera name``, then a colon and the name.
_NAME_LABEL = re.compile(
    r"(?:nama|name)(?:\s+(?:cctv|kamera|camera|cam|lokasi|titik|location))?"
    r"|(?:cctv|kamera|camera)\s+name",
    re.IGNORECASE,
)
# A label whose own words name a camera (``Nama CCTV``, ``Camera name``).
_CAMERA_LABEL = re.compile(r"\b(?:cctv|kamera|camera|cam)\b", re.IGNORECASE)
# A link's caption (its text up to ``</a>``).
_LINK_CAPTION = re.compile(
    r"<a\b[^<>]{0,500}>([^<>]{0,200}(?:<[^<>]{0,300}>[^<>]{0,200}){0,3})</a\s*>", re.IGNORECASE
)
_MAX_LINE = 400
_MAX_NAME = 100
_STILL_KEYS = frozenset({"snapshot", "image", "still", "thumbnail"})


def _labelled_name(text: str) -> tuple[str, str] | None:
    """Return the label and the name a popup's first line gives after it, else None."""
    end = _LINE_END.search(text, 0, _MAX_LINE)
    line = clean_text(_TAGS.sub(" ", text[: end.start() if end else _MAX_LINE])) or ""
    label, colon, rest = line.partition(":")
    if not colon or not _NAME_LABEL.fullmatch(label.strip()):
        return None
    name = rest.strip()
    if not name or len(name) > _MAX_NAME or not any(c.isalpha() for c in name):
        return None
    return label.strip(), name


def _shows_camera(text: str, label: str) -> bool:
    """Return True when a labelled popup says its link shows the camera.

    Its label names a camera (``Nama CCTV``), or a link's caption says it shows one
    (``Lihat CCTV``, ``Live``, ``Tonton``, ``Pantau``); a shop's, a rental's, a project's
    or an article's caption (``Lihat Produk``, ``Detail``, ``View``, ``Baca``) says none.
    """
    if _CAMERA_LABEL.search(label):
        return True
    for number, match in enumerate(_LINK_CAPTION.finditer(text)):
        if number >= _MAX_LINKS:
            break
        caption = clean_text(_TAGS.sub(" ", match.group(1))) or ""
        if camera_caption(caption):
            return True
    return False


def _without_media(item: dict[str, JSONValue]) -> bool:
    """Return True for a marker holding no media address and no viewer page."""
    if VIEWER_PAGE_KEY in item:
        return False
    for key, value in item.items():
        if isinstance(key, str) and norm_key(key) in _MEDIA_KEYS | _STILL_KEYS:
            return False
        if isinstance(value, str) and url_kind(value) is not None:
            return False
    return True


def _labelled_page(item: dict[str, JSONValue], text: str, base_url: str) -> None:
    """Give a marker without media the camera page a labelled popup links (see module)."""
    if "<a" not in text.lower() or not _without_media(item) or states_price(text):
        return
    if (labelled := _labelled_name(text)) is None:
        return
    label, name = labelled
    if not _shows_camera(text, label):
        return  # a shop's, a rental's, a project's or an article's page
    url = first_link(
        _LINK_HREF,
        text,
        base_url,
        limit=_MAX_LINKS,
        accept=lambda url: camera_route_key(url) is not None,
    )
    if url is None or (key := camera_route_key(url)) is None:
        return
    item[VIEWER_PAGE_KEY] = ReaderText(url)
    item["name"] = name
    if not any(isinstance(k, str) and norm_key(k) in ID_KEYS for k in item):
        item["id"] = key


def popup_viewer(
    item: dict[str, JSONValue], markups: tuple[str | None, ...], base_url: str
) -> None:
    """Give a marker its popup's camera code as id and the viewer page the popup links.

    The code an element of the popup carries (``data-kode``) is the marker's id when it
    has none; the viewer page is read only beside a still, for a marker without media.
    """
    own = [value for key, value in item.items() if norm_key(key) in ID_KEYS]
    for markup in markups:
        if not markup:
            continue
        text = markup[:_MAX_TEXT]
        carried = _CODE_ATTRIBUTE.search(text)
        code = carried.group(1) if carried is not None else None
        if not own and code is not None:
            item["id"] = code
            own = [code]
        _viewer_link(item, text, [value for value in own if isinstance(value, str)][:4], base_url)
        _labelled_page(item, text, base_url)
        _query_page(item, text, base_url)
        _platform_page(item, text, base_url)


def _viewer_link(item: dict[str, JSONValue], text: str, codes: list[str], base_url: str) -> None:
    """Put the popup's link to the camera's viewer page beside its still on the item."""
    snapshot = item.get("snapshot")
    if not isinstance(snapshot, str) or VIEWER_PAGE_KEY in item or "<a" not in text.lower():
        return
    if any(isinstance(key, str) and norm_key(key) in _MEDIA_KEYS for key in item):
        return
    if states_price(text):
        return  # a shop's product
    codes = [*codes, still_code(snapshot) or ""]
    url = first_link(
        _LINK_HREF,
        text,
        base_url,
        limit=_MAX_LINKS,
        accept=lambda url: viewer_page(url, codes) is not None,
    )
    if url is not None:
        item[VIEWER_PAGE_KEY] = ReaderText(url)


def _platform_page(item: dict[str, JSONValue], text: str, base_url: str) -> None:
    """Give a marker without media the one platform player page its popup links (see module)."""
    if "<a" not in text.lower() or not _without_media(item) or states_price(text):
        return
    found: set[str] = set()
    for match in islice(_LINK_HREF.finditer(text), _MAX_LINKS):
        raw = unescape_attribute(match.group(1) or match.group(2) or "")
        url = None if has_userinfo(raw) else resolve_url(raw, base_url)
        if url is None or has_userinfo(url) or viewer_address(url) is None:
            continue
        if is_platform_video(url) or platform_player_page(url):
            found.add(url)
    if len(found) == 1:
        item[VIEWER_PAGE_KEY] = ReaderText(found.pop())


# A link and its caption, the caption up to ``</a>`` (a few inline tags inside).
_CAPTIONED_LINK = re.compile(
    r"<a\b[^<>]{0,500}?\bhref\s*=\s*(?:\"([^\"<>]{1,300})\"|'([^'<>]{1,300})')[^<>]{0,300}>"
    r"([^<>]{0,200}(?:<(?!/?a\b)[^<>]{0,300}>[^<>]{0,200}){0,3})</a\s*>",
    re.IGNORECASE,
)


def _page_address(url: str) -> str:
    """Return a page address's host and path (its query and fragment cut)."""
    return url.split("?", 1)[0].split("#", 1)[0]


# A popup's lines: the texts between its block breaks (``<br>``, ``<p>``, ``<div>``,
# ``<li>``, ``<tr>``, newlines); inline tags (``<b>``, ``<i>``, ``<span>``) stay inside a line.
_LINE_BREAK = re.compile(
    r"<\s*/?\s*(?:br|p|div|li|ul|ol|tr|table|tbody|h[1-6]|hr)\b[^<>]{0,300}>|[\r\n]+",
    re.IGNORECASE,
)
_MAX_LINES = 40
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# A facility table's value line (``CCTV: Ada``, ``Kamera: Tidak``): a place's equipment.
_FACILITY_VALUE = re.compile(
    r"[^\W\d_]+\s*[:=]\s*(?:ada|tidak(?:\s+ada)?|ya|yes|no|none|tersedia|available|-|✓|✔|✗)"
    r"\W*",
    re.IGNORECASE,
)
# Camera words naming a camera map by its host: the path's camera words (``viewerlinks``)
# but ``cam``/``cams``, an abbreviation too (``cam.unmul.example``, a campus).
_HOST_CAMERA_WORDS = CAMERA_PATH_WORDS - {"cam", "cams"}
_HOST_LABEL = re.compile(r"[.-]")
# A map page's own generic names (``/cctv/index.php``, ``/cctv/peta.php``): the folder
# it is filed in names what it maps.
_GENERIC_PAGES = frozenset(
    {"index", "default", "home", "main", "beranda", "peta", "map", "maps", "lokasi", "live"}
)


def _label_line(text: str) -> bool:
    """Return True when a popup line starts with a camera word (``Kamera ATCS``).

    A camera mentioned further into a line (``Fasilitas: WiFi, <b>CCTV</b>``, ``Sensor
    AWLR + kamera``, ``Dilengkapi CCTV``) or a facility table's value line (``CCTV:
    Ada``) is a place's equipment, not what the popup shows.
    """
    for number, line in enumerate(_LINE_BREAK.split(text)):
        if number >= _MAX_LINES:
            return False
        plain = _TAGS.sub(" ", line).strip()
        word = _FIRST_WORD.search(plain)
        if word is None or not names_camera(word.group(0)):
            continue
        if _FACILITY_VALUE.fullmatch(plain) is None:
            return True
    return False


def _camera_map(base_url: str) -> bool:
    """Return True when the map page's address names a camera map.

    A host label that is a camera word (``cctv.kutimkab.example``, ``cctv-kutim.example``),
    a page whose own name is one (``/peta_cctv.php``, ``/cctv/``) or a generic page in a
    camera folder (``/cctv/index.php``, ``/cctv/peta.php``); not a page of another name
    filed under a CCTV section (``/cctv/bus.php``) nor a host abbreviation
    (``cam.unmul.example``).
    """
    address = _page_address(base_url)
    host = address.split("://", 1)[-1].split("/", 1)[0].lower()
    if not _HOST_CAMERA_WORDS.isdisjoint(_HOST_LABEL.split(host)):
        return True
    path = address.split("://", 1)[-1].partition("/")[2]
    if not path:
        return False
    *folders, page = path.rstrip("/").split("/")
    if names_camera(page):
        return True
    if path.endswith("/"):
        return False  # a folder page named for something else
    return page.rsplit(".", 1)[0].lower() in _GENERIC_PAGES and any(
        names_camera(folder) for folder in folders[-3:]
    )


def _query_page(item: dict[str, JSONValue], text: str, base_url: str) -> None:
    """Give a named marker without media the viewer script its popup's camera link opens.

    ``<b>Simpang Tiga</b><br>Kec. …<br><a href="lihat.php?id=4">Lihat CCTV</a>``: a link
    captioned as showing a camera (``Lihat CCTV``, ``Tonton Live``, ``Pantau``) to a
    viewer script keyed by one id or code field (``viewerlinks.query_viewer_key``) is the
    marker's stream, the field's value its id when it has none, when a camera word
    (``viewerlinks.names_camera``) names the marker, starts a popup line (``Kamera
    ATCS``), stands in the caption or in the link's address (``view_cctv.php``,
    ``/cctv/lihat.php``), or the map page's address names a camera map (``_camera_map``).
    A bare ``Live``/``Pantau`` to a bare ``live.php?id=3`` (a mosque's prayer stream, a
    water gauge), a camera named in passing (a hotel's ``Fasilitas: …, CCTV``), a marker
    without a name, a popup stating a price, other captions (``Detail``, ``Baca
    Berita``) and detail, article, admin or LAN pages give nothing.
    """
    if VIEWER_PAGE_KEY in item or "<a" not in text.lower() or not _without_media(item):
        return
    if not isinstance(item.get("name"), str) or states_price(text):
        return
    name = item["name"]
    assert isinstance(name, str)
    # A camera word naming the marker, starting a popup line, or the map's address.
    named = names_camera(name) or _label_line(text) or _camera_map(base_url)
    for number, match in enumerate(_CAPTIONED_LINK.finditer(text)):
        if number >= _MAX_LINKS:
            return
        caption = clean_text(_TAGS.sub(" ", match.group(3))) or ""
        if not camera_caption(caption):
            continue
        raw = unescape_attribute(match.group(1) or match.group(2) or "").strip()
        url = resolve_url(raw, base_url) if raw and not has_userinfo(raw) else None
        if url is None or (key := query_viewer_key(url)) is None:
            continue
        # The link's address as written: a relative link inherits no page folder or host.
        if not (named or names_camera(caption) or names_camera(_page_address(raw))):
            continue  # a mosque's, a league's, a bus's or a gauge's live page, no camera's
        item[VIEWER_PAGE_KEY] = ReaderText(url)
        if not any(isinstance(k, str) and norm_key(k) in ID_KEYS for k in item):
            item["id"] = key
        return
