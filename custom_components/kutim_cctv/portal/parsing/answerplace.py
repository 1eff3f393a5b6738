"""The kecamatan or district an answer names once above its camera list.

A portal's API answering for one kecamatan or district (a filter endpoint,
``/api/cctvs?district=semarang_tengah``; a district's own page of cameras) names it once
at the top beside the list: ``{"district": "semarang_tengah", "district_name": "Semarang
Tengah", "cctvs": […]}``, ``{"nama_kecamatan": "Sangatta Utara", "data": […]}``. That
name is the area of every camera whose record names none (a record's own area wins).

Only the answer's own top-level fields are read, beside a list of records under a key
that holds a camera list; only district-level names count (a city, a province or a
region at the top is coarser and never an area), a display name before its slug. A
slug (``semarang_tengah``), a code (``6408010``) or a word saying "all" is no name.

An answer for one location of a camera service (``/streams/location/3``,
``/locations/{id}/cameras``) names that location the same way, by its record's own
fields: ``{location_id: 3, location_name: "Server Monitoring Sangatta Utara", cameras:
[…]}``. Its name is the area only beside the location's id (a name alone may be a
user's or a device's place), and never when the id is empty or the name chooses every
location (``Semua Lokasi``). The answer may wrap that record in a response envelope
(``{success, message, data: {location_id, location_name, cameras}}``): the envelope's
one object under ``data`` (or ``result``) is read as the answer.
"""

from __future__ import annotations

import re

from ..aliases import LINK_LIST_KEYS, PLACE_CHOOSING_WORDS
from ..values import JSONValue, clean_text, index_keys

__all__ = ["answer_area"]

# The answer's district, as a display name first, then under its plain key (which some
# answers fill with a slug beside the name).
_NAME_KEYS = (
    "nama_kecamatan",
    "kecamatan_name",
    "nama_kec",
    "district_name",
    "subdistrict_name",
    "nama_distrik",
)
_PLAIN_KEYS = ("kecamatan", "kec", "district", "subdistrict", "distrik", "kapanewon", "kemantren")
# Keys of the answer's camera list beside the district.
_LIST_KEYS = frozenset(
    {"data", "items", "result", "results", "records", "rows", "markers", "list", "points"}
    | {"cctv", "cctvs", "cameras", "camera", "kamera", "webcams", "locations"}
    | set(LINK_LIST_KEYS)
)
_MAX_FIELDS = 32
_MAX_NAME = 80
# Words a filter echoes when it selects every district.
_ALL_WORDS = frozenset({"all", "semua", "any", "none", "null", "undefined", "-", "*"})
# A filter's "every district" or a picker's prompt written as a phrase ("Semua Kecamatan",
# "All Districts", "Pilih Kecamatan"): a word choosing every or any district, then
# district words.
_CHOOSING_WORDS = PLACE_CHOOSING_WORDS
_DISTRICT_WORDS = frozenset(
    {"kecamatan", "kec", "district", "districts", "distrik", "subdistrict", "subdistricts"}
    | {"kapanewon", "kemantren", "wilayah", "area", "areas", "distritos", "bezirke"}
    | {"lokasi", "location", "locations"}
)
# A location's name, read only beside that location's id (``location_id: 3``).
_LOCATION_NAME_KEYS = ("location_name", "nama_lokasi")
_LOCATION_ID_KEYS = ("location_id", "lokasi_id", "id_lokasi")
# Keys of a response envelope's record, and the plain fields an envelope holds beside it.
_ENVELOPE_RECORD_KEYS = ("data", "result")
_ENVELOPE_FIELDS = frozenset({"success", "status", "message", "msg", "code", "status_code"})
_WORD = re.compile(r"[^\W\d_]+")


def _has_list(index: dict[str, JSONValue]) -> bool:
    """Return True when a top-level key of a camera list holds records."""
    return any(
        key in _LIST_KEYS
        and isinstance(value, list)
        and any(isinstance(entry, dict) for entry in value[:16])
        for key, value in index.items()
    )


def _district_name(value: JSONValue) -> str | None:
    """Return a district's name as written, or None for a slug, a code or "all"."""
    if not isinstance(value, str):
        return None
    text = clean_text(value[: _MAX_NAME + 1])
    if text is None or len(text) > _MAX_NAME or text.casefold() in _ALL_WORDS:
        return None
    if not any(char.isalpha() for char in text):
        return None  # a code (``6408010``)
    words = _WORD.findall(text.casefold())
    if words[0] in _CHOOSING_WORDS and set(words[1:]) <= _DISTRICT_WORDS:
        return None  # "Semua Kecamatan", "All Districts", "Pilih Kecamatan"
    if " " not in text and ("_" in text or "-" in text) and text == text.lower():
        return None  # a slug (``semarang_tengah``)
    return text


def _location_id(value: JSONValue) -> bool:
    """Return True for a location's id: a number or a non-empty text."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return isinstance(value, str) and bool(value.strip())


def _every_location(value: JSONValue) -> bool:
    """Return True for an id choosing every location (``all``, ``semua``, ``*``, ``-1``)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return value < 0
    if not isinstance(value, str):
        return False
    text = value.strip()[:_MAX_NAME].casefold()
    return text in _ALL_WORDS or (text.lstrip("-").isdigit() and text.startswith("-"))


def _location_name(index: dict[str, JSONValue]) -> str | None:
    """Return the name of the one location an answer is for, beside its id, else None.

    An id choosing every location (``"location_id": "all"``) names no one location: the
    name beside it is the answer's owner or a default, no camera's area.
    """
    ids = [index.get(key) for key in _LOCATION_ID_KEYS]
    if any(_every_location(value) for value in ids):
        return None
    if not any(_location_id(value) for value in ids):
        return None
    for key in _LOCATION_NAME_KEYS:
        if (name := _district_name(index.get(key))) is not None:
            return name
    return None


def _enveloped(index: dict[str, JSONValue]) -> dict[str, JSONValue] | None:
    """Return the record a response envelope wraps (``{success, message, data: {…}}``)."""
    held = [key for key, value in index.items() if isinstance(value, dict | list)]
    if len(held) != 1 or held[0] not in _ENVELOPE_RECORD_KEYS:
        return None
    if not set(index) - {held[0]} <= _ENVELOPE_FIELDS:
        return None
    record = index[held[0]]
    if not isinstance(record, dict) or not 0 < len(record) <= _MAX_FIELDS:
        return None
    return index_keys(record)


def answer_area(data: JSONValue) -> str | None:
    """Return the district or location an answer names above its camera list, else None."""
    if not isinstance(data, dict) or not 0 < len(data) <= _MAX_FIELDS:
        return None
    index = index_keys(data)
    if not _has_list(index):
        if (record := _enveloped(index)) is None or not _has_list(record):
            return None
        index = record
    for key in (*_NAME_KEYS, *_PLAIN_KEYS):
        if (name := _district_name(index.get(key))) is not None:
            return name
    return _location_name(index)
