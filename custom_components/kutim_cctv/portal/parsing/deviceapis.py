"""Camera lists of devices' own HTTP APIs: Reolink's CGI API, UniFi Video's API 2.0, OctoPrint.

Reolink NVRs, hubs and cameras answer ``/cgi-bin/api.cgi?cmd=…`` (also ``/api.cgi``) with a
JSON array holding one result per posted command, ``{cmd, code, value}`` (``code`` 0 when it
succeeded; a failed command carries ``error`` instead of ``value``). The result of
``GetChannelstatus`` lists the recorder's channels (``value.status[]`` of ``channel``,
``name``, ``online`` 1/0, ``sleep``, ``typeInfo``): each channel is a camera, which the
recorder's web player plays as HTTP-FLV at
``/flv?port=1935&app=bcs&stream=channel{N}_main.bcs`` on the API's own origin (the session
token or login parameters the player appends are never copied). ``sleep`` is power saving,
not a state. Other commands' results (``GetDevInfo``, ``GetAbility``…) describe the
device and are no cameras; an answer of Reolink's results only, none a channel status,
ends in a clear format error. The answer is Reolink's only when every command is one of
its API's (``Get…``/``Set…`` names, ``Login``…) and one result is its own (a channel
status, a ``DevInfo``/``Ability``… value, a failed command's ``rspCode``): another API's
batch answer of ``{cmd, code, value}`` (``listCameras``) is left to the other readers. A
channel ``name`` that is an address (``rtsp://…``, ``user:pw@host``, a bare IP) names
no camera.

UniFi Video 3.x answers ``GET /api/2.0/camera`` (``/api/2.0/camera/{_id}`` for one) with
``{data: [...], meta: {totalCount, filteredCount}}``; a camera record carries ``_id``,
``name``, ``state`` (``CONNECTED``/``DISCONNECTED``) and ``channels[]`` (High, Medium, Low)
with ``isRtspEnabled`` and ``rtspUris``. The NVR re-streams a channel with RTSP on at
``rtsp://{nvr}:7447/{_id}_{channel}``; the addresses in ``rtspUris`` name the NVR's LAN
controller, so only their path (and port) is read, on the API's host. The first channel
with RTSP on is the stream; a channel with RTSP off is never read, even when it still
lists an address. The still is the NVR's ``/api/2.0/snapshot/camera/{_id}?force=true``.
A camera sharing no channel keeps its still alone; a deleted record is no camera. The
device's own ``host``, its login (``deviceSettings``) and the controller fields are
never read.

OctoPrint (a 3-D printer server) answers ``GET /api/settings`` with its whole
configuration: ``webcam`` (``streamUrl``, ``snapshotUrl``, ``webcamEnabled``, ffmpeg
settings) beside ``appearance``, ``feature``, ``folder``, ``serial``, ``temperature``,
``plugins``… With the MultiCam plugin, ``plugins.multicam.multicam_profiles[]`` (``name``,
``URL``, ``snapshot``, ``streamRatio``, flips) are the cameras, with no identifier of their
own; the core ``webcam`` section then describes the first profile again and adds no
camera. Without it, the ``webcam`` section is the one camera, named by the server's
``appearance.name``. Addresses are resolved on the API's address (``/webcam/?action=stream``);
an address that is not on a public host (``is_public_host``: loopback, private, shared or
link-local, documentation and other reserved ranges in any spelling, local or single-label
names) is the server's own input (mjpg-streamer on ``127.0.0.1:8080``) and is never read
from a public server's answer; unlike the other readers, this one refuses a
documentation-range address too. Folders, printer
profiles and every other section are no cameras.

A Kerberos.io Agent watches one camera, and its configuration describes it: the agent's
configuration file (``data/config/config.json``) and its ``GET /api/config`` answer,
``{config, custom, global, snapshot}`` (``config`` the merged configuration, ``custom``
the agent's own overrides, ``global`` the installation defaults). The configuration is
recognised by its capture block, ``capture: {ipcamera: {rtsp, sub_rtsp}}``, beside at
least three of the agent's own sections (``timetable``, ``region``, ``cloud``,
``hub_uri``, ``mqtturi``…); an arbitrary settings object holding an ``rtsp`` field is not.
The one camera is read from ``config`` (else ``custom``, else the bare file; ``global``
never, its defaults name no camera): its id the agent's ``key``, its name
``friendly_name`` (else ``name``, the agent's own name), its stream ``rtsp`` (else the sub
stream ``sub_rtsp``), an RTSP address whose login is dropped; from a public host an
address on a LAN or loopback host is never taken (a documentation-range address,
``198.51.100.5``, stands in for a public one, as in the other readers), and from any
host a link-local, metadata, unspecified or loopback address or port 0 never. The inline ``snapshot`` (base64 JPEG
data), the ONVIF service address, storage, hub, MQTT, STUN/TURN and frame-processing
endpoints are no media. A configuration naming no usable stream gives no camera.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from ..deviceinputs import forbidden_address, lan_address
from ..errors import PortalFormatError
from ..fieldurls import is_address_text, url_host
from ..policy import is_internal_host, is_public_host
from ..urls import without_delimiter_login
from ..values import JSONObject, JSONValue
from .nvr import Items, _dicts, _text

__all__ = ["kerberos_items", "octoprint_items", "reolink_items", "unifi_video_items"]

_SAMPLE = 50
_MAX_CHANNELS = 256
_MAX_STREAMS = 8
_MAX_URIS = 8
_REOLINK_STATUS = "GetChannelstatus"
# Reolink's command names: Get…/Set… words, the session's Login/Logout and a few verbs.
_REOLINK_CMD = re.compile(r"(?:Get|Set)[A-Z][A-Za-z0-9]{1,40}|Login|Logout|Search|Snap|PtzCtrl")
# Keys of Reolink's own results (``GetDevInfo``, ``GetAbility``, ``GetEnc``…).
_REOLINK_VALUE_KEYS = frozenset(
    {"DevInfo", "Ability", "Enc", "Osd", "Image", "Isp", "NetPort", "Time", "Dst", "HddInfo"}
    | {"LocalLink", "User", "Token", "Rec", "Email", "Ftp", "Push", "Alarm", "MdAlarm", "Norm"}
)
_UFV_RTSP_PORT = 7447
_UFV_STATES = {"CONNECTED": True, "DISCONNECTED": False}
_UFV_API = "/api/2.0/"


def _api_origin(url: str) -> str | None:
    """Return scheme://host[:port] of the API's address, without any login, else None."""
    parts = urlsplit(url)
    host = parts.hostname
    if not host or parts.scheme not in {"http", "https"}:
        return None
    try:
        port = parts.port
    except ValueError:
        return None
    host = f"[{host}]" if ":" in host else host
    netloc = f"{host}:{port}" if port is not None else host
    return urlunsplit((parts.scheme, netloc, "", "", ""))


