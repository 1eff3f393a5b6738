"""Delimited text: CSV and TSV camera lists (open-data downloads, spreadsheet exports).

A header row names the columns; every following row becomes an object keyed by those
names, which the ordinary item reader then reads like a JSON list (id, name, area,
coordinates, media, status). Commas, semicolons, tabs and pipes delimit; quoted cells
may hold delimiters, doubled quotes and line breaks; CRLF and a byte order mark are
accepted. A cell holding a list of quoted texts (a JSON array, or a Python list an
export script printed: ``['…/cam.jpg', '…/playlist.m3u8']``) is that list; an empty list
is an empty cell.

A body is read as delimited text only when it really is a table: it does not open like
JSON, markup, a playlist or a script, its header is a row of short column names, and
its first rows have the header's number of cells.

Spreadsheet exports (a sheet published as CSV or TSV) may put a few title lines above
the header: rows holding at most one cell (a title, an update date) before it are
passed over. A sheet whose area cells were merged over their group's rows exports the
area on the group's first row only: an empty cell of an area column (kecamatan,
district, ward…) takes the value above it, as the merged cell showed it. Only a column
written like merged cells is filled down: its first row holds a value and no value is
written on two rows in a row (a merged cell writes it once). A column written row by row
(an export's sparse ``county`` or ``district``, empty on its first row or repeating a
value on the next row) leaves an empty cell empty.

A scientific data server's table answers (ERDDAP tabledap ``.csv``/``.tsv``) write the
variables' units on the row under the header (empty cells, ``degrees_north``,
``degrees_east``, ``UTC``): that row is no record. Its NCCSV answer (``.nccsv``) opens
with attribute lines (``*GLOBAL*,title,…``, ``station,cf_role,timeseries_id``) closed by
``*END_METADATA*``, and ends its data with ``*END_DATA*``: the table between them is read,
and the variable whose ``cf_role`` identifies a time series, trajectory or profile gives
each record its id. Work is bounded: at most
``MAX_ROWS`` rows, ``MAX_COLUMNS`` columns and ``MAX_CELL`` characters per cell are
read, and the text itself is cut at ``MAX_TEXT`` characters.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
from typing import TYPE_CHECKING

from ..aliases import AREA_KEYS
from ..errors import PortalFormatError
from ..models import ParseResult, PortalFormat
from ..normalise import Context, Notes, normalise_items
from ..values import JSONObject, JSONValue, media_column, norm_key
from .items import _capped_result, _plain

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ["MAX_CELL", "MAX_COLUMNS", "MAX_ROWS", "looks_like_delimited", "parse_delimited"]

MAX_ROWS = 5000
MAX_COLUMNS = 256
MAX_CELL = 4096
MAX_TEXT = 8_000_000
_MAX_HEADER = 64
_SAMPLE = 65536
_SAMPLE_ROWS = 20
_DELIMITERS = ("\t", ";", ",", "|")
# Title lines a spreadsheet export may put above its header (one cell each, at most).
_MAX_PREAMBLE = 6
_AREAS = frozenset(AREA_KEYS)
# Characters a column name never holds: JSON, markup, scripts, assignments.
_NOT_HEADER = re.compile(r"[{}\[\]<>=]|://")
_LETTER = re.compile(r"[^\W\d_]")


# A cell holding a list of quoted texts: a JSON array (``["a.jpg", "b.m3u8"]``) or a
# Python list as a script printed it (``['a.jpg', 'b.m3u8']``).
_QUOTED = r"""(?:"[^"\\]*"|'[^'\\]*')"""
_LIST_CELL = re.compile(rf"\[\s*(?:{_QUOTED}\s*(?:,\s*{_QUOTED}\s*)*)?\]")
_QUOTED_TEXT = re.compile(r"""["']([^"'\\]*)["']""")
_MAX_LIST_ENTRIES = 20


def _cell_value(value: str) -> JSONValue:
    """Return a cell's value: a list cell becomes the list of its texts (empty: none)."""
    if not (value.startswith("[") and value.endswith("]")) or not _LIST_CELL.fullmatch(value):
        return value
    return [text.strip() for text in _QUOTED_TEXT.findall(value)[:_MAX_LIST_ENTRIES]]


def _reader(text: str, delimiter: str) -> Iterator[list[str]]:
    """Return a CSV reader over text with the given delimiter."""
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)


