"""Camera lists of further NVRs and media servers, as a portal exposes their APIs.

motionEye, Motion / MotionPlus (``motionplus``), Blue Iris, Agent DVR, OvenMediaEngine, MistServer and Node-Media-Server list
their cameras or streams in shapes of their own and serve media at addresses that follow
each server's conventions rather than being written in the list. As in ``nvr``, a
record's inputs (the camera a server pulls from or that publishes to it, often a LAN
address with credentials) are never read: only the named fields below are, and the
camera's media is the server's own output, resolved against the list URL (including a
reverse-proxy prefix in front of the server). Video management systems' device lists
(``vms``: Nx Witness, Eagle Eye Networks) are read the same way. Video-analytics stream
registries (``analytics``: FaceStream, LUNA Streams) are read last: they serve no output,
so the camera address each stream reads is its media. Camera lists of open-source CCTV
hubs (``hubs``) name a key their own player plays on the hub's route. EvoStream's
``listStreams`` and Xtream Codes' ``get_live_streams`` (``pullsources``) write the camera
address each stream pulls or relays, which is then its media, Stalker / Ministra
set-top-box portals (``middleware``) the address each camera channel's ``cmd`` plays, and
road operators' ``webcams.json`` lists (``framewebcams``) name each camera's still and clip
by frame. Icecast's JSON status page (``icecast``) lists its mounts; the video ones are
cameras, their ``listenurl`` the stream.

An nginx-rtmp statistics page lists live streams but no address to play them at (the
HLS location is whatever the server configures), so it ends in a format error saying
what was found.
"""

from __future__ import annotations

from collections.abc import Callable
import itertools
import re
from urllib.parse import urlsplit

from ..errors import PortalFormatError
from ..shapes import has_userinfo
from ..values import JSONObject, JSONValue, digits_int, port_number as _port
from .analytics import analytics_streams
from .deviceapis import kerberos_items, octoprint_items, reolink_items, unifi_video_items
from .framewebcams import frame_webcam_items
from .hubs import hub_items
from .icecast import icecast_items
from .middleware import stalker_items
from .motionplus import motionplus_items
from .nvr import (
    Items,
    _dicts,
    _mostly,
    _origin,
    _prefix_before,
    _safe_path,
    _segment,
    _text,
    _with_port,
    nvr_items,
)
from .protect import protect_items
from .pullsources import evostream_items, xtream_items
from .tsapi import tsapi_items
from .vms import een_items, nx_items

__all__ = ["looks_like_rtmp_stat", "rtmp_stat_error", "server_items"]

_MAX_ITEMS = 5000


# ---------------------------------------------------------------------------
# motionEye
# ---------------------------------------------------------------------------


def _motioneye_camera(camera: JSONObject) -> bool:
    """Return True for a camera of motionEye's UI configuration (id and streaming port)."""
    return (
        "id" in camera
        and "streaming_port" in camera
        and ("video_streaming" in camera or "proto" in camera)
    )


def _motioneye(data: JSONValue, url: str) -> Items | None:
    """Read motionEye's camera configurations (GET /config/list, or /config/{id}/get).

    motion serves each camera's live MJPEG on its own streaming port of the same host,
    over plain HTTP (``http://{host}:{streaming_port}/``); motionEye serves the still at
    ``/picture/{id}/current/``. The netcam ``url``, device and remote ``host`` fields are
    the camera's own addresses and are never read.
    """
    if not isinstance(data, dict):
        return None
    if _motioneye_camera(data):
        cameras = [data]  # the configuration of one camera
    else:
        cameras = _dicts(data.get("cameras"))
        if not _mostly(cameras, _motioneye_camera):
            return None
    parts = urlsplit(url)
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    base = _prefix_before(url, "/config/")
    items: Items = []
    for camera in cameras:
        # A camera that is switched off or does not stream has no live picture.
        if camera.get("enabled") is False or camera.get("video_streaming") is False:
            continue
        number = _text(camera.get("id"))
        port = _port(camera.get("streaming_port"))
        path = _segment(number) if number else None
        if number is None or path is None or port is None or not host:
            continue
        items.append(
            {
                "id": number,
                "name": _text(camera.get("name")) or number,
                "snapshot": f"{base}/picture/{path}/current/",
                "mjpeg": f"http://{host}:{port}/",
            }
        )
    return items


