"""Camera lists of NVR and restreaming servers, as a portal exposes their APIs.

Shinobi, ZoneMinder, go2rtc, Frigate, MediaMTX, datarhei Restreamer, Ant Media, SRS,
Flussonic, Wowza Streaming Engine, Red5 Pro and Home Assistant list their cameras in shapes of their own,
with media addresses that follow each server's conventions rather than being written in
the list. A media server's record names its inputs (the camera it pulls from, often a LAN
address with credentials): those are never the camera's stream, which is the server's own
output. Each recogniser here turns such a
list into plain items (``id``, ``name``, ``stream_url``, ``snapshot``, ``mjpeg``,
``status``, ``lat``/``lng``) that the ordinary item reader understands. Only fields
named here are read: device addresses, user names and passwords in the servers'
detail fields are never copied.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
import itertools
from itertools import islice
import json
import re
from urllib.parse import parse_qs, quote, unquote, urlencode, urljoin, urlsplit, urlunsplit

from ..errors import PortalFormatError
from ..fieldurls import looks_like_url, url_kind
from ..values import JSONObject, JSONValue, index_keys

__all__ = ["nvr_items"]

type Items = list[JSONValue]

_MAX_ITEMS = 5000
_MEDIAMTX_PATTERNS = frozenset({"all", "all_others"})
_MEMFS_HLS = re.compile(r"^\{memfs\}/(?P<path>[^{}?#]+)\.m3u8$")
_SHINOBI_PATH = re.compile(r"^(?P<prefix>.*?)/(?P<key>[^/]+)/monitor/(?P<group>[^/]+)")
_SHINOBI_ONLINE = {"watching": True, "recording": True, "stopped": False, "died": False}
_SHINOBI_ONLINE |= {"disabled": False, "idle": False}
# A monitor's mode, read when no status says how it runs: a stopped monitor (``stop``, its
# row listed without the status a running one carries) is offline.
_SHINOBI_MODES = {"stop": False, "idle": False}
# A monitor switched off (mode ``stop``, status ``Stopped`` or ``Disabled``) runs no stream:
# when it lists none and no still, Shinobi serves nothing for it and nothing is built.
_SHINOBI_NOT_RUNNING = frozenset({"stop", "stopped", "disabled"})
# Shinobi's stream types: the camera slot of the listed ones, the path each is served at.
_SHINOBI_SLOTS = {"hls": "stream_url", "mp4": "stream_url", "flv": "stream_url"}
_SHINOBI_SLOTS |= {"mjpeg": "mjpeg", "jpeg": "snapshot"}
_SHINOBI_BUILT = {"hls": "/s.m3u8", "mp4": "/s.mp4", "flv": "/s.flv", "mjpeg": ""}
_SHINOBI_UNPLAYABLE = frozenset({"h264", "h265", "b64", "webrtc", "jpeg"})
_MAX_DETAILS = 65536
_GO2RTC_KEYS = frozenset({"producers", "consumers"})
_ZM_ONLINE = {"connected": True, "notrunning": False}
_RESTREAMER_ONLINE = {"running": True, "finished": False, "failed": False, "killed": False}
_SRS_HTTP_PORT = 8080
"""SRS answers its API on port 1985 and serves HLS from its HTTP server, on 8080 by default."""
_ANT_ONLINE = {"broadcasting": True, "finished": False, "created": False, "failed": False}
# Home Assistant's camera states; "unknown" says nothing either way.
_HASS_ONLINE = {"idle": True, "streaming": True, "recording": True, "unavailable": False}
_HASS_ENTITY = re.compile(r"^[a-z0-9_]{1,64}\.[a-z0-9_]{1,192}$")


def _origin(url: str) -> str:
    """Return scheme://host[:port] of a URL."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


def _prefix_before(url: str, marker: str) -> str:
    """Return origin plus the path before marker (the server's base path)."""
    path = urlsplit(url).path
    index = path.find(marker)
    return _origin(url) + (path[:index].rstrip("/") if index >= 0 else "")


def _text(value: JSONValue) -> str | None:
    """Return a short scalar as text."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return str(value)  # never through float: a 400-digit number overflows it
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, str) and (text := value.strip()) and len(text) <= 256:
        return text
    return None


def _state(value: JSONValue, table: dict[str, bool]) -> bool | None:
    """Return an online state from a server's status word."""
    text = _text(value)
    return table.get(text.lower().replace(" ", "")) if text else None


def _dicts(value: JSONValue) -> list[JSONObject]:
    """Return the objects of a list value, capped."""
    if not isinstance(value, list):
        return []
    return [item for item in value[:_MAX_ITEMS] if isinstance(item, dict)]


