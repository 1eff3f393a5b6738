"""UniFi Protect camera lists, read the way Protect's own clients play a shared channel.

UniFi Protect answers ``GET /proxy/protect/api/bootstrap`` (``/api/bootstrap`` on a
controller before UniFi OS) with its whole state (``authUserId``, ``accessKey``,
``cameras``, ``nvr``, ``lastUpdateId``, ``liveviews``…) and ``GET …/api/cameras`` with
the camera objects alone. A camera object (``modelKey: "camera"``) lists its encoder
channels (``High``, ``Medium``, ``Low``); a channel the owner shares carries
``isRtspEnabled: true`` and an ``rtspAlias``, and Protect's clients (pyunifiprotect,
Home Assistant's integration) play it at ``rtsps://{controller}:7441/{alias}?enableSrtp``
on the controller the API answers from. The first shared channel is the camera's
stream; a camera sharing none has no addressable media. ``state`` (``CONNECTED``,
``DISCONNECTED``), else ``isConnected``, is its state. The cameras' own ``host`` and
``connectionHost`` and the NVR's ``host`` are LAN addresses, never read.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..values import JSONObject, JSONValue
from .nvr import Items, _dicts, _segment, _text, _with_port

__all__ = ["protect_items"]

_RTSPS_PORT = 7441
_SAMPLE = 50
_MAX_CHANNELS = 8
# Fields of a bootstrap answer beside its cameras: at least two tell it.
_BOOTSTRAP_KEYS = frozenset({"authUserId", "accessKey", "nvr", "lastUpdateId"})
_STATES = {"CONNECTED": True, "DISCONNECTED": False}


def _camera(record: JSONObject) -> bool:
    """Return True for a Protect camera object: ``modelKey: camera`` with its channels."""
    channels = record.get("channels")
    if record.get("modelKey") != "camera" or not isinstance(channels, list) or not channels:
        return False
    first = channels[0]
    return isinstance(first, dict) and "rtspAlias" in first and "isRtspEnabled" in first


def _cameras(data: JSONValue) -> list[JSONObject] | None:
    """Return the camera objects of a bootstrap or camera-list answer, else None."""
    if isinstance(data, dict):
        if len(_BOOTSTRAP_KEYS & data.keys()) < 2:
            return None
        records = _dicts(data.get("cameras"))
    else:
        records = _dicts(data)
    if not records or not all(map(_camera, records[:_SAMPLE])):
        return None
    return records


def _alias(record: JSONObject) -> str | None:
    """Return the RTSP alias of a camera's first shared channel, quoted as a segment."""
    channels = record.get("channels")
    for channel in _dicts(channels)[:_MAX_CHANNELS]:
        alias = channel.get("rtspAlias")
        if channel.get("isRtspEnabled") is True and isinstance(alias, str):
            return _segment(alias)
    return None


def _online(record: JSONObject) -> bool | None:
    """Return a camera's state: ``state``, else ``isConnected``."""
    state = record.get("state")
    if isinstance(state, str) and state in _STATES:
        return _STATES[state]
    connected = record.get("isConnected")
    return connected if isinstance(connected, bool) else None


def protect_items(data: JSONValue, url: str) -> Items | None:
    """Return the plain camera items of a UniFi Protect answer, else None."""
    records = _cameras(data)
    if records is None or not urlsplit(url).hostname:
        return None
    controller = _with_port(url, _RTSPS_PORT, "rtsps")
    items: Items = []
    for record in records:
        cid, alias = _text(record.get("id")), _alias(record)
        if cid is None or alias is None or not _camera(record):
            continue  # a camera sharing no channel has no addressable media
        items.append(
            {
                "id": cid,
                "name": _text(record.get("name")),
                "stream_url": f"{controller}/{alias}?enableSrtp",
                "status": _online(record),
            }
        )
    return items