# ---------------------------------------------------------------------------
# Reolink CGI API
# ---------------------------------------------------------------------------


def _reolink_result(entry: JSONValue) -> bool:
    """Return True for one command result of Reolink's CGI API: ``{cmd, code, …}``."""
    if not isinstance(entry, dict):
        return False
    code = entry.get("code")
    return (
        isinstance(entry.get("cmd"), str)
        and isinstance(code, int)
        and not isinstance(code, bool)
        and ("value" in entry or "error" in entry)
    )


def _reolink_command(name: str) -> bool:
    """Return True for a command name of Reolink's API: ``Get…``/``Set…`` words or a login."""
    return _REOLINK_CMD.fullmatch(name[:64]) is not None


def _reolink_body(entry: JSONObject) -> bool:
    """Return True when a result carries Reolink's own keys.

    A channel status, a device record (``DevInfo``, ``Ability``…) or a failed command's
    ``rspCode`` is Reolink's.
    """
    value = entry.get("value")
    if isinstance(value, dict):
        status = value.get("status")
        if isinstance(status, list) and any(
            isinstance(row, dict) and "channel" in row for row in status[:_SAMPLE]
        ):
            return True
        if _REOLINK_VALUE_KEYS & value.keys():
            return True
    error = entry.get("error")
    return isinstance(error, dict) and "rspCode" in error