def _mostly[T](items: Sequence[T], test: Callable[[T], bool]) -> bool:
    """Return True when at least half of the (first) items pass test."""
    sample = items[:50]
    return bool(sample) and 2 * sum(map(test, sample)) >= len(sample)


def _shinobi_details(monitor: JSONObject) -> JSONObject:
    """Return a monitor's details (Shinobi sends them as a JSON string), bounded."""
    details = monitor.get("details")
    if isinstance(details, str) and len(details) <= _MAX_DETAILS:
        try:
            details = json.loads(details)
        except ValueError:
            return {}
    return details if isinstance(details, dict) else {}


def _shinobi_kind(kind: str | None, url: str, group: str, mid: str) -> str | None:
    """Return the camera slot of one Shinobi stream address, or None when unplayable.

    Shinobi names the stream type in the path, ``/{key}/{type}/{group}/{monitor}/…``:
    HLS, Poseidon (``mp4``) and FLV are video streams, ``mjpeg`` is multipart MJPEG and
    ``jpeg`` a still; its websocket types (``h264``, ``b64``, ``h265``) are no address a
    player can open.
    """
    parts = [unquote(part) for part in urlsplit(url).path.split("/")[:32]]
    for index in range(1, len(parts) - 1):
        if parts[index] == group and parts[index + 1] == mid:
            kind = parts[index - 1].lower()  # the type in the path beats the list's key
            break
    if kind is not None and kind in _SHINOBI_SLOTS:
        return _SHINOBI_SLOTS[kind]
    if kind is not None and kind in _SHINOBI_UNPLAYABLE:
        return None
    found = url_kind(url)
    if found is None and urlsplit(url).path.lower().endswith((".mp4", ".flv", ".ts")):
        return "stream_url"
    return {"stream": "stream_url", "mjpeg": "mjpeg", "still": "snapshot"}.get(found or "")


def _shinobi_listed(monitor: JSONObject, group: str, mid: str) -> list[tuple[str, str]]:
    """Return (slot, address) of the streams a monitor lists, best kind first."""
    listed: list[tuple[str | None, str]] = []
    streams = monitor.get("streams")
    if isinstance(streams, list):
        listed.extend((None, s) for s in streams[:16] if isinstance(s, str) and looks_like_url(s))
    by_type = monitor.get("streamsSortedByType")
    if isinstance(by_type, dict):
        for key, urls in islice(by_type.items(), 16):
            if isinstance(urls, list):
                listed.extend(
                    (key.lower(), u) for u in urls[:8] if isinstance(u, str) and looks_like_url(u)
                )
    found: list[tuple[str, str]] = []
    for type_key, address in listed:
        slot = _shinobi_kind(type_key, address, group, mid)
        if slot is not None and address not in (a for _s, a in found):
            found.append((slot, address))
    # HLS first (the stream Home Assistant plays best), then the listed order.
    found.sort(key=lambda pair: not pair[1].lower().split("?")[0].endswith(".m3u8"))
    return found


def _shinobi_state(monitor: JSONObject) -> bool | None:
    """Return a monitor's state: its status, else a stopped mode (``stop``) as offline."""
    state = _state(monitor.get("status"), _SHINOBI_ONLINE)
    return state if state is not None else _state(monitor.get("mode"), _SHINOBI_MODES)


def _shinobi_switched_off(monitor: JSONObject) -> bool:
    """Return True for a monitor that is not running: mode ``stop``, status Stopped/Disabled."""
    return any(
        isinstance(value := monitor.get(key), str) and value.strip().lower() in _SHINOBI_NOT_RUNNING
        for key in ("mode", "status")
    )


