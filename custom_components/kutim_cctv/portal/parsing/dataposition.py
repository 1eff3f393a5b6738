"""The position an element's data attributes give (``data-lat``/``data-lng``)."""

from __future__ import annotations

import re

from ..aliases import LAT_KEYS, LNG_KEYS

__all__ = ["data_position"]

_DATA_LAT = tuple(f"data-{key.replace('_', '-')}" for key in LAT_KEYS)
_DATA_LNG = tuple(f"data-{key.replace('_', '-')}" for key in LNG_KEYS)
# One attribute holding both, latitude first (``data-latlng="41.8,-71.4"``).
_DATA_PAIR = tuple(
    f"data-{key}" for key in ("latlng", "lat-lng", "latlon", "lat-lon", "latlong", "lat-long")
)
_MAX_DATA_PAIR = 64
_DATA_NUMBER = re.compile(r"\s*-?\d{1,3}(?:\.\d{1,12})?\s*")


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