def _reolink_answer(sample: list[JSONValue]) -> bool:
    """Return True for Reolink's answer: command results, every command one of its API's.

    One result or command must be Reolink's own (``GetChannelstatus``, a ``DevInfo``…).
    """
    if not all(map(_reolink_result, sample)):
        return False
    results = _dicts(sample)
    if not all(_reolink_command(str(entry.get("cmd"))) for entry in results):
        return False  # a batch or RPC answer of another API (``listCameras``)
    return any(entry.get("cmd") == _REOLINK_STATUS or _reolink_body(entry) for entry in results)


def _reolink_name(value: JSONValue) -> str | None:
    """Return a channel's name, never an address written in its place."""
    name = _text(value)
    if name is None or is_address_text(name):
        return None
    return name


def _reolink_channel(entry: JSONObject) -> int | None:
    """Return a channel status entry's channel number, else None."""
    channel = entry.get("channel")
    if isinstance(channel, bool) or not isinstance(channel, int):
        return None
    return channel if 0 <= channel < _MAX_CHANNELS else None


def _reolink_online(value: JSONValue) -> bool | None:
    """Return a channel's state from its ``online`` 1/0 flag."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return {1: True, 0: False}.get(value)
    return None


def reolink_items(data: JSONValue, url: str) -> Items | None:
    """Return the channels of a Reolink CGI ``GetChannelstatus`` answer as plain items.

    Return None for any other answer; raise PortalFormatError for an answer made of
    Reolink command results none of which lists the channels.
    """
    if not isinstance(data, list) or not data:
        return None
    sample = data[:_SAMPLE]
    if not _reolink_answer(sample):
        return None
    status: list[JSONObject] | None = None
    for entry in _dicts(sample):
        value = entry.get("value")
        if entry.get("cmd") == _REOLINK_STATUS and entry.get("code") == 0:
            if isinstance(value, dict) and isinstance(value.get("status"), list):
                status = _dicts(value.get("status"))
                break
    origin = _api_origin(url)
    if status is None or origin is None:
        commands = sorted({str(entry.get("cmd"))[:40] for entry in _dicts(sample)})
        raise PortalFormatError(
            "No camera list found in the portal answer: it is a Reolink CGI API answer to "
            f"{', '.join(commands[:5])}, none of them a channel list (ask api.cgi for "
            f"cmd={_REOLINK_STATUS})"
        )
    items: Items = []
    seen: set[int] = set()
    for entry in status[:_MAX_CHANNELS]:
        channel = _reolink_channel(entry)
        if channel is None or channel in seen:
            continue
        seen.add(channel)
        items.append(
            {
                "id": str(channel),
                "name": _reolink_name(entry.get("name")),
                "stream_url": (f"{origin}/flv?port=1935&app=bcs&stream=channel{channel}_main.bcs"),
                "status": _reolink_online(entry.get("online")),
            }
        )
    return items


# ---------------------------------------------------------------------------
# UniFi Video API 2.0
# ---------------------------------------------------------------------------


def _ufv_channel(value: JSONValue) -> bool:
    """Return True for a UniFi Video encoder channel: its RTSP switch and addresses."""
    return isinstance(value, dict) and "isRtspEnabled" in value and "rtspUris" in value


def _ufv_camera(record: JSONObject) -> bool:
    """Return True for a UniFi Video camera record: an ``_id`` and its encoder channels."""
    channels = record.get("channels")
    return (
        isinstance(record.get("_id"), str)
        and isinstance(channels, list)
        and bool(channels)
        and _ufv_channel(channels[0])
    )


def _ufv_path(uri: str) -> tuple[str, int] | None:
    """Return the one-segment path and port of an NVR re-stream address, else None."""
    parts = urlsplit(uri[:1024])
    if parts.scheme != "rtsp":
        return None
    try:
        port = parts.port or _UFV_RTSP_PORT
    except ValueError:
        return None
    segment = parts.path.strip("/")
    if not segment or "/" in segment or segment in {".", ".."} or len(segment) > 256:
        return None
    return quote(segment, safe=""), port


def _ufv_stream(record: JSONObject, host: str) -> str | None:
    """Return the RTSP re-stream of a camera's first channel with RTSP on, on the API's host."""
    for channel in _dicts(record.get("channels"))[:_MAX_STREAMS]:
        if channel.get("isRtspEnabled") is not True:
            continue  # a channel with RTSP off is never played, whatever it lists
        uris = channel.get("rtspUris")
        for uri in uris[:_MAX_URIS] if isinstance(uris, list) else []:
            found = _ufv_path(uri) if isinstance(uri, str) else None
            if found is not None:
                return f"rtsp://{host}:{found[1]}/{found[0]}"
    return None


def unifi_video_items(data: JSONValue, url: str) -> Items | None:
    """Return the cameras of a UniFi Video API 2.0 camera answer as plain items, else None."""
    if not isinstance(data, dict) or not isinstance(data.get("meta"), dict):
        return None
    records = _dicts(data.get("data"))
    if not records or not all(map(_ufv_camera, records[:_SAMPLE])):
        return None
    origin = _api_origin(url)
    host = urlsplit(url).hostname
    if origin is None or not host:
        return None
    host = f"[{host}]" if ":" in host else host
    path = urlsplit(url).path
    base = origin + (path[: path.find(_UFV_API)] if _UFV_API in path else "")
    items: Items = []
    for record in records:
        cid = _text(record.get("_id"))
        if cid is None or record.get("deleted") is True or not _ufv_camera(record):
            continue
        state = record.get("state")
        items.append(
            {
                "id": cid,
                "name": _text(record.get("name")),
                "stream_url": _ufv_stream(record, host),
                "snapshot": f"{base}/api/2.0/snapshot/camera/{quote(cid, safe='')}?force=true",
                "status": _UFV_STATES.get(state) if isinstance(state, str) else None,
            }
        )
    return items


# ---------------------------------------------------------------------------
# OctoPrint settings
# ---------------------------------------------------------------------------

_OCTOPRINT_SECTIONS = frozenset(
    {"appearance", "feature", "folder", "serial", "temperature", "printer", "plugins", "api"}
)
_MIN_SECTIONS = 3
_MAX_PROFILES = 64


def _octoprint(data: JSONValue) -> JSONObject | None:
    """Return the ``webcam`` section of an OctoPrint settings answer, else None."""
    if not isinstance(data, dict):
        return None
    webcam = data.get("webcam")
    if not isinstance(webcam, dict) or not {"streamUrl", "snapshotUrl"} & webcam.keys():
        return None
    return webcam if len(_OCTOPRINT_SECTIONS & data.keys()) >= _MIN_SECTIONS else None


def _octoprint_url(value: JSONValue, url: str, public: bool) -> str | None:
    """Return a settings address resolved on the API's address, else None."""
    text = _text(value)
    if text is None or len(text) > 2048:
        return None
    resolved = urljoin(url, text)
    parts = urlsplit(resolved)
    if parts.scheme not in {"http", "https"} or parts.username or parts.password:
        return None
    if public and not is_public_host(url_host(resolved)):
        return None  # the server's own input (mjpg-streamer on its loopback), or a LAN's
    return resolved


