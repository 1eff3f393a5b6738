"""The position an element's data attributes or its map handler give.

``data-lat``/``data-lng`` (or one ``data-latlng`` pair), or a click handler that hands a
page map function the two numbers (``onclick="openMap(1.0372, 116.8869)"``,
``href="javascript:lihatPeta('0.5012','117.5411')"``, ``showLocation(lat, lng)``).
"""

from __future__ import annotations

import re

from ..aliases import LAT_KEYS, LNG_KEYS

__all__ = ["data_position", "handler_position"]

_DATA_LAT = tuple(f"data-{key.replace('_', '-')}" for key in LAT_KEYS)
_DATA_LNG = tuple(f"data-{key.replace('_', '-')}" for key in LNG_KEYS)
# One attribute holding both, latitude first (``data-latlng="41.8,-71.4"``).
_DATA_PAIR = tuple(
    f"data-{key}" for key in ("latlng", "lat-lng", "latlon", "lat-lon", "latlong", "lat-long")
)
_MAX_DATA_PAIR = 64
_DATA_NUMBER = re.compile(r"\s*-?\d{1,3}(?:\.\d{1,12})?\s*")
_MAX_HANDLER = 300
# One call of a page function whose first two arguments are fractional numbers (quoted or
# not): ``openMap(1.0372, 116.8869)``, ``return lihatPeta('0.5', '117.5');``. Arguments
# after them may only be a label, a flag or a zoom level (``showMap(0.5, 117.5,
# 'Simpang Tiga')``, ``focusMap(0.5, 117.5, true)``, ``zoomTo(0.5, 117.5, 17)``): a third
# fractional number (``lihatPeta(inLat, inLng, outLat, outLng)``, a route) places nothing.
_HANDLER_CALL = re.compile(
    r"\s*(?:javascript:\s*)?(?:return\s+)?(?P<name>[A-Za-z_$][\w$]{0,40})\s*\(\s*"
    r"(?P<q1>['\"]?)(?P<lat>-?\d{1,3}\.\d{1,12})(?P=q1)\s*,\s*"
    r"(?P<q2>['\"]?)(?P<lng>-?\d{1,3}\.\d{1,12})(?P=q2)\s*"
    r"(?:,\s*(?:'[^'\\\n]{0,200}'|\"[^\"\\\n]{0,200}\"|true|false|\d{1,2})\s*){0,4}"
    r"\)\s*(?:;\s*)?(?:return\s+false\s*(?:;\s*)?)?"
)
# Words of the function's name saying it shows a place on a map (``openMap``,
# ``showLocation``, ``lihatPeta``, ``zoomToCamera``, ``flyTo``, ``goToMarker``,
# ``focusMap``); a call of any other function with two numbers (``setRating(3.5, 4.2)``,
# ``hapus(1.5, 2.5)``) places nothing.
_MAP_WORDS = frozenset(
    {
        "map",
        "maps",
        "peta",
        "lokasi",
        "location",
        "locate",
        "posisi",
        "position",
        "koordinat",
        "coordinate",
        "coordinates",
        "zoom",
        "fly",
        "pan",
        "marker",
        "center",
        "centre",
        "focus",
        "goto",
    }
)
# Words naming what a map verb (``zoom``, ``goto``, ``pan``, ``center``) acts on when it is
# no place: a pager's ``gotoPage(1.5, 2.5)``, a gallery's ``zoomImage(1.5, 2.5)``. A
# name holding one of them places nothing unless it also names a map or a place
# (``zoomMapToRow``, ``gotoLocation``).
_NON_PLACE_WORDS = frozenset(
    {
        *("page", "pages", "halaman", "slide", "slider", "step", "tab", "section"),
        *("top", "bottom", "next", "prev", "previous", "image", "img"),
        *("photo", "foto", "gambar", "video", "rating", "score", "volume", "time"),
        *("frame", "chart", "graph", "level", "font", "text", "scroll"),
    }
)
_PLACE_WORDS = frozenset(
    {
        *("map", "maps", "peta", "lokasi", "location", "locate", "posisi", "position"),
        *("koordinat", "coordinate", "coordinates", "marker"),
    }
)
_NAME_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def handler_position(attributes: dict[str, str]) -> tuple[str, str] | None:
    """Return the latitude and longitude an element's handler hands a map function.

    The ``onclick`` handler, or a ``javascript:`` link, must be one call of a function
    whose name holds a map word (``openMap``, ``showLocation``, ``lihatPeta``,
    ``zoomTo``) with two fractional numbers first, the latitude (within ±90) then the
    longitude (within ±180), and at most a label, a flag or a zoom level after them; an
    empty call (``openMap(, )``), whole numbers (``openMap(16, 2)``) or a second pair
    of numbers give none.
    """
    handler = attributes.get("onclick") or attributes.get("href") or ""
    if len(handler) > _MAX_HANDLER:
        return None
    if "onclick" not in attributes and not handler.lower().startswith("javascript:"):
        return None
    match = _HANDLER_CALL.fullmatch(handler)
    if match is None:
        return None
    name = match.group("name")
    words = {word.lower() for word in _NAME_WORD.findall(name)}
    if words.isdisjoint(_MAP_WORDS) and "goto" not in name.lower():
        return None
    if not words.isdisjoint(_NON_PLACE_WORDS) and words.isdisjoint(_PLACE_WORDS):
        return None  # a pager's or a gallery's call (``gotoPage``, ``zoomImage``)
    lat, lng = match.group("lat"), match.group("lng")
    if abs(float(lat)) > 90 or abs(float(lng)) > 180:
        return None
    return lat, lng


def data_position(attributes: dict[str, str]) -> tuple[str, str] | None:
    """Return the latitude and longitude an element's data attributes give, as written.

    Two attributes (``data-lat``, ``data-lng``), or one pair named latitude first
    (``data-latlng="41.826178,-71.418999"``, ``data-lat-lon``): an empty or
    malformed pair gives none.
    """
    if not attributes.keys() & _DATA_LAT:
        pair = next((attributes[k] for k in _DATA_PAIR if attributes.get(k)), None)
        if pair is None or len(pair) > _MAX_DATA_PAIR or pair.count(",") != 1:
            return None
        first, second = pair.split(",")
        if _DATA_NUMBER.fullmatch(first) and _DATA_NUMBER.fullmatch(second):
            return first, second
        return None
    lat = next((attributes[k] for k in _DATA_LAT if attributes.get(k)), None)
    lng = next((attributes[k] for k in _DATA_LNG if attributes.get(k)), None)
    if lat is None or lng is None:
        return None
    return (lat, lng) if _DATA_NUMBER.fullmatch(lat) and _DATA_NUMBER.fullmatch(lng) else None
