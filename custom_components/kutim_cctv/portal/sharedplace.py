"""A ``location`` field naming a district several records of a list share.

A city's webcam service files each camera under the district it stands in
(``location: "Centrum"``, ``"Noord"``, ``"Zuid"``): a few short place words, the same
for cameras of one district. More often a ``location`` holds a street address, a
position or a description, which never places a camera: only a list whose locations are
all short place words, with at least one shared by two records and at least two
districts in all, reads them as areas. So does a list of cameras each in a district of
its own (beach cameras filed under their suburbs) when every record is named otherwise
than its location and at least one name shares no word with it, or every name names a
spot beyond its location (``Simpang Cileunyi`` in ``Cileunyi``, ``Jembatan Kuaro`` in
``Kuaro``: a word that is neither the location's nor a camera word). A record whose
location is blank (a group's ``Semua Kamera`` row) places nothing and is not counted.

Indonesian lists write the field ``lokasi`` (a port's ``Terminal Penumpang`` and
``Dermaga Peti Kemas``, a campus's buildings) and read the same way, when every record
also has a name of its own (``nama``, ``nama_cctv``…): a ``lokasi`` alone is the
camera's label.

A place's name is capitalised; a list whose admin typed everything in lower case
(``{nama: "simpang tiga", lokasi: "sangatta utara"}``) writes its places so too. A
lower-case ``lokasi`` reads as a place only in a record whose own name is written in
lower case as well (an English ``location`` in lower case is a setting's value, such as
Moonraker's ``printer`` or ``room``): beside a name written as a title (``Kantor
Bupati``), a lower-case ``lokasi`` is a note on where the camera is mounted (``depan
kantor``), never an area.

A traffic agency's camera layer may file each camera under the town or district whose
roads it watches in a ``jurisdiction`` field (``"Sangatta Utara"``, ``"Kaubun"``), while
elsewhere that field names who runs the camera (an agency, a code such as ``SCDOT`` or
``CA``, a kind of jurisdiction such as ``AUSTIN FULL PURPOSE``). It places a camera only
in a list of three or more records, none with an area field, whose jurisdictions are all
places' names (capitalised, no word written in capitals such as an acronym, no agency
or office word, no ``City of``) and name at least three different places.
"""

from __future__ import annotations

from collections.abc import Mapping
import itertools
import re
from typing import TYPE_CHECKING

from .aliases import AREA_KEYS, JURISDICTION_KIND_WORDS, ORGANISATION_WORDS
from .departments import department_text
from .shapes import OWN_CAMERA_WORDS
from .values import index_keys, parse_status

if TYPE_CHECKING:
    from .values import JSONValue

# The field naming where a record's camera is, in English and in Indonesian; the
# Indonesian one is read as a place only beside a name of the record's own.
_LOCATION_KEYS = ("location", "lokasi")
_NAMED_LOCATION_KEYS = frozenset({"lokasi"})
_OWN_NAME_KEYS = ("name", "nama", "nama_cctv", "nama_kamera", "cctv_name", "camera_name")
# A district's or a town's name: one to three capitalised words of letters (``Indre By``,
# ``Amager Vest``, ``Nørrebro``, ``Oud-Zuid``), each two joined by at most two particles
# (``Saint Jean de Luz``, ``Vilanova i la Geltrú``, ``Bergen op Zoom``); no digit, comma
# or slash.
_PARTICLE = r"(?:de|del|della|di|da|do|dos|das|du|des|la|le|les|el|los|i|y|e|op|aan|am|an|sur)"
# A word may join two runs of letters by one apostrophe or ampersand (``Simon's Town``,
# ``V&A Waterfront``, ``Ma'rang``), never start or end with one.
_PLACE_WORD = r"[^\W\d_]+(?:['’&][^\W\d_]+)?"
_PLACE_WORDS = re.compile(rf"{_PLACE_WORD}(?:[ -](?:{_PARTICLE}[ -]){{0,2}}{_PLACE_WORD}){{0,2}}")
_MAX_TEXT = 40
# Words of an address or of a camera's mounting place, never of a district's name.
_NO_DISTRICT_WORDS = frozenset(
    {"street", "st", "road", "rd", "avenue", "ave", "lane", "drive", "boulevard", "blvd"}
    | {"straat", "gracht", "laan", "plein", "weg", "kade", "strasse", "straße", "gade", "vej"}
    | {"rua", "calle", "avenida", "via", "viale", "piazza", "jalan", "jl", "jln", "gang"}
    | {"indoor", "outdoor", "inside", "outside", "entrance", "front", "back", "rear", "side"}
    | {"unknown", "none", "other", "lobby", "garage", "door", "gate", "roof", "parking"}
)
# Parts and rooms of a building in Indonesian (``pintu masuk``, ``dalam toko``, ``lantai
# 2``): a lokasi typed in lower case, where no capital tells a place's name, naming one
# notes where the camera is mounted, no district.
_BUILDING_WORDS = frozenset(
    {"pintu", "dalam", "luar", "depan", "belakang", "samping", "lantai", "ruang", "ruangan"}
    | {"kamar", "lobi", "teras", "garasi", "gudang", "kasir", "parkir", "parkiran", "gerbang"}
    | {"pagar", "tangga", "lorong", "dapur", "halaman", "atap", "toko", "kantor", "masuk"}
    | {"keluar", "gedung", "aula", "mushola", "loket", "kantin", "gerai"}
)
# How many records of a list are looked at.
_MAX_RECORDS = 200
_MIN_RECORDS = 3
_AREA_KEY_SET = frozenset(AREA_KEYS)