def _multicam_profiles(data: JSONObject) -> list[JSONObject]:
    """Return the MultiCam plugin's camera profiles of a settings answer, if any."""
    plugins = data.get("plugins")
    multicam = plugins.get("multicam") if isinstance(plugins, dict) else None
    if not isinstance(multicam, dict):
        return []
    return _dicts(multicam.get("multicam_profiles"))[:_MAX_PROFILES]


def octoprint_items(data: JSONValue, url: str) -> Items | None:
    """Return the webcams of an OctoPrint settings answer as plain items, else None."""
    webcam = _octoprint(data)
    if webcam is None or not isinstance(data, dict) or _api_origin(url) is None:
        return None
    public = is_public_host(url_host(url))
    items: Items = []
    profiles = _multicam_profiles(data)
    for profile in profiles:
        stream = _octoprint_url(profile.get("URL"), url, public)
        snapshot = _octoprint_url(profile.get("snapshot"), url, public)
        if stream is None and snapshot is None:
            continue
        items.append(
            {"name": _text(profile.get("name")), "stream_url": stream, "snapshot": snapshot}
        )
    if profiles or webcam.get("webcamEnabled") is False:
        return items
    stream = _octoprint_url(webcam.get("streamUrl"), url, public)
    snapshot = _octoprint_url(webcam.get("snapshotUrl"), url, public)
    if stream is not None or snapshot is not None:
        appearance = data.get("appearance")
        name = _text(appearance.get("name")) if isinstance(appearance, dict) else None
        items.append({"name": name, "stream_url": stream, "snapshot": snapshot})
    return items


