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
from a public host, a folder on a LAN, loopback or local host is never read. At most 2,000
calls are read, in the first 4 MB of the page, each looking back at most 2,000 characters.
"""

from __future__ import annotations

import html
import re
from urllib.parse import parse_qsl, quote, urljoin, urlsplit

from ..normalise import VIEWER_PAGE_KEY
from ..policy import is_public_host
from ..shapes import has_userinfo
from ..values import JSONObject, ReaderText

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
# A link with its text (no nested elements): the viewer page and the camera's name.
_LINK = re.compile(
    r"<a\b[^>]{0,400}?\bhref\s*=\s*(?:\"([^\"<>]{1,500})\"|'([^'<>]{1,500})')[^>]{0,400}>"
    r"([^<]{1,300})</a\s*>",
    re.IGNORECASE,
)
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


def _link_before(text: str, start: int, camera_id: str) -> tuple[str, str] | None:
    """Return the href and text of the nearest link before start naming the camera id."""
    window = text[max(0, start - _LOOK_BACK) : start]
    found: tuple[str, str] | None = None
    for match in _LINK.finditer(window):
        href = html.unescape(match.group(1) or match.group(2) or "").strip()
        if _names_id(href, camera_id):
            found = (href, match.group(3))
        else:
            found = None  # another camera's or a navigation link stands in between
    return found


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
    for count, match in enumerate(_CALL.finditer(scanned)):
        if count >= _MAX_CALLS:
            break
        camera_id, raw_folder, token, file_name = match.groups()
        if camera_id in seen:
            continue
        folder = _folder(raw_folder, public)
        link = _link_before(scanned, match.start(), camera_id)
        if folder is None or link is None:
            continue
        href, raw_name = link
        name = _SPACE.sub(" ", html.unescape(raw_name)).strip()[:_MAX_NAME]
        if not name:
            continue
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
