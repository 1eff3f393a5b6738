"""Objects mapping short keys to camera player links that carry the media in their query.

A traffic app's table of a city portal's cameras (``{"SPT_SimpangTiga":
"http://…/expandcameraplayer/?camId=64ae…&camLocation=Simpang%20Tiga&camMode=camera&
videoUrl=https://…/playlist.m3u8", …}``) keys each camera by the app's own code and
gives the portal's player page, whose query hands the page the live stream it plays
(``videoUrl``, ``src``, ``url``, ``hls``…), the camera's id (``camId``) and often its
name (``camLocation``). Each such link is one camera: the handed playlist (or MJPEG) its
stream, the id parameter its id, the name parameter its name, else the key names it.

Only a flat object of 2 to ``MAX_CAMERAS`` text values, each an absolute link to one and
the same player page (host and path), is read; two links at least must hand over live
media and say they show cameras (an id parameter named for a camera, ``camId``,
``cameraId``, ``cctv_id``, or a player path naming cameras, ``/expandcameraplayer/``,
``/cctv/``): a TV channel table of ``player.html?url=…m3u8`` links names no camera and is
left to the other readers. A link whose query hands no live media (only ``?camId=…``)
gives no camera; handed media with a login, or, in a public answer, on a host no viewer
reaches (a LAN, loopback or link-local address, a local name) gives none either.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from ..aliases import ID_KEYS, NAME_KEYS
from ..fieldurls import (
    looks_like_url,
    player_address_values,
    url_host,
    url_kind,
    without_query_login,
)
from ..models import MAX_CAMERAS
from ..policy import is_never_allowed_host, is_public_host
from ..shapes import has_userinfo
from ..values import JSONObject, JSONValue, norm_key

_MAX_KEY = 64  # characters of a key
_MAX_LINK = 4_000  # characters of a player link read
_MAX_PARAMS = 32  # query parameters of a link read
_MAX_VALUE = 200  # characters of an id or a name parameter
_LIVE = frozenset({"stream", "mjpeg"})
_ID_KEYS = frozenset(ID_KEYS)
# Query parameters naming the camera's place in a player link (``camLocation``,
# ``location``, ``lokasi``), beside the name fields records use.
_NAME_PARAMS = frozenset(
    {*NAME_KEYS, "cam_location", "camera_location", "location", "cam_title", "cctv_location"}
) - {"code"}
# An id parameter naming a camera (``camId``, ``cameraId``, ``cctv_id``, ``kamera_id``).
_CAMERA_ID = re.compile(r"(?:cam|camera|cctv|kamera|webcam)_?(?:id|no|code)", re.ASCII)
# A player path segment naming cameras (``expandcameraplayer``, ``cctv``, ``webcam``).
# ``cam`` counts only as a word of its own (``/cam/``, ``cam-player``), never in ``campus``.
_CAMERA_PATH = re.compile(
    r"camera|cctv|kamera|webcam|(?<![a-z])cams?(?![a-z])", re.ASCII | re.IGNORECASE
)


def _page(link: str) -> tuple[str, str] | None:
    """Return a player link's host and path, or None for no absolute web address."""
    try:
        parts = urlsplit(link)
        host = parts.hostname
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or not parts.query:
        return None
    return host.lower(), parts.path.rstrip("/")


def _handed(link: str, local: bool) -> tuple[str, str] | None:
    """Return the live media a player link hands its page (address, slot), or None."""
    for value in player_address_values(link):
        if has_userinfo(value) or without_query_login(value) != value:
            return None  # a login handed over: no camera at all
        kind = url_kind(value)
        if kind not in _LIVE:
            continue
        host = url_host(value)
        if is_never_allowed_host(host) or not (local or is_public_host(host)):
            return None  # a device no viewer of a published table reaches
        return value, "stream_url" if kind == "stream" else "mjpeg_url"
    return None


def _query_fields(link: str) -> tuple[str | None, str | None, bool]:
    """Return a player link's id and name parameters and whether its id names a camera."""
    query = urlsplit(link).query
    ident: str | None = None
    name: str | None = None
    camera = False
    for key, raw in parse_qsl(query, keep_blank_values=True)[:_MAX_PARAMS]:
        value = " ".join(raw.split())
        if not value or len(value) > _MAX_VALUE or looks_like_url(value):
            continue
        field = norm_key(key)
        if ident is None and (field in _ID_KEYS or _CAMERA_ID.fullmatch(field)):
            ident = value
            camera = camera or _CAMERA_ID.fullmatch(field) is not None
        elif name is None and field in _NAME_PARAMS:
            name = value
    return ident, name, camera


def player_link_records(value: JSONObject, *, local: bool = False) -> list[JSONValue] | None:
    """Return the camera records of a key→player link object, or None for no such object.

    ``local``: the answer came from the local network (its LAN media are kept).
    """
    if not 2 <= len(value) <= MAX_CAMERAS:
        return None
    pages: set[tuple[str, str]] = set()
    records: list[JSONValue] = []
    named = False
    seen: set[str] = set()
    for key, link in value.items():
        if not isinstance(link, str) or not key.strip() or len(key) > _MAX_KEY:
            return None
        link = link.strip()
        if len(link) > _MAX_LINK or (page := _page(link)) is None:
            return None
        pages.add(page)
        if len(pages) > 1:
            return None  # links to several pages: a table of links, not one player's
        if url_kind(link) is not None:
            return None  # the link is media itself (``_slug_playlists`` reads those)
        handed = _handed(link, local)
        if handed is None:
            continue
        ident, name, camera = _query_fields(link)
        named = named or camera
        own = ident or key.strip()
        if own in seen:
            continue  # the same camera linked twice
        seen.add(own)
        record: JSONObject = {"id": own, "name": name or key.strip()}
        record[handed[1]] = handed[0]
        records.append(record)
    if len(records) < 2 or not (named or _CAMERA_PATH.search(next(iter(pages))[1])):
        return None
    return records