def _header_ok(cells: list[str]) -> bool:
    """Return True when a row reads like a header: at least two short column names."""
    names = [cell.strip() for cell in cells[:MAX_COLUMNS]]
    if len(names) < 2:
        return False
    if any(len(name) > _MAX_HEADER or _NOT_HEADER.search(name) for name in names):
        return False
    named = [name for name in names if name]
    return len(named) >= 2 and all(_LETTER.search(name) for name in named)


def _filled(row: list[str]) -> int:
    """Return how many cells of a row hold something."""
    return sum(1 for cell in row[:MAX_COLUMNS] if cell.strip())


def _past_preamble(rows: list[list[str]]) -> list[list[str]]:
    """Return the rows from the header on, past at most a few one-cell title lines."""
    for index, row in enumerate(rows[: _MAX_PREAMBLE + 1]):
        if _filled(row) >= 2:
            return rows[index:]
    return rows


def _sample(text: str) -> str:
    """Return the start of the text, cut at a line end when it is long."""
    if len(text) <= _SAMPLE:
        return text
    cut = text.rfind("\n", 0, _SAMPLE)
    return text[: cut if cut > 0 else _SAMPLE]


def _delimiter(text: str) -> str | None:
    """Return the delimiter that makes the text's first rows a table, or None.

    Of the delimiters that give a header and consistent rows, the one giving the most
    columns wins.
    """
    sample = _sample(text)
    best: tuple[int, str] | None = None
    for delimiter in _DELIMITERS:
        try:
            rows = list(itertools.islice(_reader(sample, delimiter), _SAMPLE_ROWS + 1))
        except csv.Error:
            continue
        rows = _past_preamble([row for row in rows if any(cell.strip() for cell in row)])
        if len(rows) < 2 or not _header_ok(rows[0]):
            continue
        width = len(rows[0])
        body = rows[1:]
        if len(body) > 1 and len(text) > len(sample):
            body = body[:-1]  # the sample may cut its last row
        fitting = sum(len(row) == width for row in body)
        if 5 * fitting < 4 * len(body):
            continue
        if best is None or width > best[0]:
            best = (width, delimiter)
    return best[1] if best is not None else None


def _body(text: str) -> tuple[str, list[str]]:
    """Return the table's text without a byte order mark and leading blank lines.

    An NCCSV answer is cut to its data table, with its id variables (see ``_nccsv``);
    any other text has none.
    """
    body = text.lstrip("\ufeff").lstrip("\r\n")
    return _nccsv(body) or (body, [])


# ERDDAP's NCCSV: attribute lines, ``*END_METADATA*``, the table, ``*END_DATA*``.
_NCCSV_START = "*GLOBAL*,"
_END_METADATA = "\n*END_METADATA*"
_END_DATA = "\n*END_DATA*"
_MAX_METADATA_ROWS = 5000
# The roles of a variable identifying the records of a discrete sampling geometry (CF).
_ID_ROLES = frozenset({"timeseries_id", "trajectory_id", "profile_id"})
# The units ERDDAP writes under a latitude and a longitude column (CF).
_POSITION_UNITS = frozenset({"degrees_north", "degrees_east", "degree_north", "degree_east"})


def _nccsv(text: str) -> tuple[str, list[str]] | None:
    """Return an NCCSV answer's data table and its id variables, or None for other text."""
    if not text.startswith(_NCCSV_START):
        return None
    end = text.find(_END_METADATA)
    if end < 0:
        return None
    data = text[end + len(_END_METADATA) :]
    data = data[data.find("\n") + 1 :] if "\n" in data else ""
    if (stop := data.find(_END_DATA)) >= 0 or data.startswith(_END_DATA[1:]):
        data = data[: max(stop, 0)]
    try:
        roles = [
            row[0].strip()
            for row in itertools.islice(_reader(text[:end], ","), _MAX_METADATA_ROWS)
            if len(row) >= 3 and row[1].strip() == "cf_role" and row[2].strip() in _ID_ROLES
        ]
    except csv.Error:
        return None
    return data.lstrip("\r\n"), roles


def _units_row(row: list[str]) -> bool:
    """Return True for a data server's units row (``,,degrees_north,degrees_east,UTC,``)."""
    cells = [cell.strip() for cell in row[:MAX_COLUMNS]]
    return any(cell.lower() in _POSITION_UNITS for cell in cells) and not any(
        "://" in cell for cell in cells
    )


