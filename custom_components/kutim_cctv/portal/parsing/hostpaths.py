"""A camera record naming its own host, port and media paths, read as full addresses.

A camera database lists an IP camera by how it is reached rather than by addresses
(``{camera_type: "ip", ip: "cam.example", port: 8080, image_path:
"/axis-cgi/jpg/image.cgi", video_path: "/axis-cgi/mjpg/video.cgi"}``, the same fields
under a nested ``retrieval`` object too): its paths are on that host and port, never on
the portal's host that a relative path would otherwise be read against. Such paths are
written out as ``http://host[:port]/path`` (``https`` on ports 443 and 8443), joined as
an address (dot segments resolved). A host that is no public one (a LAN or loopback
address, a single-label or ``.local`` name) is never taken: its record is left as it is, since a recording server lists its cameras by their LAN
addresses beside paths on its own host (Surveillance Station's ``ip: "192.168.10.21"``
beside ``snapshot_path: "/webapi/entry.cgi?…"``). Nor is a host written with a scheme, a
login or a path, or a port that is no port. Logins beside the host are never written
into an address.

A record that also names the protocol it is reached by (a home-automation server's
camera: Domoticz ``{Address, Port, Protocol: 0|1, ImageURL: "image/jpeg.cgi"}``, Jeedom's
``configuration {ip, port, protocole: "http"|"https", urlStream: "/snapshot.jpg"}``) gives
its picture as a URL field holding a path on the camera, with or without its leading
slash: it is written out as ``protocol://host[:port]/path`` (the protocol's own port left
out). Only ``http``/``https`` (or Domoticz's codes 0 and 1) are read as the protocol; the
``address`` field is read as the host only beside such a protocol field. When the host is
no public one (a LAN address, a local name) in an answer from a public host, is written
with a login, scheme or path, is an IP literal or a name ending in a dot, or the protocol
or port cannot be read, the picture path is the camera's all the same, never the
server's: it is dropped rather than read against the portal's host. An answer from the
local network itself (the user's own Domoticz) writes its LAN cameras' pictures on their
LAN hosts, never on a link-local or metadata one. A full address
in such a field stays as written. Such a record keyed only by its index (Domoticz's
``idx``) has that index as its id.

Only the record and the objects directly in it are read, a bounded number of fields each.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import islice
import re
from urllib.parse import urlsplit

from ..fieldurls import resolve_url
from ..media import sound_address
from ..policy import is_internal_host, is_never_allowed_host, is_public_host
from ..values import JSONObject, JSONValue, norm_key, port_number

_HOST_KEYS = ("ip", "host", "hostname", "ip_address", "ipaddress")
_PORT_KEYS = ("port", "http_port")
# Words of a path field naming a camera's medium (``image_path``, ``video_path``,
# ``snapshot_path``, ``mjpeg_path``).
_MEDIA_WORDS = frozenset(
    {"image", "video", "snapshot", "snap", "still", "jpeg", "jpg", "mjpeg", "mjpg", "picture"}
    | {"stream", "hls", "m3u8", "live"}
)
_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")
_PATH = re.compile(r"/(?!/)[^\s\\]{0,511}")
# The protocol a device record is reached by, and the host key read only beside it.
_SCHEME_KEYS = ("protocol", "protocole", "scheme")
_ADDRESS_KEYS = ("address",)
_SCHEME_NAMES = {"http": "http", "https": "https"}
# Domoticz numbers its camera protocols: 0 HTTP, 1 HTTPS.
_SCHEME_CODES = {0: "http", 1: "https"}
# A path on the device written without its leading slash (``image/jpeg.cgi``,
# ``cgi-bin/snapshot.cgi?channel=1``): no scheme, login or port before the first slash.
_RELATIVE = re.compile(r"[A-Za-z0-9_~%-][^\s\\:@/]{0,127}(?:[/?][^\s\\]{0,511})?")
# A host field written with a login, a scheme or a path: never a host to write out.
_WRITTEN_HOST = re.compile(r"[^\s]{0,128}[@/][^\s]{0,255}")
# A host field in one word (``[::1]``, ``cam.example.``) is a host even when it cannot be
# written out; words with spaces (a street address) are none.
_ONE_WORD = re.compile(r"\S{1,384}")
_MAX_FIELDS = 64


# An object's first fields read: (key as written, canonical key, value), in its order.
_Fields = list[tuple[str, str, JSONValue]]


def _fields(obj: JSONObject) -> _Fields:
    """Return the object's first _MAX_FIELDS fields, each with its canonical key."""
    return [(key, norm_key(key), value) for key, value in islice(obj.items(), _MAX_FIELDS)]