def _district_text(value: JSONValue, *, lower: bool = False) -> str | None:
    """Return a location's text when it reads as a district's name, else None.

    A name is capitalised, unless ``lower`` says the record is typed in lower case (its
    own name is), when a location written wholly in lower case reads too.
    """
    if not isinstance(value, str) or len(value) > 4 * _MAX_TEXT:
        return None
    text = " ".join(value.split())
    if not text or len(text) > _MAX_TEXT or not _PLACE_WORDS.fullmatch(text):
        return None
    typed_lower = lower and text == text.lower()
    if not (text[0].isupper() or typed_lower) or parse_status(text) is not None:
        return None
    words = re.split(r"[ -]+", text.lower())
    if any(word.rstrip(".") in _NO_DISTRICT_WORDS for word in words):
        return None
    if not text[0].isupper() and any(word in _BUILDING_WORDS for word in words):
        return None  # typed in lower case, capitals say nothing: a part of a building
    return text


def shared_location_districts(items: list[JSONValue]) -> bool:
    """Return True when a list's ``location`` fields name districts its records share.

    Every record names its location by its own field, none has an area field of its
    own, each location reads as a district's name, the list has at least two districts
    and at least two records share one, or every record's own name differs from its
    location and at least one shares no word with it.
    """
    records = list(itertools.islice((i for i in items if isinstance(i, dict)), _MAX_RECORDS))
    if len(records) < _MIN_RECORDS:
        return False
    seen: dict[str, int] = {}
    apart, disjoint, beyond = True, False, True
    key: str | None = None
    for record in records:
        index = index_keys(record)
        if not _AREA_KEY_SET.isdisjoint(index):
            return False
        found = _location_key(index)
        if found is None or (key is not None and found != key):
            return False  # every record by the same field
        key = found
        if _blank(index[key]):
            continue
        text = _district_text(index[key], lower=_typed_lower(index, key))
        if text is None:
            return False
        seen[text] = seen.get(text, 0) + 1
        own = _own_name(index, key)
        if key in _NAMED_LOCATION_KEYS and _named(index) is None:
            return False  # a lokasi that is the record's only label names its camera
        apart = apart and own is not None and own.lower() != text.lower()
        disjoint = disjoint or (
            own is not None
            and set(_WORD.findall(own.lower())).isdisjoint(_WORD.findall(text.lower()))
        )
        beyond = beyond and own is not None and _spot_beyond(own, text)
    # Each camera in a district of its own: every record named otherwise than its
    # location, and not all of them after it, or each naming a spot beyond it.
    counted = sum(seen.values())
    return (
        len(seen) >= 2
        and counted >= _MIN_RECORDS
        and (max(seen.values()) >= 2 or (apart and (disjoint or beyond)))
    )


