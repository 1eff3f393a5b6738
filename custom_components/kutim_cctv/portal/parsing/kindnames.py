"""Group names saying what kind of camera a group holds, not where it stands.

A KML ``Folder`` or an M3U ``group-title`` named ``Kamera CTZ``, ``CCTV ATCS``,
``Titik CCTV``, ``Kamera PTZ 360`` or ``Kamera Pengendali`` sorts cameras by kind: a camera word with only
kind words (some written as acronyms: ``CTZ``, ``TMA``, ``ANPR``). Such a name is no area; ``CCTV Sangatta Utara`` names
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
    # The camera's role in a traffic control centre: controlling (with a loudspeaker)
    # or only monitoring (``Kamera Pengendali``, ``Kamera Monitoring``, ``CCTV Pemantau``).
    | {"pengendali", "kendali", "kontrol", "control", "monitoring", "monitor", "pemantau"}
    | {"pemantauan", "pantau"}
)
# Kinds written as acronyms, in capitals only: number-plate and ticketing cameras,
# water-level posts (``TMA``, ``AWLR``), IP, HD and infrared cameras. Any other capital
# word may be a place (``CCTV SIAK``, ``CCTV KUTIM``) and keeps the group an area, and
# so may a lower-case word (``cctv tma``).
_KIND_ACRONYMS = frozenset({"ANPR", "LPR", "ETLE", "TMA", "AWLR", "IP", "HD", "IR"})
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
        low in _CAMERA_WORDS or low in _KIND_WORDS or word in _KIND_ACRONYMS
        for word, low in zip(words, lowered, strict=True)
    )