def _shinobi(data: JSONValue, url: str) -> Items | None:
    """Read a Shinobi monitor list (GET /{api key}/monitor/{group key}[/{monitor id}]).

    Each monitor's stream is the one it lists (``streams``, ``streamsSortedByType``),
    put in the slot its type says; a monitor that lists none gets the address of the
    type its details name (HLS when they name none). The still Shinobi serves at
    ``/jpeg/{group}/{monitor}/s.jpg`` is built unless the details turn snapshots off
    (``snap: "0"``); a monitor whose status says nothing is offline when stopped. A
    monitor switched off (mode ``stop``, status Stopped or Disabled) that lists no stream
    and no still is left out: Shinobi serves nothing for it.
    """
    if isinstance(data, dict) and "mid" in data and "ke" in data:
        data = [data]  # the answer for one monitor is the monitor itself
    monitors = _dicts(data if isinstance(data, list) else None)
    if not _mostly(monitors, lambda m: "mid" in m and "ke" in m):
        return None
    match = _SHINOBI_PATH.match(urlsplit(url).path)
    items: Items = []
    for monitor in monitors:
        mid, group = _text(monitor.get("mid")), _text(monitor.get("ke"))
        if mid is None or group is None:
            continue
        media: dict[str, str] = {}
        listed = _shinobi_listed(monitor, group, mid)
        for slot, address in listed:
            media.setdefault(slot, address)
        snapshot = monitor.get("snapshot")
        if isinstance(snapshot, str) and looks_like_url(snapshot):
            media["snapshot"] = snapshot
        if match is not None:
            base = f"{match['prefix']}/{match['key']}"
            details = _shinobi_details(monitor)
            kind = (_text(details.get("stream_type")) or "hls").lower()
            if not listed and "snapshot" not in media and _shinobi_switched_off(monitor):
                continue  # a stopped monitor listing nothing serves nothing
            if not listed and kind not in _SHINOBI_UNPLAYABLE:
                kind = kind if kind in _SHINOBI_BUILT else "hls"
                slot = "mjpeg" if kind == "mjpeg" else "stream_url"
                media[slot] = f"{base}/{kind}/{quote(group)}/{quote(mid)}{_SHINOBI_BUILT[kind]}"
            if _text(details.get("snap")) != "0":
                # Shinobi serves the still only while the monitor's snapshots are on.
                media.setdefault("snapshot", f"{base}/jpeg/{quote(group)}/{quote(mid)}/s.jpg")
            for slot, address in media.items():
                # Shinobi writes paths from its own root, which a proxy may have moved.
                if address.startswith("/") and not address.startswith(base + "/"):
                    media[slot] = match["prefix"] + address
        if not media:
            continue
        item: dict[str, JSONValue] = {
            "id": mid,
            "name": _text(monitor.get("name")) or mid,
            "status": _shinobi_state(monitor),
        }
        for slot in ("stream_url", "snapshot", "mjpeg"):
            item[slot] = urljoin(url, media[slot]) if slot in media else None
        items.append(item)
    return items


def _zoneminder(data: JSONValue, url: str) -> Items | None:
    """Read a ZoneMinder monitor list (GET /api/monitors.json)."""
    if not isinstance(data, dict):
        return None
    index = index_keys(data)
    one = index.get("monitor")
    # GET /api/monitors/{id}.json answers with the one monitor under "monitor".
    entries = [one] if isinstance(one, dict) else _dicts(index.get("monitors"))
    if not _mostly(entries, lambda e: isinstance(e.get("Monitor"), dict)):
        return None
    base = _prefix_before(url, "/api/") + "/cgi-bin/nph-zms"
    items: Items = []
    for entry in entries:
        monitor = entry.get("Monitor")
        if not isinstance(monitor, dict):
            continue
        number = _text(monitor.get("Id"))
        # "Function" (up to 1.36) and "Capturing" (1.36 on) both say a monitor is off.
        off = {_text(monitor.get("Function")), _text(monitor.get("Capturing"))}
        if number is None or not number.isdigit() or "None" in off:
            continue
        status = entry.get("Monitor_Status")
        online = _state(status.get("Status"), _ZM_ONLINE) if isinstance(status, dict) else None
        items.append(
            {
                "id": number,
                "name": _text(monitor.get("Name")) or number,
                "snapshot": f"{base}?{urlencode({'mode': 'single', 'monitor': number})}",
                "mjpeg": f"{base}?{urlencode({'mode': 'jpeg', 'monitor': number})}",
                "status": online,
                # 1.36 on: the monitor's place, when it was entered (else null).
                "lat": _text(monitor.get("Latitude")),
                "lng": _text(monitor.get("Longitude")),
            }
        )
    return items


def _go2rtc_stream(value: JSONValue) -> bool:
    """Return True for go2rtc's description of one stream: its producers and consumers."""
    return isinstance(value, dict) and "producers" in value and set(value) <= _GO2RTC_KEYS


def _go2rtc(data: JSONValue, url: str) -> Items | None:
    """Read a go2rtc stream list (GET /api/streams): names keyed to producers.

    The answer for one stream (``/api/streams?src=name``) is that stream's description
    itself; its name is the ``src`` of the list URL.
    """
    if not isinstance(data, dict) or not data:
        return None
    if _go2rtc_stream(data):
        query = parse_qs(urlsplit(url).query)
        src = query.get("src", [""])[0].strip()
        # Without a name the producers' device addresses are all there is: no camera.
        names = [src] if src else []
    else:
        values = list(itertools.islice(data.values(), _MAX_ITEMS))
        if not all(_go2rtc_stream(v) for v in values):
            return None
        names = list(itertools.islice(data, _MAX_ITEMS))
    base = _prefix_before(url, "/api/") + "/api"
    items: Items = []
    for name in names:
        src = urlencode({"src": name})
        items.append(
            {
                "id": name,
                "name": name,
                "stream_url": f"{base}/stream.m3u8?{src}",
                "snapshot": f"{base}/frame.jpeg?{src}",
            }
        )
    return items


