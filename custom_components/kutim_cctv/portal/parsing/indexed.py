"""Script records assigned one at a time into a variable by a written key.

A page (often a server template's loop) may fill an array or object record by record
instead of writing it whole: ``var cctv_link = []; cctv_link[7] = {id, nama, hls};``,
``webcams["north-pier"] = {name, img};``. The records a variable is given this way, two
or more, read as one object keyed by those keys: the keyed-object reader then takes each
record as a camera, its key as its id unless it names its own. Only a written key (a
whole number or a quoted string) counts; a key computed by code (``stok[i.id] = {…}``)
is a loop's working data, never read.
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


def indexed_records(script: str, skip: Sequence[tuple[int, int]] = ()) -> list[JSONValue]:
    """Return, per variable given two or more records by written keys, those records keyed.

    Literals inside the skip spans (read by another reader) are left out; the first
    record given a key keeps it.
    """
    if "]" not in script or "{" not in script:
        return []
    owners: dict[str, dict[str, JSONValue]] = {}
    strings = LazyConstants(script)
    position = 0
    for _attempt in range(_MAX_ASSIGNMENTS):
        match = _ASSIGNED.search(script, position)
        if match is None:
            break
        position = match.end()
        if (skipped := _skipped(match.start(), skip)) is not None:
            position = max(skipped, position)
            continue
        end = _balanced_end(script, match.end())
        if end is None:
            continue
        position = end
        value = _json_or_js(script[match.end() : end], lenient=True, strings=strings)
        if not isinstance(value, dict) or not value:
            continue
        owner = match.group(1)
        if owner not in owners and len(owners) >= _MAX_OWNERS:
            continue
        records = owners.setdefault(owner, {})
        key = match.group(2) or match.group(3) or match.group(4)
        if len(records) < MAX_CAMERAS:
            records.setdefault(key, value)
    found: list[JSONValue] = [records for records in owners.values() if len(records) >= 2]
    return found
