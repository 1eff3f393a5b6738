"""Stream registries of video-analytics servers, as a portal exposes their APIs.

A face or vehicle recognition server keeps a registry of the camera streams it
processes: VisionLabs FaceStream answers ``GET /api/1/streams`` with an array of
``stream_info`` records (and ``GET /api/1/streams/{id}`` with one), and its LUNA Streams
service the same records wrapped as ``{streams: […], count}``. Each record names the
camera by ``stream_id`` and ``name``, the camera's own address in ``data.reference`` (an
RTSP address, often on the LAN and with an operator's login, or an HLS playlist), the
processing state in ``status`` and, in the newer records, its place in ``location``
(``city``, ``area``, ``district``, ``street``, ``geo_position {longitude, latitude}``).

Such a server serves no output of its own (its ``preview_url`` is a browser preview page
of the processing), so the reference is the camera's media: the login is dropped where
every address loses it. A recorded clip or a folder of pictures (``data.type``
``videofile`` or ``images``) is no camera. Only the fields named here are read; event
handlers, policies and the restart policy (whose own ``status`` says whether restarting
is enabled) never are.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..values import JSONObject, JSONValue, clean_text
from .nvr import Items, _dicts, _mostly, _state, _text

__all__ = ["analytics_streams"]

# Processing states (VisionLabs stream statuses): a stream being processed is online, a
# failed, cancelled or stopped one offline; waiting, paused or finished say nothing.
_ONLINE = {"in_progress": True, "failure": False, "cancel": False, "stop": False}
# Kinds of a stream's input that are no live camera: a recorded file, a folder of pictures.
_NOT_LIVE = frozenset({"videofile", "images"})
_SCHEMES = frozenset({"rtsp", "rtsps", "http", "https"})
_MAX_FIELDS = 64
_MAX_REFERENCE = 2048
_MAX_PLACE = 120
# Keys of the answer wrapping the records (LUNA Streams ``{streams, count}``).
_WRAPPER_KEYS = frozenset({"streams", "count"})


def _stream_data(record: JSONObject) -> JSONObject | None:
    """Return a record's ``data`` object when it names the stream's reference."""
    data = record.get("data")
    if isinstance(data, dict) and len(data) <= _MAX_FIELDS and "reference" in data:
        return data
    return None


def _stream_record(record: JSONObject) -> bool:
    """Return True for a stream registry record: a ``stream_id`` and a ``data.reference``."""
    return "stream_id" in record and _stream_data(record) is not None


def _records(data: JSONValue) -> list[JSONObject] | None:
    """Return the stream records of an answer (an array, one record, or ``{streams}``)."""
    if isinstance(data, dict) and _stream_record(data):
        return [data]  # GET /api/1/streams/{id} answers with the stream itself
    if isinstance(data, dict) and set(data) <= _WRAPPER_KEYS:
        data = data.get("streams")
    records = _dicts(data)
    return records if _mostly(records, _stream_record) else None


def _reference(data: JSONObject) -> str | None:
    """Return the camera address a stream reads, or None for no live camera's address."""
    kind = _text(data.get("type"))
    if kind is not None and kind.lower() in _NOT_LIVE:
        return None
    reference = data.get("reference")
    if not isinstance(reference, str) or len(reference) > _MAX_REFERENCE:
        return None
    text = reference.strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SCHEMES or not parts.netloc:
        return None  # a path on the server's disk, a device number
    return text


def _place(value: JSONValue) -> str | None:
    """Return a place name written as text, else None."""
    if not isinstance(value, str):
        return None
    text = clean_text(value[:_MAX_PLACE])
    return text if text and any(char.isalpha() for char in text) else None


def _coordinate(value: JSONValue) -> float | None:
    """Return a coordinate written as a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _location(record: JSONObject) -> JSONObject:
    """Return the area and position a record's ``location`` gives.

    The district is the area, else the city; the location's own ``area`` (a region or
    province) never is.
    """
    location = record.get("location")
    if not isinstance(location, dict) or len(location) > _MAX_FIELDS:
        return {}
    found: JSONObject = {}
    area = _place(location.get("district")) or _place(location.get("city"))
    if area is not None:
        found["area"] = area
    position = location.get("geo_position")
    if isinstance(position, dict):
        lat = _coordinate(position.get("latitude"))
        lng = _coordinate(position.get("longitude"))
        if lat is not None and lng is not None:
            found["lat"], found["lng"] = lat, lng
    return found


def analytics_streams(data: JSONValue, url: str) -> Items | None:
    """Read a FaceStream or LUNA Streams stream registry, else None."""
    del url  # the addresses are written whole in the records
    records = _records(data)
    if records is None:
        return None
    items: Items = []
    for record in records:
        stream_data = _stream_data(record)
        stream_id = _text(record.get("stream_id"))
        if stream_data is None or stream_id is None:
            continue
        reference = _reference(stream_data)
        if reference is None:
            continue
        item: JSONObject = {
            "id": stream_id,
            "name": _text(record.get("name")),
            "stream_url": reference,
            "status": _state(record.get("status"), _ONLINE),
        }
        item.update(_location(record))
        items.append(item)
    return items
