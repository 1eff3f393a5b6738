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
"""

from __future__ import annotations

import re

from ..aliases import ID_KEYS
from ..normalise import VIEWER_PAGE_KEY
from ..values import JSONValue, ReaderText, norm_key, states_price
from ..viewerlinks import still_code, viewer_page
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
