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

Only the record and the objects directly in it are read, a bounded number of fields each.
"""

from __future__ import annotations

from itertools import islice
import re

from ..fieldurls import resolve_url
from ..policy import is_public_host
from ..values import JSONObject, JSONValue, norm_key

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
_MAX_FIELDS = 64
_MAX_PORT = 65535


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
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) <= 5:
        value = int(value.strip())
    if isinstance(value, int) and 0 < value <= _MAX_PORT:
        return value
    return None


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


def _with_host_paths(obj: JSONObject) -> JSONObject | None:
    """Return the object with its media paths on its own host, or None when it names none."""
    fields = _fields(obj)
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


def hosted_paths(record: JSONValue) -> JSONValue:
    """Return a record whose media paths (its own or a nested object's) name its host."""
    if not isinstance(record, dict):
        return record
    found = _with_host_paths(record)
    result = found if found is not None else record
    copied: JSONObject | None = None
    for key, value in islice(result.items(), _MAX_FIELDS):
        if isinstance(value, dict) and (inner := _with_host_paths(value)) is not None:
            copied = copied if copied is not None else dict(result)
            copied[key] = inner
    return copied if copied is not None else result
