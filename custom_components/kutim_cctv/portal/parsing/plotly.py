"""Plotly map traces read as one record per point.

A plotly.js map trace (``scattermapbox``, ``scattermap``, ``scattergeo``; Plotly
Express writes the same) keeps its points in columns: ``lat[i]``, ``lon[i]``,
``text[i]`` or ``hovertext[i]`` (the names), ``ids[i]`` and ``customdata[i]``, a row
of further values whose meaning only the ``hovertemplate`` tells
(``camera_id=%{customdata[0]}``, ``Kecamatan: %{customdata[1]}``). Each point becomes
one object with those labels as its keys; values no label names keep their place
(``customdata_2``) and are still read by what they hold (a URL).
"""

from __future__ import annotations

import itertools
import re

from ..models import MAX_CAMERAS
from ..values import JSONObject, JSONValue

__all__ = ["plotly_records"]

_MAX_TRACES = 64
_MAX_POINTS = 2 * MAX_CAMERAS
_MAX_ROW = 32
_MAX_TEMPLATE = 4000
# ``label=%{customdata[0]}`` or ``Label: %{customdata[1]}``, after a tag or a line start.
_LABELLED = re.compile(r"(?:^|>|\n)\s*([^<>=:%{}\n]{1,40}?)\s*[:=]\s*%\{customdata\[(\d{1,2})\]")
_MAP_TRACES = frozenset(
    {"scattermapbox", "scattermap", "scattergeo", "densitymapbox", "densitymap"}
)


def _columns(trace: JSONObject) -> bool:
    """Return True for a map trace: a map type, or lat and lon columns without a type."""
    kind = trace.get("type")
    if not isinstance(trace.get("lat"), list) or not isinstance(trace.get("lon"), list):
        return False
    return kind is None or (isinstance(kind, str) and kind.lower() in _MAP_TRACES)


def _labels(template: JSONValue) -> dict[int, str]:
    """Return the hovertemplate's label for each customdata column it shows."""
    if not isinstance(template, str):
        return {}
    labels: dict[int, str] = {}
    for match in _LABELLED.finditer(template[:_MAX_TEMPLATE]):
        label = match.group(1).strip()
        if label and not label.startswith("%"):
            labels.setdefault(int(match.group(2)), label)
    return labels


def _at(column: JSONValue, index: int) -> JSONValue:
    """Return a column's value at index, or None."""
    if isinstance(column, list) and index < len(column):
        return column[index]
    return None


def _trace_records(trace: JSONObject, room: int) -> list[JSONValue]:
    """Return one object per point of a map trace (at most room)."""
    lat, lon = trace.get("lat"), trace.get("lon")
    assert isinstance(lat, list) and isinstance(lon, list)
    labels = _labels(trace.get("hovertemplate"))
    names = trace.get("hovertext") if isinstance(trace.get("hovertext"), list) else None
    names = names if names is not None else trace.get("text")
    custom, ids = trace.get("customdata"), trace.get("ids")
    records: list[JSONValue] = []
    for index in range(min(len(lat), len(lon), room)):
        record: JSONObject = {"lat": lat[index], "lon": lon[index]}
        row = _at(custom, index)
        if isinstance(row, dict):
            record.update(list(itertools.islice(row.items(), _MAX_ROW)))
        elif isinstance(row, list):
            for column, value in enumerate(row[:_MAX_ROW]):
                record.setdefault(labels.get(column, f"customdata_{column}"), value)
        elif row is not None:
            record.setdefault(labels.get(0, "customdata"), row)
        if isinstance(name := _at(names, index), str) and "name" not in record:
            record["name"] = name
        if isinstance(ident := _at(ids, index), str | int) and "id" not in record:
            record["id"] = ident
        records.append(record)
    return records


def plotly_records(value: JSONValue) -> list[JSONValue] | None:
    """Return the points of the Plotly map traces a value is or holds, else None.

    A value is a trace, a list of traces or a figure (``{data: [traces], layout}``).
    """
    traces: list[JSONValue]
    if isinstance(value, dict):
        data = value.get("data")
        traces = data if isinstance(data, list) and "layout" in value else [value]
    elif isinstance(value, list):
        traces = value
    else:
        return None
    records: list[JSONValue] = []
    found = False
    for trace in traces[:_MAX_TRACES]:
        if isinstance(trace, dict) and _columns(trace):
            found = True
            records.extend(_trace_records(trace, _MAX_POINTS - len(records)))
    return records if found else None
