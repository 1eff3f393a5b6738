"""Name tables beside a camera list, looked up through the records' code fields.

A page script or an answer may keep the names of its regions, zones or kecamatan in a
table of their own and let each camera name only the key: ``webcamRegions =
{english_bay: {name: "English Bay - Vancouver"}}`` beside ``webcams = [{region:
"english_bay"}]``, ``{regions: {…}, cameras: […]}`` in JSON, or an id-keyed table
``kecamatan: {"3": "Sangatta Utara"}`` beside rows naming ``kecamatan_id: 3``. Such a
field is replaced by the name it looks up, so that the area reads as the payload shows
it; a field named for an area (``region``, ``zone``, ``kecamatan_id``…) whose every
value is a key of one table is looked up, any other field stays as it was.

A camera cloud's home screen lists the places its cameras belong to as records of their
own beside the cameras (Blink's ``{networks: [{id, name}], cameras: [{network_id}]}``,
``{sites: [{id, name}], cameras: [{site_id}]}``): a record field ``<place>_id`` whose
every value is the ``id`` of a record of the sibling list named for that place
(``networks``, ``sites``, ``locations``…) gives the record that place's name as its
area. Only place words join (a ``user_id`` beside ``users`` names an owner, no area).

The work is bounded: at most ``_MAX_VALUES`` sibling values are looked at, tables of at
most ``_MAX_TABLE`` entries and at most ``_MAX_TABLES`` of them are used, and at most
``_MAX_ITEMS`` records per list and ``_MAX_FIELDS`` fields per record are read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
import itertools
import re

from ..aliases import AREA_KEYS, LAT_KEYS, LNG_KEYS, NAME_KEYS, PAIR_KEYS, PROVINCE_KEYS
from ..values import JSONObject, JSONValue, index_keys, norm_key

_MAX_VALUES = 32
_MAX_TABLES = 8
_MAX_TABLE = 500
_MIN_TABLE = 2
_MAX_ITEMS = 5000
_MAX_FIELDS = 64
_MAX_KEY = 64
_MAX_NAME = 120
_MAX_ENTRY_FIELDS = 12
# Fields that name the group a camera is in, besides the area words themselves. A zone
# looked up stays a group: its name is written as the record's ``area`` too.
_AREA_FIELDS = (frozenset(AREA_KEYS) | frozenset(PROVINCE_KEYS)) - {"zone"}
_GROUP_FIELDS = _AREA_FIELDS | {"zone", "group", "grup"}
# A field naming its group by a code: ``region_id``, ``zoneKey``, ``kecamatan_code``.
_CODE_SUFFIXES = ("_id", "_key", "_code", "_kode", "_slug")
_TABLE_NAME_KEYS = (*NAME_KEYS, "label", "display_name", "full_name", "nama_lengkap")
_NOT_A_NAME = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|/|www\.)", re.IGNORECASE)

_Table = dict[str, str]

# Places a camera cloud files its cameras under by id, each listed as a record of its own
# in a sibling list named for it (``networks``, ``sites``): Blink's network is the
# home or site a sync module serves.
_PLACE_LIST_WORDS = _GROUP_FIELDS | {"network", "site", "location", "place", "building"}
_MAX_LIST_ENTRY_FIELDS = 64
# A place record eager-loaded into each camera (Laravel's ``Cctv::with('lokasi')``) under a
# place word, the same record (id and name) as one of a sibling place list: the list's
# place is the camera's area, and its point (a district's reference point shared by all
# its cameras) is no position of the camera, as a ``<place>_id`` join gives none.
_RELATION_WORDS = _PLACE_LIST_WORDS | {"lokasi", "wilayah", "kawasan", "tempat"}
_POINT_KEYS = frozenset(LAT_KEYS) | frozenset(LNG_KEYS) | frozenset(PAIR_KEYS)


def _name_text(value: JSONValue) -> str | None:
    """Return a table entry's name: a short text with a letter that is no address."""
    if isinstance(value, dict):
        if len(value) > _MAX_ENTRY_FIELDS:
            return None
        index = index_keys(value)
        value = next((index[key] for key in _TABLE_NAME_KEYS if key in index), None)
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > _MAX_NAME or _NOT_A_NAME.match(text):
        return None
    return text if any(char.isalpha() for char in text) else None


def _table(value: JSONValue) -> _Table | None:
    """Return a name table (code → name) held by a value, or None."""
    if not isinstance(value, dict) or not _MIN_TABLE <= len(value) <= _MAX_TABLE:
        return None
    table: _Table = {}
    for key, entry in value.items():
        code = key.strip()
        name = _name_text(entry)
        if not code or len(code) > _MAX_KEY or name is None:
            return None
        table[code] = name
    return table


