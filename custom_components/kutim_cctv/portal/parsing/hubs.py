"""Camera lists of open-source CCTV hub software, read the way the hub's own player reads them.

Some community CCTV hubs list their cameras without any media address: each record
names a key, and the hub's own front end builds the address from it on a route the
software defines. Such a list is read only when its records have the software's exact
shape (every field one the software writes, its identifying fields all present), so a
list of ``{id, name, stream_key}`` from another server never gets an invented route:

- The RAF NET CCTV Hub's Golang/Fiber port (an RT/RW-net hub in front of MediaMTX)
  answers ``GET /api/cameras/active`` (public), ``GET /api/cameras`` and
  ``GET /api/cameras/{id}`` (admin) with ``{success, data}``: ``id``, ``name``,
  ``description``, ``location``, ``group_name``, ``stream_key``, and ``area_id`` /
  ``area_name`` when the camera has an area; the admin answers add
  ``private_rtsp_url``, ``enabled``, ``created_at`` and ``updated_at``. Its HLS proxy
  plays ``/api/stream/hls/{stream_key}/index.m3u8`` on the server answering the API.
- The "Papais CCTV" camera API (Mongoose documents behind a React front end) answers
  ``GET /api/cameras`` with ``_id`` (and the ``id`` virtual), ``name``, ``location_id``,
  ``location_text``, ``enabled``, ``source {type, ip, port, path, username}`` and the
  ``latitude``/``longitude`` its map places the camera at; the front end plays
  ``/live/{id}/index.m3u8`` on the server answering the API.

- The "RTSP Streaming Server" relay (vogler75/rtsp-streaming-server, Rust) answers
  ``GET /api/cameras`` with ``{status: "success", data: {cameras, count}}``: each camera
  ``{id, path, enabled, connected, capture_fps, clients_connected, last_frame_time,
  ffmpeg_running, duplicate_frames, token_required}`` (newer versions add
  ``pre_recording_buffer_*`` and ``mp4_buffered_*`` counters). Its dashboard opens each
  camera at the camera's configured ``path`` on the relay (``${basePath}${path}``, the
  camera's own page), which is read as the stream; ``connected`` is the state.

The inputs a record names (``private_rtsp_url``, ``source``: the camera the hub pulls,
often on the LAN and with a login) are never read. ``enabled`` is the camera's state;
``area_name`` the area, while ``location``, ``location_text`` (a street or spot) and
``group_name`` (a category) are none. A list is read only when it answered the
software's own route (``/api/cameras``; for the RAF hub also ``/api/cameras/active``
and ``/api/cameras/{id}``), and the addresses sit on the server before that route (a
reverse-proxy prefix included, even one holding ``/api/``); an answer served elsewhere
is left to the other readers.
"""

from __future__ import annotations

from collections.abc import Callable
import re
from urllib.parse import urlsplit

from ..values import JSONObject, JSONValue
from .nvr import Items, _dicts, _origin, _segment, _text

__all__ = ["hub_items"]

_SAMPLE = 50
_MAX_PATH = 2048
# The routes answering the camera lists; the path before one is the hub's base path
# (the last such route: a proxy prefix may hold ``/api/`` itself).
_RAF_ROUTE = re.compile(r"(.*)/api/cameras(?:/[^/]+)?/?")
_PAPAIS_ROUTE = re.compile(r"(.*)/api/cameras/?")

# RAF NET CCTV Hub, Golang/Fiber port (handlers/camera.go): the fields of its records.
_RAF_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "location",
        "group_name",
        "stream_key",
        "area_id",
        "area_name",
        "private_rtsp_url",
        "enabled",
        "created_at",
        "updated_at",
    }
)
_RAF_REQUIRED = frozenset({"id", "name", "description", "location", "group_name", "stream_key"})
_RAF_ANSWER = frozenset({"success", "data"})

# "Papais CCTV" (Mongoose camera documents): the fields of its records and of a source.
_PAPAIS_FIELDS = frozenset(
    {
        "_id",
        "id",
        "name",
        "location_id",
        "location_text",
        "enabled",
        "source",
        "latitude",
        "longitude",
        "createdAt",
        "updatedAt",
        "__v",
    }
)
_PAPAIS_REQUIRED = frozenset({"name", "enabled", "source"})
_PAPAIS_SOURCE = frozenset({"type", "ip", "port", "path", "username", "password"})
_PAPAIS_SOURCE_REQUIRED = frozenset({"type", "ip", "port", "path"})


def _shaped(record: JSONObject, fields: frozenset[str], required: frozenset[str]) -> bool:
    """Return True when a record holds only the given fields and all the required ones."""
    return len(record) <= len(fields) and required <= record.keys() <= fields


def _all_shaped(records: list[JSONObject], test: Callable[[JSONObject], bool]) -> bool:
    """Return True when there are records and every one of the first has the shape."""
    return bool(records) and all(map(test, records[:_SAMPLE]))


def _route_base(url: str, route: re.Pattern[str]) -> str | None:
    """Return the server's address before the list's route, or None for another path."""
    path = urlsplit(url).path
    found = route.fullmatch(path) if len(path) <= _MAX_PATH else None
    return _origin(url) + found.group(1) if found is not None else None


def _raf_record(record: JSONObject) -> bool:
    """Return True for a camera record of the RAF NET CCTV Hub's Go port."""
    return _shaped(record, _RAF_FIELDS, _RAF_REQUIRED) and isinstance(record["stream_key"], str)


def _raf_records(data: JSONValue) -> list[JSONObject] | None:
    """Return the camera records of a ``{success, data}`` answer of the hub, else None."""
    if not isinstance(data, dict) or set(data) != _RAF_ANSWER or data["success"] is not True:
        return None
    body = data["data"]
    records = [body] if isinstance(body, dict) else _dicts(body)
    return records if _all_shaped(records, _raf_record) else None


