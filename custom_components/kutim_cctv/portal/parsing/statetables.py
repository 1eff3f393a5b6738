"""Tables of camera states a page script keeps beside the cameras its markup shows.

A webcam page may render its players in markup and write each camera's state in a
script, keyed by the camera's key: ``var camStatus = {"sawur_puncak": {"cameraOn": true,
"cameraOnline": true}, …}``. Such a table gives the state of each camera of the page
whose id is one of its keys. A table is an object of two or more entries, each an object
of a few plain values (flags, numbers, short words) that reads as a state the way a
camera record's own fields do; an entry holding an address, a nested object or a list is
a record of something else. It is used only when two or more of the page's cameras, and
at least half of its keys, match; a camera that states its own state keeps it. A text
that reads as no state and holds no digit (a user's ``role: "operator"``, a label) makes
its entry a record of something else: a table of users keyed by the same ids as the
page's cards says nothing of the cameras.

An answer may do the same beside its list (``{feeds: [{id, …}], status: {<feed id>:
true}, vehicleDetected: {<feed id>: false}}``): a map named for a state (``status``,
``state``, ``online``, or one of them beside a word naming the cameras:
``camera_status``, ``feed_state``, ``device_online``) whose every entry is a flag, a
state word or such a state entry, keyed by the ids of the list's records, gives each
record its state. Maps named otherwise (detection results, counts, ``alarm_status``,
``motion_state``, ``recording_status``, ``viewers_online``) say nothing of the cameras.

The work is bounded: at most ``_MAX_VALUES`` data values, tables of at most
``_MAX_TABLE`` entries of at most ``_MAX_ENTRY_FIELDS`` fields are looked at, and an
entry's state is read only for a table whose keys are the page's camera ids; in an
answer at most ``_MAX_DOCUMENT_FIELDS`` fields a level, two levels and
``_MAX_RECORDS`` records a list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..aliases import ID_KEYS
from ..fieldurls import looks_like_url
from ..normalise import record_state
from ..values import JSONObject, JSONValue, index_keys, norm_key

__all__ = ["give_document_states", "give_states", "state_tables"]

_MAX_VALUES = 200
_MAX_TABLES = 32
_MAX_TABLE = 2000
_MIN_TABLE = 2
_MAX_ENTRY_FIELDS = 12
_MAX_WORD = 40
_MAX_KEY = 64
_STATE_KEYS = ("online", "status", "state")
_MAX_DOCUMENT_FIELDS = 64
_MAX_RECORDS = 5000
# Words of an answer's field naming a map of the cameras' states (``status``,
# ``camera_status``, ``onlineStates``); ``offline`` would name the opposite.
_MAP_STATE_WORDS = frozenset({"status", "statuses", "state", "states", "online"})
# Words that may qualify a state word as the cameras' own (``camera_status``,
# ``feed_state``, ``device_online``); any other word (``alarm_status``, ``motion_state``,
# ``viewers_online``) names the state of something else.
_MAP_STATE_QUALIFIERS = frozenset(
    {"camera", "cameras", "cam", "cams", "cctv", "feed", "feeds", "device", "devices"}
)


def _plain_entry(entry: JSONValue, *, labels: bool = False) -> bool:
    """Return True for a state entry: a small object of flags, numbers and short words.

    With ``labels`` (a map already named for states) a short word that is no state (the
    camera's name beside its ``state``) is allowed too.
    """
    if not isinstance(entry, dict) or not 0 < len(entry) <= _MAX_ENTRY_FIELDS:
        return False
    for key, value in entry.items():
        if isinstance(value, str):
            if len(value) > _MAX_WORD or looks_like_url(value):
                return False
            if labels:
                continue
            if not any(c.isdigit() for c in value) and record_state({key: value}) is None:
                return False  # a word that is no state (a user's role, a label)
        elif value is not None and not isinstance(value, bool | int | float):
            return False
    return True


def _candidate(value: JSONValue) -> bool:
    """Return True for a value shaped as a state table: two or more small plain entries."""
    if not isinstance(value, dict) or not _MIN_TABLE <= len(value) <= _MAX_TABLE:
        return False
    return all(len(key) <= _MAX_KEY and _plain_entry(entry) for key, entry in value.items())


def _states(table: Mapping[str, JSONValue]) -> dict[str, bool] | None:
    """Return a candidate table's state per key, or None when an entry states none."""
    states: dict[str, bool] = {}
    for key, entry in table.items():
        state = record_state(entry) if isinstance(entry, dict) else None
        if state is None:
            return None
        states[key] = state
    return states


def state_tables(values: Iterable[JSONValue]) -> list[dict[str, JSONValue]]:
    """Return the values among a page's script data shaped as state tables."""
    tables: list[dict[str, JSONValue]] = []
    for number, value in enumerate(values):
        if number >= _MAX_VALUES or len(tables) >= _MAX_TABLES:
            break
        if _candidate(value):
            assert isinstance(value, dict)
            tables.append(value)
    return tables


def give_states(items: Sequence[JSONValue], tables: Sequence[Mapping[str, JSONValue]]) -> None:
    """Give the page's camera items the state the table keyed by their ids names."""
    if not tables:
        return
    keyed = [
        (item, item_id)
        for item in items
        if isinstance(item, dict) and isinstance(item_id := item.get("id"), str)
    ]
    ids = {item_id for _item, item_id in keyed}
    for table in tables:
        # The page's ids first: a table mostly of other keys is never read.
        if len(table) > 2 * len(ids):
            continue
        matched = ids & table.keys()
        if len(matched) < _MIN_TABLE or 2 * len(matched) < len(table):
            continue
        if (states := _states(table)) is None:
            continue
        for item, item_id in keyed:
            if item_id in states and not any(key in item for key in _STATE_KEYS):
                item["online"] = states[item_id]
        return


def _state_map_name(key: str) -> bool:
    """Return True for an answer's field named for the cameras' states (``status``).

    The name is state words alone, or beside a word naming the cameras
    (``camera_status``); an alarm's, motion's, recording's or upload's state, or a count
    of viewers online, is not whether the camera is up.
    """
    words = set(norm_key(key[:_MAX_KEY]).split("_"))
    return bool(words & _MAP_STATE_WORDS) and words <= _MAP_STATE_WORDS | _MAP_STATE_QUALIFIERS


def _map_states(value: JSONValue) -> dict[str, bool] | None:
    """Return a state map's state per key, or None when an entry states none.

    Each entry is a flag (``true``, ``1``), a state word (``"online"``, ``"CONNECTED"``)
    or a small state entry (``{state: "CONNECTED"}``).
    """
    if not isinstance(value, dict) or not _MIN_TABLE <= len(value) <= _MAX_TABLE:
        return None
    states: dict[str, bool] = {}
    for key, entry in value.items():
        if len(key) > _MAX_KEY:
            return None
        state: bool | None = None
        if isinstance(entry, dict):
            state = record_state(entry) if _plain_entry(entry, labels=True) else None
        elif isinstance(entry, bool | int) or (isinstance(entry, str) and len(entry) <= _MAX_WORD):
            state = record_state({"status": entry})
        if state is None:
            return None
        states[key] = state
    return states


def _record_id(record: JSONObject) -> str | None:
    """Return a record's own id as text (its first id field's value), else None."""
    index = index_keys(record)
    for key in ID_KEYS:
        value = index.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def _stated_list(
    records: list[JSONValue], maps: Sequence[Mapping[str, bool]]
) -> list[JSONValue] | None:
    """Return a list's records given the state the map keyed by their ids names, else None.

    A map is used when two or more records, and at least half its keys, match; a record
    that states its own state keeps it.
    """
    head = records[:_MAX_RECORDS]
    ids = [_record_id(record) if isinstance(record, dict) else None for record in head]
    known = {ident for ident in ids if ident is not None}
    for states in maps:
        if len(states) > 2 * len(known):
            continue
        matched = known & states.keys()
        if len(matched) < _MIN_TABLE or 2 * len(matched) < len(states):
            continue
        stated: list[JSONValue] = []
        for record, ident in zip(head, ids, strict=True):
            state = states.get(ident) if ident is not None else None
            if isinstance(record, dict) and state is not None and record_state(record) is None:
                stated.append({**record, "online": state})
            else:
                stated.append(record)
        return stated + records[_MAX_RECORDS:]
    return None


def give_document_states(data: JSONValue, depth: int = 1) -> JSONValue:
    """Return an answer whose lists' records take the states a sibling map names.

    The maps and the list are values of one object: the answer itself or an object it
    wraps them in (``{data: {cameras, status}}``); other answers are returned as they are.
    """
    if not isinstance(data, dict) or len(data) > _MAX_DOCUMENT_FIELDS:
        return data
    maps = [
        states
        for key, value in data.items()
        if _state_map_name(key) and (states := _map_states(value)) is not None
    ][:_MAX_TABLES]
    found: dict[str, JSONValue] = {}
    for key, value in data.items():
        if maps and isinstance(value, list):
            if (stated := _stated_list(value, maps)) is not None:
                found[key] = stated
        elif depth > 0 and isinstance(value, dict):
            if (inner := give_document_states(value, depth - 1)) is not value:
                found[key] = inner
    return {**data, **found} if found else data
