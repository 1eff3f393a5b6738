"""Script records assigned one at a time into a variable by a written key.

A page (often a server template's loop) may fill an array or object record by record
instead of writing it whole: ``var cctv_link = []; cctv_link[7] = {id, nama, hls};``,
``webcams["north-pier"] = {name, img};``. The records a variable is given this way, two
or more, read as one object keyed by those keys: the keyed-object reader then takes each
record as a camera, its key as its id unless it names its own. Keys that are only the
records' positions (``cams[0]``, ``cams[1]``…, or from 1) are no ids: those records read
as the list they fill, as if written ``[{…}, {…}]``. Only a written key (a whole number or
a quoted string) counts; a key computed by code (``stok[i.id] = {…}``) is a loop's
working data, never read. Each record is looked for within ``_MAX_RECORD`` characters of
its assignment; the records not closing there (too long, or never closed) may cost scans
of the script's length and ``_MAX_UNCLOSED`` windows more, and the rest of a script
past that budget is not read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import MAX_CAMERAS
from .javascript import LazyConstants, _balanced_end, _json_or_js, _skipped

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..values import JSONValue

_ASSIGNED = re.compile(
    r"(?<![\w$.\]])([A-Za-z_$][\w$]{0,63})\s*\[\s*"
    r"(?:(\d{1,9})|\"([^\"\\\n]{1,64})\"|'([^'\\\n]{1,64})')"
    r"\s*\]\s*=\s*(?=\{)"
)
# The assignments looked at in one script, and the variables keeping records.
_MAX_ASSIGNMENTS = 2 * MAX_CAMERAS
_MAX_OWNERS = 64
# The characters a record may span. Each record not closing within them costs a scan of
# at most _MAX_RECORD characters; once such scans pass the script's length and
# _MAX_UNCLOSED windows more, the rest of the script is left (the work stays linear).
_MAX_RECORD = 16_000
_MAX_UNCLOSED = 16
# A key that is a position in an array: a whole number without leading zeros.
_POSITION = re.compile(r"0|[1-9][0-9]{0,8}")


def indexed_records(script: str, skip: Sequence[tuple[int, int]] = ()) -> list[JSONValue]:
    """Return, per variable given two or more records by written keys, those records.

    Literals inside the skip spans (read by another reader) are left out; the first
    record given a key keeps it.
    """
    if "]" not in script or "{" not in script:
        return []
    owners: dict[str, dict[str, JSONValue]] = {}
    strings = LazyConstants(script)
    position = 0
    budget = len(script) + _MAX_UNCLOSED * _MAX_RECORD
    for _attempt in range(_MAX_ASSIGNMENTS):
        match = _ASSIGNED.search(script, position)
        if match is None:
            break
        position = match.end()
        if (skipped := _skipped(match.start(), skip)) is not None:
            position = max(skipped, position)
            continue
        start = match.end()
        window = script[start : start + _MAX_RECORD]
        length = _balanced_end(window, 0)
        if length is None:
            budget -= len(window)
            if budget < 0:
                break
            continue
        end = position = start + length
        value = _json_or_js(script[start:end], lenient=True, strings=strings)
        if not isinstance(value, dict) or not value:
            continue
        owner = match.group(1)
        if owner not in owners and len(owners) >= _MAX_OWNERS:
            continue
        records = owners.setdefault(owner, {})
        key = match.group(2) or match.group(3) or match.group(4)
        if len(records) < MAX_CAMERAS:
            records.setdefault(key, value)
    return [_listed(records) for records in owners.values() if len(records) >= 2]


def _listed(records: dict[str, JSONValue]) -> JSONValue:
    """Return a variable's records: a list when their keys are only their positions.

    Keys running 0..n-1 or 1..n (``cams[0] = {…}; cams[1] = {…};``) change when a record
    is added or removed, so they are no ids; the records are then a list in key order.
    Any other keys (``cctv_link[7]``, ``cctv_link[13]``; ``webcams["north-pier"]``) keep
    the records keyed by them.
    """
    if not all(_POSITION.fullmatch(key) for key in records):
        return records
    numbers = sorted(map(int, records))
    if numbers[0] > 1 or numbers[-1] != numbers[0] + len(numbers) - 1:
        return records
    return [records[str(number)] for number in numbers]