def _code(value: JSONValue) -> str | None:
    """Return a record's code value as text (``"english_bay"``, ``3``), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip() and len(value) <= _MAX_KEY:
        return value.strip()
    return None


def _target(field: str) -> tuple[str, bool] | None:
    """Return the area field a code field stands for and whether it is that field."""
    key = norm_key(field)
    if key in _GROUP_FIELDS:
        return key, True
    for suffix in _CODE_SUFFIXES:
        base = key.removesuffix(suffix)
        if base != key and base in _GROUP_FIELDS:
            return base, False
    return None


def _lookups(records: list[JSONObject], tables: Sequence[_Table]) -> dict[str, _Table]:
    """Return the record fields to look up, each with the table holding all its codes."""
    fields: dict[str, _Table] = {}
    candidates = [
        key for key in itertools.islice(records[0], _MAX_FIELDS) if _target(key) is not None
    ]
    for field in candidates:
        codes = {_code(record.get(field)) for record in records if record.get(field) is not None}
        if not codes or None in codes:
            continue
        table = next((table for table in tables if codes <= table.keys()), None)
        if table is not None:
            fields[field] = table
    return fields


def _looked_up(record: JSONObject, fields: Mapping[str, _Table]) -> JSONObject:
    """Return a record with its code fields replaced by the names they look up.

    A field named for an area keeps its name (``region``); a code field names its area
    field (``kecamatan_id`` → ``kecamatan``) unless the record writes that out itself;
    a zone or group, no area word of its own, is the record's ``area``.
    """
    found: JSONObject = dict(record)
    index = index_keys(record)
    for field, table in fields.items():
        code = _code(record.get(field))
        target = _target(field)
        if code is None or code not in table or target is None:
            continue
        base, same = target
        if same:
            found[field] = table[code]
        area = base if base in _AREA_FIELDS else "area"
        if area != norm_key(field) and not isinstance(index.get(area), str):
            found[area] = table[code]
    return found


def _lookup_list(value: list[JSONValue], tables: Sequence[_Table]) -> list[JSONValue] | None:
    """Return a list of records with their code fields looked up, or None if none is."""
    records = [item for item in value[:_MAX_ITEMS] if isinstance(item, dict)]
    if len(records) < len(value[:_MAX_ITEMS]) or not records:
        return None
    fields = _lookups(records, tables)
    if not fields:
        return None
    return [_looked_up(record, fields) for record in records] + value[_MAX_ITEMS:]


def resolve_lookups(values: Sequence[JSONValue]) -> list[JSONValue]:
    """Return sibling values with each record list's code fields looked up in a table.

    ``values`` are the values of one document or one script; a value that is a name
    table is kept as it is (it is no camera list).
    """
    head = values[:_MAX_VALUES]
    tables = [table for value in head if (table := _table(value)) is not None][:_MAX_TABLES]
    if not tables:
        return list(values)
    found: list[JSONValue] = []
    for number, value in enumerate(values):
        if number < _MAX_VALUES and isinstance(value, list):
            looked = _lookup_list(value, tables)
            found.append(value if looked is None else looked)
        else:
            found.append(value)
    return found


def _list_table(value: JSONValue) -> _Table | None:
    """Return the id → name table of a list of place records (``[{id, name}]``), or None."""
    if not isinstance(value, list) or not 1 <= len(value) <= _MAX_TABLE:
        return None
    table: _Table = {}
    for entry in value:
        if not isinstance(entry, dict) or len(entry) > _MAX_LIST_ENTRY_FIELDS:
            return None
        index = index_keys(entry)
        code = _code(index.get("id"))
        name = next((index[key] for key in _TABLE_NAME_KEYS if key in index), None)
        text = _name_text(name) if isinstance(name, str) else None
        if code is None or text is None or code in table:
            return None
        table[code] = text
    return table


def _place_field(field: str) -> str | None:
    """Return the place word a record's ``<place>_id`` field names (``network_id``), else None."""
    key = norm_key(field)
    base = key.removesuffix("_id")
    return base if base != key and base in _PLACE_LIST_WORDS else None


