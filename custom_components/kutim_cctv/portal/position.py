"""Positions: the latitude and longitude of a camera, from fields, pairs and geometries."""

from __future__ import annotations

import itertools
import json
import math
import re
import struct
from typing import TYPE_CHECKING

from .aliases import ALIAS_KEYS, LAT_HINTS, LAT_KEYS, LNG_HINTS, LNG_KEYS, PAIR_HINTS, PAIR_KEYS
from .shapes import is_geometry
from .values import JSONValue, _number, hemisphere_pair, index_keys, number_axis

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

# A WKT or EWKT point, as PostGIS, GeoDjango and road-data APIs write it (x is longitude).
_WKT_POINT = re.compile(
    r"(?:SRID=(\d{1,6});\s*)?POINT\s*(?:Z|M|ZM)?\s*\(\s*"
    r"([-+]?\d{1,9}(?:\.\d{1,17})?)\s+([-+]?\d{1,9}(?:\.\d{1,17})?)(?:\s+[-+]?[\d.]{1,27}){0,2}\s*\)",
    re.IGNORECASE,
)
# A hex (E)WKB point: 21 bytes, or 25 with an SRID, plus 8 per Z or M value.
_HEX_WKB = re.compile(r"0[01][0-9a-fA-F]{40,72}")
_WGS84_SRIDS = frozenset({4326, 4979})
_WKB_SRID = 0x20000000
_WKB_Z = 0x80000000
_WKB_M = 0x40000000
# Web Mercator (EPSG:3857 and its older codes): the sphere radius and the map's bound.
WEB_MERCATOR_WKIDS = frozenset({3857, 102100, 102113, 900913})
_MERCATOR_RADIUS = 6378137.0
_MERCATOR_BOUND = 20037508.342789244
# A GeoJSON geometry written as text (PostGIS ``ST_AsGeoJSON`` output in a text column).
_MAX_GEOJSON_TEXT = 4096
_MAX_TEXT_FIELDS = 64
# A chart point's value list: [lng, lat] and at most a size, a count and a label.
_MAX_CHART_VALUES = 5
# A pair field whose name puts the longitude first (``lnglat``, ``lon_lat``: AntV L7,
# Mapbox and Baidu Maps data rows write [lng, lat]).
_LNG_FIRST_KEY = re.compile(r"(?:[a-z]+_)?(?:lng|lon|long|longitude)_?(?:lat|latitude)")
_PAIR_SPLIT = re.compile(r"\s*[,;]\s*|\s+")
_SPACE_SPLIT = re.compile(r"\s*;\s*|\s+")
# Coordinates named as axes (``coordx``/``coordy``, ``posX``/``posY``, ``koordinat_x``):
# x is the longitude, y the latitude, when both are in degree ranges.
_AXIS_KEY = re.compile(
    r"(?:(?:cctv|camera|cam|map|gis|geo)_?)?"
    r"(coord|coords|coordinate|koordinat|koord|pos|posisi|position|point|titik|loc|location)"
    r"_?([xy])"
)
# Axes named by their axis first and their datum after (opendata.si's ``x_wgs``/``y_wgs``
# beside the national grid's ``X``/``Y``): x the longitude, y the latitude.
_DATUM_AXIS_KEY = re.compile(r"([xy])_?(wgs|wgs_?84)")


def _pair_from(
    value: JSONValue, *, lng_first: bool = False, depth: int = 3
) -> tuple[float, float] | None:
    """Return two numbers from a list, an 'a,b' string or a lat/lng object."""
    first: float | None
    second: float | None
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            # A list of bare points ([{lat, lng}, …]) places a camera at its first point;
            # a list of objects carrying more (map points, cameras) is no position.
            point = value[0]
            if depth and len(point) <= 3 and all(_number(v) is not None for v in point.values()):
                return _pair_from(point, lng_first=lng_first, depth=depth - 1)
            return None
        if len(value) < 2:
            return None
        first, second = _number(value[0]), _number(value[1])
    elif isinstance(value, dict):
        index = index_keys(value)
        if isinstance(index.get("coordinates"), list):
            return (
                _pair_from(index["coordinates"], lng_first=True, depth=depth - 1) if depth else None
            )
        lat_key = next((k for k in LAT_KEYS if k in index), None)
        lng_key = next((k for k in LNG_KEYS if k in index), None)
        if lat_key is None or lng_key is None:
            return None
        return _named_axes(index[lat_key], index[lng_key])
    elif isinstance(value, str):
        text = value.strip().strip("[]()").strip()
        if (lettered := hemisphere_pair(text)) is not None:
            return lettered  # the letters say which is the latitude, whatever the order
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


