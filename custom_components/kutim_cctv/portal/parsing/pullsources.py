"""Lists of servers that name, per stream, the camera address they pull or relay.

Some servers write each camera's own address in their list instead of serving an output
at a route of their own:

- EvoStream Media Server answers its HTTP API command ``listStreams`` with ``{data:
  […], description, status}`` (the documented sample wraps it once more as ``{data:
  {data: […]}}``). Each active stream has a ``uniqueId`` (the stream's id), a ``name``
  (its local stream name) and a ``type`` whose first letter says inbound (``I``) or
  outbound (``O``); a stream the server pulls from a camera carries ``pullSettings``
  whose ``uri`` is the camera's address (``configId`` only numbers the saved pull
  settings). Outbound copies (``ONR`` pushes to a relay) and inbound streams pushed
  to the server (no ``pullSettings``) are no cameras; ``farIp``/``nearIp``/``ip`` are
  the server's network endpoints, never media.
- An Xtream Codes IPTV panel answers ``player_api.php?action=get_live_streams`` with an
  array of live channels ``{num, name, stream_type, stream_id, stream_icon,
  epg_channel_id, category_id, direct_source, …}``. A camera added as a channel has no
  programme guide (``epg_channel_id`` null or empty) and writes its own address in
  ``direct_source``; broadcast TV and radio channels carry a guide id, and radio
  entries a ``radio_streams`` type. As panels also leave TV channels without a guide,
  a guideless channel is a camera only on the evidence ``channelcams`` reads (its name,
  its category, its source's host or path; a broadcast name is none; a relay panel's
  place-named channels are cameras). ``stream_icon`` is a logo, ``num`` a position.

The address is the camera's media as written (the normaliser drops a login merged into
it). An address on a LAN, loopback or local host named by a public answer is refused
here, however many of the list's addresses are, and RTMP/SRT addresses are never taken.
"""

from __future__ import annotations

from ..values import JSONObject, JSONValue
from .channelcams import Channel, camera_channel_items, source_address
from .nvr import Items, _dicts, _mostly, _text

__all__ = ["evostream_items", "xtream_items"]

# Keys every EvoStream stream record carries beside its settings.
_EVO_KEYS = ("uniqueId", "type", "typeNumeric", "name")
# Keys of an Xtream live-stream record.
_XTREAM_KEYS = ("stream_id", "stream_type", "epg_channel_id", "name")
_XTREAM_LIVE = frozenset({"live", "created_live"})


def _evo_record(entry: JSONObject) -> bool:
    return all(key in entry for key in _EVO_KEYS) and (
        "pullSettings" in entry or "pushSettings" in entry
    )


def _evo_records(data: JSONValue) -> list[JSONObject] | None:
    if not isinstance(data, dict) or "data" not in data:
        return None
    inner = data.get("data")
    if isinstance(inner, dict) and "data" in inner:
        inner = inner.get("data")  # the documented sample's {data: {data: […]}}
    records = _dicts(inner)
    return records if _mostly(records, _evo_record) else None


def evostream_items(data: JSONValue, url: str) -> Items | None:
    """Read EvoStream Media Server's ``listStreams``: the cameras its inbound streams pull."""
    records = _evo_records(data)
    if records is None:
        return None
    items: Items = []
    for record in records:
        kind = _text(record.get("type"))
        pull = record.get("pullSettings")
        if kind is None or not kind.upper().startswith("I") or not isinstance(pull, dict):
            continue  # an outbound copy, or a stream pushed to the server
        address = source_address(pull.get("uri"), url)
        stream_id = _text(record.get("uniqueId"))
        if address is None or stream_id is None:
            continue
        name = _text(record.get("name")) or _text(pull.get("localStreamName"))
        items.append({"id": stream_id, "name": name, "stream_url": address})
    return items


def _xtream_record(entry: JSONObject) -> bool:
    return all(key in entry for key in _XTREAM_KEYS) and "direct_source" in entry


def xtream_items(data: JSONValue, url: str) -> Items | None:
    """Read an Xtream Codes ``get_live_streams`` list: channels that are cameras."""
    # The panel's own play addresses (/live/<user>/<pass>/<id>.ts) need the viewer's login:
    # they are never built.
    records = _dicts(data)
    if not records or not _mostly(records, _xtream_record):
        return None
    channels: list[tuple[Channel, str]] = []
    for record in records:
        kind = _text(record.get("stream_type"))
        if kind is None or kind.lower() not in _XTREAM_LIVE:
            continue  # radio_streams, movie, series
        if _text(record.get("epg_channel_id")) is not None:
            continue  # a broadcast channel with a programme guide
        address = source_address(record.get("direct_source"), url)
        stream_id = _text(record.get("stream_id"))
        if address is None or stream_id is None:
            continue
        name = _text(record.get("name")) or ""
        category = _text(record.get("category_name")) or ""
        channels.append(((name, category, address), stream_id))
    return camera_channel_items(channels)