# ---------------------------------------------------------------------------
# Blue Iris
# ---------------------------------------------------------------------------


_BLUEIRIS_API = re.compile(r"/json(?:/|$)")


_BI_SHORT = ("optionvalue", "optionsvalue")
_BI_DISPLAY = ("optiondisplay", "optionsdisplay")


def _bi_field(entry: JSONObject, names: tuple[str, ...]) -> JSONValue:
    """Return a camlist field whatever its case (client libraries spell them variously)."""
    for key in itertools.islice(entry, 64):
        if key.lower() in names:
            return entry[key]
    return None


def _blueiris_entry(entry: JSONObject) -> bool:
    """Return True for an entry of Blue Iris' camlist answer (short and display name)."""
    return _bi_field(entry, _BI_SHORT) is not None and _bi_field(entry, _BI_DISPLAY) is not None


def _blueiris(data: JSONValue, url: str) -> Items | None:
    """Read Blue Iris' camera list (the answer to ``{"cmd": "camlist"}`` POSTed to /json).

    Group entries (a ``group`` list of members, or a cycle whose short name starts with
    ``@``) are not cameras; a disabled camera is left out. HLS is served at
    ``/h264/{short}/temp.m3u8`` and the still at ``/image/{short}`` on the same server.
    """
    if not isinstance(data, dict):
        return None
    entries = _dicts(data.get("data"))
    if not _mostly(entries, _blueiris_entry):
        return None
    path = urlsplit(url).path
    # The API answers at /json; a copy served elsewhere sits beside the server's root.
    if match := _BLUEIRIS_API.search(path):
        base = _origin(url) + path[: match.start()]
    else:
        base = _origin(url) + path.rpartition("/")[0]
    items: Items = []
    for entry in entries:
        short = _text(_bi_field(entry, _BI_SHORT))
        if short is None or short.startswith("@") or "group" in entry:
            continue
        if entry.get("isEnabled") is False:
            continue
        segment = _segment(short)
        if segment is None:
            continue
        online = entry.get("isOnline")
        name = _text(_bi_field(entry, _BI_DISPLAY))
        items.append(
            {
                "id": short,
                "name": name or short,
                "stream_url": f"{base}/h264/{segment}/temp.m3u8",
                "snapshot": f"{base}/image/{segment}",
                "status": online if isinstance(online, bool) else None,
            }
        )
    return items


# ---------------------------------------------------------------------------
# Agent DVR
# ---------------------------------------------------------------------------

_AGENT_CAMERA = 2
"""Agent DVR's object type of a camera (1 is a microphone)."""
_MAX_LOCATIONS = 1000
_AGENT_ROOT = re.compile(r"/(?:command(?:\.cgi|/)|q\.json)", re.IGNORECASE)


def _agent_object(entry: JSONObject) -> bool:
    """Return True for an Agent DVR device object: a numbered id, a type and its data."""
    return "id" in entry and "typeID" in entry and isinstance(entry.get("data"), dict)


def _agentdvr(data: JSONValue, url: str) -> Items | None:
    """Read Agent DVR's device list (``command.cgi?cmd=getObjects``, ``/command/getObjects``).

    Cameras are the objects of type 2; the live MJPEG is ``video.mjpg?oid={id}`` and the
    still ``grab.jpg?oid={id}`` on the server's root.
    """
    if not isinstance(data, dict):
        return None
    listed = data.get("objectList") if "objectList" in data else data.get("cameras")
    objects = _dicts(listed)
    if not _mostly(objects, _agent_object):
        return None
    path = urlsplit(url).path
    match = _AGENT_ROOT.search(path)
    root = _origin(url) + (path[: match.start()].rstrip("/") if match else "")
    # The places devices are assigned to, by position (an object's locationIndex).
    locations = data.get("locations")
    listed_places = locations[:_MAX_LOCATIONS] if isinstance(locations, list) else []
    places = [
        _text(place.get("name")) if isinstance(place, dict) else None for place in listed_places
    ]
    items: Items = []
    for entry in objects:
        if not _agent_object(entry) or _text(entry.get("typeID")) != str(_AGENT_CAMERA):
            continue
        number = _text(entry.get("id"))
        if number is None or not number.isdigit():
            continue
        state = entry.get("data")
        online = state.get("online") if isinstance(state, dict) else None
        index = entry.get("locationIndex")
        place = (
            places[index]
            if isinstance(index, int) and not isinstance(index, bool) and 0 <= index < len(places)
            else None
        )
        items.append(
            {
                "id": number,
                "name": _text(entry.get("name")) or number,
                "kecamatan": place,
                "snapshot": f"{root}/grab.jpg?oid={number}",
                "mjpeg": f"{root}/video.mjpg?oid={number}",
                "status": online if isinstance(online, bool) else None,
            }
        )
    return items


