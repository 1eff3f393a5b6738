r"""Camera lists whose pictures a page hands to ``addToPreview(…)`` calls.

A road operator's camera list page (TrafficWatchNI's ``/twni/cameras``, written by a
server template) links each camera's viewer page by its name and adds a preview button
calling ``addToPreview(<id>, "<image folder>", "<cache token>", "<file>")``, its
arguments quoted as HTML entities inside the ``onclick`` attribute (``&quot;``,
``&#39;``) and the folder's slashes escaped (``https:\\/\\/…\\/images``). The page's own
script (not on the page) joins the picture as ``<folder>/<file>?cache=<token>``.

Only a call of exactly that shape is read: a whole-number id, an absolute HTTP(S) folder
without a login, a token of digits and a picture file name (``.jpg``, ``.png`` …); other
``addToPreview`` helpers (a form's ``addToPreview(this, 'text')``, a picker's
``addToPreview(name)``) are none. The camera's name is the text of the nearest link before
the call whose address names the same id (``static?id=218``, ``…/cameras/218``), and that
link (the viewer page) is its stream; a call with no such link is no camera. In a page
from a public host, a folder on a LAN, loopback or local host is never read. The calls alone
say no camera: the page's title or a heading names cameras (``Kamera CCTV``), or the call's
link or picture folder does (``/twni/cameras/static?id=218``); a link and call stating a
shop's price (``Rp 450.000 Beli``) is a product. At most 2,000 calls are read, in the first
4 MB of the page, each looking back at most 2,000 characters; the page's links are read
once (a tag at most 1,300 characters long), each call taking the nearest one before it.
"""

from __future__ import annotations

from bisect import bisect_right
import html
import re
from typing import NamedTuple
from urllib.parse import parse_qsl, quote, urljoin, urlsplit

from ..normalise import VIEWER_PAGE_KEY
from ..policy import is_public_host
from ..shapes import has_userinfo
from ..values import JSONObject, ReaderText, priced_goods
from ..viewerlinks import host_and_path, names_camera

__all__ = ["preview_call_items"]

_SCAN_LIMIT = 4 * 1024 * 1024
_MAX_CALLS = 2000
_LOOK_BACK = 2000
_MAX_NAME = 200
# A quote as it stands in an attribute: written, or as an entity.
_Q = r"(?:&quot;|&#0{0,4}34;|&#[xX]0{0,4}22;|&apos;|&#0{0,4}39;|&#[xX]0{0,4}27;|[\"'])"
# One segment's characters of the folder: no slash, escape, quote, entity or space, so the
# segments and their (escaped) slashes never overlap.
_SEGMENT = r"[^\s\"'<>&\\/]"
_CALL = re.compile(
    r"(?<![\w$.])addToPreview\s*\(\s*(\d{1,12})\s*,\s*"
    rf"{_Q}(https?:(?:\\?/){{2}}{_SEGMENT}{{1,255}}(?:\\?/{_SEGMENT}{{0,200}}){{0,12}}){_Q}\s*,\s*"
    rf"{_Q}(\d{{1,20}}){_Q}\s*,\s*"
    rf"{_Q}([\w.-]{{1,120}}\.(?:jpe?g|png|gif|webp)){_Q}\s*\)",
    re.IGNORECASE,
)
# A link with its text (no nested elements): the viewer page and the camera's name. The
# opening tag is found by its ``>`` (at most _MAX_TAG characters on), its href read inside.
_LINK_OPEN = re.compile(r"<a\b", re.IGNORECASE)
_MAX_TAG = 1300
_HREF = re.compile(r"\bhref\s*=\s*(?:\"([^\"<>]{1,500})\"|'([^'<>]{1,500})')", re.IGNORECASE)
_LINK_TEXT = re.compile(r"([^<]{1,300})</a\s*>", re.IGNORECASE)
# The page's title and headings, read for a camera word.
_HEADING = re.compile(r"<(?:title|h[1-3])\b[^>]{0,200}>([^<]{1,300})<", re.IGNORECASE)
_MAX_HEADINGS = 50


