"""Camera devices of home-automation hubs' device and thing lists.

A home-automation hub lists every device it drives, cameras beside switches and
sensors, each in the hub's own record shape; a camera's addresses sit among the
device's values, never under a camera list's usual fields:

- the Hubitat Maker API (``/apps/api/{app}/devices/all``, one device at
  ``/devices/{id}``): ``{id, name, label, type, room, capabilities, attributes,
  commands}``, the attributes a map (``{"video": "rtsp://…"}``) or a list of
  ``{name, currentValue, dataType}``. ``name`` and ``type`` name the driver
  (``go2rtc Camera``, ``Generic IP Camera``), ``label`` the device;
- openHAB's thing list (``/rest/things``, one thing at ``/rest/things/{uid}``):
  ``{UID, thingTypeUID, label, location, configuration, statusInfo {status}}``, an IP
  camera's addresses in its ``configuration`` (the IP Camera binding's ``ffmpegInput``,
  ``snapshotUrl``, ``mjpegUrl``; its older release's ``FFMPEG_INPUT``,
  ``SNAPSHOT_URL_OVERRIDE``, ``STREAM_URL_OVERRIDE``).

Each device holding a media address among its known fields is a camera: its id the
device id (the thing UID), its name the device's own ``label`` (never the driver's
``name``: a device without a label is named as any unnamed record), its area
the ``room`` (the thing's ``location``), its state the ``status``/``healthStatus``
attribute (``statusInfo.status`` ``ONLINE``/``OFFLINE``) when it says online or offline.
Its stream is the live video field (go2rtc's ``video``, ``streamUrl``, ``rtspUrl``,
``ffmpegInput``; a SmartThings-style ``stream`` attribute holding a JSON text
``{OutHomeURL, InHomeURL, ThumbnailURL}`` gives its ``OutHomeURL``, else
``InHomeURL``), its still the snapshot field (``snapshotUrl``, an ``image`` attribute
that is an address) and its MJPEG the MJPEG field. The records made here are plain camera
records, read as any list's (logins are dropped from the addresses there); an address on
a LAN, loopback or local host in an answer from a public host (a go2rtc server base on a
VPN address, a camera's home-network copy) is refused here, a link-local or metadata
one always, and a device with no other address is no camera. A hub answering from the
local network keeps its neighbours' addresses.

Never read: a camera's own input behind a relay (go2rtc's ``source``), a recorded
``clip``, a hub file reference (``file:…jpg``), a device icon (``ThumbnailURL``),
the binding's ``ffmpeg`` placeholders, a thing's other configuration (an HTTP binding's
``baseURL``) and devices with no such field (switches, sensors, a relay's parent
device): those are no cameras. The walk is bounded: at most ``_MAX_DEVICES`` devices
and ``_MAX_ATTRIBUTES`` attributes or configuration keys each.
"""

from __future__ import annotations

from collections.abc import Callable
import itertools
import json
import re
from urllib.parse import urlsplit

from ..deviceinputs import forbidden_address, lan_address
from ..fieldurls import looks_like_url
from ..policy import is_never_allowed_host
from ..values import JSONObject, JSONValue, cleaned_value, norm_key

_MAX_DEVICES = 5000
_MAX_ATTRIBUTES = 200
_MAX_TEXT = 300
_MAX_URL = 2048
_MAX_STREAM_JSON = 4096

# Field names (lower case, without separators) of each kind of media. ``streamurloverride``
# is the older IP Camera binding's MJPEG address, not a stream.
_STREAM_FIELDS = (
    "video",
    "videourl",
    "streamurl",
    "stream",
    "livestream",
    "livestreamurl",
    "rtsp",
    "rtspurl",
    "rtspstream",
    "hls",
    "hlsurl",
    "ffmpeginput",
)
_SNAPSHOT_FIELDS = (
    "snapshoturl",
    "snapshoturloverride",
    "snapshot",
    "imageurl",
    "image",
    "stillimageurl",
)
_MJPEG_FIELDS = ("mjpegurl", "mjpeg", "streamurloverride", "mjpegstream")
_STATE_FIELDS = ("status", "healthstatus", "health")
_STATES = {"online": True, "offline": False}
# A SmartThings-style stream attribute's JSON text: the outside address first.
_STREAM_JSON_KEYS = ("OutHomeURL", "InHomeURL")
_MEDIA_SCHEMES = frozenset({"http", "https", "rtsp", "rtsps"})