# ---------------------------------------------------------------------------
# OvenMediaEngine
# ---------------------------------------------------------------------------

_OME_STREAMS = re.compile(
    r"/v1/vhosts/(?P<vhost>[^/]+)/apps/(?P<app>[^/]+)/streams(?:/(?P<stream>[^/:]+))?/?$"
)
_OME_API_PORTS = {8081: (3333, "http"), 8082: (3334, "https")}
"""OvenMediaEngine's API ports and the LL-HLS publisher port (and scheme) beside each."""


def _ovenmediaengine(data: JSONValue, url: str) -> Items | None:
    """Read an OvenMediaEngine stream list (GET /v1/vhosts/{vhost}/apps/{app}/streams).

    ``response`` holds the stream names, or for one stream (``…/streams/{name}``) the
    stream itself, whose ``input`` (the pulled camera's address) is never read. LL-HLS is
    played at ``/{app}/{stream}/llhls.m3u8``, on port 3333 when the API is on 8081.
    """
    if not isinstance(data, dict) or "statusCode" not in data:
        return None
    parts = urlsplit(url)
    match = _OME_STREAMS.search(parts.path)
    if match is None:
        return None
    response = data.get("response")
    if match["stream"] is not None and isinstance(response, dict):
        names = [_text(response.get("name"))]
    elif isinstance(response, list):
        names = [_text(n) if isinstance(n, str) else None for n in response[:_MAX_ITEMS]]
    else:
        return None
    app = _segment(match["app"])
    if parts.port in _OME_API_PORTS:
        port, scheme = _OME_API_PORTS[parts.port]
        base = _with_port(url, port, scheme)
    else:
        base = _prefix_before(url, "/v1/vhosts/")
    items: Items = []
    for name in names:
        segment = _segment(name) if name else None
        if app is None or segment is None or name is None:
            continue
        items.append({"id": name, "name": name, "stream_url": f"{base}/{app}/{segment}/llhls.m3u8"})
    return items


# ---------------------------------------------------------------------------
# MistServer
# ---------------------------------------------------------------------------

_MIST_API_PORT = 4242
_MIST_HTTP_PORT = 8080
"""MistServer answers its API on port 4242 and serves HLS from its HTTP output, on 8080."""
_MIST_ONLINE = {"1": True, "0": False}
_MIST_KEYS = frozenset({"authorize", "config", "capabilities", "log", "totals"})


def _mist_stream(key: str, value: JSONValue) -> bool:
    """Return True for a stream of MistServer's configuration: named by its key, a source."""
    return isinstance(value, dict) and "source" in value and value.get("name", key) == key


