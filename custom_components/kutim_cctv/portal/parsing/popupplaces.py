"""The place line of a record's popup markup, read as the record's area.

Map pages often give each GeoJSON feature only its popup markup (the MapLibre and
Mapbox "popup on click" pattern: ``properties: {description: '<strong>Name</strong>
<p>Place</p><img src=…>'}``). The markup's heading names the camera and its picture
is the still; its place line is the area, read as a marker's popup gives it
(``mapjs.popup_area``: a labelled line ``Kecamatan: …``, an abbreviated ``Kec. …``, the
short place line under the title). Only records of a page's script data with no area
field of their own are read, from their first markup field; nothing else changes.
"""

from __future__ import annotations

from itertools import islice

from ..aliases import AREA_KEYS
from ..values import JSONValue, norm_key
from .fieldtemplates import object_lists, record_holders
from .mapjs import popup_area

__all__ = ["place_popup_areas"]

_MAX_RECORDS = 5_000
_MAX_FIELDS = 64
_AREAS = frozenset(AREA_KEYS)


def _markup(holders: list[dict[str, JSONValue]]) -> tuple[dict[str, JSONValue], str] | None:
    """Return the first markup field of a record and the object holding it."""
    for holder in holders:
        for value in islice(holder.values(), _MAX_FIELDS):
            if isinstance(value, str) and "<" in value and ">" in value:
                return holder, value
    return None


def place_popup_areas(values: list[JSONValue]) -> None:
    """Give records without an area the place their popup markup's place line names.

    The records are changed in place (an ``area`` field in the object holding the
    markup); at most 5,000 records are read.
    """
    read = 0
    for value in values:
        for entries in object_lists(value):
            for entry in entries[:_MAX_RECORDS]:
                if read >= _MAX_RECORDS:
                    return
                if not isinstance(entry, dict):
                    continue
                read += 1
                holders = record_holders(entry)
                if any(
                    norm_key(key) in _AREAS
                    for holder in holders
                    for key in islice(holder, _MAX_FIELDS)
                ):
                    continue
                found = _markup(holders)
                if found is not None and (place := popup_area(found[1])) is not None:
                    found[0]["area"] = place
