"""Tabular JSON: a header list naming the cells of positional rows.

Data portals, spreadsheets and table widgets publish camera lists as a table rather than
a list of objects:

* ``cols``/``columns``/``fields``/``header`` next to ``rows``/``data``/``values``
  (pandas' ``split`` orient, DataTables answers, hand-written APIs), with column names
  as text or as objects (``{name}``, ``{label}``, ``{title}``, ``{fieldName}``), and
  DataTables 1.9's comma-separated ``sColumns`` next to ``aaData``;
* Socrata views (``meta.view.columns[].fieldName`` and ``data``), whose hidden
  ``meta_data`` columns keep their place in every row;
* the Google Sheets API (``values``, the first row naming the columns);
* Google Visualization answers (``table: {cols: [{label}], rows: [{c: [{v}]}]}``,
  usually wrapped in ``setResponse(…)``);
* Smartsheet sheets (``columns: [{id, title}]``, ``rows: [{cells: [{columnId, value}]}]``),
  whose cells name their column by id rather than by place; a hyperlink cell's address
  is its value.

Each row becomes an object keyed by its column names, which the ordinary item reader
then reads like any other list: every column counts (id, area, coordinates, status),
not only a name and a URL. Work is bounded: at most ``MAX_COLUMNS`` columns and
``MAX_ROWS`` rows are read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
import itertools
import re

from ..aliases import ALIAS_KEYS
from ..fieldurls import looks_like_url
from ..values import JSONObject, JSONValue, index_keys, norm_key

__all__ = ["MAX_COLUMNS", "MAX_ROWS", "header_rows", "table_items"]

MAX_COLUMNS = 256
MAX_ROWS = 5000
_MAX_NAME = 64
_HEADER_KEYS = (
    *("cols", "columns", "fields", "header", "headers", "headings", "column_names"),
    "s_columns",  # DataTables 1.9: "sColumns": "id,nama,…" (one comma-separated string)
    "col_headers",  # Handsontable's column titles: {colHeaders: ['Nama', …], data: [[…]]}
)
_ROW_KEYS = ("rows", "data", "values", "records", "items", "aa_data")
# Column objects name their column under one of these, best first.
_COLUMN_NAME_KEYS = ("field_name", "label", "title", "name", "data", "id", "key")
_SEARCH_DEPTH = 2
_SEARCH_WIDTH = 50

type Header = list[str | None]


# A query tool's semantic column types naming a column's role whatever its name (Metabase
# ``semantic_type: "type/Latitude"`` on a column called ``breite``).
_SEMANTIC_COLUMNS = {"type/latitude": "latitude", "type/longitude": "longitude"}
# A Google Visualization date or datetime literal (ERDDAP's ``.dataTable`` times).
_DATE_LITERAL = re.compile(
    r"Date\((\d{4}), ?(\d{1,2}), ?(\d{1,2})(?:, ?(\d{1,2}), ?(\d{1,2}), ?(\d{1,2})(?:, ?\d{1,3})?)?\)"
)
_MAX_DATE = 48
# A header row names the columns when at least this many of its cells are known fields.
_MIN_HEADER_FIELDS = 2


def _column_name(column: JSONValue) -> str | None:
    """Return a column's name: the text itself, or the naming field of a column object."""
    if isinstance(column, str):
        name = column.strip()
        return name[:_MAX_NAME] if name else None
    if not isinstance(column, dict):
        return None
    index = index_keys(column)
    semantic = index.get("semantic_type")
    if isinstance(semantic, str) and semantic.lower() in _SEMANTIC_COLUMNS:
        return _SEMANTIC_COLUMNS[semantic.lower()]
    kind = index.get("data_type_name")
    field = index.get("field_name")
    if kind == "meta_data" or (isinstance(field, str) and field.startswith(":")):
        return None  # Socrata's hidden row metadata (:sid, :id, :created_at…)
    for key in _COLUMN_NAME_KEYS:
        value = index.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[:_MAX_NAME]
    return None


