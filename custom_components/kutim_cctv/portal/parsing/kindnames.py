"""Group names saying what kind of camera a group holds, not where it stands.

A KML ``Folder`` or an M3U ``group-title`` named ``Kamera CTZ``, ``CCTV ATCS``,
``Titik CCTV`` or ``Kamera PTZ 360`` sorts cameras by kind: a camera word with only
kind words or capital acronyms. Such a name is no area; ``CCTV Sangatta Utara`` names
a place and stays one.
"""

from __future__ import annotations

import re

__all__ = ["camera_kind_name"]

_WORD = re.compile(r"[^\W_]{1,40}")
_CAMERA_WORDS = frozenset(
    {"kamera", "camera", "cameras", "cam", "cams", "cctv", "webcam", "webcams", "ipcam"}
)
_KIND_WORDS = frozenset(
    {"ptz", "ctz", "dome", "bullet", "fixed", "thermal", "atcs", "titik", "live", "online"}
    | {"publik", "public", "traffic", "lalu", "lintas", "jalan", "360"}
)
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_MAX_WORDS = 8
_MAX_NAME = 200


def camera_kind_name(name: str) -> bool:
    """Return True for a group named for a kind of camera ("Kamera CTZ"), not a place."""
    words = _WORD.findall(name[:_MAX_NAME])
    if not words or len(words) > _MAX_WORDS:
        return False
    lowered = [word.lower() for word in words]
    if not any(word in _CAMERA_WORDS for word in lowered):
        return False
    return all(
        low in _CAMERA_WORDS or low in _KIND_WORDS or _ACRONYM.fullmatch(word)
        for word, low in zip(words, lowered, strict=True)
    )
