"""Device lists of video management systems, read the way their own web clients play them.

A VMS lists the devices it records (Nx Witness / Network Optix) or an account's cloud
devices (Eagle Eye Networks). Each record names the camera's own input (its LAN address,
its ONVIF service, masked credentials): those are never read. The camera's media is the
VMS's own route for it, on the host that answered the list:

- Nx Witness ``/ec2/getCameras``, ``/ec2/getCamerasEx`` and ``/rest/v{n}/devices``: a
  bare array of device records, ids and type ids brace-wrapped GUIDs beside a
  ``physicalId``; the server plays a device at ``/hls/{id without braces}.m3u8``. A
  device whose ``deviceType`` is an I/O module has no video and is no camera.
- Eagle Eye Networks API v1 ``/g/device/list``: an array of positional arrays, one per
  bridge or camera; a camera's still is the asset API's latest preview
  ``/asset/prev/image.jpeg?id={esn}&timestamp=now&asset_class=pre``.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode, urlsplit

from ..values import JSONObject, JSONValue
from .nvr import Items, _dicts, _mostly, _origin, _prefix_before, _state, _text

__all__ = ["een_items", "nx_items"]

_MAX_ITEMS = 5000

# ---------------------------------------------------------------------------
# Nx Witness / Network Optix
# ---------------------------------------------------------------------------

_NX_GUID = re.compile(r"^\{[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\}$")
# The server's own API roots; the list's path before one is the server's base path.
_NX_API = re.compile(r"/(?:ec2|rest/v\d{1,2}|api)/", re.IGNORECASE)
# Nx's resource status words (nx::vms::api::ResourceStatus); NotDefined is no state.
_NX_ONLINE = {
    "online": True,
    "recording": True,
    "offline": False,
    "unauthorized": False,
    "incompatible": False,
    "mismatchedcertificate": False,
}
# REST device types without video: I/O modules (``IOModule``, ``IoModule``).
_NX_NO_VIDEO = frozenset({"iomodule"})


def _nx_guid(value: JSONValue) -> bool:
    """Return True for a brace-wrapped GUID, the way Nx writes its ids."""
    return isinstance(value, str) and _NX_GUID.match(value) is not None


def _nx_device(entry: JSONObject) -> bool:
    """Return True for an Nx device record: brace GUID id and type id, a physical id."""
    return _nx_guid(entry.get("id")) and _nx_guid(entry.get("typeId")) and "physicalId" in entry


def _nx_video(entry: JSONObject) -> bool:
    """Return True unless a device's ``deviceType`` names an I/O module, which has no video."""
    kind = _text(entry.get("deviceType"))
    return kind is None or kind.lower().replace("_", "") not in _NX_NO_VIDEO


def _nx_area(entry: JSONObject) -> str | None:
    """Return a device's group: REST's group object, else the (renamed) recorder group."""
    group = entry.get("group")
    if isinstance(group, dict):
        return _text(group.get("name"))
    return _text(entry.get("userDefinedGroupName")) or _text(entry.get("groupName"))


def nx_items(data: JSONValue, url: str) -> Items | None:
    """Read an Nx Witness device list (ec2 getCameras/getCamerasEx, REST devices)."""
    entries = _dicts(data)
    if not entries or not _mostly(entries, _nx_device):
        return None
    path = urlsplit(url).path
    found = _NX_API.search(path)
    base = _origin(url) + (path[: found.start()].rstrip("/") if found else "")
    seen: set[str] = set()
    items: Items = []
    for entry in entries:
        device_id = entry.get("id")
        if not isinstance(device_id, str) or not _nx_device(entry) or device_id in seen:
            continue
        if not _nx_video(entry):
            continue  # an I/O module has no video to play
        seen.add(device_id)
        bare = device_id.strip("{}").lower()
        items.append(
            {
                "id": device_id,
                "name": _text(entry.get("name")) or bare,
                "area": _nx_area(entry),
                "stream_url": f"{base}/hls/{bare}.m3u8",
                "status": _state(entry.get("status"), _NX_ONLINE),
            }
        )
    return items


# ---------------------------------------------------------------------------
# Eagle Eye Networks API v1
# ---------------------------------------------------------------------------

_EEN_ESN = re.compile(r"^[0-9a-fA-F]{8}$")
_EEN_KINDS = frozenset({"camera", "bridge"})
_EEN_SERVICE = frozenset({"ATTD", "IGND", "IDLE", "ERSE"})
_EEN_FIELDS = 21  # account … location: the fields every documented version has
# The device_status bits of the docs' "Overall status".
_EEN_INVALID = 0x010000
_EEN_ON = 0x020000
_EEN_STREAMING = 0x040000
_EEN_REGISTERED = 0x100000


def _een_row(row: JSONValue) -> bool:
    """Return True for a device row of /g/device/list: [account, esn, name, kind, …]."""
    if not isinstance(row, list) or len(row) < _EEN_FIELDS:
        return False
    esn, kind, service = row[1], row[3], row[5]
    return (
        isinstance(row[0], str)
        and isinstance(esn, str)
        and _EEN_ESN.match(esn) is not None
        and kind in _EEN_KINDS
        and isinstance(row[4], list)
        and service in _EEN_SERVICE
    )


def _een_online(value: JSONValue) -> bool | None:
    """Return a camera's state from its device_status bitmask, the docs' overall status."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    if value & _EEN_INVALID:
        return None  # the docs: keep whatever state was known before
    return bool(value & _EEN_ON and value & _EEN_REGISTERED and value & _EEN_STREAMING)


def _een_coordinate(location: JSONValue, index: int) -> float | None:
    """Return one number of a device's location array [lat, lng, azimuth, …]."""
    if not isinstance(location, list) or len(location) <= index:
        return None
    value = location[index]
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def een_items(data: JSONValue, url: str) -> Items | None:
    """Read Eagle Eye's device list: its attached cameras, each with its preview still."""
    if not isinstance(data, list) or not data:
        return None
    rows = data[:_MAX_ITEMS]
    if not _mostly(rows, _een_row):
        return None
    base = _prefix_before(url, "/g/device")
    seen: set[str] = set()
    items: Items = []
    for row in rows:
        if not isinstance(row, list) or not _een_row(row):
            continue
        esn = row[1]
        # Only cameras attached to a bridge are the account's cameras: a bridge is none,
        # and an unattached (IGND), idle or erased camera has no preview to show.
        if row[3] != "camera" or row[5] != "ATTD" or not isinstance(esn, str) or esn in seen:
            continue
        seen.add(esn)
        query = urlencode({"id": esn, "timestamp": "now", "asset_class": "pre"})
        items.append(
            {
                "id": esn,
                "name": _text(row[2]) or esn,
                "snapshot": f"{base}/asset/prev/image.jpeg?{query}",
                "lat": _een_coordinate(row[20], 0),
                "lng": _een_coordinate(row[20], 1),
                "status": _een_online(row[10]),
            }
        )
    return items