def _header(columns: JSONValue) -> Header | None:
    """Return the column names of a header list, None for each unnamed column."""
    if not isinstance(columns, list) or len(columns) < 2:
        return None
    if not all(isinstance(column, str | dict) for column in columns[:MAX_COLUMNS]):
        return None
    names = [_column_name(column) for column in columns[:MAX_COLUMNS]]
    return names if sum(name is not None for name in names) >= 2 else None


def _visualization_date(value: JSONValue) -> JSONValue:
    """Return a Visualization date literal (``Date(2026, 11, 5, 12, 0, 0)``) in ISO form.

    Its month counts from 0, as JavaScript's does; other values are returned as they are.
    """
    if not isinstance(value, str) or not value.startswith("Date(") or len(value) > _MAX_DATE:
        return value
    if (date := _DATE_LITERAL.fullmatch(value)) is None:
        return value
    year, month, day, hour, minute, second = (int(part or 0) for part in date.groups())
    return f"{year:04d}-{month + 1:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"


def _cell(value: JSONValue) -> JSONValue:
    """Return a cell's value: a Visualization cell's ``v``, a Socrata link's URL."""
    if isinstance(value, dict) and set(value) <= {"v", "f", "p"}:
        return _visualization_date(value.get("v"))
    if isinstance(value, list) and value and isinstance(value[0], str):
        if looks_like_url(value[0]):
            return value[0]  # Socrata url cells: [url, description]
    return value


def _row_cells(row: JSONValue) -> list[JSONValue] | None:
    """Return the cells of one row: a list, or a Visualization row ``{c: [...]}``."""
    if isinstance(row, list):
        return row
    if isinstance(row, dict) and isinstance(cells := row.get("c"), list):
        return cells
    return None


type _Pairs = Callable[[JSONValue], Iterable[tuple[str | None, JSONValue]] | None]
"""A row's (column name, value) pairs, None when the value is no row of the table."""


def _objects(rows: JSONValue, pairs: _Pairs) -> list[JSONValue] | None:
    """Return rows as objects keyed by column name, or None if most are not rows.

    The first 50 rows decide; a column named twice keeps its first value.
    """
    if not isinstance(rows, list) or not rows:
        return None
    sample = rows[:50]
    if 2 * sum(pairs(row) is not None for row in sample) < len(sample):
        return None
    items: list[JSONValue] = []
    for row in rows[:MAX_ROWS]:
        found = pairs(row)
        if found is None:
            continue
        item: JSONObject = {}
        for name, value in found:
            if name is not None and name not in item:
                item[name] = value
        if item:
            items.append(item)
    return items


def _rows(header: Header, rows: JSONValue) -> list[JSONValue] | None:
    """Return positional rows as objects keyed by the header, or None if they are not rows."""

    def pairs(row: JSONValue) -> Iterable[tuple[str | None, JSONValue]] | None:
        cells = _row_cells(row)
        if cells is None:
            return None
        return (
            (name, _cell(value)) for name, value in zip(header, cells[:MAX_COLUMNS], strict=False)
        )

    return _objects(rows, pairs)


def _column_ids(columns: JSONValue, header: Header) -> dict[int | str, str] | None:
    """Return column names by the columns' own ids (Smartsheet), or None."""
    if not isinstance(columns, list):
        return None
    named: dict[int | str, str] = {}
    for column, name in zip(columns[:MAX_COLUMNS], header, strict=False):
        if not isinstance(column, dict) or name is None:
            continue
        column_id = column.get("id")
        if isinstance(column_id, int | str) and not isinstance(column_id, bool):
            named.setdefault(column_id, name)
    return named or None


def _keyed_cell(cell: JSONObject) -> JSONValue:
    """Return the value of a Smartsheet cell: a hyperlink's address, else its value."""
    link = cell.get("hyperlink")
    if isinstance(link, dict) and isinstance(url := link.get("url"), str) and looks_like_url(url):
        return url
    value = cell.get("value")
    return cell.get("displayValue") if value is None else value