# ---------------------------------------------------------------------------
# Kerberos.io Agent configuration
# ---------------------------------------------------------------------------

# Sections of a Kerberos.io Agent's configuration beside its capture block.
_KERBEROS_SECTIONS = frozenset(
    {"timetable", "region", "cloud", "s3", "kstorage", "dropbox", "mqtturi", "stunuri"}
    | {"turnuri", "hub_uri", "hub_key", "hub_site", "heartbeaturi", "condition_uri"}
    | {"auto_clean", "remove_after_upload", "max_directory_size", "offline"}
)
_MIN_KERBEROS_SECTIONS = 3
_KERBEROS_STREAMS = ("rtsp", "sub_rtsp")
_RTSP_SCHEMES = frozenset({"rtsp", "rtsps"})


def _kerberos_config(data: JSONValue) -> JSONObject | None:
    """Return the agent configuration a Kerberos.io answer holds, else None.

    The ``/api/config`` answer's ``config`` (else ``custom``) or the bare configuration
    file; ``global`` holds the installation's defaults and is never read.
    """
    if not isinstance(data, dict):
        return None
    for key in ("config", "custom"):
        inner = data.get(key)
        if isinstance(inner, dict) and _kerberos_shaped(inner):
            return inner
    return data if _kerberos_shaped(data) else None


def _kerberos_shaped(config: JSONObject) -> bool:
    """Return True for a Kerberos.io Agent configuration.

    It holds an IP-camera capture block and at least three of the agent's own sections.
    """
    capture = config.get("capture")
    ipcamera = capture.get("ipcamera") if isinstance(capture, dict) else None
    if not isinstance(ipcamera, dict) or not any(key in ipcamera for key in _KERBEROS_STREAMS):
        return False
    return len(_KERBEROS_SECTIONS & config.keys()) >= _MIN_KERBEROS_SECTIONS


def _kerberos_stream(value: JSONValue, url: str) -> str | None:
    """Return an agent's RTSP input, else None (its login is dropped downstream).

    The host is judged as the other device readers judge it (``deviceinputs``): from a
    public host an input on a LAN or loopback host is the camera's own address behind
    the agent, never read (a documentation-range address stands in for a public one);
    from any host, a link-local, metadata, unspecified (``0.0.0.0``) or loopback input
    is never read: the agent's own loopback would be Home Assistant's. Port 0 and an
    address whose login hides its host are no input either.
    """
    text = _text(value)
    read = without_delimiter_login(text[:2048]) if text is not None else None
    if read is None:
        return None
    try:
        parts = urlsplit(read)
        port = parts.port
    except ValueError:
        return None
    host = parts.hostname
    if parts.scheme.lower() not in _RTSP_SCHEMES or not host or port == 0:
        return None
    if is_internal_host(host) or lan_address(read, url) or forbidden_address(read, url):
        return None
    return read


def kerberos_items(data: JSONValue, url: str) -> Items | None:
    """Return the one camera a Kerberos.io Agent's configuration describes, else None."""
    config = _kerberos_config(data)
    if config is None:
        return None
    capture = config.get("capture")
    ipcamera = capture.get("ipcamera") if isinstance(capture, dict) else None
    if not isinstance(ipcamera, dict):
        return None
    stream = next(
        (
            found
            for key in _KERBEROS_STREAMS
            if (found := _kerberos_stream(ipcamera.get(key), url)) is not None
        ),
        None,
    )
    if stream is None:
        return []
    name = _text(config.get("friendly_name")) or _text(config.get("name"))
    if name is not None and is_address_text(name):
        name = None
    return [{"id": _text(config.get("key")), "name": name, "stream_url": stream}]