def _key(name: str) -> str:
    """Return a field name as the field lists above spell it: ``norm_key`` without ``_``.

    ``snapshotUri``, ``SNAPSHOT_URI`` and ``snapshot_url`` are all ``snapshoturl``.
    """
    return norm_key(name[:64]).replace("_", "")


def _address(value: JSONValue, base_url: str) -> str | None:
    """Return a field's value when it is one absolute media address a viewer reaches.

    An address on a LAN, loopback or local host named by an answer from a public host,
    or on a link-local or metadata host, is the hub's neighbour, never media: None.
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if any(char.isspace() or char in "\"'<>" for char in text) or not _is_address(text):
        return None
    if lan_address(text, base_url) or forbidden_address(text, base_url):
        return None
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    return None if is_never_allowed_host(host) else text


def _stream_json(value: JSONValue, base_url: str) -> str | None:
    """Return the address a ``stream`` attribute's JSON text gives, else None."""
    if not isinstance(value, str) or len(value) > _MAX_STREAM_JSON:
        return None
    text = value.strip()
    if not text.startswith("{"):
        return None
    try:
        decoded = json.loads(text)
    except ValueError:
        return None
    if not isinstance(decoded, dict):
        return None
    for key in _STREAM_JSON_KEYS:
        if (found := _address(decoded.get(key), base_url)) is not None:
            return found
    return None


def _hubitat_values(attributes: JSONValue) -> dict[str, JSONValue] | None:
    """Return a Maker API device's attribute values by name (a map or a list of pairs).

    An entry of the list that is no ``{name, currentValue}`` pair (``{"name": null}``, a
    bare text) is skipped alone; the device's other attributes are still read.
    """
    values: dict[str, JSONValue] = {}
    if isinstance(attributes, dict):
        for key, value in itertools.islice(attributes.items(), _MAX_ATTRIBUTES):
            values.setdefault(_key(key), value)
        return values
    if not isinstance(attributes, list):
        return None
    for entry in attributes[:_MAX_ATTRIBUTES]:
        name = entry.get("name") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not isinstance(entry, dict):
            continue
        values.setdefault(_key(name), entry.get("currentValue"))
    return values


def _media(values: dict[str, JSONValue], base_url: str) -> dict[str, JSONValue]:
    """Return the stream, still and MJPEG addresses among a device's values."""
    record: dict[str, JSONValue] = {}
    for field in _STREAM_FIELDS:
        value = values.get(field)
        found = _address(value, base_url) or _stream_json(value, base_url)
        if found is not None:
            record["stream"] = found
            break
    for kind, fields in (("snapshot", _SNAPSHOT_FIELDS), ("mjpeg", _MJPEG_FIELDS)):
        for field in fields:
            if (found := _address(values.get(field), base_url)) is not None:
                record[kind] = found
                break
    return record


def _state(value: JSONValue) -> bool | None:
    return _STATES.get(value.strip().lower()) if isinstance(value, str) else None


def _text(value: JSONValue) -> str | None:
    return cleaned_value(value, _MAX_TEXT, integers=True)


def _is_hubitat_device(record: JSONValue) -> bool:
    """Return True for a Maker API device: an id, attributes and capabilities."""
    if not isinstance(record, dict):
        return False
    if _text(record.get("id")) is None or not isinstance(record.get("attributes"), dict | list):
        return False
    # Its capability list, beside the commands, the driver type or the label.
    capabilities = record.get("capabilities")
    return (
        isinstance(capabilities, list)
        and _hubitat_capabilities(capabilities)
        and any(key in record for key in ("commands", "type", "label"))
    )


# A Hubitat capability's name: capitalised words run together (``ImageCapture``,
# ``VideoCamera``, ``Switch``); another list's tags (``ptz``, ``audio``) are none.
_CAPABILITY = re.compile(r"[A-Z][A-Za-z0-9]{1,63}")


def _hubitat_capabilities(capabilities: list[JSONValue]) -> bool:
    """Return True for a Maker API capability list: Hubitat's capability names.

    Each entry is a capitalised name, or an object (a full device record lists a
    capability's attributes so); an empty list (a virtual device's) counts.
    """
    return all(
        isinstance(entry, dict)
        or (isinstance(entry, str) and _CAPABILITY.fullmatch(entry) is not None)
        for entry in capabilities[:_MAX_ATTRIBUTES]
    )