def _frigate(data: JSONValue, url: str) -> Items | None:
    """Read the cameras of a Frigate configuration (GET /api/config)."""
    if not isinstance(data, dict):
        return None
    cameras = data.get("cameras")
    if not isinstance(cameras, dict) or not cameras:
        return None
    if not all(
        isinstance(c, dict) and "ffmpeg" in c for c in itertools.islice(cameras.values(), 50)
    ):
        return None
    base = _prefix_before(url, "/api/") + "/api"
    items: Items = []
    for name, camera in itertools.islice(cameras.items(), _MAX_ITEMS):
        if not isinstance(camera, dict) or camera.get("enabled") is False:
            continue
        path = quote(name, safe="")
        items.append(
            {
                "id": name,
                "name": _text(camera.get("friendly_name")) or name,
                "snapshot": f"{base}/{path}/latest.jpg",
                "mjpeg": f"{base}/{path}",
            }
        )
    return items


def _mediamtx(data: JSONValue, url: str) -> Items | None:
    """Read a MediaMTX path list (GET /v3/paths/list, /v2/ and /v1/ before 1.0); HLS on 8888."""
    if not isinstance(data, dict):
        return None
    if "items" not in data:
        # GET /v3/paths/get/{name} answers with the one path itself.
        one = "/paths/get/" in urlsplit(url).path or {"confName", "tracks"} <= set(data)
        if not (one and isinstance(data.get("name"), str) and _mediamtx_path(data)):
            return None
        data = {"items": [data]}
    raw = data.get("items")
    if isinstance(raw, dict):  # the v2 API keys paths by name
        raw = [
            {"name": k, **v}
            for k, v in itertools.islice(raw.items(), _MAX_ITEMS)
            if isinstance(v, dict)
        ]
    paths = _dicts(raw)
    if paths and _mostly(paths, _mediamtx_session):
        # Readers and publishers (RTSP, RTMP, WebRTC, SRT): clients, not cameras.
        raise PortalFormatError(
            "No camera list found in the portal answer: it is a MediaMTX list of "
            f"{len(paths)} client session(s), not of paths (the paths are listed at "
            "/v3/paths/list)"
        )
    if paths and _mostly(paths, _mediamtx_muxer):
        # GET /v3/hlsmuxers/list: the HLS muxers serving now, named by their path.
        paths = [{"name": muxer.get("path")} for muxer in paths if _mediamtx_muxer(muxer)]
    elif not _mostly(paths, _mediamtx_path):
        return None
    parts = urlsplit(url)
    if parts.port == 9997:
        host = parts.hostname or ""
        host = f"[{host}]" if ":" in host else host
        base = urlunsplit((parts.scheme, f"{host}:8888", "", "", ""))
    else:
        version = next((v for v in ("/v3/", "/v2/", "/v1/") if v in parts.path), "/v3/")
        base = _prefix_before(url, version)
    items: Items = []
    for path in paths:
        name = _text(path.get("name"))
        if name is None or name.startswith("~") or name in _MEDIAMTX_PATTERNS:
            continue  # configured patterns (regular expressions, all_others) are no paths
        # "sourceReady" before MediaMTX 1.0 (rtsp-simple-server's v1 and v2 APIs).
        ready = path.get("ready", path.get("sourceReady"))
        items.append(
            {
                "id": name,
                "name": name,
                "stream_url": f"{base}/{quote(name.strip('/'), safe='/')}/index.m3u8",
                "status": ready if isinstance(ready, bool) else None,
            }
        )
    return items


def _mediamtx_muxer(muxer: JSONObject) -> bool:
    """Return True for an entry of MediaMTX's HLS muxer list (path, created, bytesSent)."""
    return (
        isinstance(muxer.get("path"), str)
        and "name" not in muxer
        and "remoteAddr" not in muxer
        and "created" in muxer
        and ("lastRequest" in muxer or "bytesSent" in muxer)
    )


def _mediamtx_session(session: JSONObject) -> bool:
    """Return True for a MediaMTX client session or connection (a reader or publisher)."""
    return (
        "remoteAddr" in session
        and "created" in session
        and ("path" in session or "state" in session)
        and "name" not in session
    )


def _mediamtx_path(path: JSONObject) -> bool:
    """Return True for a MediaMTX path: a runtime path or a configured one."""
    if "name" not in path:
        return False
    if "ready" in path or "sourceReady" in path:
        return "source" in path or "confName" in path
    # /v3/config/paths/list: the configuration, whose source is the camera's own address.
    return "source" in path and ("sourceOnDemand" in path or "record" in path)


