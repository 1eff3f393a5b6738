"""Weather satellite imagery: pictures of the sky from orbit, never a camera's still.

A weather board, a lobby screen or a webcam page often shows the latest satellite
picture beside its webcams: NOAA STAR's ``GOES18/ABI/FD/GEOCOLOR/1808x1808.jpg``,
RAMMB's ``…/himawari-9/full_disk_ahi_true_color.jpg``, JMA's ``mscweb/data/himawari/…``,
EUMETSAT's ``EUMETSAT_MSG_RGBNatColourEnhncd_LowResolution.jpg``, a weather bureau's
``Data/satellite/LCC_IR1_RGB_1024.jpg``. Such a picture is told by its address (a host
label, a folder or a word of its file name naming a weather satellite or its operator, or
a folder named for satellite imagery) or by its name naming a weather satellite with its
number (``Himawari-9 Kalimantan``, ``GOES-16 (East)``, ``Meteosat-11``).

A place named for a satellite is no satellite picture: ``Satellite Beach Pier Cam``,
``Simpang Jl. Satelit``, ``menara-satelit.jpg`` (a word of a file name is not a folder),
and a satellite's name without its number in a camera's name (``Himawari Park``) or any
other word (``where-it-goes``) says nothing.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["satellite_picture"]

# A weather satellite with its number or its operator as a whole folder or host label:
# GOES-16…19, Himawari (8, 9), Meteosat (MSG) and EUMETSAT, GEO-KOMPSAT-2A, MTSAT,
# Fengyun-4 (``himawari-9``, ``GOES18``, ``himawari8``).
_SATELLITE_WORD = re.compile(
    r"goes-?1\d|himawari-?\d{1,2}|meteosat-?\d{1,2}|eumetsat|gk-?2a|mtsat-?\d{1,2}|fy-?4[ab]?",
    re.ASCII,
)
# A folder named for satellite imagery as a whole.
_SATELLITE_FOLDERS = frozenset({"sat_img"})
# A host label named for satellite imagery (``satelit.bmkg…``, ``services.satelit…``).
_SATELLITE_LABELS = frozenset({"satellite", "satellites", "satelit", "satelite", "sat_img"})
# A folder that is the imagery word, or a folder or host label that is a satellite's name
# without its number (``satellite``, ``satelit``, ``himawari``): a place may be named so
# (``Satellite Beach``, ``Jl. Satelit``, ``Taman Himawari``), so it counts only beside
# another imagery mark.
_SATELLITE_HINTS = frozenset(
    {"satellite", "satellites", "satelit", "satelite", "himawari", "meteosat", "mtsat"}
)
# Marks of satellite imagery in an address's words: a channel or band (``IR1``, ``b13``,
# ``WV``), a product (``GeoColor``, ``TrueColor``, ``RGB``, ``full disk``), the imager
# (``AHI``, ``ABI``), cloud words; and host labels of weather and satellite agencies.
_IMAGERY_MARK = re.compile(
    r"ir\d?|b\d{1,2}|band\d{0,2}|wv\d?|vis\d?|rgb|geocolor|truecolou?r|fulldisk|fd|ahi|abi"
    r"|mscweb|infrared|inframerah|cloud|clouds|awan",
    re.ASCII,
)
_AGENCY_LABELS = frozenset({"bmkg", "jma", "noaa", "nesdis", "cira", "rammb", "cwa", "kma", "nmsc"})
# A weather satellite named with its number in a picture's name.
_SATELLITE_NAME = re.compile(
    r"(?i)\b(?:goes[-\s]?1\d|himawari[-\s]?\d{1,2}|meteosat[-\s]?\d{1,2}|gk[-\s]?2a"
    r"|mtsat[-\s]?\d{1,2}|fy[-\s]?4[ab])\b"
)
# A word of a file name naming a satellite by its number or its operator (``goes16``,
# ``himawari9``, ``EUMETSAT``): a bare ``himawari`` there may be a garden's sunflowers.
_SATELLITE_FILE_WORD = re.compile(
    r"goes1\d|himawari\d{1,2}|meteosat\d{1,2}|eumetsat|gk2a|mtsat\d{1,2}|fy4[ab]?", re.ASCII
)
_PIECE = re.compile(r"[-_.\s]+")
_MAX_URL = 2048
_MAX_NAME = 200
_MAX_SEGMENTS = 16


def _satellite_address(url: str) -> bool:
    """Return True when an address names a weather satellite or satellite imagery."""
    try:
        parts = urlsplit(url[:_MAX_URL])
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    labels = host.split(".")[:_MAX_SEGMENTS]
    if any(label in _SATELLITE_LABELS or _SATELLITE_WORD.fullmatch(label) for label in labels):
        return True
    segments = [s for s in parts.path.lower().split("/") if s][-_MAX_SEGMENTS:]
    *folders, file_name = segments or [""]
    if any(f in _SATELLITE_FOLDERS or _SATELLITE_WORD.fullmatch(f) for f in folders):
        return True
    stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name
    words = [w for w in _PIECE.split(stem) if w]
    # A word of the file name counts only as a satellite's or operator's own name
    # (``EUMETSAT_MSG_…``), never as the imagery word (``menara-satelit.jpg``).
    if any(_SATELLITE_FILE_WORD.fullmatch(word) for word in words):
        return True
    if _SATELLITE_HINTS.isdisjoint(labels) and _SATELLITE_HINTS.isdisjoint(folders):
        return False
    # The imagery word or a bare satellite name as a folder or host label: only beside
    # another mark of imagery (``Data/satellite/LCC_IR1_RGB``, ``satelit.bmkg…``).
    if not _AGENCY_LABELS.isdisjoint(labels):
        return True
    pieces = [w for piece in [*folders, stem] for w in _PIECE.split(piece) if w]
    return any(_IMAGERY_MARK.fullmatch(word) for word in pieces[: _MAX_SEGMENTS * 4])


def satellite_picture(url: str | None, name: str | None) -> bool:
    """Return True for a weather satellite's picture (see the module's description)."""
    if url and _satellite_address(url):
        return True
    return bool(name) and _SATELLITE_NAME.search((name or "")[:_MAX_NAME]) is not None
