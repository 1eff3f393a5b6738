"""Camera management tables: stream pages written as text, view actions beside LAN RTSP.

An admin's camera table writes each camera's stream as the cell's text under a stream
column ("Stream URL", "Link Stream", "Embed URL"): a public player or embed page
written there (``https://www.youtube.com/embed/…``, ``https://host/embed/jembatan``)
is the row's stream, never a page of any other kind (a news article) and never one on
a private network.

A terminal's or a plant's register writes each camera's RTSP address on its private
network as text (``rtsp://admin:…@10.31.4.21:554/…``) beside the row's actions: a
View action opening the camera's viewer page on the public host
(``/crud/view/41``, ``/camera/view/21``, ``/cam/lihat/4``) naming the same record as
the row's other actions is the camera's stream; the LAN address is never media.
"""

from __future__ import annotations

from collections.abc import Callable
import re

from ..fieldurls import registrable_site, url_host
from ..playerpage import is_platform_video
from ..policy import is_public_host
from ..redact import query_hands_access
from ..values import JSONValue
from .embeds import player_link

__all__ = [
    "MAX_VIEW_LINKS",
    "lan_only_media",
    "stream_page_header",
    "stream_page_text",
    "view_action_id",
    "view_instead_of_lan",
]

# Resolves a URL written in a page and tells its kind (stream, still, mjpeg) or None.
type Classify = Callable[[str], tuple[str, str | None] | None]

MAX_VIEW_LINKS = 4
_MAX_HEADER = 60
_MAX_TEXT = 600
_WORD = re.compile(r"[^\W_]+")
# A stream column's header: a stream or embed word, at most with words saying it is an
# address ("Stream URL", "URL Stream", "Link Streaming", "Embed URL").
_STREAM_WORDS = frozenset({"stream", "streaming", "embed", "livestream"})
_ADDRESS_WORDS = frozenset({"url", "link", "tautan", "address", "alamat", "src", "uri"})
# A record's view action: the action word and the record's number as the path's last
# segments (``/crud/view/41``, ``/camera/lihat/4``, ``/view_cctv/12``).
_VIEW_ACTION = re.compile(
    r"(?i)/(?:view|lihat|watch|live|monitor|pantau)(?:[_-](?:cctv|kamera|camera|cam|webcam)s?)?"
    r"/(\d{1,12})/?(?:[?#]|$)"
)
_MEDIA_KEYS = ("stream", "snapshot", "mjpeg")
# Folders of a site's sign-in pages and of a blog engine's back office: a view action
# under them opens no camera's viewer (``/login/view/41``, ``/wp-admin/view/41``).
_SIGN_IN_WORDS = frozenset({"login", "logout", "signin", "masuk", "keluar", "auth", "wp"})


def stream_page_header(text: str) -> bool:
    """Return True for a stream column's header ("Stream URL", "Embed URL", "Stream")."""
    words = set(_WORD.findall(text[:_MAX_HEADER].lower()))
    return bool(words & _STREAM_WORDS) and words <= _STREAM_WORDS | _ADDRESS_WORDS


def stream_page_text(text: str, classify: Classify, playing: Callable[[str], bool]) -> str | None:
    """Return the public player page a stream cell's text is, else None.

    The text is one absolute http(s) address (``&amp;`` already decoded); a video
    platform's page or a page whose path says it plays (``/embed/``, ``/player/``:
    ``playing``, no admin page) on a public host; a news article about a camera is none.
    A fragment handing a token (``#access_token=…``) is dropped: the page's server never
    sees it; a query's token (``?token=…``) is kept as written, the server may ask for it.
    """
    words = text[:_MAX_TEXT].split()
    if len(words) != 1 or not words[0].lower().startswith(("http://", "https://")):
        return None
    found = classify(words[0])
    if found is None:
        return None
    url = found[0]  # resolved: credentials written in it are never kept
    if not is_public_host(url_host(url)):
        return None
    page, _, fragment = url.partition("#")
    if fragment and query_hands_access(f"?{fragment}"):
        url = page  # a token in the fragment (``#access_token=…``) never reaches the server
    return url if is_platform_video(url) or (player_link(url) and playing(url)) else None


def view_action_id(href: str) -> str | None:
    """Return the record number a view action link names (``/crud/view/41``), or None."""
    match = _VIEW_ACTION.search(href[:300])
    if match is None or _SIGN_IN_WORDS & set(_WORD.findall(href[: match.start()].lower())):
        return None
    return match.group(1)


def lan_only_media(item: dict[str, JSONValue]) -> bool:
    """Return True when an item's media are all on hosts no viewer reaches."""
    urls = [value for key in _MEDIA_KEYS if isinstance(value := item.get(key), str)]
    return bool(urls) and not any(is_public_host(url_host(url)) for url in urls)


def view_instead_of_lan(
    item: dict[str, JSONValue],
    views: list[tuple[str, str]],
    link_ids: set[str],
    sites: set[str],
) -> bool:
    """Give a row whose media are all on a LAN its public view page as its stream.

    views are the row's view links (resolved address, record number); the one view
    page must name the one record the row's actions name, be on a public host and on
    one of sites (the registrable domains of the page and of the row's Edit and Delete
    actions): a view link to another site is none. The LAN addresses are dropped. Returns True when the
    item was changed.
    """
    if not lan_only_media(item) or len(link_ids) != 1:
        return False
    pages = {url for url, number in views if number in link_ids}
    if len(pages) != 1:
        return False
    page = next(iter(pages))
    if not is_public_host(url_host(page)) or registrable_site(page) not in sites:
        return False
    for key in _MEDIA_KEYS:
        item.pop(key, None)
    item["stream"] = page
    return True