def plan_point(x: float, y: float) -> bool:
    """Return True when an ``x``/``y`` pair is a point on a drawing, never degrees.

    Floor and site plans place a camera by the plan picture's pixels, percentages or
    cells (``x: 18, y: 9``) or by fractions of its width and height (``x: "0.795", y:
    "0.90"``, multiplied by the picture's size): both numbers whole, or both between 0
    and 1. No camera of a degree-valued ``x``/``y`` list stands at whole degrees on
    both axes, nor in the open sea south of Ghana that the fractions would name.
    """
    if x.is_integer() and y.is_integer():
        return True
    return 0 <= x <= 1 and 0 <= y <= 1


def in_degrees(lat: float, lng: float) -> bool:
    """Return True when a pair is within the range of latitudes and longitudes."""
    return math.isfinite(lat) and math.isfinite(lng) and abs(lat) <= 90 and abs(lng) <= 180


def wkt_pair(text: str) -> tuple[float, float] | None:
    """Return (lat, lng) of a WKT/EWKT point in WGS 84 (``SRID=4326;POINT(lng lat)``)."""
    match = _WKT_POINT.fullmatch(text.strip()[:200])
    if match is None:
        return None
    srid, x, y = match.groups()
    if srid is not None and int(srid) not in _WGS84_SRIDS:
        return None
    lat, lng = float(y), float(x)
    return (lat, lng) if in_degrees(lat, lng) else None