def _list_joined(
    records: list[JSONObject], tables: Mapping[str, _Table]
) -> list[JSONObject] | None:
    """Return records given the names of the places their ``<place>_id`` fields name, or None."""
    joins: list[tuple[str, str, _Table]] = []
    for field in itertools.islice(records[0], _MAX_FIELDS):
        base = _place_field(field)
        if base is None:
            continue
        table = next(
            (tables[name] for name in (f"{base}s", f"{base}es", base) if name in tables), None
        )
        codes = {_code(record.get(field)) for record in records}
        if table is None or None in codes or not codes <= table.keys():
            continue
        joins.append((field, base if base in _AREA_FIELDS else "area", table))
    if not joins:
        return None
    found: list[JSONObject] = []
    for record in records:
        joined = dict(record)
        index = index_keys(record)
        for field, area, table in joins:
            code = _code(record.get(field))
            if code is not None and not isinstance(index.get(area), str):
                joined.setdefault(area, table[code])
        found.append(joined)
    return found


def _place_list(key: str) -> bool:
    """Return True for a sibling list named for places (``locations``, ``lokasi``, ``sites``)."""
    word = norm_key(key)
    return any(
        word.removesuffix(suffix) in _RELATION_WORDS
        for suffix in ("es", "s", "")
        if word.endswith(suffix)
    )


def _listed_relation(value: JSONValue, tables: Sequence[_Table]) -> str | None:
    """Return the place name of a related record that is a record of a place list, else None."""
    if not isinstance(value, dict) or len(value) > _MAX_LIST_ENTRY_FIELDS:
        return None
    index = index_keys(value)
    code = _code(index.get("id"))
    name = next((index[key] for key in _TABLE_NAME_KEYS if key in index), None)
    text = _name_text(name) if isinstance(name, str) else None
    if code is None or text is None:
        return None
    return text if any(table.get(code) == text for table in tables) else None


def _relations_joined(
    records: list[JSONObject], tables: Sequence[_Table]
) -> list[JSONObject] | None:
    """Return records whose place relation is a listed place given its area, else None.

    The relation keeps its plain fields but loses its point; a record's own area wins.
    """
    found: list[JSONObject] = []
    changed = False
    for record in records:
        joined = record
        for field, value in itertools.islice(record.items(), _MAX_FIELDS):
            if norm_key(field) not in _RELATION_WORDS or not isinstance(value, dict):
                continue
            if (place := _listed_relation(value, tables)) is None:
                continue
            joined = dict(record)
            joined[field] = {
                key: entry
                for key, entry in itertools.islice(value.items(), _MAX_LIST_ENTRY_FIELDS)
                if norm_key(key) not in _POINT_KEYS and not isinstance(entry, dict | list)
            }
            if not isinstance(index_keys(record).get("area"), str):
                joined["area"] = place
            changed = True
            break
        found.append(joined)
    return found if changed else None


def _resolve_place_lists(data: JSONObject) -> JSONObject:
    """Return a document whose record lists name the places their ``<place>_id`` fields join."""
    head = list(itertools.islice(data.items(), _MAX_FIELDS))
    tables: dict[str, _Table] = {}
    for key, value in head:
        if len(tables) < _MAX_TABLES and (table := _list_table(value)) is not None:
            tables[norm_key(key)] = table
    if not tables:
        return data
    changed: JSONObject = {}
    for key, value in head[:_MAX_VALUES]:
        if not isinstance(value, list) or not value:
            continue
        records = [item for item in value[:_MAX_ITEMS] if isinstance(item, dict)]
        if len(records) < len(value[:_MAX_ITEMS]):
            continue
        own = {name: table for name, table in tables.items() if name != norm_key(key)}
        if own and (joined := _list_joined(records, own)) is not None:
            records = joined
            changed[key] = [*joined, *value[_MAX_ITEMS:]]
        places = [table for name, table in own.items() if _place_list(name)]
        if places and (related := _relations_joined(records, places)) is not None:
            changed[key] = [*related, *value[_MAX_ITEMS:]]
    if not changed:
        return data
    return {key: changed.get(key, value) for key, value in data.items()}


def resolve_document_lookups(data: JSONValue, depth: int = 1) -> JSONValue:
    """Return a JSON document whose lists' code fields are looked up in its name tables.

    The tables and the lists are values of one object (``{regions: {…}, cameras: […]}``),
    the document itself or an object it wraps them in (``{data: {kecamatan, cctv}}``);
    other documents are returned as they are.
    """
    if not isinstance(data, dict) or len(data) > _MAX_FIELDS:
        return data
    data = _resolve_place_lists(data)
    keys = list(data)
    values = resolve_lookups([data[key] for key in keys])
    if depth > 0:
        values = [
            resolve_document_lookups(value, depth - 1) if isinstance(value, dict) else value
            for value in values
        ]
    if all(new is old for new, old in zip(values, data.values(), strict=True)):
        return data
    return dict(zip(keys, values, strict=True))
