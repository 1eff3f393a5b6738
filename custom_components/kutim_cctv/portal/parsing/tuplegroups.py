"""Named groups holding their cameras as positional tuples.

A camera wall's data file or a travel app's place list writes each group (a region keyed
by its slug, a place of a list) as an object with its own title and a list of bare
arrays, one per camera::

    {"sangatta": {"title": "Sangatta Utara", "cams": [
        ["Simpang Tiga", "https://…/aux14605.jpeg"],
        ["Polder Ilham", "https://…/aux16213.jpeg", "polder-ilham"]]}}
    [{name: "Pantai Teluk Lingga", lat, lng, cams: [["https://…/playlist.m3u8", "Simpang"]]}]

Each array is read by what its values look like (``row_item``: the media address by its
kind, the first name-like text the name, ``row_columns`` for a repeating area or a last
id column) and becomes a record of the group, so the group is read as a group holding
records (its title names their area, as for a place's own camera records). A trailing
slug after the media (``"polder-ilham"``: lowercase words joined by hyphens or
underscores, distinct across the list) is the camera's anchor on the wall: its id.

A table (rows beside the header naming their cells, ``tabular``) is read by its header
instead. Only lists whose arrays carry a media address are read so: a shop's ``[product,
price]`` rows, a place's parking ``[id, name]`` pairs, a dashboard's ``[camera, true]``
flags and a demo's ``[label, "clip.mp4"]`` (a recorded file, no live address) stay as
they were. Beside such groups, a group holding no list and no media address at all (a
vendor embed's placeholders ``<div cam='74'>`` with its script and style assets) is no
camera group and is left out; a group with an address of its own is kept.

The work is bounded: only the answer's own groups (its values, or its entries) are
looked at, at most ``_MAX_GROUPS`` of them, ``_MAX_LISTS`` lists a group and
``MAX_CAMERAS`` arrays a list; an array has 2 to ``_MAX_CELLS`` plain cells.
"""

from __future__ import annotations

import re

from ..fieldurls import url_kind
from ..models import MAX_CAMERAS
from ..normalise import row_columns, row_item, shared_code_columns, with_row_columns
from ..values import JSONObject, JSONValue
from .tabular import table_items

_MAX_GROUPS = 500
_MAX_LISTS = 8
_MAX_CELLS = 8
_MAX_LOOK = 50
_MAX_DEPTH = 3
_MAX_STRINGS = 200
_ABSOLUTE = ("http://", "https://", "rtsp://", "rtsps://", "//")
_MEDIA_KINDS = frozenset({"stream", "still", "mjpeg"})
# A wall's anchor slug: lowercase words joined by hyphens or underscores.
_SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+){1,7}")
_MAX_SLUG = 64
_MEDIA_TEXT = re.compile(
    r"\.(?:m3u8|mpd|mjpe?g|jpe?g|png|webp)\b|^rtsps?://|<(?:img|video|source|iframe)\b",
    re.IGNORECASE,
)


def _media_cell(value: JSONValue) -> bool:
    """Return True for an absolute (or protocol-relative) address of live media or a still."""
    if not isinstance(value, str):
        return False
    text = value.strip()
    if not text.lower().startswith(_ABSOLUTE):
        return False
    probe = "https:" + text if text.startswith("//") else text
    return url_kind(probe) in _MEDIA_KINDS


def _tuple_row(value: JSONValue) -> bool:
    """Return True for a bare array of 2 to ``_MAX_CELLS`` plain cells (no object, no list)."""
    return (
        isinstance(value, list)
        and 2 <= len(value) <= _MAX_CELLS
        and all(not isinstance(cell, dict | list) for cell in value)
    )


def _tuple_list(value: JSONValue) -> bool:
    """Return True for a list of camera tuples: plain arrays, half of them with media."""
    if not isinstance(value, list) or not value:
        return False
    looked = value[:_MAX_LOOK]
    if not all(map(_tuple_row, looked)):
        return False
    media = sum(1 for row in looked if isinstance(row, list) and any(map(_media_cell, row)))
    return 2 * media >= len(looked)


def _slug_ids(rows: list[list[JSONValue]]) -> list[str | None]:
    """Return each row's trailing anchor slug (after its media), when distinct in the list."""
    slugs: list[str | None] = []
    for row in rows:
        last = row[-1]
        media_at = next((at for at, cell in enumerate(row) if _media_cell(cell)), None)
        slug = last.strip() if isinstance(last, str) else ""
        good = (
            media_at is not None
            and media_at < len(row) - 1
            and len(slug) <= _MAX_SLUG
            and _SLUG.fullmatch(slug) is not None
        )
        slugs.append(slug if good else None)
    found = [slug for slug in slugs if slug is not None]
    if len(set(found)) < len(found):
        return [None] * len(rows)  # a value rows repeat is a kind or a place, no anchor
    return slugs


def _records(value: list[JSONValue]) -> list[JSONValue]:
    """Return a list of camera tuples as records (rows without a name stay out)."""
    rows = [row for row in value[:MAX_CAMERAS] if isinstance(row, list)]
    shared = shared_code_columns(list(rows))
    columns = row_columns(list(rows))
    records: list[JSONValue] = []
    for row, slug in zip(rows, _slug_ids(rows), strict=True):
        item = row_item(row, shared)
        if item is None:
            continue
        with_row_columns(item, row, columns)
        if slug is not None and "id" not in item:
            item["id"] = slug
        records.append(item)
    return records


def _carries_media(value: JSONValue, depth: int, budget: list[int]) -> bool:
    """Return True when a value holds a media address or markup showing media."""
    if budget[0] <= 0 or depth < 0:
        return False
    if isinstance(value, str):
        budget[0] -= 1
        return _MEDIA_TEXT.search(value[:4000]) is not None
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return any(_carries_media(v, depth - 1, budget) for v in value[:_MAX_LOOK])
    return False


def _group(value: JSONValue) -> JSONObject | None:
    """Return a group with its camera tuples read as records, or None when it holds none."""
    if not isinstance(value, dict) or table_items(value) is not None:
        return None  # a table's rows are named by its header (``tabular``)
    lists = [key for key, inner in value.items() if isinstance(inner, list)][:_MAX_LISTS]
    tuples = [key for key in lists if _tuple_list(value[key])]
    if not tuples:
        return None
    group = dict(value)
    for key in tuples:
        listed = value[key]
        assert isinstance(listed, list)
        group[key] = _records(listed)
    return group


def _no_camera_group(value: JSONValue) -> bool:
    """Return True for a group object holding no list and no media address at all."""
    if not isinstance(value, dict) or any(isinstance(v, list) for v in value.values()):
        return False
    return not _carries_media(value, _MAX_DEPTH, [_MAX_STRINGS])


def tuple_group_records(data: JSONValue) -> JSONValue:
    """Return an answer whose groups' camera tuples are read as records (see module)."""
    if isinstance(data, dict) and 0 < len(data) <= _MAX_GROUPS:
        read = {key: _group(value) for key, value in data.items()}
        if not any(group is not None for group in read.values()):
            return data
        return {
            key: group if group is not None else value
            for (key, value), group in zip(data.items(), read.values(), strict=True)
            if group is not None or not _no_camera_group(value)
        }
    if isinstance(data, list) and 0 < len(data) <= _MAX_GROUPS:
        groups = [_group(value) for value in data]
        if not any(group is not None for group in groups):
            return data
        return [
            group if group is not None else value for value, group in zip(data, groups, strict=True)
        ]
    return data