def wkb_pair(text: str) -> tuple[float, float] | None:
    """Return (lat, lng) of a hex (E)WKB point in WGS 84, as PostGIS columns are sent."""
    text = text.strip()
    if _HEX_WKB.fullmatch(text) is None or len(text) % 2:
        return None
    data = bytes.fromhex(text)
    order = "<" if data[0] == 1 else ">"
    (kind,) = struct.unpack_from(f"{order}I", data, 1)
    offset = 5
    if kind & _WKB_SRID:
        if len(data) < 9:
            return None
        (srid,) = struct.unpack_from(f"{order}I", data, 5)
        if srid not in _WGS84_SRIDS:
            return None
        offset = 9
    base = kind & ~(_WKB_SRID | _WKB_Z | _WKB_M) & 0xFFFFFFFF
    if base % 1000 != 1:  # a point, ISO Z/M/ZM codes (1001, 2001, 3001) included
        return None
    extra = (
        bool(kind & _WKB_Z) + bool(kind & _WKB_M) + {0: 0, 1: 1, 2: 1, 3: 2}.get(base // 1000, 9)
    )
    if len(data) != offset + 16 + 8 * extra:
        return None
    lng, lat = struct.unpack_from(f"{order}dd", data, offset)
    return (lat, lng) if in_degrees(lat, lng) else None


def encoded_point(value: JSONValue) -> tuple[float, float] | None:
    """Return (lat, lng) of a point written as WKT, EWKT or hex EWKB text, else None."""
    if not isinstance(value, str) or len(value) > 200:
        return None
    return wkt_pair(value) or wkb_pair(value)


def geojson_text(value: JSONValue) -> dict[str, JSONValue] | None:
    """Return the GeoJSON geometry a text field holds (``ST_AsGeoJSON`` output), else None."""
    if not isinstance(value, str) or len(value) > _MAX_GEOJSON_TEXT:
        return None
    text = value.strip()
    if not (text.startswith("{") and text.endswith("}") and '"coordinates"' in text):
        return None
    try:
        geometry = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return geometry if is_geometry(geometry) else None


def from_web_mercator(x: float, y: float) -> tuple[float, float] | None:
    """Return (lat, lng) of a Web Mercator (EPSG:3857) position in metres, else None."""
    if not (abs(x) <= _MERCATOR_BOUND and abs(y) <= _MERCATOR_BOUND):
        return None
    lng = math.degrees(x / _MERCATOR_RADIUS)
    lat = math.degrees(2 * math.atan(math.exp(y / _MERCATOR_RADIUS)) - math.pi / 2)
    return lat, lng


_MERCATOR_CRS = re.compile(r"(?:EPSG:+|crs:EPSG:+[\d.]*:)(?:3857|900913|102100|102113)$")


def is_web_mercator(reference: JSONValue) -> bool:
    """Return True for an ArcGIS ``spatialReference`` or GeoJSON ``crs`` naming EPSG:3857."""
    if not isinstance(reference, dict):
        return False
    index = index_keys(reference)
    if any(index.get(key) in WEB_MERCATOR_WKIDS for key in ("wkid", "latest_wkid")):
        return True
    properties = index.get("properties")
    name = index_keys(properties).get("name") if isinstance(properties, dict) else None
    return isinstance(name, str) and _MERCATOR_CRS.search(name.strip()[:100]) is not None


def _geometry_pair(
    value: JSONValue, depth: int = 2, *, web_mercator: bool = False
) -> tuple[float, float] | None:
    """Return (lat, lng) of a GeoJSON geometry that locates one place, else None.

    A Point gives its position, a MultiPoint its first point, a GeometryCollection its
    first point-like member; lines and areas do not locate a camera. Coordinates in Web
    Mercator (declared by the geometry's ``crs``, else by ``web_mercator``) are converted.
    """
    if not isinstance(value, dict) or depth < 0:
        return None
    index = index_keys(value)
    crs = index.get("crs")
    if crs is not None:
        web_mercator = is_web_mercator(crs)
    pair = _raw_geometry_pair(index, depth)
    if pair is not None and web_mercator:
        return from_web_mercator(pair[1], pair[0])
    return pair


_MAX_ORDER_FEATURES = 5000


def _written_point(feature: JSONValue) -> tuple[float, float] | None:
    """Return the two numbers of a feature's Point geometry, in their written order."""
    if not isinstance(feature, dict):
        return None
    geometry = feature.get("geometry")
    if not isinstance(geometry, dict) or geometry.get("crs") is not None:
        return None
    kind = geometry.get("type")
    points = geometry.get("coordinates")
    if not isinstance(kind, str) or kind.lower() != "point" or not isinstance(points, list):
        return None
    if len(points) not in (2, 3):
        return None
    first, second = _number(points[0]), _number(points[1])
    return None if first is None or second is None else (first, second)


def written_lat_first(features: Sequence[JSONValue]) -> bool:
    """Return True when a collection's Point features are all written [lat, lng].

    GeoJSON writes a point [lng, lat]; a map feed handing its points straight to a
    marker writes them [lat, lng] (``[35.66, 139.70]``). A point whose second number is
    beyond 90 degrees is unambiguously written latitude first; the collection is when at
    least two points and half of its points are, and none is unambiguously written
    longitude first. Its other points (``[40.758, -73.9855]``) are then read in the same
    order. At most 5,000 features are looked at.
    """
    lat_first = lng_first = points = 0
    for feature in features[:_MAX_ORDER_FEATURES]:
        if (pair := _written_point(feature)) is None:
            continue
        points += 1
        first, second = abs(pair[0]), abs(pair[1])
        if first <= 90 < second <= 180:
            lat_first += 1
        elif second <= 90 < first <= 180:
            lng_first += 1
    return lng_first == 0 and lat_first >= 2 and 2 * lat_first >= points


def lat_first_point(feature: JSONValue) -> tuple[float, float] | None:
    """Return (lat, lng) of a feature's Point written [lat, lng], else None."""
    pair = _written_point(feature)
    return pair if pair is not None and abs(pair[0]) <= 90 and abs(pair[1]) <= 180 else None


def _raw_geometry_pair(index: Mapping[str, JSONValue], depth: int) -> tuple[float, float] | None:
    """Return the (y, x) pair of a GeoJSON geometry's key index, unconverted."""
    kind = index.get("type")
    if not isinstance(kind, str):
        # A geometry written without its type ({"coordinates": ["117.49", "0.53"]}): one
        # flat pair of numbers is a point.
        points = index.get("coordinates")
        if isinstance(points, list) and len(points) in (2, 3) and _number(points[0]) is not None:
            return _pair_from(points, lng_first=True)
        return None
    kind = kind.lower()
    if kind == "point":
        if "coordinates" not in index:
            # ArcGIS point geometry: {type: "point", longitude, latitude}.
            return _pair_from(dict(index))
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


def _named_axes(lat_value: JSONValue, lng_value: JSONValue) -> tuple[float, float] | None:
    """Return (lat, lng) of the fields named for each axis, or None.

    A hemisphere written in a value says which axis its number is on, whatever the
    field's name: ``lintang: 117,52° BT`` beside ``bujur: 0,5`` is read the other way
    round, and two numbers naming the same axis (``1,5° BT`` and ``117,5° BT``), or a
    pair the words place beyond the degree ranges (``5.5 E`` beside ``-95.0``), are no
    position.
    """
    lat, lng = _number(lat_value), _number(lng_value)
    if lat is None or lng is None:
        return None
    lat_axis, lng_axis = number_axis(lat_value), number_axis(lng_value)
    if lat_axis == "lng" or lng_axis == "lat":
        if lat_axis == "lat" or lng_axis == "lng":
            return None  # both numbers say the same axis
        lat, lng = lng, lat
    if (lat_axis or lng_axis) and not in_degrees(lat, lng):
        return None  # the words said the axes: no later swap may undo them
    return lat, lng


def _first(index: Mapping[str, JSONValue], keys: Iterable[str]) -> tuple[str, JSONValue] | None:
    """Return the first (key, value) present among keys."""
    for key in keys:
        if key in index:
            return key, index[key]
    return None


def _first_number(
    index: Mapping[str, JSONValue], keys: Iterable[str]
) -> tuple[str, JSONValue] | None:
    """Return the first (key, value) among keys whose value is a number."""
    for key in keys:
        if key in index and _number(index[key]) is not None:
            return key, index[key]
    return None


# Words framing a coordinate field's name with the camera it belongs to (``cctv_long``
# beside ``cctv_lat``, ``kamera_lintang``).
_COORDINATE_FRAME_WORDS = frozenset({"cctv", "camera", "cam", "kamera", "webcam", "titik"})


def _framed_number(
    index: Mapping[str, JSONValue], keys: tuple[str, ...]
) -> tuple[str, JSONValue] | None:
    """Return the first field named like one of keys once its camera word is dropped.

    A portal prefixing every column with its camera word names one axis by an alias
    (``cctv_lat``) and the other by a spelling no alias lists (``cctv_long``).
    """
    for key, value in itertools.islice(index.items(), _MAX_TEXT_FIELDS):
        words = [word for word in key.split("_") if word and word not in _COORDINATE_FRAME_WORDS]
        canonical = "_".join(words)
        if canonical != key and canonical in keys and _number(value) is not None:
            return key, value
    return None


# Other languages write a latitude and a longitude with their words for width and
# length (Icelandic and Nynorsk ``breidd``/``lengd``, Finnish ``leveys``/``pituus``):
# read only as a pair of numbers within degree ranges, never one of them alone.
_WIDTH_LENGTH_PAIRS = (
    # ``ing``: a longitude column or model field misspelt from ``lng`` (PHP/mysqli backends
    # and Dart models write ``{lat, ing}``); read only beside ``lat``, never alone.
    ("lat", "ing"),
    ("breidd", "lengd"),
    # German ``Breite``/``Länge`` (``Laenge`` without the umlaut).
    ("breite", "länge"),
    ("breite", "laenge"),
    ("leveys", "pituus"),
    ("laius", "pikkus"),
    ("szerokosc", "dlugosc"),
    ("szerokość", "długość"),
    ("sirka", "delka"),
    ("šířka", "délka"),
    ("sirina", "duzina"),
    ("širina", "dužina"),
)


def _width_length_pair(index: Mapping[str, JSONValue]) -> tuple[float, float] | None:
    """Return (lat, lng) of a width/length pair of coordinate words, else None."""
    for lat_key, lng_key in _WIDTH_LENGTH_PAIRS:
        if lat_key not in index or lng_key not in index:
            continue
        pair = _named_axes(index[lat_key], index[lng_key])
        if pair is None or not in_degrees(*pair) or pair == (0, 0):
            continue
        return pair
    return None


def _axis_pair(index: Mapping[str, JSONValue]) -> tuple[float, float] | None:
    """Return (lat, lng) from fields named as axes (``coordx``/``coordy``, ``x_wgs``), else None.

    x is the longitude and y the latitude; a pair written the other way round (x a
    latitude, y beyond any latitude) is read the way its values allow.
    """
    axes: dict[str, dict[str, JSONValue]] = {}
    for key, value in itertools.islice(index.items(), _MAX_TEXT_FIELDS):
        if (match := _AXIS_KEY.fullmatch(key)) is not None:
            axes.setdefault(match[1], {}).setdefault(match[2], value)
        elif (match := _DATUM_AXIS_KEY.fullmatch(key)) is not None:
            axes.setdefault(match[2].replace("_", ""), {}).setdefault(match[1], value)
    for group, found in axes.items():
        if "x" not in found or "y" not in found:
            continue
        x, y = _number(found["x"]), _number(found["y"])
        if x is None or y is None or (not in_degrees(y, x) and not in_degrees(x, y)):
            continue
        if not group.startswith("wgs") and plan_point(x, y):
            continue  # ``pos_x: 120, pos_y: 40`` on a plan picture
        if abs(y) > 90:
            return x, y  # swapped: the latitude is named x
        return y, x
    return None


def _named_pair(index: Mapping[str, JSONValue]) -> tuple[float, float] | None:
    """Return (lat, lng) of the first field named for a coordinate pair (``latlng``)."""
    for key in PAIR_KEYS:
        if key in index and (pair := _pair_from(index[key])) is not None:
            return pair
    return None


# Fields naming a camera's place (``lokasi``, ``ubicacion``) that some portals fill with
# its GPS fix instead (``"lokasi": "-6.2088,106.8456"``, as attendance and logbook APIs
# write one): latitude first, read only as a pair of fractional degrees.
_PLACE_PAIR_KEYS = (
    *("lokasi", "lokasyon", "ubicacion", "ubicación", "localizacao", "localização"),
    *("localizacion", "localización", "standort", "posizione", "sijainti", "lokalizacja"),
)
_MAX_PAIR_TEXT = 64
# A number of a GPS fix: degrees with at least three decimals (``-6.2088``, ``117.548620``).
FIX_NUMBER = re.compile(r"[+-]?[0-9]{1,3}\.[0-9]{3,20}")


def _place_pair(index: Mapping[str, JSONValue]) -> tuple[float, float] | None:
    """Return (lat, lng) of a place field written as a GPS fix (``lokasi: "lat,lng"``).

    The place word says nothing of the order, so the pair is read latitude first, as
    such fixes are written, and only when both numbers are written as a fix (three
    decimals or more) and lie within degree ranges: a place name, an address, a pair of
    ids or of short fractions (``1.5,2.5``) is never a position.
    """
    for key in _PLACE_PAIR_KEYS:
        value = index.get(key)
        if isinstance(value, str):
            if len(value) > _MAX_PAIR_TEXT:
                continue
            parts = _PAIR_SPLIT.split(value.strip().strip("[]()").strip())
        elif isinstance(value, list) and len(value) == 2:
            parts = [v if isinstance(v, str) else str(v) for v in value if not isinstance(v, bool)]
        else:
            continue
        if len(parts) != 2 or not all(FIX_NUMBER.fullmatch(part) for part in parts):
            continue
        lat, lng = _number(parts[0]), _number(parts[1])
        if lat is None or lng is None or not in_degrees(lat, lng) or (lat == 0 and lng == 0):
            continue
        return lat, lng
    return None


def _chart_point(index: Mapping[str, JSONValue]) -> tuple[float, float] | None:
    """Return (lat, lng) of a chart library's map point ``value: [lng, lat, …]``, else None.

    ECharts (and the generators writing its options) give a point on a geo coordinate
    system as ``{name, value: [lng, lat, size…]}``; only a short list of numbers whose
    first two are a longitude and a latitude is read, never a series of values.
    """
    value = index.get("value")
    if not isinstance(value, list) or not 2 <= len(value) <= _MAX_CHART_VALUES:
        return None
    numbers = [_number(v) if not isinstance(v, bool) else None for v in value]
    if any(n is None for n in numbers[:2]):
        return None
    lng, lat = numbers[0], numbers[1]
    if lng is None or lat is None or not in_degrees(lat, lng) or (lat == 0 and lng == 0):
        return None
    return lat, lng


def _czml_pair(index: Mapping[str, JSONValue]) -> tuple[float, float] | None:
    """Return (lat, lng) of a CZML packet's ``position.cartographicDegrees`` [lng, lat, h].

    A time-tagged list of samples (four numbers a sample and more) is no single position.
    """
    degrees = index.get("cartographic_degrees")
    if isinstance(degrees, list) and len(degrees) in (2, 3):
        return _pair_from(degrees, lng_first=True)
    return None


def _bare_xy(
    index: Mapping[str, JSONValue], web_mercator: bool
) -> tuple[bool, tuple[float, float] | None]:
    """Return whether bare ``x``/``y`` fields decide the position, and the position.

    Web Mercator metres decide it (a pair out of range gives none); degrees give it. A
    floor or site plan's pixel, cell or fraction (``plan_point``) is no position and,
    like numbers beyond degree ranges, leaves the other readings to decide.
    """
    x, y = _number(index["x"]), _number(index["y"])
    if x is None or y is None:
        return False, None
    if web_mercator:
        return True, from_web_mercator(x, y)
    if plan_point(x, y):
        return False, None
    if in_degrees(y, x):
        return True, (y, x)
    if in_degrees(x, y):
        return True, (x, y)  # only the other reading is in degrees: the latitude is named x
    return False, None


def _read_position(
    index: Mapping[str, JSONValue], *, web_mercator: bool = False
) -> tuple[float, float] | None:
    """Return the raw coordinate pair from aliases, then from field names and shapes.

    With ``web_mercator`` (the document declares EPSG:3857), ``x``/``y`` are metres, as
    they are when the geometry carries its own Web Mercator ``spatialReference``.
    """
    web_mercator = web_mercator or is_web_mercator(index.get("spatial_reference"))
    # Of several fields named like an axis (``location.longitude`` beside a message's
    # ``long`` text), the first holding a number is the coordinate.
    lat_hit = (
        _first_number(index, LAT_KEYS) or _framed_number(index, LAT_KEYS) or _first(index, LAT_KEYS)
    )
    lng_hit = (
        _first_number(index, LNG_KEYS) or _framed_number(index, LNG_KEYS) or _first(index, LNG_KEYS)
    )
    if lat_hit and lng_hit:
        return _named_axes(lat_hit[1], lng_hit[1])
    for value in index.values():
        if isinstance(value, dict) and is_geometry(value):
            if (pair := _geometry_pair(value, web_mercator=web_mercator)) is not None:
                return pair
    for value in itertools.islice(index.values(), _MAX_TEXT_FIELDS):
        if (geometry := geojson_text(value)) is not None:
            if (pair := _geometry_pair(geometry, web_mercator=web_mercator)) is not None:
                return pair
    if (pair := _czml_pair(index) or _named_pair(index)) is not None:
        return pair
    if "x" in index and "y" in index:
        decided, pair = _bare_xy(index, web_mercator)
        if decided:
            return pair
    if (pair := _axis_pair(index) or _width_length_pair(index)) is not None:
        return pair
    lat_value: JSONValue = None
    lng_value: JSONValue = None
    for key, value in index.items():
        if key in ALIAS_KEYS:
            continue
        has_lat = any(hint in key for hint in LAT_HINTS)
        has_lng = any(hint in key for hint in LNG_HINTS)
        if (has_lat and has_lng) or any(hint in key for hint in PAIR_HINTS):
            lng_first = _LNG_FIRST_KEY.fullmatch(key) is not None
            if (pair := _pair_from(value, lng_first=lng_first)) is not None:
                return pair
            if has_lat == has_lng:
                continue
            # One axis of a named position (``PositionLat``, ``position_lon``).
        if has_lat and not has_lng and _number(lat_value) is None:
            lat_value = value
        elif has_lng and not has_lat and _number(lng_value) is None:
            lng_value = value
    if (pair := _named_axes(lat_value, lng_value)) is not None:
        return pair
    if (pair := _chart_point(index) or _place_pair(index)) is not None:
        return pair
    # A point written as WKT/EWKT or hex EWKB (PostGIS, GeoDjango, road-data APIs).
    for value in itertools.islice(index.values(), 64):
        if (pair := encoded_point(value)) is not None:
            return pair
    return _located_pair(index, web_mercator=web_mercator)


# Lists of a thing's places, its current one first (OGC SensorThings ``Locations``).
_LOCATION_LIST_KEYS = ("locations",)


def _located_pair(
    index: Mapping[str, JSONValue], *, web_mercator: bool
) -> tuple[float, float] | None:
    """Return the position of the first entry of a list of the item's places.

    A SensorThings Thing expanded with its Locations (``Locations: [{name, encodingType,
    location: {type: Point, coordinates}}]``) stands at its first Location's geometry.
    """
    for key in _LOCATION_LIST_KEYS:
        places = index.get(key)
        if not isinstance(places, list) or not places or not isinstance(places[0], dict):
            continue
        for value in itertools.islice(places[0].values(), 32):
            if isinstance(value, dict) and is_geometry(value):
                return _geometry_pair(value, web_mercator=web_mercator)
    return None


# Integer microdegrees (degrees × 10⁶): TMDD's unit for ``latitude``/``longitude`` and
# what GPS loggers and map libraries write as 32-bit integers (``getLatitudeE6``).
_MICRODEGREES = 1_000_000
_INTEGER_TEXT = re.compile(r"-?\d{1,10}")
_MAX_INTEGER = 10**10
# A pair reads as microdegrees only when one of its axes is at least a hundredth of a
# degree written so (10,000): small whole numbers (``lat: -91, lng: 10``) are degrees out
# of range or swapped, never a place a few metres off the equator and the meridian.
_MIN_MICRODEGREE_AXIS = 10_000


def _integer(value: JSONValue) -> int | None:
    """Return a whole number written without a fraction (``502330``, ``"-6217540"``)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if abs(value) < _MAX_INTEGER else None  # no float overflows
    if isinstance(value, str) and _INTEGER_TEXT.fullmatch(text := value.strip()):
        return int(text)
    return None


def microdegree_axes(index: Mapping[str, JSONValue]) -> tuple[float, float] | None:
    """Return (lat, lng) of fields named latitude and longitude holding microdegrees.

    Both must be integers that are no position in degrees but are one once divided by
    a million (``latitude: 502330``, ``longitude: 117523100`` → 0.50233, 117.5231).
    Only fields named for an axis are read: an ``x``/``y`` pair may be metres.
    """
    lat_hit, lng_hit = _first(index, LAT_KEYS), _first(index, LNG_KEYS)
    if lat_hit is None or lng_hit is None:
        return None
    lat, lng = _integer(lat_hit[1]), _integer(lng_hit[1])
    if lat is None or lng is None or in_degrees(lat, lng):
        return None
    if max(abs(lat), abs(lng)) < _MIN_MICRODEGREE_AXIS:
        return None
    pair = lat / _MICRODEGREES, lng / _MICRODEGREES
    return pair if in_degrees(*pair) else None


def microdegree_list(indexes: Iterable[Mapping[str, JSONValue]]) -> bool:
    """Return True when every record placed by latitude/longitude fields gives microdegrees.

    A list is read in microdegrees only when it is unambiguous: at least one record's
    fields named latitude and longitude hold integer microdegrees and no record's hold
    anything else (a position in degrees, a fraction, a word), so that one large number
    never turns a list of ordinary coordinates into wrong places. Records without such
    fields, or with both empty or zero, do not count.
    """
    found = False
    for index in indexes:
        lat_hit, lng_hit = _first(index, LAT_KEYS), _first(index, LNG_KEYS)
        if lat_hit is None and lng_hit is None:
            continue
        values = [hit[1] for hit in (lat_hit, lng_hit) if hit is not None]
        if all(value in (None, "", 0, "0") for value in values):
            continue
        if microdegree_axes(index) is None:
            return False
        found = True
    return found