def _media_path_key(canonical: str) -> bool:
    """Return True for a field naming the path of a medium (``image_path``, ``videoPath``)."""
    words = canonical.split("_")
    return len(words) >= 2 and words[-1] == "path" and not _MEDIA_WORDS.isdisjoint(words[:-1])


def _field(fields: _Fields, keys: tuple[str, ...]) -> tuple[bool, JSONValue]:
    """Return whether the fields hold one of the keys (the first in the object) and its value."""
    for _key, canonical, value in fields:
        if canonical in keys:
            return True, value
    return False, None


def _port(value: JSONValue) -> int | None:
    """Return a port number written as a number or digits, 0 when absent, None when bad."""
    if value is None or value == "":
        return 0
    return port_number(value)


def _origin(host: JSONValue, port: JSONValue) -> str | None:
    """Return ``http://host[:port]`` for a public host and a usable port, else None."""
    if not isinstance(host, str) or _HOST.fullmatch(host.strip()) is None:
        return None
    name = host.strip()
    number = _port(port)
    if number is None or not is_public_host(name):
        return None
    if number == 443:
        return f"https://{name}"
    if number == 8443:
        return f"https://{name}:8443"
    return f"http://{name}" if number in (0, 80) else f"http://{name}:{number}"


def _media_url_key(canonical: str) -> bool:
    """Return True for a URL field naming a medium (``image_url``, ``url_stream``)."""
    words = canonical.split("_")
    return (
        len(words) >= 2
        and ("url" in words or "uri" in words)
        and not _MEDIA_WORDS.isdisjoint(words)
    )


