"""Posts listing cameras one heading each, the camera's media written under its heading.

Blog and news posts (WordPress, Hugo, Jekyll, a news portal's article) list public cameras
the way listicles list anything: one heading per camera (``<h3>1. Simpang Tiga</h3>``),
under it that camera's media, of whatever kind each camera offers: a video site's embed,
an embed player's frame, an HTML5 ``<video>`` (its poster the still), a snapshot picture
on the camera's host, or a link to the official portal's view page. Headings of a higher
level above them (``<h2>Litoral Norte</h2>``) group them by place when two or more do so.

The page reader reads no player frame on a page with any other camera, so such a post
loses its embeds and keeps its illustrations; this reader is the post's own reading:

* a run is the headings of one level written in one element (siblings); each heading's
  section is what follows it up to the next heading, inside that element;
* a section's one live medium (a player frame, a video) is its camera's stream, a
  video's poster its still; a section without one shows its camera by its one picture
  stored off the post's site (a site's own picture illustrates the post) or its one link
  labelled as showing the camera (``Lihat CCTV …``) off the post's site;
* a picture or view link counts only on a public host when the post is served from one
  (a public post never hands out a LAN address as a camera's medium); "the post's site"
  is its registrable domain (``cdn.x.example`` is ``www.x.example``'s own);
* a run is a camera list when two or more of its sections hold a camera, one of
  them a live medium other than a video site's frame (a video site's frame among
  stills may be a promotional video), and it speaks of cameras: a camera word in the
  page's title, in a heading above the run or in most of its section names, or a
  live medium that is a camera's stream (HLS/DASH/MJPEG, a frame or video on a host
  or path named for cameras) rather than a video file or an embed player's frame;
  a section holding two live media, or none, is no camera, and neither is a shop's
  product: a section whose heading and text state a price beside a shop's word
  (``Paket 4 Kamera Bullet 2MP`` … ``Rp 3.450.000``, ``Beli``, ``Stok``), or any price
  on a shop's page (``values.priced_goods``, the card readers' test); a toll gate's
  tariff or a parking fee alone (``Tarif parkir Rp 2.000/jam``) sells nothing;
* the name is the heading without its list number (``2. ``, ``3) ``); a group heading is
  the area when the cameras fall under two or more of them, none naming a camera list.

Bounded: a page without two headings of one level and a frame or video is not parsed;
at most _MAX_ELEMENTS start tags (the page is fed in chunks and no more once they are
read), 64 open elements and _MAX_HEADINGS headings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
import re
from urllib.parse import urlsplit

from ..aliases import WEBCAM_WORDS
from ..fieldurls import registrable_site, site_host, url_host
from ..policy import is_public_host
from ..values import JSONValue, clean_text, priced_goods, shop_page, webcam_link_label
from .embeds import frame_source, placeholder_embed, player_frame, video_page
from .tagbound import VOID_TAGS, CappedScanner, absolute_link, feed_in_pieces

__all__ = ["HeadedCamera", "headed_cameras"]

_MAX_ELEMENTS = 50_000
_MAX_DEPTH = 64
_MAX_HEADINGS = 400
_MAX_TEXT = 300
_MAX_SECTION_TEXT = 4000  # characters of a section's text read for a price
_MAX_URL = 2048
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# A list number leading a heading ("2. ", "3) ", "#4 ").
_LIST_NUMBER = re.compile(r"(?:\d{1,3}[.)]|#\d{1,3})\s+(?=\S)")
_WORD = re.compile(r"[^\W_]+")
# Cheap checks before parsing: a heading's start tag, a frame's or a video's.
_HEADING_TAG = re.compile(r"<h([1-6])[\s>/]", re.IGNORECASE)
_LIVE_TAG = re.compile(r"<(?:iframe|video)[\s>/]", re.IGNORECASE)
# Camera words beyond WEBCAM_WORDS' (Portuguese, Spanish, Indonesian spellings).
_CAMERA_WORDS = WEBCAM_WORDS | frozenset(
    {"câmera", "câmeras", "camara", "camaras", "cámara", "cámaras", "kamera", "atcs", "cctvs"}
)
# A camera's stream: a live playlist or motion JPEG, or a host or path named for cameras.
_CAMERA_STREAM = re.compile(r"(?i)\.(?:m3u8|mpd|mjpe?g)(?:[?#]|$)|/(?:hls|mjpe?g)/")
_CAMERA_NAMED = re.compile(r"[a-z]*(?:cams?|cctv|kamera|cameras?|atcs)\d*")
_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass(slots=True)
class _Section:
    """One heading and what is written under it."""

    level: int
    parent: int
    name: str
    group: str | None = None
    above: list[str] = field(default_factory=list)  # the headings above it, outermost first
    live: list[tuple[str, str | None]] = field(default_factory=list)  # (stream, poster)
    pictures: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    text: list[str] = field(default_factory=list)  # its text, up to _MAX_SECTION_TEXT
    size: int = 0


@dataclass(frozen=True, slots=True)
class HeadedCamera:
    """A camera a post writes under its own heading, as an item for the normaliser."""

    item: dict[str, JSONValue]
    media: frozenset[str]


def _camera_words(text: str) -> bool:
    """Return True when a text speaks of cameras ("Daftar CCTV", "Câmeras ao vivo")."""
    return bool(set(_WORD.findall(text[:_MAX_TEXT].lower())) & _CAMERA_WORDS)


def _camera_stream(url: str) -> bool:
    """Return True for a camera's live stream rather than a video file or a site's player."""
    if video_page(url):
        return False
    try:
        parts = urlsplit(url[:_MAX_URL])
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if _CAMERA_STREAM.search(parts.path + ("?" if parts.query else "")):
        return True
    tokens = _TOKEN.findall(f"{host} {parts.path.lower()}"[:_MAX_URL])
    return any(_CAMERA_NAMED.fullmatch(token) for token in tokens[:64])


def _web(url: str) -> bool:
    return url.startswith(("https://", "http://")) and len(url) <= _MAX_URL


def _view_label(text: str) -> bool:
    """Return True for a link label saying it shows the camera ("Lihat CCTV Pasar")."""
    words = _WORD.findall(text[:_MAX_TEXT])
    return webcam_link_label(" ".join(words[:2])) or webcam_link_label(" ".join(words[:3]))


def _list_title(text: str) -> bool:
    """Return True for a heading naming a list of cameras ("Daftar CCTV Publik")."""
    return bool(set(_WORD.findall(text[:_MAX_TEXT].lower())) & WEBCAM_WORDS)


class _Scanner(CappedScanner):
    """Collect the page's headings and the media written under each."""

    def __init__(self, base_url: str) -> None:
        super().__init__(_MAX_ELEMENTS)
        self.base_url = base_url
        self.sections: list[_Section] = []
        self._open: list[tuple[str, int]] = []  # (tag, serial)
        self._open_serials: set[int] = set()
        self._heading: tuple[int, int] | None = None  # (level, parent serial)
        self._heading_text: list[str] = []
        self._groups: dict[tuple[int, int], str] = {}  # (level, parent) -> last heading
        self._current: _Section | None = None
        self._video: tuple[str | None, str | None] | None = None  # (src, poster)
        self._link: str | None = None
        self._link_text: list[str] = []
        self._noscript = 0
        self._public = is_public_host(url_host(base_url))
        self._site = registrable_site(base_url)
        self.title: list[str] = []
        self._in_title = False
        self._above: dict[int, str] = {}  # level -> the last heading of that level

    def _absolute(self, url: str | None) -> str | None:
        return absolute_link(self.base_url, url, web_only=False)

    def _section(self) -> _Section | None:
        section = self._current
        if section is None or section.parent not in self._open_serials:
            self._current = None
            return None
        return section

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.admit_element():
            return
        attributes = {key: value or "" for key, value in attrs}
        level = _HEADINGS.get(tag)
        if tag == "noscript" or self._noscript:
            # The copy a lazy loader keeps for browsers without scripts: no medium of its own.
            self._noscript += tag not in VOID_TAGS
        elif (placeholder := placeholder_embed(attributes)) is not None and tag != "iframe":
            if (url := self._absolute(placeholder)) and (section := self._section()) is not None:
                section.live.append((url, None))
        elif tag == "title" and not self.title:
            self._in_title = True
        elif level is not None and self._heading is None:
            parent = self._open[-1][1] if self._open else 0
            self._heading = (level, parent)
            self._heading_text = []
            self._current = None
        elif tag == "iframe":
            self._frame(attributes)
        elif tag == "video":
            src = self._absolute(attributes.get("src"))
            self._video = (src, self._absolute(attributes.get("poster")))
        elif tag == "source" and self._video is not None and self._video[0] is None:
            self._video = (self._absolute(attributes.get("src")), self._video[1])
        elif tag == "img" and self._link is None:
            self._picture(attributes)
        elif tag == "a" and self._heading is None:
            self._link = self._absolute(attributes.get("href"))
            self._link_text = []
        if tag not in VOID_TAGS and len(self._open) < _MAX_DEPTH:
            self._open.append((tag, self.elements))
            self._open_serials.add(self.elements)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID_TAGS:
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.done:
            return
        if tag == "title":
            self._in_title = False
        if self._noscript and tag not in VOID_TAGS:
            self._noscript -= 1
        elif tag in _HEADINGS and self._heading is not None:
            self._end_heading()
        elif tag == "video" and self._video is not None:
            src, poster = self._video
            self._video = None
            if src and _web(src) and (section := self._section()) is not None:
                kept = poster if poster and _web(poster) and self._shown(poster) else None
                section.live.append((src, kept))
        elif tag == "a" and self._link is not None:
            self._end_link()
        for index in range(len(self._open) - 1, max(len(self._open) - 8, -1), -1):
            if self._open[index][0] == tag:
                for _tag, serial in self._open[index:]:
                    self._open_serials.discard(serial)
                del self._open[index:]
                break

    def handle_data(self, data: str) -> None:
        if self._in_title and len(self.title) < 64:
            self.title.append(data)
        if self._heading is not None and len(self._heading_text) < 64:
            self._heading_text.append(data)
        if self._link is not None and len(self._link_text) < 64:
            self._link_text.append(data)
        if self._heading is None and (section := self._section()) is not None:
            if section.size < _MAX_SECTION_TEXT:
                piece = data[: _MAX_SECTION_TEXT - section.size]
                section.text.append(piece)
                section.size += len(piece)

    def _end_heading(self) -> None:
        assert self._heading is not None
        level, parent = self._heading
        self._heading = None
        text = clean_text(" ".join(self._heading_text)[:_MAX_TEXT]) or ""
        if not text or len(self.sections) >= _MAX_HEADINGS:
            return
        above = [self._above[upper] for upper in range(1, level) if upper in self._above]
        for lower in range(level, 7):
            self._above.pop(lower, None)
        self._above[level] = text
        group = None
        for upper in range(level - 1, 0, -1):
            if (upper, parent) in self._groups:
                group = self._groups[(upper, parent)]
                break
        # A heading ends the sections of the levels below it in its element.
        for lower in range(level, 7):
            self._groups.pop((lower, parent), None)
        self._groups[(level, parent)] = text
        self._current = _Section(level, parent, text, group, above)
        self.sections.append(self._current)

    def _frame(self, attributes: dict[str, str]) -> None:
        url = self._absolute(frame_source(attributes))
        if not url or not _web(url) or (section := self._section()) is None:
            return
        if player_frame(url, attributes) or video_page(url):
            section.live.append((url, None))

    def _picture(self, attributes: dict[str, str]) -> None:
        url = self._absolute(attributes.get("src"))
        if not url or not _web(url) or (section := self._section()) is None:
            return
        if site_host(url) and registrable_site(url) != self._site and self._shown(url):
            section.pictures.append(url)

    def _end_link(self) -> None:
        url, self._link = self._link, None
        text = clean_text(" ".join(self._link_text)[:_MAX_TEXT]) or ""
        if not url or not _web(url) or (section := self._section()) is None:
            return
        if (
            site_host(url)
            and registrable_site(url) != self._site
            and _view_label(text)
            and self._shown(url)
        ):
            section.links.append(url)

    def _shown(self, url: str) -> bool:
        """Return False for a LAN address handed out by a post served from a public host."""
        return not self._public or is_public_host(url_host(url))