def _mistserver(data: JSONValue, url: str) -> Items | None:
    """Read MistServer's configured streams (``streams``) or live ones (``active_streams``).

    Each stream's ``source`` is its input (a camera's address or ``push://``) and is
    never read; HLS is served at ``/hls/{stream}/index.m3u8``, on port 8080 when the API
    is on 4242.
    """
    if not isinstance(data, dict):
        return None
    # Only a MistServer API answer: its own blocks beside the streams, or its API port.
    if not (_MIST_KEYS & data.keys() or urlsplit(url).port == _MIST_API_PORT):
        return None
    streams = data.get("streams")
    active = data.get("active_streams")
    pairs: list[tuple[str, JSONValue]]
    if isinstance(streams, dict) and streams:
        pairs = list(itertools.islice(streams.items(), _MAX_ITEMS))
        if 2 * sum(_mist_stream(k, v) for k, v in pairs[:50]) < min(len(pairs), 50):
            return None
    elif isinstance(active, list) and "streams" not in data:
        # {"active_streams": true}: the names of the streams live now.
        pairs = [
            (n, {"name": n, "source": None, "online": 1})
            for n in active[:_MAX_ITEMS]
            if isinstance(n, str)
        ]
    else:
        return None
    if urlsplit(url).port == _MIST_API_PORT:
        base = _with_port(url, _MIST_HTTP_PORT)
    else:
        base = _prefix_before(url, "/api")
    items: Items = []
    for name, stream in pairs:
        segment = _segment(name)
        if segment is None or not _mist_stream(name, stream) or not isinstance(stream, dict):
            continue
        online = _text(stream.get("online"))
        items.append(
            {
                "id": name,
                "name": name,
                "stream_url": f"{base}/hls/{segment}/index.m3u8",
                "status": _MIST_ONLINE.get(online) if online else None,
            }
        )
    return items


# ---------------------------------------------------------------------------
# Node-Media-Server
# ---------------------------------------------------------------------------


_NMS_SESSION_KEYS = frozenset({"publisher", "subscribers"})
_NMS_CLIENT_KEYS = frozenset({"app", "stream", "clientId"})


def _nms_session(value: JSONValue) -> bool:
    """Return True for a Node-Media-Server stream: its publisher and its subscribers."""
    return isinstance(value, dict) and "publisher" in value and "subscribers" in value


def _nms_clients(value: JSONValue) -> list[JSONValue] | None:
    """Return the clients of a stream in NMS's exact shape, or None when it is not one.

    The stream holds its publisher (null while none is connected) and its subscribers'
    list, nothing else; each client names its app, stream and client id.
    """
    if not isinstance(value, dict) or set(value) != _NMS_SESSION_KEYS:
        return None
    publisher, subscribers = value["publisher"], value["subscribers"]
    if not isinstance(subscribers, list):
        return None
    clients = ([] if publisher is None else [publisher]) + subscribers[:8]
    if all(isinstance(c, dict) and set(c) >= _NMS_CLIENT_KEYS for c in clients):
        return clients
    return None


def _nms_shaped(sessions: list[JSONValue]) -> bool:
    """Return True when (the first) streams all have NMS's shape and one has a client."""
    found = [_nms_clients(session) for session in sessions[:50]]
    return all(clients is not None for clients in found) and any(found)


def _node_media_server(data: JSONValue, url: str) -> Items | None:
    """Read Node-Media-Server's live streams (GET /api/streams): app → name → sessions.

    The publisher's ``ip`` is the camera's own address and is never read; every NMS
    serves HTTP-FLV at ``/{app}/{name}.flv`` on the HTTP server that answers the API.
    The same answer served at another API path (a fork's ``/api/public/streams``, a
    portal backend relaying it) is read when every stream has NMS's exact shape, its
    addresses on the server before ``/api/``. A stream named by a camera's address with
    its login (``rtsp://user:pass@…``) is no camera: its id and name would carry the login.
    """
    path = urlsplit(url).path
    if not isinstance(data, dict) or not data or "/api/" not in path:
        return None
    apps = list(itertools.islice(data.items(), 50))
    if not all(isinstance(streams, dict) for _, streams in apps):
        return None
    pairs = [
        (app, name, session)
        for app, streams in apps
        if isinstance(streams, dict)
        for name, session in itertools.islice(streams.items(), _MAX_ITEMS)
    ][:_MAX_ITEMS]
    if not pairs or 2 * sum(_nms_session(s) for _, _, s in pairs[:50]) < min(len(pairs), 50):
        return None
    if "/api/streams" in path:
        base = _prefix_before(url, "/api/streams")
    elif _nms_shaped([session for _, _, session in pairs]):
        base = _prefix_before(url, "/api/")
    else:
        return None
    items: Items = []
    for app, name, session in pairs:
        app_path, segment = _safe_path(app), _segment(name)
        if not isinstance(session, dict) or app_path is None or segment is None:
            continue
        if not _nms_session(session) or has_userinfo(name) or has_userinfo(app):
            continue
        items.append(
            {
                "id": f"{app.strip('/')}/{name}",
                "name": name,
                "stream_url": f"{base}/{app_path}/{segment}.flv",
                "status": isinstance(session.get("publisher"), dict),
            }
        )
    return items