def _device_path(value: JSONValue) -> bool:
    """Return True for a path on the device, with or without its leading slash."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    if _PATH.fullmatch(text) is not None:
        return True
    if _RELATIVE.fullmatch(text) is None:
        return False
    # ``cam.example/snap.jpg`` is an address written from its host, not a path.
    head, slash, _rest = text.split("?", 1)[0].partition("/")
    return not (slash and "." in head)


def _scheme(value: JSONValue) -> str | None:
    """Return ``http``/``https`` for a protocol written as a name or a Domoticz code."""
    if isinstance(value, str):
        return _SCHEME_NAMES.get(value.strip().lower())
    if isinstance(value, int) and not isinstance(value, bool):
        return _SCHEME_CODES.get(value)
    return None


# Where an answer comes from: a public host, the local network, or loopback (the machine's
# own). Truthy for both local kinds.
_PUBLIC_ANSWER = 0
_LAN_ANSWER = 1
_LOOPBACK_ANSWER = 2


@lru_cache(maxsize=16)
def _lan_answer(base_url: str | None) -> int:
    """Return where an answer is served from (_PUBLIC_ANSWER, _LAN_ANSWER, _LOOPBACK_ANSWER)."""
    try:
        host = urlsplit(base_url[:2048]).hostname if base_url else None
    except ValueError:
        return _PUBLIC_ANSWER
    if host is None or is_public_host(host):
        return _PUBLIC_ANSWER
    if is_internal_host(host) and not is_never_allowed_host(host):
        return _LOOPBACK_ANSWER
    return _LAN_ANSWER


def _device_host(host: str, lan: int) -> bool:
    """Return True for a device host to write: public, or a LAN one from the LAN.

    Never a link-local or metadata host (an address, a metadata service's name such as
    ``metadata.google.internal``, a wildcard DNS name spelling one), and a loopback host
    (``localhost``, ``127.0.0.1``: the machine's own) only from an answer on loopback.
    """
    if _HOST.fullmatch(host) is None:
        return False
    if is_public_host(host):
        return True
    if not lan or is_never_allowed_host(host):
        return False
    return lan == _LOOPBACK_ANSWER or not is_internal_host(host)


def _device_origin(scheme: str, host: str, port: JSONValue, lan: int) -> str | None:
    """Return ``scheme://host[:port]`` for a host to write and a usable port, else None."""
    number = _port(port)
    if number is None or not _device_host(host, lan):
        return None
    if number in (0, 443 if scheme == "https" else 80):
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{number}"


def _index_id(fields: _Fields, copied: JSONObject) -> None:
    """Give a device record keyed only by its index (Domoticz ``idx: "4"``) that id.

    Read only on a device record (protocol, host and picture path) with no id field of
    its own; a row's position in a list (Frappe's ``idx: 0`` beside its ``name``) is
    never such a record.
    """
    if _field(fields, ("id",))[0]:
        return
    has_index, index = _field(fields, ("idx",))
    if has_index and isinstance(index, str) and index.strip().isdigit() and len(index) <= 12:
        copied["id"] = index.strip()


def _with_device_paths(obj: JSONObject, fields: _Fields, lan: int) -> JSONObject | None:
    """Return a device record with its picture paths on its own host, or None.

    None when the object names no protocol, no host or no media URL field holding a
    path. When the address cannot be written (no public host from a public answer, a
    login in the host, an IP literal, a protocol or port that cannot be read) the paths
    are dropped, never left to be read against the portal's host.
    """
    has_scheme, scheme_value = _field(fields, _SCHEME_KEYS)
    if not has_scheme:
        return None
    has_host, host = _field(fields, _HOST_KEYS)
    if not has_host:
        has_host, host = _field(fields, _ADDRESS_KEYS)
    if not has_host or not isinstance(host, str):
        return None
    name = host.strip()
    if _ONE_WORD.fullmatch(name) is None:
        return None  # no host at all (a street address): nothing to say of the paths
    paths = [
        key
        for key, canonical, value in fields
        if (_media_url_key(canonical) or _media_path_key(canonical)) and _device_path(value)
    ]
    if not paths:
        return None
    scheme = _scheme(scheme_value)
    port = _field(fields, _PORT_KEYS)[1]
    origin = _device_origin(scheme, name, port, lan) if scheme else None
    copied = dict(obj)
    _index_id(fields, copied)
    for key in paths:
        url = resolve_url(obj[key], origin + "/") if origin is not None else None
        if url is not None:
            copied[key] = url
        else:
            del copied[key]
    return copied


def _with_host_paths(obj: JSONObject, lan: int) -> JSONObject | None:
    """Return the object with its media paths on its own host, or None when it names none."""
    fields = _fields(obj)
    if (device := _with_device_paths(obj, fields, lan)) is not None:
        return device
    has_host, host = _field(fields, _HOST_KEYS)
    if not has_host:
        return None
    paths = [
        key
        for key, canonical, value in fields
        if isinstance(value, str) and _media_path_key(canonical) and _PATH.fullmatch(value.strip())
    ]
    if not paths:
        return None
    origin = _origin(host, _field(fields, _PORT_KEYS)[1])
    if origin is None:
        return None
    copied = dict(obj)
    for key in paths:
        # Joined as an address (dot segments resolved, logins dropped), never as text.
        if (url := resolve_url(obj[key], origin + "/")) is not None:
            copied[key] = url
    return copied


# A record's stream played from a media server named beside it (a city camera app's
# ``channel: "cam10.m3u8"`` with ``UrlStreamMediaServer: {ip_url_ms, output_port, name:
# "/hls/", protocol}``, MediaMTX's ``stream_server: {host, port, path}``, Monibuca's
# ``streamPath`` with ``mediaServer: {ip, httpPort, prefix}``): the server's key names
# a server and a stream or media word; the channel is a relative path ending in a
# stream file's extension.
_SERVER_WORDS = frozenset({"server", "mediaserver"})
_SERVER_MEDIA_WORDS = frozenset({"stream", "streaming", "media", "hls", "video", "live"})
_CHANNEL_KEYS = frozenset(
    {"channel", "channel_path", "stream_path", "stream_name", "stream_file", "playlist"}
)
_CHANNEL = re.compile(r"/?[A-Za-z0-9_~%-][A-Za-z0-9_~%.-]{0,127}(?:/[A-Za-z0-9_~%.-]{1,128}){0,6}")
_STREAM_FILE = re.compile(r".*\.(?:m3u8|mpd|flv|mp4)", re.IGNORECASE)
# The server's host (``ip_url_ms``, ``dns_ip``, ``domain``), port (``output_port``,
# ``httpPort``) and path prefix (``name: "/hls/"``, ``path``, ``prefix``, ``app``).
_SERVER_HOST_WORDS = frozenset({"ip", "host", "hostname", "dns", "domain"})
_PREFIX_KEYS = ("path", "prefix", "base_path", "app", "application", "location", "name")
# Segments end at a slash (the last one's slash optional), so a value is split one way
# only: a long run of letters failing at its end never backtracks through the groups.
_PREFIX = re.compile(r"/(?:[A-Za-z0-9_~%.-]{1,64}/){0,3}(?:[A-Za-z0-9_~%.-]{1,64}/?)?")
_MAX_PREFIX = 300
# Ports of a server record named for the web output a channel plays over (``httpPort``,
# ``hls_port``, ``output_port``) come first; a port named for another protocol
# (``rtmpPort``, ``rtsp_port``, ``api_port``) is never the channel's.
_WEB_PORT_WORDS = frozenset({"http", "https", "hls", "output", "web", "flv", "media"})
_OTHER_PORT_WORDS = frozenset(
    {"rtmp", "rtsp", "rtp", "rtc", "webrtc", "srt", "api", "udp", "tcp", "ssh", "ftp", "onvif"}
)


def _server_key(canonical: str) -> bool:
    """Return True for a field naming a stream's media server (``media_server``)."""
    words = frozenset(canonical.split("_"))
    return not words.isdisjoint(_SERVER_WORDS) and (
        "mediaserver" in words or not words.isdisjoint(_SERVER_MEDIA_WORDS)
    )


def _channel_path(value: JSONValue) -> bool:
    """Return True for a stream's relative path on a server (``cam10.m3u8``, ``live/a.flv``)."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    return (
        _CHANNEL.fullmatch(text) is not None
        and _STREAM_FILE.fullmatch(text) is not None
        and ".." not in text.split("/")
    )


def _server_origin(server: JSONObject, lan: int) -> tuple[str, str] | None:
    """Return (origin, path prefix) of a media server record, None when unusable.

    Its host must be one word without a login, scheme or path, public in a public
    answer; its protocol, when written, ``http`` or ``https`` (``https`` is taken on
    ports 443 and 8443 when none is written); its port a port.
    """
    fields = _fields(server)
    host = next(
        (
            value
            for _key, canonical, value in fields
            if canonical in _HOST_KEYS or canonical.split("_")[0] in _SERVER_HOST_WORDS
        ),
        None,
    )
    if not isinstance(host, str) or _HOST.fullmatch(name := host.strip()) is None:
        return None
    port = _server_port(fields)
    number = _port(port)
    has_scheme, scheme_value = _field(fields, _SCHEME_KEYS)
    if has_scheme:
        scheme = _scheme(scheme_value) if isinstance(scheme_value, str) else None
    else:
        scheme = "https" if number in (443, 8443) else "http"
    if scheme is None:
        return None
    origin = _device_origin(scheme, name, port, lan)
    if origin is None:
        return None
    prefix = ""
    for key in _PREFIX_KEYS:
        value = _field(fields, (key,))[1]
        if (
            isinstance(value, str)
            and len(value) <= _MAX_PREFIX
            and _PREFIX.fullmatch(value.strip()) is not None
        ):
            prefix = value.strip().strip("/")
            break
    return origin, prefix


def _server_port(fields: _Fields) -> JSONValue:
    """Return the port a server record's web output is on, None when it names none.

    A port named for the web output (``httpPort``, ``hls_port``, ``output_port``) comes
    before a plain ``port``; one named for another protocol (``rtmpPort``,
    ``rtsp_port``, ``api_port``) is never taken, so a server listing only such ports
    plays on the protocol's own port.
    """
    plain: JSONValue = None
    for _key, canonical, value in fields:
        words = canonical.split("_")
        if words[-1] != "port" or not _OTHER_PORT_WORDS.isdisjoint(words):
            continue
        if not _WEB_PORT_WORDS.isdisjoint(words):
            return value
        if plain is None:
            plain = value
    return plain


def _with_server_channel(obj: JSONObject, lan: int) -> JSONObject | None:
    """Return the record with its channel written out on its media server, or None.

    None when the record has no channel path or no field naming a media server. The
    server record is consumed (its path prefix is no name of the camera); a server
    left empty (``null``) or one that cannot be written out (a LAN or loopback host in
    a public answer, a login, a protocol other than HTTP(S)) drops the channel, never
    read against the portal's own host.
    """
    fields = _fields(obj)
    channels = [
        key
        for key, canonical, value in fields
        if canonical in _CHANNEL_KEYS and _channel_path(value)
    ]
    servers = [
        key
        for key, canonical, value in fields
        if _server_key(canonical) and (value is None or isinstance(value, dict))
    ]
    if len(channels) != 1 or len(servers) != 1:
        return None
    channel, server_key = channels[0], servers[0]
    server = obj[server_key]
    found = _server_origin(server, lan) if isinstance(server, dict) else None
    copied = dict(obj)
    del copied[server_key]
    if found is None:
        del copied[channel]
        return copied
    origin, prefix = found
    path = "/".join(part for part in (prefix, str(obj[channel]).strip().lstrip("/")) if part)
    url = resolve_url(f"{origin}/{path}", origin + "/")
    if url is None or sound_address(url):
        del copied[channel]  # a radio's or a sound server's stream is no camera's
    else:
        copied[channel] = url
    return copied


def hosted_paths(record: JSONValue, base_url: str | None = None) -> JSONValue:
    """Return a record whose media paths (its own or a nested object's) name its host.

    base_url is the answer's address: a device record from an answer on the local
    network may name a LAN host; without it the answer is taken as a public one.
    """
    if not isinstance(record, dict):
        return record
    lan = _lan_answer(base_url)
    record = _with_server_channel(record, lan) or record
    found = _with_host_paths(record, lan)
    result = found if found is not None else record
    copied: JSONObject | None = None
    for key, value in islice(result.items(), _MAX_FIELDS):
        if isinstance(value, dict) and (inner := _with_host_paths(value, lan)) is not None:
            copied = copied if copied is not None else dict(result)
            copied[key] = inner
    return copied if copied is not None else result
