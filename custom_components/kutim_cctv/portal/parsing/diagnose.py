"""Say what an unreadable answer held, so a format error can be acted on.

Only counts and the canonical names of fields whose values looked like media
addresses or like inputs (a device's or a pulled camera's own address, which a
server reads from and a viewer cannot play) are reported; no value of the payload is ever repeated.
"""

from __future__ import annotations

import itertools
import re
from urllib.parse import urlsplit

from ..fieldurls import looks_like_url
from ..policy import is_device_ip
from ..shapes import is_credential_key
from ..values import JSONValue, norm_key

_MAX_NODES = 5000
_MAX_FIELDS = 5
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,29}")
_MEDIA_WORDS = ("stream", "hls", "m3u8", "rtsp", "video", "snapshot", "image", "thumb", "url")
# Protocols a server pulls from or is published to, which a viewer here never plays.
_INPUT_SCHEMES = ("rtmp", "rtmps", "srt", "udp", "rtp", "tcp", "push")


def describe_json(data: JSONValue) -> str:
    """Return a short description of a JSON answer: its lists and media-like fields."""
    lists = 0
    largest = 0
    objects = 0
    media: list[str] = []
    inputs: list[str] = []
    stack: list[tuple[JSONValue, int]] = [(data, 0)]
    seen = 0
    while stack and seen < _MAX_NODES:
        value, depth = stack.pop()
        seen += 1
        if isinstance(value, list):
            lists += 1
            largest = max(largest, len(value))
            if depth < 6:
                stack.extend((item, depth + 1) for item in value[:50])
        elif isinstance(value, dict):
            objects += 1
            for key, inner in itertools.islice(value.items(), 200):
                name = norm_key(key)
                if isinstance(inner, str) and (_input_like(inner) or _media_like(name, inner)):
                    found = inputs if _input_like(inner) else media
                    if (
                        _FIELD_NAME.fullmatch(name)
                        and name not in found
                        and len(found) < _MAX_FIELDS
                        and not is_credential_key(name)
                    ):
                        found.append(name)
                elif isinstance(inner, list | dict) and depth < 6:
                    stack.append((inner, depth + 1))
    parts = [f"{lists} list(s), the largest with {largest} entries, {objects} object(s)"]
    parts.append(
        "fields that looked like media: " + ", ".join(media)
        if media
        else "no field looked like a stream or image address"
    )
    if inputs:
        parts.append(
            "fields that looked like inputs (a device's or a pulled camera's own "
            "address): " + ", ".join(inputs)
        )
    return "; ".join(parts)


def _input_like(value: str) -> bool:
    """Return True for an address a server reads from: an ingest protocol, a login, a LAN IP."""
    text = value.strip()[:2048]
    scheme, sep, _rest = text.partition("://")
    if not sep or not scheme.isascii() or not scheme.isalpha():
        return False
    if scheme.lower() in _INPUT_SCHEMES:
        return True
    try:
        parts = urlsplit(text)
        host = parts.hostname
    except ValueError:
        return False
    if parts.username is not None:
        return True
    return is_device_ip(host)


def _media_like(name: str, value: str) -> bool:
    """Return True for a field whose name or value suggests a media address."""
    return looks_like_url(value) or (
        any(word in name for word in _MEDIA_WORDS) and bool(value.strip())
    )


def describe_page(scripts: int, links: int, markers: int) -> str:
    """Return a short description of an HTML page that held no camera."""
    return (
        f"{scripts} script(s), {links} media element(s) and {markers} map marker(s) "
        "with no stream or image address"
    )