def _typed_lower(index: Mapping[str, JSONValue], key: str) -> bool:
    """Return True when a ``lokasi`` record's own name is written in lower case.

    Only an Indonesian ``lokasi`` is typed by a person; an English ``location`` in lower
    case is a setting's value (Moonraker's ``printer``, ``room``), no place's name.
    """
    if key not in _NAMED_LOCATION_KEYS:
        return False
    name = _named(index)
    if name is None:
        return False
    text = name[:200]
    return any(char.isalpha() for char in text) and text == text.lower()


def _blank(value: JSONValue) -> bool:
    """Return True for a location left empty (``""``, whitespace or null)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _spot_beyond(name: str, location: str) -> bool:
    """Return True when a name names a spot beyond its location.

    A word of the name is neither the location's nor a camera word (``Pos Nagreg
    (Lingkar)`` at ``Nagreg``); ``CCTV Simpang Lembuswana`` at ``Simpang Lembuswana`` is
    the spot itself, named after it.
    """
    place = set(_WORD.findall(location.lower()))
    return any(
        word not in place and word not in OWN_CAMERA_WORDS for word in _WORD.findall(name.lower())
    )


def _location_key(index: Mapping[str, JSONValue]) -> str | None:
    """Return the field naming where a record's camera is (``location``, ``lokasi``)."""
    return next((key for key in _LOCATION_KEYS if key in index), None)


def _named(index: Mapping[str, JSONValue]) -> str | None:
    """Return the text of a record's own name field (``name``, ``nama_cctv``…), or None."""
    for key in _OWN_NAME_KEYS:
        name = index.get(key)
        if isinstance(name, str) and name.strip():
            return " ".join(name.split())[:200]
    return None


def _own_name(index: Mapping[str, JSONValue], key: str) -> str | None:
    """Return a record's own name text, or None for none or a numbered camera label.

    "Camera 3" or "CCTV 12" names no spot of its own: its location is its place. A
    ``location`` list's records are named by ``name``; a ``lokasi`` list's by any of
    their own name fields.
    """
    if key in _NAMED_LOCATION_KEYS:
        text = _named(index)
    else:
        name = index.get("name")
        text = " ".join(name.split())[:200] if isinstance(name, str) and name.strip() else None
    if text is None:
        return None
    return None if _NUMBERED_LABEL.fullmatch(text) else text


_NUMBERED_LABEL = re.compile(
    r"(?i)(?:web)?(?:cam|camera|kamera|cctv|webcam)[\s#_-]{0,3}[a-z]{0,3}\d{1,6}"
)


def numbered_camera_label(text: str | None) -> bool:
    """Return True for a camera word and a number alone ("Camera 3", "CCTV-1", "Kamera 01").

    Such a label is the slot a camera fills (a recorder's channel, a site's first
    camera), naming no spot of its own.
    """
    return bool(text) and _NUMBERED_LABEL.fullmatch(" ".join(str(text).split())[:40]) is not None


_WORD = re.compile(r"[^\W\d_]{3,}")