def _camera(
    section: _Section, link_key: Callable[[str], str | None], on_shop_page: bool = False
) -> HeadedCamera | None:
    """Return the camera one section shows, or None (a shop's priced product too)."""
    if priced_goods(f"{section.name}\n{' '.join(section.text)}", on_shop_page=on_shop_page):
        return None  # a package or product for sale, not a camera
    number = _LIST_NUMBER.match(section.name)
    name = section.name[number.end() :].strip() if number else section.name
    item: dict[str, JSONValue] = {"name": name}
    if len(section.live) > 1:
        return None
    if section.live:
        stream, poster = section.live[0]
        item["stream"] = stream
        if poster:
            item["snapshot"] = poster
    elif len(section.pictures) == 1:
        item["snapshot"] = section.pictures[0]
    elif len(section.links) == 1:
        item["stream"] = section.links[0]
        key = link_key(section.links[0])
        if key:
            item["id"] = key
    else:
        return None
    media = frozenset(
        value for key in ("stream", "snapshot") if isinstance(value := item.get(key), str)
    )
    return HeadedCamera(item, media)


def _two_headings(text: str) -> bool:
    """Return True when a page has two or more headings of one level."""
    seen: set[str] = set()
    for match in _HEADING_TAG.finditer(text):
        if match.group(1) in seen:
            return True
        seen.add(match.group(1))
    return False


