"""Map markers of other kinds listed beside a traffic map's cameras.

A traffic map's marker answer lists every marker it draws in one list, each with the
group or icon it is drawn in (``markergroup: "map-cameras"``, ``"map-dms"``,
``"map-weather"``; ``icontype: "cameras"``, ``"dms"``, ``"weather"``). Each marker opens
a bubble page of its own, so a message sign's or a weather station's marker looks like
a camera with a viewer page. When one such field names cameras on some records and a
known other kind of road-side equipment (a message sign, a weather station, an incident,
a closure, a car park) on others, those others are no cameras unless their marker plays
video of its own (an MJPEG or a video stream; a sign's rendering or a chart is no camera's). A field naming only kinds
of camera (``PTZ``, ``ATCS``), or a kind not in the list of known other equipment, never
drops a record, and neither does a list none of whose records names a camera.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
import itertools
import re

from .values import JSONValue, norm_key

__all__ = ["other_feature_records"]

# Fields naming the group, layer or icon a marker is drawn in, or its kind.
_KIND_KEYS = frozenset(
    {"markergroup", "marker_group", "icontype", "icon_type", "markertype", "marker_type"}
    | {"layer", "layer_name", "feature_type", "featuretype", "category", "kind", "type"}
    | {"group", "kategori", "jenis", "tipe"}
)
_CAMERA_WORDS = frozenset(
    {"camera", "cameras", "cam", "cams", "cctv", "webcam", "webcams", "kamera", "camsite"}
)
# Road-side equipment and map events that are no cameras: variable message signs
# (``dms``, ``cms``), weather stations (``rwis``, ``wx``), incidents, closures, car parks.
_OTHER_WORDS = frozenset(
    {"dms", "cms", "sign", "signs", "signboard", "weather", "wx", "rwis", "cuaca", "rambu"}
    | {"incident", "incidents", "roadwork", "roadworks", "closure", "closures", "parking"}
)
_WORD = re.compile(r"[a-z]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # ``weatherStations`` reads as two words
_MAX_VALUE = 40
_MAX_SCAN = 500


def _words(value: JSONValue) -> frozenset[str]:
    """Return the lower-case words of a short kind value, else nothing."""
    if not isinstance(value, str) or len(value) > _MAX_VALUE:
        return frozenset()
    return frozenset(_WORD.findall(_CAMEL.sub(" ", value).lower()))


def _kinds(item: JSONValue) -> dict[str, frozenset[str]]:
    """Return the words of a record's kind fields, by canonical field name."""
    if not isinstance(item, Mapping):
        return {}
    found: dict[str, frozenset[str]] = {}
    for key, value in itertools.islice(item.items(), 64):
        canonical = norm_key(key)
        if canonical in _KIND_KEYS and (words := _words(value)):
            found.setdefault(canonical, words)
    return found


def other_feature_records(items: Sequence[JSONValue]) -> frozenset[int]:
    """Return the positions of records a kind field marks as other equipment than cameras."""
    kinds = [_kinds(item) for item in items[:_MAX_SCAN]]
    fields: set[str] = set()
    for key in {key for record in kinds for key in record}:
        values = [record[key] for record in kinds if key in record]
        cameras = any(words & _CAMERA_WORDS for words in values)
        others = any(words & _OTHER_WORDS and not words & _CAMERA_WORDS for words in values)
        if cameras and others:
            fields.add(key)
    if not fields:
        return frozenset()
    dropped: set[int] = set()
    for position, item in enumerate(items):
        record = kinds[position] if position < len(kinds) else _kinds(item)
        for key in fields:
            words = record.get(key, frozenset())
            if words & _OTHER_WORDS and not words & _CAMERA_WORDS:
                dropped.add(position)
                break
    return frozenset(dropped)