def location_district(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the district a record's own ``location`` or ``lokasi`` names (in such a list)."""
    key = _location_key(index)
    if key is None or key not in own:
        return None
    if key in _NAMED_LOCATION_KEYS and _named(index) is None:
        return None
    return _district_text(index[key], lower=_typed_lower(index, key))


# A location written as a kecamatan: the administrative word written out (``Kecamatan``,
# Papua's ``Distrik``, Yogyakarta's ``Kapanewon`` and ``Kemantren``; capitalised or in
# capitals) and then the kecamatan's name, one to three capitalised words of letters.
# The word says the text is a district, not where the camera is mounted, so it places
# the camera whatever the list's other locations say (``Halaman depan kantor``). A
# building named after the kecamatan (``Kantor Kecamatan Bengalon``, ``Halaman Kantor
# Kecamatan Kaubun``), an abbreviation (``Kec. Bengalon``), the word alone, a number or
# a text in lower case is none.
_KECAMATAN_WORD = r"(?:Kecamatan|KECAMATAN|Distrik|DISTRIK|Kapanewon|KAPANEWON|Kemantren|KEMANTREN)"
_CAPITAL_WORD = r"[A-Z][^\W\d_]{1,30}"
_KECAMATAN_LOCATION = re.compile(
    rf"{_KECAMATAN_WORD} {_CAPITAL_WORD}(?:[ -]{_CAPITAL_WORD}){{0,2}}"
)


def location_kecamatan(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return a record's own ``location`` or ``lokasi`` when it is a kecamatan written out.

    Only a record with a name of its own counts: a location that is its only label
    names the camera.
    """
    key = _location_key(index)
    if key is None or key not in own or _named(index) is None:
        return None
    value = index[key]
    if not isinstance(value, str) or len(value) > _MAX_TEXT * 2:
        return None
    text = " ".join(value.split())
    return text if _KECAMATAN_LOCATION.fullmatch(text) else None


# The field some traffic layers file each camera's town or district under; elsewhere
# the agency's name or code.
_JURISDICTION_KEY = "jurisdiction"
_MIN_JURISDICTIONS = 3
# An agency written as its jurisdiction's kind and place ("City of Sangatta", "County of
# Kutai Timur"); an office's name ("Dishub Kutim", "Department of Transportation", "Port
# Authority") is judged whole by ``department_text``.
_AGENCY_OF = re.compile(r"(?P<kind>[^\W\d_]+)\s+of\s", re.IGNORECASE)
# Words of who owns, runs or builds a camera (``Private Owner``, ``Operator Kutim``,
# ``Contractor``, ``Port Authority``): anywhere in a jurisdiction, it names no place. A
# business word may sit in a place's name (``Central Business District``).
_OWNER_WORDS = ORGANISATION_WORDS - {"business", "usaha", "perusahaan"}


def _jurisdiction_place(value: JSONValue) -> str | None:
    """Return a jurisdiction's text when it reads as a place's name, else None.

    A kind of jurisdiction or ownership (``State``, ``County``, ``Private``, ``State
    Highways``), an owner or operator (``Private Owner``, ``Operator Kutim``) and an office,
    agency or institution read whole (``Auckland Transport``, ``University of Waikato``:
    see ``department_text``) name no place.
    """
    text = _district_text(value)
    if text is None or any(len(word) > 1 and word.isupper() for word in text.split()):
        return None  # an agency's code or acronym (``SCDOT``, ``BPJN Kaltim``), capitals
    words = re.split(r"[ -]+", text.lower())
    if any(word.strip(".,()") in _OWNER_WORDS for word in words):
        return None  # an owner's or operator's word (``Private Owner``, ``Contractor Name``)
    if department_text(text):
        return None  # read whole: a department word inside a place ("Bay of Plenty") is one
    if (agency := _AGENCY_OF.match(text)) and agency["kind"].lower() in JURISDICTION_KIND_WORDS:
        return None
    if all(word.rstrip(".") in JURISDICTION_KIND_WORDS for word in words if word):
        return None
    return text


def _own_fields(record: Mapping[str, JSONValue]) -> dict[str, JSONValue]:
    """Return a record's fields by canonical key, a GeoJSON feature's properties too."""
    index = index_keys(record)
    properties = index.get("properties")
    if isinstance(properties, dict):
        return {**index_keys(properties), **index}
    return index


def jurisdiction_places(items: list[JSONValue]) -> bool:
    """Return True when a list's ``jurisdiction`` fields name the places of its cameras.

    Every record (three or more) has the field and no area field of its own, each
    jurisdiction reads as a place's name, and the list names three places or more.
    """
    records = list(itertools.islice((i for i in items if isinstance(i, dict)), _MAX_RECORDS))
    if len(records) < _MIN_RECORDS:
        return False
    seen: set[str] = set()
    for record in records:
        index = _own_fields(record)
        if not _AREA_KEY_SET.isdisjoint(index):
            return False
        text = _jurisdiction_place(index.get(_JURISDICTION_KEY))
        if text is None:
            return False
        seen.add(text.lower())
    return len(seen) >= _MIN_JURISDICTIONS


def jurisdiction_place(index: Mapping[str, JSONValue], own: frozenset[str]) -> str | None:
    """Return the place a record's own ``jurisdiction`` names (in such a list)."""
    if _JURISDICTION_KEY not in own:
        return None
    return _jurisdiction_place(index[_JURISDICTION_KEY])
