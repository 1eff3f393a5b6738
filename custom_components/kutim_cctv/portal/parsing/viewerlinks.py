"""Viewer pages beside stills: a camera's own page that plays it, named by its code.

A camera list often shows each camera's still and links the page that plays it: a
table row's "Lihat" button to ``/cctv/live/KT-0012`` beside ``/snapshot/KT-0012.jpg``,
a card's link to ``/cctv/su-01`` around its thumbnail, a KML balloon's "Tonton" link
to ``/player/ctz01``. Such a link is the camera's stream (its viewer page) when

- its path ends in a word saying the page plays (``live``, ``player``, ``play``,
  ``stream``, ``watch``, ``embed``, ``siaran``…) or in ``cctv`` (a portal's route to a
  camera's live view), followed by one code: a few letters and a number
  (``KT-0012``, ``su-01``, ``ctz01``), never a slug of words (``/live/pasar-baru``),
  a bare number (``/cctv/2``, a page of a list) nor a query;
- that code is the camera's own: its id, or the file name of the still beside it,
  compared without case and separators (``CTZ-01`` and ``ctz01``);
- the page is on a public host, without credentials, and no admin's page.

A detail page about a camera (``/kamera/kj-11``, ``/cameras/17``, ``/cctv/detail/15``),
an article, a category, a list's pagination or the ``/cctv`` index is none.
"""

from __future__ import annotations

from collections.abc import Iterable
import re
from urllib.parse import urlsplit

from ..policy import is_public_host

__all__ = ["code_key", "still_code", "viewer_code", "viewer_page"]

_MAX_URL = 300
# The last word of a viewer page's path before the camera's code.
_VIEWER_WORDS = frozenset(
    {"live", "player", "play", "stream", "streaming", "watch", "embed", "liveview"}
    | {"livestream", "tayang", "tayangan", "siaran", "putar", "cctv"}
)
_ADMIN_WORDS = frozenset(
    {"admin", "edit", "change", "update", "delete", "ubah", "hapus", "detail", "details"}
    | {"berita", "news", "kategori", "category", "tag", "tags", "page", "login", "masuk"}
)
# A camera's code: up to eight letters, an optional separator, up to eight digits.
_CODE = re.compile(r"[A-Za-z]{1,8}[-_]?\d{1,8}")
_SEPARATORS = re.compile(r"[-_.]")


def code_key(value: str) -> str:
    """Return a code compared without case and separators (``CTZ-01`` → ``ctz01``)."""
    return _SEPARATORS.sub("", value[:40]).lower()


def viewer_code(url: str) -> str | None:
    """Return the camera code a viewer page's path ends with, or None (see the module)."""
    if len(url) > _MAX_URL:
        return None
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or parts.query or "@" in parts.netloc:
        return None
    if not is_public_host(host):
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    if len(segments) < 2 or len(segments) > 6:
        return None
    code, word = segments[-1], segments[-2].lower()
    if word not in _VIEWER_WORDS or not _CODE.fullmatch(code):
        return None
    if any(segment.lower() in _ADMIN_WORDS for segment in segments[:-1]):
        return None
    return code


def still_code(url: str) -> str | None:
    """Return the file name of a still without its suffix (``/snap/ctz01.jpg`` → ``ctz01``)."""
    if len(url) > _MAX_URL:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return name if _CODE.fullmatch(name) else None


def viewer_page(url: str, codes: Iterable[str | None]) -> str | None:
    """Return the code of a viewer page naming one of the camera's codes, else None.

    codes are the camera's id and its still's file name (``still_code``), as written.
    """
    if (code := viewer_code(url)) is None:
        return None
    key = code_key(code)
    return code if any(own and code_key(own) == key for own in codes) else None
