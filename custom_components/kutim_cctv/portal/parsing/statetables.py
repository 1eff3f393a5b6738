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

The work is bounded: at most ``_MAX_VALUES`` data values, tables of at most
``_MAX_TABLE`` entries of at most ``_MAX_ENTRY_FIELDS`` fields are looked at, and an
entry's state is read only for a table whose keys are the page's camera ids.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..fieldurls import looks_like_url
from ..normalise import record_state
from ..values import JSONValue

__all__ = ["give_states", "state_tables"]

_MAX_VALUES = 200
_MAX_TABLES = 32
_MAX_TABLE = 2000
_MIN_TABLE = 2
_MAX_ENTRY_FIELDS = 12
_MAX_WORD = 40
_MAX_KEY = 64
_STATE_KEYS = ("online", "status", "state")


def _plain_entry(entry: JSONValue) -> bool:
    """Return True for a state entry: a small object of flags, numbers and short words."""
    if not isinstance(entry, dict) or not 0 < len(entry) <= _MAX_ENTRY_FIELDS:
        return False
    for key, value in entry.items():
        if isinstance(value, str):
            if len(value) > _MAX_WORD or looks_like_url(value):
                return False
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
