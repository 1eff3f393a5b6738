"""TopoJSON topologies read as the GeoJSON features they encode.

A Topology (TopoJSON specification 1.0) keeps its layers under ``objects``, each a
GeometryCollection (or one geometry) whose geometries carry ``properties`` and ``id``
like GeoJSON features. Point and MultiPoint positions are written directly in the
geometry, quantized to integers when the topology has a ``transform``: a position
``[x, y]`` is ``[x * scale[0] + translate[0], y * scale[1] + translate[1]]``. Lines and
polygons refer to shared ``arcs``; they are read without a position (a camera is a
point). The name of an object is its layer's name (``webcams``, ``output``), never the
area of its geometries.
"""

from __future__ import annotations

import itertools
import math
from typing import Literal

from ..models import MAX_CAMERAS
from ..values import JSONObject, JSONValue

__all__ = ["topology_features"]

# Geometries read from one topology, over all its objects.
_MAX_GEOMETRIES = 4 * MAX_CAMERAS
_MAX_OBJECTS = 64
# Objects and collections looked at, collections included.
_MAX_STEPS = 2 * _MAX_GEOMETRIES
# Nested GeometryCollections followed below an object.
_MAX_NESTING = 3
# Keys looked at for a topology wrapped in an API envelope ({"result": {…}}), two levels.
_MAX_WRAPPER_KEYS = 32
_MAX_WRAPPER_DEPTH = 2
# A quantized position is an integer well inside a double's exact range.
_MAX_QUANTIZED = 2**53
_POINT_KINDS = frozenset({"point", "multipoint"})


def _is_topology(value: JSONValue) -> bool:
    """Return True for a TopoJSON Topology object."""
    if not isinstance(value, dict):
        return False
    kind = value.get("type")
    return (
        isinstance(kind, str)
        and kind.lower() == "topology"
        and isinstance(value.get("objects"), dict)
    )


def _find_topology(value: JSONValue) -> JSONObject | None:
    """Return the topology a JSON answer is or wraps (two levels down at most)."""
    level: list[JSONValue] = [value]
    for _depth in range(_MAX_WRAPPER_DEPTH + 1):
        following: list[JSONValue] = []
        for current in level:
            if _is_topology(current):
                assert isinstance(current, dict)
                return current
            if isinstance(current, dict):
                following.extend(
                    inner
                    for inner in itertools.islice(current.values(), _MAX_WRAPPER_KEYS)
                    if isinstance(inner, dict)
                )
        level = following[:_MAX_WRAPPER_KEYS]
    return None


def _number(value: JSONValue) -> float | None:
    """Return a finite number of a position or transform, or None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if isinstance(value, int):
        return float(value) if abs(value) <= _MAX_QUANTIZED else None
    return value if math.isfinite(value) else None


def _pair(value: JSONValue) -> tuple[float, float] | None:
    """Return the first two finite numbers of a position-like list, or None."""
    if not isinstance(value, list) or len(value) < 2:
        return None
    first, second = _number(value[0]), _number(value[1])
    if first is None or second is None:
        return None
    return first, second


type Transform = tuple[tuple[float, float], tuple[float, float]]


def _transform(topology: JSONObject) -> Transform | Literal[False] | None:
    """Return the topology's (scale, translate), None without one, False when unreadable."""
    raw = topology.get("transform")
    if raw is None:
        return None
    if not isinstance(raw, dict):
        return False
    scale, translate = _pair(raw.get("scale")), _pair(raw.get("translate"))
    if scale is None or translate is None:
        return False
    return scale, translate


def _position(geometry: JSONObject, transform: Transform | None) -> list[JSONValue] | None:
    """Return a point geometry's [longitude, latitude], decoded, or None."""
    coordinates = geometry.get("coordinates")
    kind = geometry.get("type")
    if isinstance(kind, str) and kind.lower() == "multipoint":
        # A camera drawn at several points stands at its first.
        coordinates = coordinates[0] if isinstance(coordinates, list) and coordinates else None
    pair = _pair(coordinates)
    if pair is None:
        return None
    x, y = pair
    if transform is not None:
        (scale_x, scale_y), (shift_x, shift_y) = transform
        x, y = x * scale_x + shift_x, y * scale_y + shift_y
        if not (math.isfinite(x) and math.isfinite(y)):
            return None
    return [x, y]


def _feature(geometry: JSONObject, transform: Transform | Literal[False] | None) -> JSONObject:
    """Return the GeoJSON feature one topology geometry stands for."""
    properties = geometry.get("properties")
    feature: JSONObject = {
        "type": "Feature",
        "properties": properties if isinstance(properties, dict) else {},
        "geometry": None,
    }
    ident = geometry.get("id")
    if isinstance(ident, (str, int)) and not isinstance(ident, bool):
        feature["id"] = ident
    kind = geometry.get("type")
    if isinstance(kind, str) and kind.lower() in _POINT_KINDS and transform is not False:
        position = _position(geometry, transform)
        if position is not None:
            feature["geometry"] = {"type": "Point", "coordinates": position}
    return feature


def topology_features(value: JSONValue) -> list[JSONValue] | None:
    """Return the features a TopoJSON topology (or an answer wrapping one) encodes.

    None when the value holds no topology. Every object's geometries are read in order,
    at most a few times the camera cap in all.
    """
    topology = _find_topology(value)
    if topology is None:
        return None
    transform = _transform(topology)
    objects = topology.get("objects")
    assert isinstance(objects, dict)
    features: list[JSONValue] = []
    pending: list[tuple[JSONValue, int]] = [
        (obj, 0) for obj in itertools.islice(objects.values(), _MAX_OBJECTS)
    ]
    pending.reverse()
    steps = 0
    while pending and len(features) < _MAX_GEOMETRIES and steps < _MAX_STEPS:
        steps += 1
        current, depth = pending.pop()
        if not isinstance(current, dict):
            continue
        kind = current.get("type")
        if isinstance(kind, str) and kind.lower() == "geometrycollection":
            inner = current.get("geometries")
            if depth < _MAX_NESTING and isinstance(inner, list):
                room = _MAX_GEOMETRIES - len(features)
                pending.extend((item, depth + 1) for item in reversed(inner[:room]))
            continue
        features.append(_feature(current, transform))
    return features
