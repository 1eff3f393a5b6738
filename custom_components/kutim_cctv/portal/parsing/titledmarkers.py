"""Map markers that only place a camera listed elsewhere on the page, by its name.

A page may list its cameras in a table or as cards (with their players) and put a map
beside them whose markers carry nothing but a position and a title, the camera's name:
gmaps.js ``map.addMarker({lat: 0.50233, lng: 117.5231, title: 'Simpang Tiga'})``,
Google's ``new google.maps.Marker({position: {lat: …, lng: …}, title: '…'})`` (or
``new google.maps.LatLng(…)``) and Leaflet's ``L.marker([lat, lng], {title: '…'})``.
Such a marker gives no camera of its own; its position is the position of the one
camera of the page whose name is its title, written the same.

Nothing is taken from a marker carrying an address (a popup's picture or player: it
is a camera of its own), from a title several markers share, nor for a name several
cameras share; a camera with a position keeps it. Only literal numbers and a literal
title are read. Work is bounded: at most ``_MAX_MARKERS`` marker calls a script,
``_MAX_SCRIPTS`` scripts, each call's object read up to the next call, within
``_MAX_BODY`` characters.
"""

from __future__ import annotations

from collections.abc import Iterable
import dataclasses
import itertools
import re

from ..models import Camera
from ..values import clean_text

__all__ = ["place_by_marker_titles"]

_MAX_MARKERS = 2_000
_MAX_BODY = 1_200
_MAX_SCRIPT = 2_000_000
_MAX_SCRIPTS = 200
_NUMBER = r"(-?\d{1,3}(?:\.\d{1,12})?)"
# The start of a marker call whose object follows (gmaps.js, Google Maps).
_MARKER_CALL = re.compile(r"\.addMarker\(\s*\{|new\s+google\.maps\.Marker\(\s*\{")
# Leaflet's marker at a literal position, its options object after it.
_LEAFLET_MARKER = re.compile(
    rf"\bL\.marker\(\s*\[\s*{_NUMBER}\s*,\s*{_NUMBER}\s*\]\s*,\s*\{{", re.IGNORECASE
)
_LAT = re.compile(rf"(?<![\w$.])lat(?:itude)?\s*:\s*{_NUMBER}\s*[,}}\n]")
_LNG = re.compile(rf"(?<![\w$.])(?:lng|lon|long|longitude)\s*:\s*{_NUMBER}\s*[,}}\n]")
_LATLNG = re.compile(rf"LatLng\(\s*{_NUMBER}\s*,\s*{_NUMBER}\s*\)")
_TITLE = re.compile(r"""(?<![\w$.])title\s*:\s*(["'])([^"'\\\n<>]{1,120})\1""")
# An address in a marker's object: a popup's picture, a player, an icon's file.
_ADDRESS = re.compile(r"://|\bsrc\s*=|\.(?:m3u8|mp4|jpe?g|png|gif|webp|mjpe?g)\b", re.IGNORECASE)


def _place(lat_text: str, lng_text: str) -> tuple[float, float] | None:
    """Return a marker's position when it is one on the earth (and not 0, 0)."""
    lat, lng = float(lat_text), float(lng_text)
    if abs(lat) > 90 or abs(lng) > 180 or (lat == 0 and lng == 0):
        return None
    return lat, lng


def _calls(script: str) -> list[re.Match[str]]:
    """Return a script's marker calls in order, at most _MAX_MARKERS."""
    calls = itertools.chain(_MARKER_CALL.finditer(script), _LEAFLET_MARKER.finditer(script))
    return sorted(itertools.islice(calls, _MAX_MARKERS), key=lambda match: match.start())


def _markers(script: str) -> Iterable[tuple[str, tuple[float, float]]]:
    """Yield (title, position) of the media-less titled markers of one script.

    A call's object is read up to the next marker call, at most _MAX_BODY characters.
    """
    calls = _calls(script)
    for match, after in itertools.zip_longest(calls, calls[1:]):
        stop = match.end() + _MAX_BODY
        body = script[match.end() : min(stop, after.start()) if after is not None else stop]
        title = _TITLE.search(body)
        if title is None or _ADDRESS.search(body):
            continue
        if match.re is _LEAFLET_MARKER:
            lat, lng = match.group(1), match.group(2)
        elif pair := _LATLNG.search(body):
            lat, lng = pair.group(1), pair.group(2)
        elif (found_lat := _LAT.search(body)) and (found_lng := _LNG.search(body)):
            lat, lng = found_lat.group(1), found_lng.group(1)
        else:
            continue
        if (place := _place(lat, lng)) is not None:
            yield title.group(2), place


def _key(name: str) -> str:
    return " ".join(name.split())


def place_by_marker_titles(scripts: Iterable[str], cameras: list[Camera]) -> list[Camera]:
    """Give each unplaced camera the position of the one marker titled with its name."""
    if not any(c.latitude is None for c in cameras):
        return cameras
    titles: dict[str, tuple[float, float] | None] = {}
    for script in itertools.islice(scripts, _MAX_SCRIPTS):
        for title, place in _markers(script[:_MAX_SCRIPT]):
            key = _key(clean_text(title) or "")
            if key:
                titles[key] = None if key in titles else place  # shared: no one's
    if not titles:
        return cameras
    names: dict[str, int] = {}
    for camera in cameras:
        names[_key(camera.name)] = names.get(_key(camera.name), 0) + 1
    placed: list[Camera] = []
    for camera in cameras:
        key = _key(camera.name)
        found = titles.get(key)
        if camera.latitude is None and camera.longitude is None and found and names[key] == 1:
            camera = dataclasses.replace(camera, latitude=found[0], longitude=found[1])
        placed.append(camera)
    return placed