def _hubitat_camera(device: JSONObject, base_url: str) -> JSONObject | None:
    values = _hubitat_values(device.get("attributes"))
    if values is None:
        return None
    record = _media(values, base_url)
    if not record:
        return None
    record["id"] = _text(device.get("id"))
    # Only the label names the device: ``name`` is the driver's (``Generic IP Camera``),
    # the same for every device it drives, so a device with no label is named as any
    # unnamed record is (by its area and id).
    record["name"] = _text(device.get("label"))
    record["area"] = _text(device.get("room"))
    for field in _STATE_FIELDS:
        if (state := _state(values.get(field))) is not None:
            record["online"] = state
            break
    return record


def _is_thing(record: JSONValue) -> bool:
    """Return True for an openHAB thing: a UID, a thing type UID and a configuration."""
    return (
        isinstance(record, dict)
        and isinstance(record.get("UID"), str)
        and isinstance(record.get("thingTypeUID"), str)
        and isinstance(record.get("configuration"), dict)
    )


def _thing_camera(thing: JSONObject, base_url: str) -> JSONObject | None:
    configuration = thing.get("configuration")
    if not isinstance(configuration, dict):
        return None
    values: dict[str, JSONValue] = {}
    for key, value in itertools.islice(configuration.items(), _MAX_ATTRIBUTES):
        values.setdefault(_key(key), value)
    # A configuration's ``stream`` or ``video`` is no camera address of the thing's own
    # (a media player's source); only the camera bindings' named fields are read.
    values.pop("stream", None)
    values.pop("video", None)
    record = _media(values, base_url)
    if not record:
        return None
    record["id"] = _text(thing.get("UID"))
    record["name"] = _text(thing.get("label"))
    record["area"] = _text(thing.get("location"))
    status = thing.get("statusInfo")
    if isinstance(status, dict) and (state := _state(status.get("status"))) is not None:
        record["online"] = state
    return record


def hub_device_records(data: JSONValue, base_url: str | None) -> list[JSONValue] | None:
    """Return a hub's camera devices as plain camera records, or None for another answer.

    The answer is a hub's device list when every entry (at most ``_MAX_DEVICES``) is a
    Maker API device, or every one an openHAB thing; one such record alone is a list of
    one; a hub's list with no camera device gives no record (its switches and sensors
    are never read as cameras another way). None for any other answer.
    """
    entries = data if isinstance(data, list) else [data]
    entries = entries[:_MAX_DEVICES]
    if not entries:
        return None
    reader: Callable[[JSONObject, str], JSONObject | None]
    if all(_is_hubitat_device(entry) for entry in entries):
        reader = _hubitat_camera
    elif all(_is_thing(entry) for entry in entries):
        reader = _thing_camera
    else:
        return None
    cameras: list[JSONValue] = [
        camera
        for entry in entries
        if isinstance(entry, dict) and (camera := reader(entry, base_url or "")) is not None
    ]
    if not cameras and any(_own_address(entry) for entry in entries):
        # No device holds a camera address among its hub values, yet an entry writes one
        # in its own fields (``hls_url`` beside ``attributes``): a camera list of that
        # shape, read as any list, never a hub's list without cameras.
        return None
    return cameras


def _own_address(entry: JSONValue) -> bool:
    """Return True when an entry writes an absolute address outside its hub values.

    In its own top-level fields or one level under them (``hls_url``, ``streams: {hls}``);
    the ``attributes`` and ``configuration`` the hub readers read are not looked at.
    """
    if not isinstance(entry, dict):
        return False
    for key, value in itertools.islice(entry.items(), _MAX_ATTRIBUTES):
        if key in ("attributes", "configuration"):
            continue
        inner: list[JSONValue]
        if isinstance(value, dict):
            inner = list(itertools.islice(value.values(), _MAX_ATTRIBUTES))
        elif isinstance(value, list):
            inner = value[:_MAX_ATTRIBUTES]
        else:
            inner = [value]
        if any(_is_address(item) for item in inner):
            return True
    return False


def _is_address(value: JSONValue) -> bool:
    """Return True for one absolute http(s) or RTSP address, as a hub field would hold."""
    if not isinstance(value, str) or len(value) > _MAX_URL:
        return False
    text = value.strip()
    scheme, _, rest = text.partition("://")
    return scheme.lower() in _MEDIA_SCHEMES and bool(rest) and looks_like_url(text)