# ---------------------------------------------------------------------------
# RTSPtoWeb
# ---------------------------------------------------------------------------

_RTW_INFO = re.compile(r"/stream/(?P<id>[^/]+)/info/?$")


def _rtw_stream(value: JSONValue) -> bool:
    """Return True for an RTSPtoWeb stream: a name and its channels keyed by number."""
    if not isinstance(value, dict) or not isinstance(channels := value.get("channels"), dict):
        return False
    return bool(channels) and all(str(k).isdigit() for k in itertools.islice(channels, 50))


def _rtsptoweb(data: JSONValue, url: str) -> Items | None:
    """Read RTSPtoWeb's streams (GET /streams) or one stream (GET /stream/{id}/info).

    Each channel's ``url`` is the camera's RTSP address (an input, never read); HLS is
    served at ``/stream/{id}/channel/{channel}/hls/live/index.m3u8``, channel 0 (else the
    lowest) being the main one.
    """
    if not isinstance(data, dict) or "status" not in data:
        return None
    payload = data.get("payload")
    path = urlsplit(url).path
    info = _RTW_INFO.search(path)
    if info is not None and _rtw_stream(payload):
        pairs: list[tuple[str, JSONValue]] = [(info["id"], payload)]
        base = _origin(url) + path[: info.start()]
    elif isinstance(payload, dict) and payload:
        pairs = list(itertools.islice(payload.items(), _MAX_ITEMS))
        if 2 * sum(_rtw_stream(v) for _, v in pairs[:50]) < min(len(pairs), 50):
            return None
        base = _prefix_before(url, "/streams") if "/streams" in path else _origin(url)
    else:
        return None
    items: Items = []
    for sid, stream in pairs:
        segment = _segment(sid)
        if segment is None or not isinstance(stream, dict) or not _rtw_stream(stream):
            continue
        channels = stream.get("channels")
        numbers = (
            sorted(n for k in channels if (n := digits_int(k, 4)) is not None)
            if isinstance(channels, dict)
            else []
        )
        if not numbers:
            continue
        items.append(
            {
                "id": sid,
                "name": _text(stream.get("name")) or sid,
                "stream_url": f"{base}/stream/{segment}/channel/{numbers[0]}/hls/live/index.m3u8",
            }
        )
    return items


# ---------------------------------------------------------------------------
# ZLMediaKit
# ---------------------------------------------------------------------------


def _zlm_media(entry: JSONObject) -> bool:
    """Return True for an entry of ZLMediaKit's media list: a stream of an app, by protocol."""
    return "app" in entry and "stream" in entry and "schema" in entry and "vhost" in entry


def _zlmediakit(data: JSONValue, url: str) -> Items | None:
    """Read ZLMediaKit's media list (GET /index/api/getMediaList).

    Each stream is listed once per protocol (``schema``); its ``originUrl`` and
    ``originSock`` name the camera it pulls from or the publisher (inputs, never read).
    HLS is served by the same HTTP server at ``/{app}/{stream}/hls.m3u8``.
    """
    if not isinstance(data, dict) or "code" not in data:
        return None
    entries = _dicts(data.get("data"))
    if not entries or not _mostly(entries, _zlm_media):
        return None
    path = urlsplit(url).path
    base = _prefix_before(url, "/index/api/") if "/index/api/" in path else _origin(url)
    seen: set[tuple[str, str, str]] = set()
    items: Items = []
    for entry in entries:
        app, name = _text(entry.get("app")), _text(entry.get("stream"))
        vhost = _text(entry.get("vhost")) or ""
        if app is None or name is None or (vhost, app, name) in seen:
            continue
        seen.add((vhost, app, name))
        app_path, segment = _safe_path(app), _segment(name)
        if app_path is None or segment is None:
            continue
        items.append(
            {
                "id": f"{app.strip('/')}/{name}",
                "name": name,
                "stream_url": f"{base}/{app_path}/{segment}/hls.m3u8",
            }
        )
    return items


