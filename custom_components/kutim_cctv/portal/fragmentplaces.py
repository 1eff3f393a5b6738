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

Both numbers must be written as a fix (three decimals or more) within degree ranges
(``position.FIX_NUMBER``, ``position.in_degrees``), never 0,0. A record whose fragments
give two different places (the camera's and an office's) gives none, and so does a place
most records of a list link, three or more (the town's centre or the operator's office
linked from every record): ``shared_fragment_places``. Two cameras of one junction linking
its place keep it. Unlabelled numbers in text (a water level, a count, a length) are never
read.

Each fragment is read once per list (``FragmentScan``): only where its words (``href``,
``data-l…``, ``lat``/``lintang``) occur, at most ``_MAX_TRIES`` times each, and at most
``_MAX_LIST_FRAGMENTS`` characters of fragments are read for one list.
"""

from __future__ import annotations

from collections import Counter
import html
import itertools
import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from .policy import is_public_host
from .position import FIX_NUMBER, in_degrees
from .shapes import has_userinfo

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from .values import JSONValue

_MAX_FIELDS = 64
_MAX_FRAGMENT = 16_384
_MAX_LINKS = 8
_MAX_HITS = 8
# Occurrences of one word (``href``, ``data-l``, ``lat``) a fragment is looked at.
_MAX_TRIES = 32
# Characters of fragments one list has read: a 2 MB list of 16 KiB popups costs what
# this many cost, never seconds.
_MAX_LIST_FRAGMENTS = 1_048_576
# A place linked by at least this many records, and by most records of the list, is no
# camera's place (a town's centre, the operator's office).
_MIN_SHARED = 3
_TAG = re.compile(r"<[a-zA-Z][\w:-]{0,40}[\s/>]")
_FIX = FIX_NUMBER.pattern
_SPACE = r"\s{0,16}"
_HREF = re.compile(
    r"""\bhref""" + _SPACE + "=" + _SPACE + r"""(["'])([^"'<>\s]{1,2048})\1""", re.IGNORECASE
)


def _data_attribute(names: str) -> re.Pattern[str]:
    """Return the pattern of a pin's data attribute (``data-lat="0.50233"``) holding a fix."""
    return re.compile(
        r"\bdata-(?:"
        + names
        + ")"
        + _SPACE
        + "="
        + _SPACE
        + r"""["']\s{0,16}("""
        + _FIX
        + r""")\s{0,16}["']""",
        re.IGNORECASE,
    )


_DATA_LAT = _data_attribute("lat|latitude")
_DATA_LNG = _data_attribute("lng|lon|long|longitude")
_LABELLED = re.compile(
    r"\b(?:lat|latitude|lintang)" + _SPACE + "[:=]" + _SPACE + "(" + _FIX + r")"
    r"(?:\s|[,;/|]|<br\s{0,8}/?>|</?\w{1,8}>){0,8}"
    r"\b(?:lng|lon|long|longitude|bujur)" + _SPACE + "[:=]" + _SPACE + "(" + _FIX + r")",
    re.IGNORECASE,
)
_AT_PAIR = re.compile(r"/@(" + _FIX + r"),(" + _FIX + r")(?:,|$)")
_PAIR_KEYS = ("q", "ll", "query", "center", "sll", "daddr", "destination")
_LAT_KEYS = ("lat", "latitude", "mlat")
_LNG_KEYS = ("lon", "lng", "long", "longitude", "mlon")
_MAP_WORD = re.compile(r"(?:^|[^a-z])(?:maps?|peta|openstreetmap)(?:[^a-z]|$)|openstreetmap")
_PAIR_TEXT = re.compile(r"\s*(" + _FIX + r")\s*,\s*(" + _FIX + r")\s*")

Place = tuple[float, float]


def _pair(lat_text: str, lng_text: str) -> Place | None:
    """Return (lat, lng) of two fixes within degree ranges, else None."""
    try:
        lat, lng = float(lat_text), float(lng_text)
    except ValueError:
        return None
    if not in_degrees(lat, lng) or (lat == 0 and lng == 0):
        return None
    return lat, lng


def map_link_place(href: str) -> Place | None:
    """Return the place a public map link gives (``/maps/@0.50233,117.5231,3a…``), or None."""
    return _map_link(href[:2048])


def _map_link(href: str) -> Place | None:
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
    if lat and lng and FIX_NUMBER.fullmatch(lat.strip()) and FIX_NUMBER.fullmatch(lng.strip()):
        return _pair(lat.strip(), lng.strip())
    return None


def _starts(low: bytes, word: bytes) -> Iterator[int]:
    """Yield where a word occurs in a fragment's lowered text, at most ``_MAX_TRIES`` times."""
    at = low.find(word)
    for _ in range(_MAX_TRIES):
        if at < 0:
            return
        yield at
        at = low.find(word, at + 1)


def _fragment_places(fragment: str) -> set[Place]:
    """Return every place one HTML fragment gives (see the module's description)."""
    # One byte per character, so that positions in it are the fragment's.
    low = fragment.encode("ascii", "replace").lower()
    places: set[Place] = set()
    hrefs = (_HREF.match(fragment, at) for at in _starts(low, b"href"))
    for match in itertools.islice(filter(None, hrefs), _MAX_LINKS):
        if (place := _map_link(html.unescape(match.group(2)))) is not None:
            places.add(place)
    lats: list[re.Match[str]] = []
    lngs: list[re.Match[str]] = []
    for at in _starts(low, b"data-l"):
        if (lat_hit := _DATA_LAT.match(fragment, at)) is not None and len(lats) < _MAX_HITS:
            lats.append(lat_hit)
        elif (lng_hit := _DATA_LNG.match(fragment, at)) is not None and len(lngs) < _MAX_HITS:
            lngs.append(lng_hit)
    if len(lats) == len(lngs):
        for lat, lng in zip(lats, lngs, strict=True):
            if (place := _pair(lat.group(1), lng.group(1))) is not None:
                places.add(place)
    labelled = (
        _LABELLED.match(fragment, at) for word in (b"lat", b"lintang") for at in _starts(low, word)
    )
    for match in itertools.islice(filter(None, labelled), _MAX_HITS):
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


class FragmentScan:
    """The places one list's HTML fragments give, each fragment read once.

    At most ``_MAX_LIST_FRAGMENTS`` characters of fragments are read for the list; the
    fragments beyond give no place.
    """

    __slots__ = ("_left", "_read")

    def __init__(self) -> None:
        """Start with nothing read and the list's whole budget left."""
        self._left = _MAX_LIST_FRAGMENTS
        self._read: dict[str, frozenset[Place]] = {}

    def places(self, fragment: str) -> frozenset[Place]:
        """Return the places one fragment gives, reading it once."""
        if (found := self._read.get(fragment)) is not None:
            return found
        if len(fragment) > self._left:
            self._left = 0
            return frozenset()
        self._left -= len(fragment)
        found = self._read[fragment] = frozenset(_fragment_places(fragment))
        return found


def fragment_place(
    record: Mapping[str, JSONValue], scan: FragmentScan | None = None
) -> Place | None:
    """Return the one place a record's HTML fragment fields give, else None."""
    scan = FragmentScan() if scan is None else scan
    places: set[Place] = set()
    for fragment in _fragments(record.values()):
        places |= scan.places(fragment)
        if len(places) > 1:
            return None
    return next(iter(places), None)


def shared_fragment_places(
    records: Iterable[JSONValue], scan: FragmentScan | None = None
) -> frozenset[Place]:
    """Return the places most records of a list link, each by three records or more.

    A place linked from most records (a town's centre, the operator's office) is no
    camera's place; two cameras of one junction linking its place, or a list whose
    records each link their own, share none.
    """
    scan = FragmentScan() if scan is None else scan
    counts: Counter[Place] = Counter()
    records_read = 0
    for record in records:
        if not isinstance(record, dict):
            continue
        records_read += 1
        if (place := fragment_place(record, scan)) is not None:
            counts[place] += 1
    return frozenset(
        place
        for place, count in counts.items()
        if count >= _MIN_SHARED and 2 * count > records_read
    )