def _raf_hub(data: JSONValue, url: str) -> Items | None:
    """Read the RAF NET CCTV Hub's camera lists: HLS on the hub's proxy, by stream key."""
    base = _route_base(url, _RAF_ROUTE)
    records = _raf_records(data) if base is not None else None
    if records is None or base is None:
        return None
    items: Items = []
    for record in records:
        key, cid = record.get("stream_key"), _text(record.get("id"))
        segment = _segment(key) if isinstance(key, str) else None
        if segment is None or cid is None or not _raf_record(record):
            continue
        enabled = record.get("enabled")
        items.append(
            {
                "id": cid,
                "name": _text(record.get("name")),
                "area": _text(record.get("area_name")),
                "stream_url": f"{base}/api/stream/hls/{segment}/index.m3u8",
                "status": enabled if isinstance(enabled, bool) else None,
            }
        )
    return items


def _papais_id(record: JSONObject) -> str | None:
    """Return a camera document's id: ``_id``, else the ``id`` virtual."""
    return _text(record.get("_id")) or _text(record.get("id"))


def _papais_record(record: JSONObject) -> bool:
    """Return True for a camera document of the Papais CCTV API."""
    source = record.get("source")
    return (
        _shaped(record, _PAPAIS_FIELDS, _PAPAIS_REQUIRED)
        and ("_id" in record or "id" in record)
        and ("location_text" in record or "location_id" in record)
        and isinstance(record["enabled"], bool)
        and isinstance(source, dict)
        and _shaped(source, _PAPAIS_SOURCE, _PAPAIS_SOURCE_REQUIRED)
    )


def _coordinate(value: JSONValue) -> int | float | str | None:
    """Return a document's coordinate as written (a number or text), else None."""
    return None if isinstance(value, bool | dict | list) else value


def _papais(data: JSONValue, url: str) -> Items | None:
    """Read the Papais CCTV camera API: HLS ``/live/{id}/index.m3u8`` on the API's server."""
    base = _route_base(url, _PAPAIS_ROUTE)
    records = [data] if isinstance(data, dict) else _dicts(data)
    if base is None or not _all_shaped(records, _papais_record):
        return None
    items: Items = []
    for record in records:
        cid = _papais_id(record)
        segment = _segment(cid) if cid is not None else None
        if segment is None or not _papais_record(record):
            continue
        items.append(
            {
                "id": cid,
                "name": _text(record.get("name")),
                "stream_url": f"{base}/live/{segment}/index.m3u8",
                "lat": _coordinate(record.get("latitude")),
                "lng": _coordinate(record.get("longitude")),
                "status": record.get("enabled"),
            }
        )
    return items


# RTSP Streaming Server (vogler75/rtsp-streaming-server, src/main.rs /api/cameras).
_RSS_ROUTE = re.compile(r"(.*)/api/cameras/?")
_RSS_FIELDS = frozenset(
    {
        "id",
        "path",
        "enabled",
        "connected",
        "capture_fps",
        "clients_connected",
        "last_frame_time",
        "ffmpeg_running",
        "duplicate_frames",
        "token_required",
        "pre_recording_buffer_frames",
        "pre_recording_buffer_size_kb",
        "mp4_buffered_frames",
        "mp4_buffered_size_kb",
    }
)
_RSS_REQUIRED = frozenset(
    {"id", "path", "connected", "capture_fps", "clients_connected", "ffmpeg_running"}
)
_RSS_ANSWER = frozenset({"status", "data"})
_RSS_BODY = frozenset({"cameras", "count"})
# A camera's configured path: root-relative, plain segments (no host, query or escape).
_RSS_PATH = re.compile(r"(?:/[A-Za-z0-9._~-]{1,128}){1,8}/?")


def _rss_record(record: JSONObject) -> bool:
    """Return True for a camera of the RTSP Streaming Server's camera list."""
    return (
        _shaped(record, _RSS_FIELDS, _RSS_REQUIRED)
        and isinstance(record["path"], str)
        and isinstance(record["connected"], bool)
        and isinstance(record["ffmpeg_running"], bool)
    )


def _rss_path(value: JSONValue) -> str | None:
    """Return a camera's configured path when it is a plain root-relative path, else None."""
    if not isinstance(value, str) or _RSS_PATH.fullmatch(value) is None:
        return None
    segments = value.strip("/").split("/")
    return None if any(s in {".", ".."} for s in segments) else "/" + "/".join(segments)


def _rtsp_streaming_server(data: JSONValue, url: str) -> Items | None:
    """Read the RTSP Streaming Server's cameras: each camera's page at its path on the relay."""
    base = _route_base(url, _RSS_ROUTE)
    if base is None or not isinstance(data, dict) or set(data) != _RSS_ANSWER:
        return None
    body = data["data"]
    if data["status"] != "success" or not isinstance(body, dict) or set(body) != _RSS_BODY:
        return None
    records = _dicts(body["cameras"])
    if not _all_shaped(records, _rss_record):
        return None
    items: Items = []
    for record in records:
        cid = _text(record.get("id"))
        path = _rss_path(record.get("path"))
        if cid is None or path is None or not _rss_record(record):
            continue
        items.append(
            {"id": cid, "name": cid, "stream_url": base + path, "status": record["connected"]}
        )
    return items


_HUBS: tuple[Callable[[JSONValue, str], Items | None], ...] = (
    _raf_hub,
    _papais,
    _rtsp_streaming_server,
)


def hub_items(data: JSONValue, url: str) -> Items | None:
    """Return the plain camera items of a known CCTV hub's camera list, else None."""
    for read in _HUBS:
        items = read(data, url)
        if items is not None:
            return items
    return None
