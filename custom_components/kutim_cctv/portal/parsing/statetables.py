"""Tables of camera states a page script keeps beside the cameras its markup shows.

A webcam page may render its players in markup and write each camera's state in a
script, keyed by the camera's key: ``var camStatus = {"sawur_puncak": {"cameraOn": true,
"cameraOnline": true}, …}``. Such a table gives the state of each camera of the page
whose id is one of its keys. A table is an object of two or more entries, each an object
of a few plain values (flags, numbers, short words) that reads as a state the way a
camera record's own fields do; an entry holding an address, a nested object or a list is
a record of something else. It is used only when two or more of the page's cameras, and
at least half of its keys, match; a camera that states its own state keeps it.

The work is bounded: at most ``_MAX_VALUES`` data values, tables of at most
``_MAX_TABLE`` entries of at most ``_MAX_ENTRY_FIELDS`` fields are read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..fieldurls import looks_like_url
from ..normalise import record_state
from ..values import JSONValue

__all__ = ["give_states", "state_tables"]

_MAX_VALUES = 200
_MAX_TABLES = 8
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
    for value in entry.values():
        if isinstance(value, str):
            if len(value) > _MAX_WORD or looks_like_url(value):
                return False
        elif value is not None and not isinstance(value, bool | int | float):
            return False
    return True


def _table(value: JSONValue) -> dict[str, bool] | None:
    """Return a table's state per key, or None when value is no state table."""
    if not isinstance(value, dict) or not _MIN_TABLE <= len(value) <= _MAX_TABLE:
        return None
    states: dict[str, bool] = {}
    for key, entry in value.items():
        if len(key) > _MAX_KEY or not _plain_entry(entry):
            return None
        assert isinstance(entry, dict)
        state = record_state(entry)
        if state is None:
            return None
        states[key] = state
    return states


def state_tables(values: Iterable[JSONValue]) -> list[dict[str, bool]]:
    """Return the state tables among a page's script data values."""
    tables: list[dict[str, bool]] = []
    for number, value in enumerate(values):
        if number >= _MAX_VALUES or len(tables) >= _MAX_TABLES:
            break
        if (table := _table(value)) is not None:
            tables.append(table)
    return tables


def give_states(items: Sequence[JSONValue], tables: Sequence[dict[str, bool]]) -> None:
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
        matched = ids & table.keys()
        if len(matched) < _MIN_TABLE or 2 * len(matched) < len(table):
            continue
        for item, item_id in keyed:
            if item_id in table and not any(key in item for key in _STATE_KEYS):
                item["online"] = table[item_id]
        return