# ---------------------------------------------------------------------------
# SRS client sessions
# ---------------------------------------------------------------------------


def _srs_client(entry: JSONObject) -> bool:
    """Return True for an SRS client session: a publisher or player of one stream."""
    return "type" in entry and "stream" in entry and ("publish" in entry or "tcUrl" in entry)


def _srs_clients(data: JSONValue, url: str) -> Items | None:
    """Refuse SRS' client list (GET /api/v1/clients): readers and publishers, no cameras."""
    if not isinstance(data, dict) or "server" not in data or "clients" not in data:
        return None
    clients = _dicts(data.get("clients"))
    if not clients or not _mostly(clients, _srs_client):
        return None
    raise PortalFormatError(
        "No camera list found in the portal answer: it is an SRS list of "
        f"{len(clients)} client session(s) (players and publishers), not of streams (the "
        "streams are listed at /api/v1/streams)"
    )


_RECOGNISERS: tuple[tuple[str, Callable[[JSONValue, str], Items | None]], ...] = (
    ("motionEye", _motioneye),
    ("MotionPlus", motionplus_items),
    ("Blue Iris", _blueiris),
    ("Agent DVR", _agentdvr),
    ("OvenMediaEngine", _ovenmediaengine),
    ("MistServer", _mistserver),
    ("Node-Media-Server", _node_media_server),
    ("RTSPtoWeb", _rtsptoweb),
    ("ZLMediaKit", _zlmediakit),
    ("SRS", _srs_clients),
    ("EvoStream", evostream_items),
    ("Xtream Codes", xtream_items),
    ("Stalker middleware", stalker_items),
    ("Road webcam frames", frame_webcam_items),
    ("CCTV hub", hub_items),
    ("Nx Witness", nx_items),
    ("Eagle Eye", een_items),
    ("TS-API", tsapi_items),
    ("UniFi Protect", protect_items),
    ("Reolink", reolink_items),
    ("UniFi Video", unifi_video_items),
    ("OctoPrint", octoprint_items),
    ("Kerberos.io Agent", kerberos_items),
    ("FaceStream", analytics_streams),
    ("Icecast", icecast_items),
)


def server_items(data: JSONValue, url: str) -> tuple[str, Items] | None:
    """Return the server kind and plain camera items of an NVR or media server list."""
    found = nvr_items(data, url)
    if found is not None:
        return found
    for kind, recognise in _RECOGNISERS:
        items = recognise(data, url)
        if items is not None:
            return kind, items
    return None


# ---------------------------------------------------------------------------
# nginx-rtmp statistics
# ---------------------------------------------------------------------------

_RTMP_STAT = re.compile(
    r"\A\ufeff?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<\?xml-stylesheet[^>]{0,300}\?>\s*)?"
    r"(?:<!--[^>]{0,300}-->\s*)?<(?:rtmp|http-flv)>\s*"
    r"<(?:nginx_version|nginx_rtmp_version|nginx_http_flv_version|server)>"
)
_SCAN_LIMIT = 4 * 1024 * 1024


def looks_like_rtmp_stat(text: str) -> bool:
    """Return True for the XML statistics page of nginx-rtmp or nginx-http-flv (``*_stat all``)."""
    return _RTMP_STAT.match(text[:1024]) is not None


def rtmp_stat_error(text: str) -> PortalFormatError:
    """Return the format error of an nginx-rtmp statistics page: what it lists."""
    scanned = text[:_SCAN_LIMIT]
    applications = scanned.count("<application>")
    # Stream entries open with a name; the publishing clients' addresses are never read.
    streams = scanned.count("<stream>")
    return PortalFormatError(
        "No camera list found in the portal answer: it is an nginx-rtmp (or "
        "nginx-http-flv) statistics page "
        f"listing {streams} live stream(s) in {applications} application(s), which names "
        "no playback address (the HLS or DASH location is set in the server's "
        "configuration); use the address of a camera list or of a stream's playlist"
    )
