"""A camera's zone: the related district record drawn as a polygon.

An API loading a camera's place relation beside its own fields (Laravel's
``Cctv::with('lokasi')``, an ORM's nested zone) sometimes relates it to a zone, not to a
spot: ``lokasi: {id, nama_lokasi: "Kecamatan Bengalon", latitude, longitude,
polygon_geojson: <a Polygon as JSON text>}``, ``wilayah: {nama_wilayah, boundary:
{type: Polygon}, center: {type: Point}}``. A record drawn as a polygon is an area: its
name is the camera's area and its point (the zone's reference point or centre) is no
position of the camera.

Only a place relation (under a place word: ``lokasi``, ``location``, ``zone``, ``wilayah``…)
counts, and only when it carries a polygon: a GeoJSON Polygon or MultiPolygon (as an
object or as JSON text) or a ring of at least three points under a polygon or boundary
word. A related spot with a point and no polygon (a junction, a post) keeps placing the
camera; the camera's own fields always win.
"""

from __future__ import annotations

import itertools

from .aliases import LAT_KEYS, LNG_KEYS, PAIR_KEYS
from .values import JSONObject, JSONValue, clean_text, norm_key

__all__ = ["zone_relation"]

# Keys of a camera's place relation.
_ZONE_HOLDERS = frozenset(
    {"lokasi", "location", "zone", "zona", "wilayah", "kawasan", "area", "region"}
    | {"district", "kecamatan", "sector", "sektor", "rayon"}
)
# Keys of a zone's outline.
_POLYGON_KEYS = frozenset(
    {"polygon", "polygons", "polygon_geojson", "polygon_coordinates", "polygon_json"}
    | {"boundary", "boundaries", "batas", "batas_wilayah", "geojson", "geometry", "shape"}
    | {"area_geojson", "outline", "coordinates", "koordinat_polygon"}
)
_POLYGON_TYPES = ("polygon", "multipolygon")
# A zone's name, first found wins.
_ZONE_NAME_KEYS = (
    "nama_lokasi",
    "nama_zona",
    "nama_wilayah",
    "nama_kawasan",
    "nama_kecamatan",
    "location_name",
    "zone_name",
    "name",
    "nama",
    "title",
    "label",
)
# A zone's point: its centre under a centre word, besides its latitude and longitude.
_CENTRE_KEYS = frozenset({"center", "centre", "centroid", "center_point", "titik_tengah", "point"})
_COORDINATE_KEYS = frozenset(LAT_KEYS) | frozenset(LNG_KEYS) | frozenset(PAIR_KEYS) | _CENTRE_KEYS
_MIN_RING = 3
_MAX_FIELDS = 48
_MAX_NAME = 80
_TEXT_HEAD = 256


def _point(value: JSONValue) -> bool:
    """Return True for one vertex: ``[lng, lat]`` or ``{lat, lng}``."""
    if isinstance(value, list):
        return 2 <= len(value) <= 3 and all(
            isinstance(axis, int | float) and not isinstance(axis, bool) for axis in value
        )
    if isinstance(value, dict) and len(value) <= 4:
        keys = {norm_key(key) for key in value}
        return bool(keys & frozenset(LAT_KEYS)) and bool(keys & frozenset(LNG_KEYS))
    return False


def _ring(value: JSONValue, depth: int = 0) -> bool:
    """Return True for a ring of at least three vertices, possibly nested in rings."""
    if not isinstance(value, list) or len(value) == 0:
        return False
    if len(value) >= _MIN_RING and all(_point(entry) for entry in value[:_MIN_RING]):
        return True
    return depth < 2 and _ring(value[0], depth + 1)


def _polygon(value: JSONValue) -> bool:
    """Return True for a polygon: GeoJSON (object or text), a ring, or ``{coordinates}``."""
    if isinstance(value, str):
        head = value.lstrip()[:_TEXT_HEAD]
        return head.startswith("{") and any(
            f'"{kind}"' in head.casefold() for kind in _POLYGON_TYPES
        )
    if isinstance(value, dict):
        kind = value.get("type")
        if isinstance(kind, str) and kind.casefold() in _POLYGON_TYPES:
            return "coordinates" in value
        return _ring(value.get("coordinates"))
    return _ring(value)


def _zone_name(record: JSONObject) -> str | None:
    """Return the zone's name, first of its name fields."""
    fields = {norm_key(key): value for key, value in itertools.islice(record.items(), _MAX_FIELDS)}
    for key in _ZONE_NAME_KEYS:
        value = fields.get(key)
        if isinstance(value, str) and (text := clean_text(value[: _MAX_NAME + 1])):
            if len(text) <= _MAX_NAME and any(char.isalpha() for char in text):
                return text
    return None


def _drawn(record: JSONObject) -> bool:
    """Return True when a related record carries its outline as a polygon."""
    return any(
        norm_key(key) in _POLYGON_KEYS and _polygon(value)
        for key, value in itertools.islice(record.items(), _MAX_FIELDS)
    )


def _without_place(record: JSONObject) -> JSONObject:
    """Return the zone's plain fields: no point, no centre, no outline, no nested record."""
    return {
        key: value
        for key, value in itertools.islice(record.items(), _MAX_FIELDS)
        if not isinstance(value, dict | list)
        and norm_key(key) not in _COORDINATE_KEYS
        and norm_key(key) not in _POLYGON_KEYS
    }


def zone_relation(item: JSONObject) -> tuple[JSONObject, str | None]:
    """Return the item without its zone's point, and the zone's name (else item, None).

    Only the first zone among the item's place relations is read.
    """
    for key, value in itertools.islice(item.items(), _MAX_FIELDS):
        if not isinstance(value, dict) or norm_key(key) not in _ZONE_HOLDERS:
            continue
        if not _drawn(value):
            continue
        plain = dict(item)
        plain[key] = _without_place(value)
        return plain, _zone_name(value)
    return item, None