def _restreamer_name(process: JSONObject) -> str | None:
    """Return the name the Restreamer UI gave a process."""
    metadata = process.get("metadata")
    if isinstance(metadata, dict) and isinstance(ui := metadata.get("restreamer-ui"), dict):
        meta = ui.get("meta")
        if isinstance(meta, dict):
            return _text(meta.get("name"))
    return None


def _restreamer(data: JSONValue, url: str) -> Items | None:
    """Read a datarhei Restreamer process list (GET /api/v3/process) or one process."""
    if isinstance(data, dict) and "reference" in data and isinstance(data.get("config"), dict):
        data = [data]  # GET /api/v3/process/{id} answers with the process itself
    processes = _dicts(data if isinstance(data, list) else None)
    if not _mostly(processes, lambda p: "reference" in p and isinstance(p.get("config"), dict)):
        return None
    base = _prefix_before(url, "/api/") + "/memfs"
    items: Items = []
    for process in processes:
        pid = _text(process.get("id")) or ""
        reference = _text(process.get("reference"))
        if reference is None or "snapshot" in pid or "egress" in pid:
            continue
        state = process.get("state")
        online = _state(state.get("exec"), _RESTREAMER_ONLINE) if isinstance(state, dict) else None
        if pid.startswith("restreamer-ui:ingest:") or _has_memfs_hls(process):
            # The UI's convention: the playlist and the snapshot are named by the reference.
            path = quote(reference, safe="")
            items.append(
                {
                    "id": reference,
                    "name": _restreamer_name(process) or reference,
                    "stream_url": f"{base}/{path}.m3u8",
                    "snapshot": f"{base}/{path}.jpg",
                    "status": online,
                }
            )
            continue
        output = _memfs_playlist(process)
        if output is None or not pid:
            continue
        # A plain core process: its own HLS output, the reference as a free-text label.
        items.append(
            {
                "id": pid,
                "name": _restreamer_name(process) or reference,
                "stream_url": f"{base}/{quote(output, safe='/')}.m3u8",
                "status": online,
            }
        )
    return items


def _memfs_playlist(process: JSONObject) -> str | None:
    """Return the path of the first HLS playlist a process writes to its memory store."""
    config = process.get("config")
    for output in _dicts(config.get("output")) if isinstance(config, dict) else []:
        address = output.get("address")
        if isinstance(address, str) and (match := _MEMFS_HLS.match(address)):
            path = match["path"].strip("/")
            if path and ".." not in path.split("/"):
                return path
    return None


def _has_memfs_hls(process: JSONObject) -> bool:
    """Return True when a process writes an HLS playlist named after its reference."""
    config = process.get("config")
    outputs = _dicts(config.get("output")) if isinstance(config, dict) else []
    reference = _text(process.get("reference"))
    return any(
        isinstance(address := output.get("address"), str)
        and address == f"{{memfs}}/{reference}.m3u8"
        for output in outputs
    )


def _antmedia(data: JSONValue, url: str) -> Items | None:
    """Read an Ant Media broadcast list (GET /{app}/rest/v2/broadcasts/list/…) or one."""
    if isinstance(data, dict) and "streamId" in data and ("status" in data or "type" in data):
        data = [data]  # GET /{app}/rest/v2/broadcasts/{id} answers with the broadcast itself
    broadcasts = _dicts(data if isinstance(data, list) else None)
    if not _mostly(broadcasts, lambda b: "streamId" in b and ("status" in b or "type" in b)):
        return None
    app = _prefix_before(url, "/rest/")
    items: Items = []
    for broadcast in broadcasts:
        stream_id = _text(broadcast.get("streamId"))
        if stream_id is None:
            continue
        path = quote(stream_id, safe="")
        items.append(
            {
                "id": stream_id,
                "name": _text(broadcast.get("name")) or stream_id,
                "stream_url": f"{app}/streams/{path}.m3u8",
                "snapshot": f"{app}/previews/{path}.png",
                "status": _state(broadcast.get("status"), _ANT_ONLINE),
                "lat": broadcast.get("latitude"),
                "lng": broadcast.get("longitude"),
            }
        )
    return items


def _srs_stream(stream: JSONObject) -> bool:
    """Return True for an SRS stream entry: a name published under an app and vhost."""
    return "name" in stream and "app" in stream and "vhost" in stream


