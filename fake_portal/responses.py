"""Content types and body shaping (pieces, padding, ETag matching) shared by every route."""

from __future__ import annotations

from collections.abc import Iterator
import math
from typing import Final

CT_JSON: Final = "application/json"
CT_GEOJSON: Final = "application/geo+json"
CT_HTML: Final = "text/html; charset=utf-8"
CT_M3U8: Final = "application/vnd.apple.mpegurl"
CT_TS: Final = "video/mp2t"
CT_MP4: Final = "video/mp4"
CT_JPEG: Final = "image/jpeg"
CT_TEXT: Final = "text/plain; charset=utf-8"

TRICKLE_PARTS: Final = 10
_OVERSIZE_CHUNK: Final = 64 * 1024


def etag_matches(header: str, etag: str) -> bool:
    """Return True when an If-None-Match header matches ``etag`` (weak comparison)."""
    wanted = etag.removeprefix("W/")
    for raw in header.split(","):
        candidate = raw.strip()
        if candidate == "*" or candidate.removeprefix("W/") == wanted:
            return True
    return False


def pieces(body: bytes, parts: int) -> Iterator[bytes]:
    """Yield ``body`` in about ``parts`` pieces."""
    size = max(1, math.ceil(len(body) / parts))
    for start in range(0, len(body), size):
        yield body[start : start + size]


def padded(body: bytes, total: int) -> Iterator[bytes]:
    """Yield ``body`` with whitespace after its first JSON bracket so it totals ``total`` bytes."""
    missing = total - len(body)
    if missing <= 0:
        yield body
        return
    positions = [p for p in (body.find(b"["), body.find(b"{")) if p >= 0]
    cut = min(positions) + 1 if positions else 0
    yield body[:cut]
    while missing > 0:
        size = min(missing, _OVERSIZE_CHUNK)
        yield b" " * size
        missing -= size
    yield body[cut:]