def _speaks_of_cameras(title: str, sections: list[_Section]) -> bool:
    """Return True when a run's page, headings or streams say it shows cameras."""
    if _camera_words(title) or any(_camera_words(text) for text in sections[0].above):
        return True
    if 2 * sum(_camera_words(section.name) for section in sections) > len(sections):
        return True
    return any(_camera_stream(stream) for section in sections for stream, _ in section.live)


def headed_cameras(
    text: str, base_url: str, link_key: Callable[[str], str | None]
) -> list[HeadedCamera]:
    """Return the cameras a post lists one heading each, or [] when it lists none so.

    ``text`` is the page with its crowded tags cut down (``bound_tag_attributes``), as
    the page reader passes it; ``link_key`` gives the id a view page's address names
    (``/view/12``), if any.
    """
    if not _LIVE_TAG.search(text) or not _two_headings(text):
        return []  # no run of headings, or no live medium: nothing to parse for
    scanner = _Scanner(base_url)
    try:
        feed_in_pieces(scanner, text)
    except (AssertionError, ValueError):
        return []
    title = clean_text(" ".join(scanner.title)[:_MAX_TEXT]) or ""
    runs: dict[tuple[int, int], list[_Section]] = {}
    for section in scanner.sections:
        runs.setdefault((section.level, section.parent), []).append(section)
    best: list[tuple[_Section, HeadedCamera]] = []
    on_shop_page = shop_page(base_url)
    for sections in runs.values():
        found = [
            (section, camera)
            for section in sections
            if (camera := _camera(section, link_key, on_shop_page)) is not None
        ]
        if len(found) < 2 or not any(
            not video_page(stream) for section, _camera_ in found for stream, _ in section.live
        ):
            continue  # a video site's frame among stills may be a promotional video
        if not _speaks_of_cameras(title, [section for section, _camera_ in found]):
            continue  # a recipe blog's videos, a football page's players
        if len(found) > len(best):
            best = found
    if not best:
        return []
    names = {camera.item["name"] for _section, camera in best}
    groups = {section.group for section, _camera_ in best}
    placed = (
        len(groups) >= 2
        and None not in groups
        and not any(_list_title(group) or group in names for group in groups if group)
    )
    if placed:
        for section, camera in best:
            if section.group:
                camera.item["area"] = section.group
    return [camera for _section, camera in best]