def _keyed_rows(named: dict[int | str, str], rows: JSONValue) -> list[JSONValue] | None:
    """Return rows whose ``cells`` name their column by ``columnId`` as named objects."""

    def pairs(row: JSONValue) -> Iterable[tuple[str | None, JSONValue]] | None:
        cells = row.get("cells") if isinstance(row, dict) else None
        if not isinstance(cells, list):
            return None
        return (
            (named.get(column_id), _keyed_cell(cell))
            for cell in cells[:MAX_COLUMNS]
            if isinstance(cell, dict)
            and isinstance(column_id := cell.get("columnId", cell.get("column_id")), int | str)
            and not isinstance(column_id, bool)
        )

    return _objects(rows, pairs)


def _sheet_values(obj: dict[str, JSONValue]) -> list[JSONValue] | None:
    """Return the rows of a Google Sheets ``values`` answer, its first row the header."""
    values = obj.get("values")
    if not isinstance(values, list) or len(values) < 2 or not isinstance(values[0], list):
        return None
    if not all(isinstance(cell, str) for cell in values[0]):
        return None
    if "range" not in obj and "major_dimension" not in obj:
        return None  # a bare "values" list is no sheet
    header = _header(values[0])
    return _rows(header, values[1:]) if header is not None else None


def header_rows(rows: JSONValue) -> list[JSONValue] | None:
    """Return rows whose first row is the header (Apps Script ``getValues()``), else None.

    The first row is a header when all its cells are short texts, none an address and at
    least two of them known field names (``Sekolah``, ``Titik Kamera``, ``Status``), and
    the rows after it are lists; a first row naming a camera is no header.
    """
    if not isinstance(rows, list) or len(rows) < 2 or not isinstance(rows[0], list):
        return None
    first = rows[0][: MAX_COLUMNS + 1]
    if not 2 <= len(first) <= MAX_COLUMNS:
        return None
    if not all(isinstance(cell, str) and 0 < len(cell.strip()) <= _MAX_NAME for cell in first):
        return None
    texts = [cell for cell in first if isinstance(cell, str)]
    if any(looks_like_url(text) for text in texts):
        return None
    if sum(norm_key(text) in ALIAS_KEYS for text in texts) < _MIN_HEADER_FIELDS:
        return None
    if not all(isinstance(row, list) for row in rows[1:51]):
        return None
    header = _header(list[JSONValue](texts))
    return _rows(header, rows[1:]) if header is not None else None


def _table(obj: dict[str, JSONValue]) -> list[JSONValue] | None:
    """Return the rows of one object holding a table, or None."""
    meta = obj.get("meta")
    if isinstance(meta, dict) and isinstance(view := index_keys(meta).get("view"), dict):
        header = _header(index_keys(view).get("columns"))
        if header is not None and (items := _rows(header, obj.get("data"))) is not None:
            return items
    for header_key in _HEADER_KEYS:
        columns = obj.get(header_key)
        if header_key == "s_columns" and isinstance(columns, str):
            columns = list(columns[: MAX_COLUMNS * _MAX_NAME].split(",", MAX_COLUMNS))
        header = _header(columns)
        if header is None:
            continue
        named = _column_ids(columns, header)
        if named is not None and (items := _keyed_rows(named, obj.get("rows"))) is not None:
            return items
        for row_key in _ROW_KEYS:
            if row_key in obj and (items := _rows(header, obj[row_key])) is not None:
                return items
    if (items := _sheet_values(obj)) is not None:
        return items
    for row_key in _ROW_KEYS:
        if row_key == "values":
            continue  # a bare "values" list is a sheet only with its range (above)
        if (items := header_rows(obj.get(row_key))) is not None:
            return items
    return None


def table_items(data: JSONValue) -> list[JSONValue] | None:
    """Return the rows of a tabular JSON answer as objects, or None when it holds no table.

    The table may be the answer itself or sit in an object inside it (``table``,
    ``data``, ``result``…), at most two levels down.
    """
    if (items := header_rows(data)) is not None:
        return items  # a bare list of rows under its header row
    level: list[JSONValue] = [data]
    for _depth in range(_SEARCH_DEPTH + 1):
        following: list[JSONValue] = []
        for value in level:
            if not isinstance(value, dict):
                continue
            if (items := _table(index_keys(value))) is not None:
                return items
            following.extend(
                v for v in itertools.islice(value.values(), _SEARCH_WIDTH) if isinstance(v, dict)
            )
        level = following[:_SEARCH_WIDTH]
    return None
