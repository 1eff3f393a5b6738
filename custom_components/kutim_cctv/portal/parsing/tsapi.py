"""Channel lists and event messages of TS Solution recorders' TS-API (TS-NVR, TS-CMS).

The API numbers its channels (``chid``, from 1) and titles them; its answers list each
channel's video sources, one per protocol and resolution:

- ``GET /api/vod`` (live, ``when=now``) and ``GET /api/enum?what=channel&staticSrc``:
  an array of ``{chid, title, displayName, src: [{src, type, label, size}]}``; later
  releases add ``protocol`` (``rtmp``, ``flv``, ``hls``…) and ``profile`` (``main``,
  ``sub``) to each source, v1 (``/api/v1/vod``) writes the sources' paths relative to
  the recorder, and older releases percent-encode the title (``192%2E168%2E0%2E106``).
- Event messages (``/api/subscribeEvents``, over a WebSocket or as server-sent events):
  ``{topic, …, linkedChannel: [{chid, title, src, streams: [{src, type, label,
  size}]}]}``, the streams only in verbose messages.

Each channel is one camera, however many sources (``1080p FHD``, ``VGA``) or messages
name it: its id is the channel number, its name the (decoded) title. Its stream is an
HLS source, the main profile (the largest size) first, else an HTTP-FLV one; RTMP, RTSP
and websocket sources are never media, nor a source written with credentials, nor one
on a LAN address when the answer came from a public host. A
channel's ``src`` that is a single address is its watch page, a player, never its
stream; a channel without a playable source is no camera. Recorded files (``fileId``,
``timeRange``) are not live cameras. Event fields (callers, devices, plates, the zone or
call point's name) are never read.
"""

from __future__ import annotations

from contextlib import suppress
import re
from urllib.parse import parse_qsl, unquote

from ..deviceinputs import lan_address
from ..fieldurls import resolve_url
from ..shapes import has_userinfo
from ..values import JSONObject, JSONValue, digits_int
from .nvr import Items, _dicts, _mostly, _text

__all__ = ["tsapi_items"]

_MAX_CHID = 100_000
_MAX_SOURCES = 32
_MAX_LINKED = 256
_MAX_ITEMS = 5000
_PERCENT = re.compile(r"%[0-9A-Fa-f]{2}")
_MEDIA_SCHEMES = frozenset({"http", "https"})
# Query keys that carry a login (``auth=`` base64 user:password, ``token=``, ``apikey=``).
_CREDENTIAL_KEYS = frozenset({"auth", "token", "apikey", "api_key", "password", "pwd", "user"})
# What each source protocol is: 0 HLS, 1 HTTP-FLV; any other (rtmp, rtsp,
# websocket-flv, webrtc) is no media.
_PROTOCOLS = {"hls": 0, "flv": 1, "http-flv": 1}
_EVENT_KEYS = ("topic", "subscriberId", "linkedChannel")


def _chid(value: JSONValue) -> int | None:
    """Return a channel number (1-based), or None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        value = digits_int(value, 6)
    if isinstance(value, int) and 1 <= value <= _MAX_CHID:
        return value
    return None


def _channel(entry: JSONObject) -> bool:
    """Return True for a channel record: a channel number beside a title."""
    return _chid(entry.get("chid")) is not None and ("title" in entry or "displayName" in entry)


def _sources(entry: JSONObject) -> list[JSONObject]:
    """Return a channel's listed sources (``src`` in lists, ``streams`` in events)."""
    for key in ("streams", "src"):
        value = entry.get(key)
        if isinstance(value, list):
            return _dicts(value[:_MAX_SOURCES])
    return []


def _title(entry: JSONObject, chid: int) -> str:
    """Return a channel's name: its title, percent-decoded, else its display name."""
    for key in ("title", "displayName"):
        text = _text(entry.get(key))
        if text and _PERCENT.search(text):
            with suppress(UnicodeDecodeError):  # not UTF-8 when decoded: as written
                text = unquote(text, errors="strict").strip()
        if text:
            return text
    return f"CH{chid}"