class _Link(NamedTuple):
    """A link of the page: where it starts and ends, its href and its text."""

    start: int
    end: int
    href: str
    text: str


def _page_links(text: str) -> list[_Link]:
    """Return the page's links with their text (no nested elements), in order, once."""
    links: list[_Link] = []
    position = 0
    while (found := _LINK_OPEN.search(text, position)) is not None:
        position = found.end()
        close = text.find(">", position, position + _MAX_TAG)
        if close < 0:
            continue
        href = _HREF.search(text, position, close)
        label = _LINK_TEXT.match(text, close + 1)
        if href is None or label is None:
            continue
        raw = href.group(1) or href.group(2) or ""
        links.append(_Link(found.start(), label.end(), raw, label.group(1)))
        position = label.end()
    return links


def _page_names_cameras(text: str) -> bool:
    """Return True when the page's title or one of its headings names cameras."""
    for count, heading in enumerate(_HEADING.finditer(text)):
        if count >= _MAX_HEADINGS:
            break
        if names_camera(html.unescape(heading.group(1))):
            return True
    return False


_SPACE = re.compile(r"\s+")


def _names_id(href: str, camera_id: str) -> bool:
    """Return True when a link's address names the camera id (a query value or segment)."""
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    if any(value == camera_id for _key, value in parse_qsl(parts.query)[:8]):
        return True
    return parts.path.rstrip("/").rsplit("/", 1)[-1] == camera_id


def _folder(raw: str, public: bool) -> str | None:
    """Return the picture folder a call names, its escaped slashes read, when allowed."""
    folder = raw.replace("\\/", "/")
    if has_userinfo(folder):
        return None
    try:
        host = urlsplit(folder).hostname
    except ValueError:
        return None
    if not host or (public and not is_public_host(host)):
        return None
    return folder.rstrip("/")


def _link_before(links: list[_Link], ends: list[int], start: int, camera_id: str) -> _Link | None:
    """Return the nearest link before start when it names the camera id.

    Another camera's or a navigation link standing in between gives none, as does a link
    more than _LOOK_BACK characters back.
    """
    number = bisect_right(ends, start) - 1
    if number < 0 or links[number].start < start - _LOOK_BACK:
        return None
    link = links[number]
    return link if _names_id(html.unescape(link.href).strip(), camera_id) else None


def preview_call_items(text: str, base_url: str) -> list[JSONObject]:
    """Return the cameras a page hands to ``addToPreview`` calls (see the module)."""
    if "addToPreview" not in text[:_SCAN_LIMIT]:
        return []
    scanned = text[:_SCAN_LIMIT]
    try:
        public = is_public_host(urlsplit(base_url).hostname)
    except ValueError:
        public = True
    items: list[JSONObject] = []
    seen: set[str] = set()
    links: list[_Link] | None = None
    ends: list[int] = []
    page_cameras: bool | None = None
    for count, match in enumerate(_CALL.finditer(scanned)):
        if count >= _MAX_CALLS:
            break
        camera_id, raw_folder, token, file_name = match.groups()
        if camera_id in seen:
            continue
        folder = _folder(raw_folder, public)
        if folder is None:
            continue
        if links is None:
            links = _page_links(scanned)
            ends = [link.end for link in links]
        link = _link_before(links, ends, match.start(), camera_id)
        if link is None:
            continue
        href = html.unescape(link.href).strip()
        name = _SPACE.sub(" ", html.unescape(link.text)).strip()[:_MAX_NAME]
        if not name or priced_goods(html.unescape(scanned[link.start : match.end()])):
            continue  # a shop's product beside its price
        if not names_camera(f"{host_and_path(href)} {host_and_path(folder)}"):
            if page_cameras is None:
                page_cameras = _page_names_cameras(scanned)
            if not page_cameras:
                continue  # no camera word in the page's title, headings, link or folder
        seen.add(camera_id)
        items.append(
            {
                "id": camera_id,
                "name": name,
                # The viewer page, checked as the page readers' viewer pages are.
                VIEWER_PAGE_KEY: ReaderText(urljoin(base_url, href)),
                "snapshot_url": f"{folder}/{quote(file_name)}?cache={token}",
            }
        )
    return items
