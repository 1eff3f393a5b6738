"""Say what an unreadable answer held, so a format error can be acted on.

Only counts and the canonical names of fields whose values looked like media
addresses are reported; no value of the payload is ever repeated.
"""

from __future__ import annotations

import re

from ..fieldurls import looks_like_url
from ..shapes import is_credential_key
from ..values import JSONValue, norm_key

_MAX_NODES = 5000
_MAX_FIELDS = 5
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,29}")
_MEDIA_WORDS = ("stream", "hls", "m3u8", "rtsp", "video", "snapshot", "image", "thumb", "url")


def describe_json(data: JSONValue) -> str:
    """Return a short description of a JSON answer: its lists and media-like fields."""
    lists = 0
    largest = 0
    objects = 0
    media: list[str] = []
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
            for key, inner in list(value.items())[:200]:
                name = norm_key(key)
                if isinstance(inner, str) and _media_like(name, inner):
                    if (
                        _FIELD_NAME.fullmatch(name)
                        and name not in media
                        and len(media) < _MAX_FIELDS
                        and not is_credential_key(name)
                    ):
                        media.append(name)
                elif isinstance(inner, list | dict) and depth < 6:
                    stack.append((inner, depth + 1))
    parts = [f"{lists} list(s), the largest with {largest} entries, {objects} object(s)"]
    parts.append(
        "fields that looked like media: " + ", ".join(media)
        if media
        else "no field looked like a stream or image address"
    )
    return "; ".join(parts)


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