def looks_like_delimited(text: str) -> bool:
    """Return True when a body is a CSV/TSV table with a header row."""
    body, _roles = _body(text[:_SAMPLE])
    stripped = body.lstrip()
    if not stripped or stripped[0] in "{[<#(/'":
        return False
    first_line = stripped.split("\n", 1)[0]
    if _NOT_HEADER.search(first_line):
        return False
    return _delimiter(body) is not None


def delimited_items(text: str) -> list[JSONValue]:
    """Return the rows of a delimited table as objects keyed by the header's names."""
    body, roles = _body(text[:MAX_TEXT])
    delimiter = _delimiter(body)
    if delimiter is None:
        raise PortalFormatError("The portal answer is not a CSV table with a header row")
    items: list[JSONValue] = []
    try:
        rows = _reader(body, delimiter)
        header: list[str | None] | None = None
        preamble = 0
        table: list[list[str]] = []
        for row in rows:
            if not any(cell.strip() for cell in row[:MAX_COLUMNS]):
                continue
            if header is None:
                if _filled(row) < 2 and preamble < _MAX_PREAMBLE:
                    preamble += 1  # a title line above the header
                    continue
                header = [media_column(name.strip()) or None for name in row[:MAX_COLUMNS]]
                continue
            if not table and _units_row(row):
                continue  # the units of the header's variables, no record
            table.append([cell.strip()[:MAX_CELL] for cell in row[:MAX_COLUMNS]])
            if len(table) >= MAX_ROWS:
                break
    except csv.Error as err:
        raise PortalFormatError(f"The portal's CSV table could not be read ({err})") from None
    if header is None:
        return items
    _name_index_column(header, table)
    merged = _merged_columns(header, table)
    ids = [header.index(name) for name in roles if name in header]
    above: dict[int, str] = {}
    for row in table:
        item: JSONObject = {}
        for column, (name, value) in enumerate(zip(header, row, strict=False)):
            if column in merged:
                # A group's area written on its first row only (merged cells).
                value = value or above.get(column, "")
                above[column] = value
            if name is not None and value and name not in item:
                if read := _cell_value(value):
                    item[name] = read
        if ids and ids[0] < len(row) and row[ids[0]] and "id" not in item:
            item["id"] = row[ids[0]]  # the variable identifying the time series
        if item:
            items.append(item)
    return items


# A data frame written with its index (pandas ``to_csv``) heads that first column with an
# empty name. Its cells name the records when they are unique words (``Kelowna_Airport``,
# ``Tenerife Observatory``), never numbers (a default ``0, 1, 2`` index), dates or
# addresses, and the header names no other column ``name``.
_INDEX_NAME = re.compile(r"[^\W\d][\w .'()-]{0,79}")
_NAME_COLUMNS = frozenset({"name", "nama", "title", "judul", "label", "camera", "nombre"})


def _name_index_column(header: list[str | None], table: list[list[str]]) -> None:
    """Name an unnamed leading index column ``name`` when its cells name the rows."""
    if not header or header[0] is not None or len(table) < 2:
        return
    if any(name is not None and norm_key(name) in _NAME_COLUMNS for name in header):
        return
    cells = [row[0] if row else "" for row in table]
    if len(set(cells)) != len(cells):
        return
    if all(_INDEX_NAME.fullmatch(cell) and "://" not in cell for cell in cells):
        header[0] = "name"


def _merged_columns(header: list[str | None], table: list[list[str]]) -> set[int]:
    """Return the area columns written like cells merged over their group's rows.

    Such a column holds a value on its first row and never the same value on two rows in
    a row: a merged cell writes its value once, on the group's first row, and leaves the
    group's other rows empty. A column written row by row repeats a place on consecutive
    rows or starts empty; its empty cells stay empty.
    """
    merged: set[int] = set()
    for column, name in enumerate(header):
        if name is None or norm_key(name) not in _AREAS:
            continue
        cells = [row[column] if column < len(row) else "" for row in table]
        if not cells or not cells[0] or all(cells):
            continue
        if all(a != b for a, b in itertools.pairwise(cells) if a):
            merged.add(column)
    return merged


def parse_delimited(text: str, ctx: Context) -> ParseResult:
    """Parse a CSV/TSV camera list into cameras."""
    items = delimited_items(text)
    notes = Notes()
    cameras, skipped = normalise_items(_plain(items), ctx, notes)
    if not cameras:
        raise PortalFormatError(
            f"No camera list found in the CSV table (found {len(items)} rows, none with a "
            "camera address)"
        )
    return _capped_result(PortalFormat.CSV, cameras, skipped, notes)
