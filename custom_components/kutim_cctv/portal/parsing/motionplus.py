"""The configuration answer of Motion's and MotionPlus' web control: its cameras.

Motion (4.4 on) and MotionPlus answer ``/0/config`` (``/0/config.json``; MotionPlus'
React front end also ``/0/api/config``) with one hand-built object::

    {"version" : "0.2.1","cameras" : {"count" : 2,
      "0":{"name": "Gerbang","id": 1,"all_xpct_st": 0,…,"url": "http://host:8080/1/"} ,
      "1":{"name": "camera 2","id": 2,…,"url": "http://host:8080/2/"} },
     "configuration" : {"default": {…}, "cam1": {"netcam_url": {"value": …}, …}},
     "categories" : {"0": {"name": "system", "display": "System"}, …}}

(MotionPlus adds the ``all_xpct_st``… placement of each camera on the combined view,
and ``csrf_token`` before ``version`` for its front end.) Each entry of ``cameras``
keyed by its list index is a camera: ``id`` is its device id (never the index),
``name`` its name as the server writes it (``camera 7`` when it has none), and ``url``
the camera's page on the web control (``<host>/<id>/``, where it is viewed live), read
as its stream. The answer is read only in this exact shape: a ``version`` text, a
``cameras`` object whose ``count`` is the number of its indexed entries (at most 256,
keyed ``0``…), each entry holding only the fields above, and ``configuration`` or
``categories`` beside them.

The configuration's parameters (``netcam_url``, ``netcam_high_url``: the camera each
entry pulls, a LAN address; ``netcam_userpass``, ``webcontrol_authentication``: logins)
are never read. A ``url`` resolves against the answer's address; it is kept only as the
camera's page on the answer's own host (``<host>/<id>/``, a proxy's folders before it
allowed). One that is not ``http(s)``, carries a login, names another host or, in an
answer from a public host, a LAN, loopback or other private host is left out; a server
answering from the local network keeps its own LAN pages (as every reader does).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..fieldurls import resolve_url
from ..shapes import has_userinfo
from ..values import JSONValue
from .nvr import Items, _text
from .textlines import public_or_local_page

__all__ = ["motionplus_items"]

_MAX_CAMERAS = 256
_MAX_URL = 2048
_MAX_VERSION = 40
_MAX_PREFIX = 4  # folders of a proxy before ``/<id>/``
# The fields a camera entry of the answer holds (MotionPlus' placement fields optional).
_REQUIRED = frozenset({"name", "id", "url"})
_PLACEMENT = frozenset({"all_xpct_st", "all_xpct_en", "all_ypct_st", "all_ypct_en"})
_ENTRY_FIELDS = _REQUIRED | _PLACEMENT | {"width", "height"}
_TOP_FIELDS = frozenset({"csrf_token", "version", "cameras", "configuration", "categories"})


def _entries(cameras: dict[str, JSONValue]) -> list[dict[str, JSONValue]] | None:
    """Return the indexed camera entries when the cameras object has the server's shape."""
    count = cameras.get("count")
    if isinstance(count, bool) or not isinstance(count, int) or not 0 < count <= _MAX_CAMERAS:
        return None
    if len(cameras) != count + 1:
        return None
    entries: list[dict[str, JSONValue]] = []
    for index in range(count):
        entry = cameras.get(str(index))
        if not isinstance(entry, dict) or not _REQUIRED <= entry.keys() <= _ENTRY_FIELDS:
            return None
        entries.append(entry)
    return entries


def _camera_page(value: JSONValue, base_url: str, number: int) -> str | None:
    """Return a camera's page on the answer's own web control (``<host>/<id>/``), no login."""
    if not isinstance(value, str) or not value or len(value) > _MAX_URL:
        return None
    if has_userinfo(value) or (url := resolve_url(value.strip(), base_url)) is None:
        return None
    try:
        parts = urlsplit(url)
        host, own_host = parts.hostname, urlsplit(base_url).hostname
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or "@" in parts.netloc or host != own_host:
        return None
    if not parts.path.endswith(f"/{number}/") or parts.path.count("/") - 2 > _MAX_PREFIX:
        return None
    return url if public_or_local_page(url, base_url) else None


def motionplus_items(data: JSONValue, url: str) -> Items | None:
    """Return the cameras of a Motion / MotionPlus web control's config answer, else None."""
    if not isinstance(data, dict) or not data.keys() <= _TOP_FIELDS:
        return None
    version, cameras = data.get("version"), data.get("cameras")
    if not isinstance(version, str) or not 0 < len(version) <= _MAX_VERSION:
        return None
    if not isinstance(cameras, dict) or not ("configuration" in data or "categories" in data):
        return None
    entries = _entries(cameras)
    if entries is None:
        return None
    items: Items = []
    for entry in entries:
        number = entry.get("id")
        if isinstance(number, bool) or not isinstance(number, int) or number <= 0:
            continue
        page = _camera_page(entry.get("url"), url, number)
        if page is None:
            continue
        items.append(
            {"id": str(number), "name": _text(entry.get("name")) or str(number), "stream_url": page}
        )
    return items
