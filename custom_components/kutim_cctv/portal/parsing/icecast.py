"""Icecast's JSON status page (``/status-json.xsl``): its video mounts are cameras.

Icecast writes ``{"icestats": {admin, host, location, server_id, …, "source": …}}``
where ``source`` is one object when a single mount is connected and a list otherwise.
Each source names its ``listenurl`` (the live mount, which is the stream),
``server_name``, ``server_type`` and the codec's fields. A mount is a camera only when
it carries video: ``server_type`` ``video/…``, or Ogg (``application/ogg``) with Theora's
video fields (``frame_width``, ``frame_height``, ``frame_rate``, ``video_bitrate``). Radio
mounts (``audio/mpeg``, ``audio/ogg``, Vorbis or Opus in ``application/ogg``) are not.
The status names no identifier (the mount attribute of the stats XML is not written),
no place and no state. ``server_url`` (a page the source announces) is never read, and
a ``listenurl`` naming a private or local host (Icecast's default ``localhost``) is left
out of a public answer.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..policy import is_public_host
from ..shapes import has_userinfo
from ..values import JSONObject, JSONValue
from .nvr import Items, _text

__all__ = ["icecast_items"]

_MAX_SOURCES = 2000
_MAX_URL = 2048
# Fields Icecast writes for a mount's video (Theora in Ogg, WebM's video track).
_VIDEO_FIELDS = frozenset(
    ("frame_width", "frame_height", "frame_rate", "video_bitrate", "video_quality")
)
_OGG_TYPES = frozenset(("application/ogg", "application/x-ogg"))
# Fields that only an Icecast source carries; two of them beside listenurl confirm one.
_SOURCE_FIELDS = frozenset(
    (
        "server_type",
        "server_name",
        "listeners",
        "listener_peak",
        "stream_start",
        "stream_start_iso8601",
    )
)


def _sources(data: JSONValue) -> list[JSONObject] | None:
    """Return the source objects of an ``icestats`` answer, or None."""
    if not isinstance(data, dict) or len(data) > 4:
        return None
    stats = data.get("icestats")
    if not isinstance(stats, dict):
        return None
    source = stats.get("source")
    if isinstance(source, dict):
        return [source]
    if isinstance(source, list):
        return [item for item in source[:_MAX_SOURCES] if isinstance(item, dict)]
    return None


def _is_video(source: JSONObject) -> bool:
    """Return True for a mount that carries video."""
    kind = _text(source.get("server_type"))
    if kind is None:
        return False
    kind = kind.lower().split(";", 1)[0].strip()
    if kind.startswith("video/"):
        return True
    return kind in _OGG_TYPES and any(
        _text(source.get(field)) is not None for field in _VIDEO_FIELDS
    )


def _listen_url(source: JSONObject, public: bool) -> str | None:
    """Return a mount's live address when it is a plain public (or same-network) HTTP URL."""
    url = source.get("listenurl")
    if not isinstance(url, str) or len(url) > _MAX_URL or has_userinfo(url):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if public and not is_public_host(parts.hostname):
        return None
    return url


# Names Icecast and its source clients give a mount nobody named (ices, ffmpeg, butt).
_PLACEHOLDER_NAMES = frozenset({"unspecified name", "no name", "unnamed", "unknown"})


def _own_name(source: JSONObject) -> str | None:
    """Return the name a mount's source gave it, None for none or a client's placeholder."""
    name = _text(source.get("server_name"))
    if name is None or " ".join(name.split()).casefold() in _PLACEHOLDER_NAMES:
        return None
    return name


def icecast_items(data: JSONValue, url: str) -> Items | None:
    """Return the video mounts of an Icecast status answer as camera items.

    None when the answer is no Icecast status or names no video mount it may play.
    """
    sources = _sources(data)
    if sources is None:
        return None
    sources = [s for s in sources if "listenurl" in s and len(_SOURCE_FIELDS & s.keys()) >= 2]
    if not sources:
        return None
    try:
        public = is_public_host(urlsplit(url).hostname)
    except ValueError:
        public = True
    items: Items = []
    for source in sources:
        if not _is_video(source):
            continue
        stream = _listen_url(source, public)
        if stream is None:
            continue
        name = _own_name(source) or urlsplit(stream).path.strip("/") or None
        if name is None:
            continue
        items.append({"name": name, "stream_url": stream})
    # A server of radio mounts only is no camera list: the answer is left to the rest.
    return items or None