def _srs(data: JSONValue, url: str) -> Items | None:
    """Read an SRS stream list (GET /api/v1/streams/); HLS is served as /{app}/{name}.m3u8.

    GET /api/v1/streams/{id} answers with the same envelope and the one stream under
    ``stream``.
    """
    if not isinstance(data, dict) or "server" not in data:
        return None
    one = data.get("stream")
    if "streams" in data:
        streams = _dicts(data.get("streams"))
    elif isinstance(one, dict) and _srs_stream(one):
        streams = [one]
    else:
        return None
    if not _mostly(streams, _srs_stream):
        return None
    parts = urlsplit(url)
    if parts.port == 1985:
        base = _with_port(url, _SRS_HTTP_PORT)
    else:
        base = _prefix_before(url, "/api/")
    items: Items = []
    for stream in streams:
        name, app = _text(stream.get("name")), _text(stream.get("app"))
        if name is None or app is None or ".." in app.split("/") or name == "..":
            continue
        path = f"{quote(app.strip('/'), safe='/')}/{quote(name, safe='')}"
        publish = stream.get("publish")
        active = publish.get("active") if isinstance(publish, dict) else None
        items.append(
            {
                # The entry's own id (vid-…); app/name when a version lists none.
                "id": _text(stream.get("id")) or f"{app.strip('/')}/{name}",
                "name": name,
                "stream_url": f"{base}/{path}.m3u8",
                "status": active if isinstance(active, bool) else None,
            }
        )
    return items


