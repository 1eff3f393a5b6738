"""Positions written inside a record's HTML fragment fields.

Some camera lists render their records' cells as HTML before answering: a DataTables
``map`` column ``<a href="https://maps.google.com/?q=0.50233,117.5231">``, a traveller
site's ``county`` link ``<a href="/MiDrive/map?lat=0.50233&lon=117.5231&zoom=15">``, a
marker popup ``<b>…</b><br>Lat: 0.51379<br>Lng: 117.51644`` or a pin element
``<div data-lat="…" data-lng="…">``. When the record has no position of its own, the
place such a fragment gives is the camera's, read in three bounded ways:

- a map link's query (``q``/``ll``/``query``/``center`` holding ``lat,lng``, or a
  ``lat`` beside a ``lon``/``lng``) or its path's ``@lat,lng`` (Google Maps place links),
  when the link's host or path names a map and the host is public (or the link is
  relative to the portal);
- an element's ``data-lat``/``data-lng`` (``data-latitude``/``data-longitude``) pair;
- text labelled ``Lat:``/``Latitude:`` followed closely by ``Lng:``/``Lon:``/``Long:``.

Both numbers must be written as a fix (three decimals or more) within degree ranges,
never 0,0. A record whose fragments give two different places (the camera's and an
office's) gives none, and so does a list whose fragments all give one shared place
(the town's centre linked from every record): ``shared_fragment_place``. Unlabelled
numbers in text (a water level, a count, a length) are never read.
"""

from __future__ import annotations

import html
import itertools
import math
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from .policy import is_public_host
from .shapes import has_userinfo

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from .values import JSONValue

_MAX_FIELDS = 64
_MAX_FRAGMENT = 16_384
_MAX_LINKS = 8
_MAX_HITS = 8
_TAG = re.compile(r"<[a-zA-Z][\w:-]{0,40}[\s/>]")
_HREF = re.compile(r"""\bhref\s*=\s*(["'])([^"'<>\s]{1,2048})\1""", re.IGNORECASE)
_FIX = r"[-+]?\d{1,3}\.\d{3,17}"
_FIX_NUMBER = re.compile(_FIX)
_DATA_LAT = re.compile(
    r"""\bdata-lat(?:itude)?\s*=\s*["']\s*(""" + _FIX + r""")\s*["']""", re.IGNORECASE
)
_DATA_LNG = re.compile(
    r"""\bdata-(?:lng|lon|long|longitude)\s*=\s*["']\s*(""" + _FIX + r""")\s*["']""", re.IGNORECASE
)
_LABELLED = re.compile(
    r"\b(?:lat|latitude|lintang)\s*[:=]\s*(" + _FIX + r")"
    r"(?:\s|[,;/|]|<br\s*/?>|</?\w{1,8}>){0,8}"
    r"\b(?:lng|lon|long|longitude|bujur)\s*[:=]\s*(" + _FIX + r")",
    re.IGNORECASE,
)
_AT_PAIR = re.compile(r"/@(" + _FIX + r"),(" + _FIX + r")(?:,|$)")
_PAIR_KEYS = ("q", "ll", "query", "center", "sll", "daddr", "destination")
_LAT_KEYS = ("lat", "latitude", "mlat")
_LNG_KEYS = ("lon", "lng", "long", "longitude", "mlon")
_MAP_WORD = re.compile(r"(?:^|[^a-z])(?:maps?|peta|openstreetmap)(?:[^a-z]|$)|openstreetmap")
_PAIR_TEXT = re.compile(r"\s*(" + _FIX + r")\s*,\s*(" + _FIX + r")\s*")


def _pair(lat_text: str, lng_text: str) -> tuple[float, float] | None:
    """Return (lat, lng) of two fixes within degree ranges, else None."""
    try:
        lat, lng = float(lat_text), float(lng_text)
    except ValueError:
        return None
    if not (math.isfinite(lat) and math.isfinite(lng)):
        return None
    if abs(lat) > 90 or abs(lng) > 180 or (lat == 0 and lng == 0):
        return None
    return lat, lng


def _map_link(href: str) -> tuple[float, float] | None:
    """Return the place a map link gives in its query or its ``@lat,lng`` path."""
    if has_userinfo(href):
        return None
    try:
        parts = urlsplit(href)
    except ValueError:
        return None
    if parts.scheme and parts.scheme.lower() not in ("http", "https"):
        return None
    if parts.netloc and not is_public_host(parts.hostname):
        return None
    if not _MAP_WORD.search(f"{parts.hostname or ''} {parts.path}".lower()):
        return None
    if (at := _AT_PAIR.search(parts.path)) is not None:
        return _pair(at.group(1), at.group(2))
    query = dict(parse_qsl(parts.query[:1024], keep_blank_values=False))
    for key in _PAIR_KEYS:
        if key in query and (match := _PAIR_TEXT.fullmatch(query[key])) is not None:
            return _pair(match.group(1), match.group(2))
    lat = next((query[key] for key in _LAT_KEYS if key in query), None)
    lng = next((query[key] for key in _LNG_KEYS if key in query), None)
    if lat and lng and _FIX_NUMBER.fullmatch(lat.strip()) and _FIX_NUMBER.fullmatch(lng.strip()):
        return _pair(lat.strip(), lng.strip())
    return None


def _fragment_places(fragment: str) -> set[tuple[float, float]]:
    """Return every place one HTML fragment gives (see the module's description)."""
    places: set[tuple[float, float]] = set()
    for match in itertools.islice(_HREF.finditer(fragment), _MAX_LINKS):
        if (place := _map_link(html.unescape(match.group(2)))) is not None:
            places.add(place)
    lats = list(itertools.islice(_DATA_LAT.finditer(fragment), _MAX_HITS))
    lngs = list(itertools.islice(_DATA_LNG.finditer(fragment), _MAX_HITS))
    if len(lats) == len(lngs):
        for lat, lng in zip(lats, lngs, strict=True):
            if (place := _pair(lat.group(1), lng.group(1))) is not None:
                places.add(place)
    for match in itertools.islice(_LABELLED.finditer(fragment), _MAX_HITS):
        if (place := _pair(match.group(1), match.group(2))) is not None:
            places.add(place)
    return places


def _fragments(values: Iterable[JSONValue]) -> Iterable[str]:
    """Yield a record's text fields holding HTML markup, each of bounded size."""
    for value in itertools.islice(values, _MAX_FIELDS):
        if (
            isinstance(value, str)
            and "<" in value
            and len(value) <= _MAX_FRAGMENT
            and _TAG.search(value) is not None
        ):
            yield value


def fragment_place(record: Mapping[str, JSONValue]) -> tuple[float, float] | None:
    """Return the one place a record's HTML fragment fields give, else None."""
    places: set[tuple[float, float]] = set()
    for fragment in _fragments(record.values()):
        places |= _fragment_places(fragment)
        if len(places) > 1:
            return None
    return next(iter(places), None)


def shared_fragment_place(records: Iterable[JSONValue]) -> tuple[float, float] | None:
    """Return the place every record's fragments give when it is the same for all.

    Two or more records linking one and the same place (a town's centre, the office)
    give no camera's place; records whose fragments give no place are passed over, and a
    list whose records give different places is not sharing one.
    """
    shared: tuple[float, float] | None = None
    count = 0
    for record in records:
        if not isinstance(record, dict) or (place := fragment_place(record)) is None:
            continue
        if shared is not None and place != shared:
            return None
        shared, count = place, count + 1
    return shared if count >= 2 else None