def _path_and_query(address: str) -> tuple[str, str]:
    """Return an address's path (without its first ``/``) and query, fragment cut off."""
    head, _mark, query = address.partition("#")[0].partition("?")
    return head.partition("://")[2].partition("/")[2], query


def _credentials(address: str) -> bool:
    """Return True for an address carrying a login (user:password@, auth=, token=)."""
    if has_userinfo(address):
        return True
    query = _path_and_query(address)[1]
    return any(key.lower() in _CREDENTIAL_KEYS for key, _v in parse_qsl(query)[:32])


def _kind(source: JSONObject, address: str) -> int | None:
    """Return 0 for an HLS source, 1 for HTTP-FLV, None for anything else."""
    protocol = _text(source.get("protocol"))
    if protocol is not None:
        return _PROTOCOLS.get(protocol.lower())
    path = _path_and_query(address)[0].lower()
    kind = (_text(source.get("type")) or "").lower()
    if path.endswith(".m3u8") or "mpegurl" in kind:
        return 0
    if path.endswith(".flv") or kind == "video/x-flv":
        return 1
    return None


def _area(source: JSONObject) -> int:
    """Return a source's pixel count from its ``size`` [width, height], 0 when unknown."""
    size = source.get("size")
    if not isinstance(size, list) or len(size) != 2:
        return 0
    width, height = size
    if isinstance(width, int) and isinstance(height, int) and not isinstance(width, bool):
        return max(0, min(width, 100_000)) * max(0, min(height, 100_000))
    return 0


def _stream(entry: JSONObject, url: str) -> str | None:
    """Return a channel's stream: HLS before FLV, the main profile before the sub one."""
    best: tuple[int, int, int, int] | None = None
    chosen: str | None = None
    for index, source in enumerate(_sources(entry)):
        written = _text(source.get("src"))
        if written is None or "timeRange" in source or _credentials(written):
            continue  # no address, a recorded file, or a login
        address = resolve_url(written, url)
        if address is None or address.partition(":")[0].lower() not in _MEDIA_SCHEMES:
            continue  # not an address (``http://[zz/…``), or no media scheme
        if lan_address(address, url):
            continue  # the recorder's LAN address, named by a public answer
        kind = _kind(source, address)
        if kind is None:
            continue
        profile = (_text(source.get("profile")) or "").lower()
        rank = (kind, 1 if profile == "sub" else 0, -_area(source), index)
        if best is None or rank < best:
            best, chosen = rank, address
    return chosen


def _channels(data: JSONValue) -> list[JSONObject] | None:
    """Return the channel records of a TS-API answer, or None when it is not one."""
    entries = _dicts([data] if isinstance(data, dict) else data)
    if not entries:
        return None
    if _mostly(entries, _channel):
        if not any(isinstance(e.get("src"), list) for e in entries if _channel(e)):
            return None  # a bare channel enumeration: no sources to play
        if any("fileId" in e for e in entries[:50]):
            return []  # recorded files: no live camera
        return [e for e in entries if _channel(e)]
    if not _mostly(entries, lambda e: any(key in e for key in _EVENT_KEYS)):
        return None
    channels: list[JSONObject] = []
    for event in entries:
        linked = event.get("linkedChannel")
        if isinstance(linked, list):
            channels.extend(e for e in _dicts(linked[:_MAX_LINKED]) if _channel(e))
        own = event.get("chid")
        if isinstance(own, dict) and _channel(own):
            channels.append(own)
        if len(channels) >= _MAX_ITEMS:
            break
    return channels or None


def tsapi_items(data: JSONValue, url: str) -> Items | None:
    """Read a TS-API channel source list or event messages as one camera per channel."""
    channels = _channels(data)
    if channels is None:
        return None
    found: dict[int, tuple[str, str | None]] = {}
    for entry in channels[:_MAX_ITEMS]:
        chid = _chid(entry.get("chid"))
        if chid is None:
            continue
        known = found.get(chid)
        if known is not None and known[1] is not None:
            continue  # listed again: the first playable listing stands
        found[chid] = (_title(entry, chid), _stream(entry, url))
    return [
        {"id": str(chid), "name": name, "stream_url": stream}
        for chid, (name, stream) in found.items()
        if stream is not None
    ]
