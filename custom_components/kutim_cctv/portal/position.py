"""Positions: the latitude and longitude of a camera, from fields, pairs and geometries."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .aliases import ALIAS_KEYS, LAT_HINTS, LAT_KEYS, LNG_HINTS, LNG_KEYS, PAIR_HINTS, PAIR_KEYS
from .shapes import is_geometry
from .values import JSONValue, _number, index_keys

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

_PAIR_SPLIT = re.compile(r"\s*[,;]\s*|\s+")
_SPACE_SPLIT = re.compile(r"\s*;\s*|\s+")
# Well-known text of a point (PostGIS, Socrata, CKAN): x (longitude) before y (latitude).
_WKT_POINT = re.compile(
    r"^\s*(?:SRID=\d{1,6};\s*)?POINT\s*(?:Z|M|ZM)?\s*\(\s*(?P<x>[-+]?\d{1,3}(?:\.\d{1,15})?)"
    r"\s+(?P<y>[-+]?\d{1,3}(?:\.\d{1,15})?)",
    re.IGNORECASE,
)


def _pair_from(value: JSONValue, *, lng_first: bool = False) -> tuple[float, float] | None:
    """Return two numbers from a list, an 'a,b' string or a lat/lng object."""
    first: float | None
    second: float | None
    if isinstance(value, list):
        if len(value) < 2:
            return None
        first, second = _number(value[0]), _number(value[1])
    elif isinstance(value, dict):
        index = index_keys(value)
        if isinstance(index.get("coordinates"), list):
            return _pair_from(index["coordinates"], lng_first=True)
        lat = next((_number(index[k]) for k in LAT_KEYS if k in index), None)
        lng = next((_number(index[k]) for k in LNG_KEYS if k in index), None)
        return (lat, lng) if lat is not None and lng is not None else None
    elif isinstance(value, str):
        if (wkt := _WKT_POINT.match(value)) is not None:
            first, second = _number(wkt["x"]), _number(wkt["y"])
            return (second, first) if first is not None and second is not None else None
        text = value.strip().strip("[]()").strip()
        parts = _PAIR_SPLIT.split(text)
        if len(parts) not in (2, 3):
            parts = _SPACE_SPLIT.split(text)
        if len(parts) not in (2, 3):
            return None
        first, second = _number(parts[0]), _number(parts[1])
    else:
        return None
    if first is None or second is None:
        return None
    return (second, first) if lng_first else (first, second)


def _geometry_pair(value: JSONValue, depth: int = 2) -> tuple[float, float] | None:
    """Return (lat, lng) of a GeoJSON geometry that locates one place, else None.

    A Point gives its position, a MultiPoint its first point, a GeometryCollection its
    first point-like member; lines and areas do not locate a camera.
    """
    if not isinstance(value, dict) or depth < 0:
        return None
    index = index_keys(value)
    kind = index.get("type")
    if not isinstance(kind, str):
        return None
    kind = kind.lower()
    if kind == "point":
        return _pair_from(index.get("coordinates"), lng_first=True)
    if kind == "multipoint":
        points = index.get("coordinates")
        if isinstance(points, list) and points:
            return _pair_from(points[0], lng_first=True)
        return None
    if kind == "geometrycollection":
        members = index.get("geometries")
        if isinstance(members, list):
            for member in members[:20]:
                if (pair := _geometry_pair(member, depth - 1)) is not None:
                    return pair
    return None


def _first(index: Mapping[str, JSONValue], keys: Iterable[str]) -> tuple[str, JSONValue] | None:
    """Return the first (key, value) present among keys."""
    for key in keys:
        if key in index:
            return key, index[key]
    return None


def _read_position(index: Mapping[str, JSONValue]) -> tuple[float, float] | None:
    """Return the raw coordinate pair from aliases, then from field names and shapes."""
    lat_hit = _first(index, LAT_KEYS)
    lng_hit = _first(index, LNG_KEYS)
    if lat_hit and lng_hit:
        lat, lng = _number(lat_hit[1]), _number(lng_hit[1])
        return (lat, lng) if lat is not None and lng is not None else None
    for value in index.values():
        if isinstance(value, dict) and is_geometry(value):
            if (pair := _geometry_pair(value)) is not None:
                return pair
    for key in PAIR_KEYS:
        if key in index and (pair := _pair_from(index[key])) is not None:
            return pair
    if "x" in index and "y" in index:
        x, y = _number(index["x"]), _number(index["y"])
        if x is not None and y is not None and abs(y) <= 90:
            return y, x
    lat = lng = None
    for key, value in index.items():
        if key in ALIAS_KEYS:
            continue
        has_lat = any(hint in key for hint in LAT_HINTS)
        has_lng = any(hint in key for hint in LNG_HINTS)
        if (has_lat and has_lng) or any(hint in key for hint in PAIR_HINTS):
            if (pair := _pair_from(value)) is not None:
                return pair
        elif has_lat and lat is None:
            lat = _number(value)
        elif has_lng and lng is None:
            lng = _number(value)
    return (lat, lng) if lat is not None and lng is not None else None