def _with_port(url: str, port: int, scheme: str | None = None) -> str:
    """Return scheme://host:port of a URL with another port (a server's other service)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    return urlunsplit((scheme or parts.scheme, f"{host}:{port}", "", "", ""))


def _segment(name: str) -> str | None:
    """Return a name quoted as one URL path segment, or None when it is no usable name."""
    text = name.strip()
    if not text or text in {".", ".."} or len(text) > 256:
        return None
    return quote(text, safe="")


def _safe_path(name: str) -> str | None:
    """Return a stream name quoted as a URL path, or None when it climbs out of it."""
    segments = name.strip("/").split("/")
    if not name.strip("/") or any(s in {"", ".", ".."} for s in segments):
        return None
    return quote(name.strip("/"), safe="/")


def _flussonic_stream(stream: JSONObject) -> bool:
    """Return True for a Flussonic stream record: a name with inputs or live stats."""
    stats = stream.get("stats")
    return (
        "name" in stream
        and "app" not in stream
        and (
            isinstance(stream.get("inputs"), list)
            or isinstance(stream.get("urls"), list)
            or (isinstance(stats, dict) and "alive" in stats)
        )
    )


def _flussonic(data: JSONValue, url: str) -> Items | None:
    """Read a Flussonic stream list: API v3 ``streams`` or the older ``/flussonic/api/media``.

    A record's inputs (``inputs``, ``urls``) are the camera the server pulls from, often a
    LAN address with credentials; the camera's stream is the server's own output, HLS at
    ``/{name}/index.m3u8`` with a still at ``/{name}/preview.jpg``.
    """
    path = urlsplit(url).path
    if isinstance(data, list):
        # /flussonic/api/media: entry/value records; only "stream" entries are cameras.
        entries = _dicts(data)
        if not _mostly(entries, lambda e: "entry" in e and isinstance(e.get("value"), dict)):
            return None
        streams = [
            value
            for entry in entries
            if entry.get("entry") == "stream" and isinstance(value := entry.get("value"), dict)
        ]
        if not _mostly(streams, _flussonic_stream):
            return None
    elif isinstance(data, dict):
        if "streams" in data:
            streams = _dicts(data.get("streams"))
            if not _mostly(streams, _flussonic_stream) or not (
                "estimated_count" in data or "/streamer/api/" in path
            ):
                return None
        elif "/streamer/api/v3/streams/" in path and _flussonic_stream(data):
            streams = [data]  # GET /streamer/api/v3/streams/{name}: the stream itself
        else:
            return None
    else:
        return None
    marker = "/flussonic/api/" if "/flussonic/api/" in path else "/streamer/api/"
    base = _prefix_before(url, marker)
    items: Items = []
    for stream in streams:
        name = _text(stream.get("name"))
        quoted = _safe_path(name) if name else None
        if name is None or quoted is None:
            continue
        options = stream.get("options")
        title = _text(stream.get("title")) or (
            _text(options.get("title")) if isinstance(options, dict) else None
        )
        stats = stream.get("stats")
        alive = stats.get("alive") if isinstance(stats, dict) else None
        items.append(
            {
                "id": name,
                "name": title or name,
                "stream_url": f"{base}/{quoted}/index.m3u8",
                "snapshot": f"{base}/{quoted}/preview.jpg",
                "status": alive if isinstance(alive, bool) else None,
            }
        )
    return items


_WOWZA_APP = re.compile(r"/applications/(?P<app>[^/]+)(?:/instances/(?P<instance>[^/]+))?")
_WOWZA_REST_PORT = 8087
_WOWZA_STREAMING_PORT = 1935
"""Wowza answers its REST API on port 8087 and plays HLS on its streaming port, 1935."""


def _wowza_incoming(stream: JSONObject) -> bool:
    """Return True for a Wowza incoming stream: a name with its connection state."""
    return "name" in stream and "isConnected" in stream and "sourceIp" in stream


def _wowza(data: JSONValue, url: str) -> Items | None:
    """Read a Wowza Streaming Engine REST answer: incoming streams or stream files.

    An incoming stream's ``sourceIp`` is the camera the server pulls from; the camera's
    stream is the server's HLS output, ``/{app}[/{instance}]/{name}/playlist.m3u8``.
    """
    if not isinstance(data, dict):
        return None
    path = urlsplit(url).path
    if not ("serverName" in data or "/v2/servers/" in path):
        return None
    match = _WOWZA_APP.search(path)
    app = match["app"] if match else None
    # (instance, stream name, id, online) of each camera
    found: list[tuple[str | None, str, str, bool | None]] = []
    if isinstance(data.get("streamFiles"), list):
        files = _dicts(data.get("streamFiles"))
        if not _mostly(files, lambda f: "id" in f):
            return None
        for file in files:
            if (sid := _text(file.get("id"))) is not None:
                name = sid if sid.endswith(".stream") else f"{sid}.stream"
                found.append((None, name, sid, None))
    else:
        if isinstance(data.get("instanceList"), list):
            instances = _dicts(data.get("instanceList"))
        elif "incomingStreams" in data:
            instances = [data]
        elif _wowza_incoming(data) and "/incomingstreams/" in path.lower():
            instances = [{"name": data.get("applicationInstance"), "incomingStreams": [data]}]
        else:
            return None
        # Capped as a whole: many instances of many streams stay one bounded list.
        pairs = list(
            islice(
                (
                    (_text(i.get("name")), s)
                    for i in instances
                    for s in _dicts(i.get("incomingStreams"))
                ),
                _MAX_ITEMS,
            )
        )
        if pairs and not _mostly([s for _, s in pairs], _wowza_incoming):
            return None
        if not pairs and not all("incomingStreams" in i for i in instances):
            return None
        for instance, stream in pairs[:_MAX_ITEMS]:
            if (stream_name := _text(stream.get("name"))) is not None:
                connected = stream.get("isConnected")
                instance = instance or _text(stream.get("applicationInstance"))
                status = connected if isinstance(connected, bool) else None
                found.append((instance, stream_name, stream_name, status))
    if app is None or _safe_path(app) is None:
        # The streams' sources are the cameras' own addresses, never their stream.
        raise PortalFormatError(
            "No camera list found in the portal answer: it is a Wowza Streaming Engine "
            f"list of {len(found)} stream(s) without its application, so no playback "
            "address (read it from /v2/servers/…/applications/{app}/…)"
        )
    parts = urlsplit(url)
    if parts.port == _WOWZA_REST_PORT:
        base = _with_port(url, _WOWZA_STREAMING_PORT, "http")
    else:
        base = _prefix_before(url, "/v2/servers/")
    items: Items = []
    for instance, name, sid, status in found:
        quoted = _safe_path(name)
        if quoted is None or "/" in name:
            continue
        prefix = quote(app, safe="")
        if instance and instance != "_definst_" and _safe_path(instance) and "/" not in instance:
            prefix += "/" + quote(instance, safe="")
        items.append(
            {
                "id": sid,
                "name": sid,
                "stream_url": f"{base}/{prefix}/{quoted}/playlist.m3u8",
                "status": status,
            }
        )
    return items


_RED5_STREAMS = re.compile(r"/api/v1/applications/(?P<app>[^/]+)/streams/?$")


def _red5(data: JSONValue, url: str) -> Items | None:
    """Read a Red5 Pro stream list (GET /api/v1/applications/{app}/streams).

    ``data`` holds the live streams' names, or records named by ``name`` (a pulled
    camera's ``sourceUrl`` is its input, never read); HLS is served on the same port at
    ``/{app}/{name}.m3u8``.
    """
    match = _RED5_STREAMS.search(urlsplit(url).path)
    listed = data.get("data") if isinstance(data, dict) else None
    if match is None or not isinstance(listed, list):
        return None
    entries = listed[:_MAX_ITEMS]
    names = [
        _text(e.get("name")) if isinstance(e, dict) else _text(e) if isinstance(e, str) else None
        for e in entries
    ]
    if entries and 2 * sum(n is not None for n in names) < len(entries):
        return None
    app = match["app"]
    if _safe_path(app) is None:
        return []
    base = _prefix_before(url, "/api/v1/")
    items: Items = []
    for name in names:
        if name is None or "/" in name or _safe_path(name) is None:
            continue
        items.append(
            {
                "id": name,
                "name": name,
                "stream_url": f"{base}/{quote(app, safe='')}/{quote(name, safe='')}.m3u8",
            }
        )
    return items


_FRIGATE_BLOCKS = frozenset(
    {"cpu_usages", "detectors", "gpu_usages", "processes", "service", "detection_fps"}
)


def _frigate_camera_stats(value: JSONValue) -> bool:
    """Return True for one camera's counters in Frigate's stats answer."""
    return isinstance(value, dict) and "camera_fps" in value and "process_fps" in value


def _frigate_stats(data: JSONValue, url: str) -> Items | None:
    """Read the cameras of Frigate's stats answer (GET /api/stats).

    From 0.12 the cameras are keyed by name under ``cameras``; before, their names were
    top-level keys beside ``detectors`` and ``service``. Counters only: the addresses are
    the server's own still and MJPEG conventions, as for its configuration.
    """
    if not isinstance(data, dict) or not isinstance(data.get("service"), dict):
        return None
    cameras = data.get("cameras")
    if isinstance(cameras, dict):
        names = [
            k for k, v in itertools.islice(cameras.items(), _MAX_ITEMS) if _frigate_camera_stats(v)
        ]
        if not cameras or 2 * len(names) < min(len(cameras), _MAX_ITEMS):
            return None
    else:
        names = [
            k
            for k, v in itertools.islice(data.items(), _MAX_ITEMS)
            if k not in _FRIGATE_BLOCKS and _frigate_camera_stats(v)
        ]
        if not names or "detectors" not in data:
            return None
    base = _prefix_before(url, "/api/") + "/api"
    items: Items = []
    for name in names:
        if not name.strip() or len(name) > 256:
            continue
        path = quote(name, safe="")
        items.append(
            {
                "id": name,
                "name": name,
                "snapshot": f"{base}/{path}/latest.jpg",
                "mjpeg": f"{base}/{path}",
            }
        )
    return items


def _hass_state(entity: JSONObject) -> bool:
    """Return True for one state object of Home Assistant's state machine."""
    entity_id = entity.get("entity_id")
    return (
        isinstance(entity_id, str)
        and _HASS_ENTITY.match(entity_id) is not None
        and "state" in entity
        and isinstance(entity.get("attributes"), dict)
    )


def _home_assistant(data: JSONValue, url: str) -> Items | None:
    """Read the camera entities of Home Assistant's state list (GET /api/states).

    The answer holds every entity (sensors, lights, people…); only ``camera.*`` entities
    are cameras, their still the ``entity_picture`` (``/api/camera_proxy/<entity_id>``
    with the entity's short-lived token) resolved against the answer's address. The
    ``access_token`` attribute itself is never copied. GET /api/states/<entity_id>
    answers with one state object.
    """
    if isinstance(data, dict):
        data = [data]
    entities = _dicts(data)
    if not _mostly(entities, _hass_state):
        return None
    if not any(str(entity.get("entity_id")).startswith("camera.") for entity in entities):
        raise PortalFormatError(
            "No camera list found in the portal answer: it is a Home Assistant state list "
            f"of {len(entities)} entities, none of them a camera entity (camera.*)"
        )
    items: Items = []
    for entity in entities:
        entity_id = entity.get("entity_id")
        attributes = entity.get("attributes")
        if not _hass_state(entity) or not isinstance(entity_id, str):
            continue
        if not entity_id.startswith("camera.") or not isinstance(attributes, dict):
            continue
        picture = _text(attributes.get("entity_picture"))
        if picture is None or not picture.startswith(("/", "http://", "https://")):
            continue
        items.append(
            {
                "id": entity_id,
                "name": _text(attributes.get("friendly_name")) or entity_id,
                "snapshot": urljoin(url, picture),
                "status": _state(entity.get("state"), _HASS_ONLINE),
            }
        )
    return items


_RECOGNISERS: tuple[tuple[str, Callable[[JSONValue, str], Items | None]], ...] = (
    ("Shinobi", _shinobi),
    ("ZoneMinder", _zoneminder),
    ("go2rtc", _go2rtc),
    ("Frigate", _frigate),
    ("Frigate", _frigate_stats),
    ("MediaMTX", _mediamtx),
    ("Restreamer", _restreamer),
    ("Ant Media", _antmedia),
    ("SRS", _srs),
    ("Flussonic", _flussonic),
    ("Wowza", _wowza),
    ("Red5 Pro", _red5),
    ("Home Assistant", _home_assistant),
)


def nvr_items(data: JSONValue, url: str) -> tuple[str, Items] | None:
    """Return the server kind and plain camera items of an NVR list, or None."""
    for kind, recognise in _RECOGNISERS:
        items = recognise(data, url)
        if items is not None:
            return kind, items
    return None
