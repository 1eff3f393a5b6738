"""Camera registers saved as Excel 2003 XML Spreadsheets (SpreadsheetML).

Office's XML Spreadsheet format (``urn:schemas-microsoft-com:office:spreadsheet``), which
spreadsheet programs save and web grids export, holds ``Workbook/Worksheet/Table`` with
``Row``s of ``Cell``s, each cell's value in its ``Data`` element typed by ``ss:Type``
(``String``, ``Number``, ``Boolean``, ``DateTime``). A sheet is read as a table:

* a row of short texts, at least two of them known field names (``Kode Titik``,
  ``Kecamatan``, ``Lintang``), is the header naming the columns; title or note rows above
  it (a merged title ``ss:MergeAcross``) are skipped, the rows below are the records;
* a cell or row may skip empty places with ``ss:Index`` (1-based) and a cell may span
  several columns with ``ss:MergeAcross``; both keep the columns in their places;
* a link cell (``ss:HRef``) gives its address when that is a media, player or video page
  address, or when the cell shows no other text or the address itself; a name linking to
  some page keeps its text;
* Number cells are numbers and Boolean cells (``1``/``0``) are true/false.

Every sheet with a header row gives records; the elements, nesting depth, rows, columns
and text kept per cell are bounded.
"""

from __future__ import annotations

from ..aliases import ALIAS_KEYS
from ..fieldurls import looks_like_url, url_kind
from ..values import JSONObject, JSONValue, media_column, norm_key
from .embeds import server_player_page, video_page
from .safexml import XmlRefused, parse_guarded

__all__ = ["SPREADSHEET_NS", "linked_value", "sheet_records", "spreadsheet_records"]

SPREADSHEET_NS = "urn:schemas-microsoft-com:office:spreadsheet"
_SEPARATOR = "\x1f"
_MAX_ELEMENTS = 200_000
_MAX_DEPTH = 32
_MAX_SHEETS = 64
_MAX_ROWS = 5_000
_MAX_COLUMNS = 256
_MAX_TEXT = 4_000
_MAX_NAME = 64
# A header row is looked for among a sheet's first rows only.
_HEADER_ROWS = 10
_MIN_HEADER_FIELDS = 2
_ATTR_INDEX = f"{SPREADSHEET_NS}{_SEPARATOR}Index"
_ATTR_MERGE = f"{SPREADSHEET_NS}{_SEPARATOR}MergeAcross"
_ATTR_HREF = f"{SPREADSHEET_NS}{_SEPARATOR}HRef"
_ATTR_TYPE = f"{SPREADSHEET_NS}{_SEPARATOR}Type"

type _Row = list[JSONValue]


def _place(value: str | None, current: int) -> int:
    """Return the 0-based place an ``ss:Index`` names, else the current place."""
    if value is None:
        return current
    try:
        index = int(value.strip())
    except ValueError:
        return current
    return index - 1 if current < index <= _MAX_COLUMNS + _MAX_ROWS else current


def _typed(kind: str, text: str) -> JSONValue:
    """Return a Data element's value by its ``ss:Type``."""
    value = text.strip()
    if not value:
        return None
    if kind == "Number":
        try:
            number = float(value)
        except ValueError:
            return value
        return int(number) if number.is_integer() and "." not in value else number
    if kind == "Boolean":
        if value in ("1", "0"):
            return value == "1"
        return value
    return " ".join(value.split())


def linked_value(href: str, value: JSONValue) -> JSONValue:
    """Return a link cell's value: its address when that is what the cell stands for."""
    address = href.strip()
    if not looks_like_url(address):
        return value
    if url_kind(address) or video_page(address) or server_player_page(address):
        return address
    if value is None or (isinstance(value, str) and looks_like_url(value)):
        return address
    return value


class _SheetReader:
    """Collect each worksheet's rows of cell values with a bounded expat parser."""

    def __init__(self) -> None:
        self.sheets: list[list[_Row]] = []
        self._elements = 0
        self._depth = 0
        self._row: _Row | None = None
        self._row_at = 0
        self._cell_at = 0
        self._cell_href: str | None = None
        self._cell_value: JSONValue = None
        self._cell_span = 0
        self._in_cell = False
        self._data_kind: str | None = None
        self._text: list[str] = []
        self._size = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self._elements += 1
        self._depth += 1
        if self._elements > _MAX_ELEMENTS or self._depth > _MAX_DEPTH:
            raise XmlRefused("the document is too large or nested too deep")
        namespace, _, local = name.rpartition(_SEPARATOR)
        if namespace != SPREADSHEET_NS:
            return
        if local == "Worksheet":
            if len(self.sheets) < _MAX_SHEETS:
                self.sheets.append([])
            self._row_at = 0
        elif local == "Row" and self.sheets and len(self.sheets[-1]) < _MAX_ROWS:
            self._row_at = _place(attrs.get(_ATTR_INDEX), self._row_at)
            sheet = self.sheets[-1]
            while len(sheet) < self._row_at and len(sheet) < _MAX_ROWS:
                sheet.append([])  # rows skipped by ss:Index are empty
            self._row = []
            self._cell_at = 0
        elif local == "Cell" and self._row is not None:
            self._cell_at = _place(attrs.get(_ATTR_INDEX), self._cell_at)
            self._in_cell = True
            self._cell_href = attrs.get(_ATTR_HREF)
            self._cell_value = None
            try:
                self._cell_span = max(0, min(int(attrs.get(_ATTR_MERGE, "0")), _MAX_COLUMNS))
            except ValueError:
                self._cell_span = 0
        elif local == "Data" and self._in_cell:
            self._data_kind = attrs.get(_ATTR_TYPE, "String")
            self._text = []
            self._size = 0

    def data(self, text: str) -> None:
        if self._data_kind is not None and self._size < _MAX_TEXT:
            self._text.append(text[: _MAX_TEXT - self._size])
            self._size += len(text)

    def end(self, name: str) -> None:
        self._depth -= 1
        namespace, _, local = name.rpartition(_SEPARATOR)
        if namespace != SPREADSHEET_NS:
            return
        if local == "Data" and self._data_kind is not None:
            self._cell_value = _typed(self._data_kind, "".join(self._text))
            self._data_kind = None
        elif local == "Cell" and self._in_cell and self._row is not None:
            self._in_cell = False
            value = self._cell_value
            if self._cell_href is not None:
                value = linked_value(self._cell_href, value)
            if self._cell_at < _MAX_COLUMNS:
                while len(self._row) < self._cell_at:
                    self._row.append(None)
                self._row.append(value)
            self._cell_at += 1 + self._cell_span
        elif local == "Row" and self._row is not None:
            if self.sheets:
                self.sheets[-1].append(self._row)
            self._row = None
            self._row_at += 1


def _header(row: _Row) -> list[str | None] | None:
    """Return a row's cells as column names when the row is a header, else None."""
    texts = [cell for cell in row if cell is not None]
    if len(texts) < _MIN_HEADER_FIELDS:
        return None
    if not all(isinstance(cell, str) and len(cell) <= _MAX_NAME for cell in texts):
        return None
    if any(looks_like_url(str(cell)) for cell in texts):
        return None
    if sum(norm_key(str(cell)) in ALIAS_KEYS for cell in texts) < _MIN_HEADER_FIELDS:
        return None
    return [media_column(cell) if isinstance(cell, str) else None for cell in row]


def sheet_records(rows: list[_Row]) -> list[JSONValue]:
    """Return a sheet's rows below its header row as objects keyed by column name."""
    for at, row in enumerate(rows[:_HEADER_ROWS]):
        header = _header(row)
        if header is None:
            continue
        records: list[JSONValue] = []
        for cells in rows[at + 1 :]:
            record: JSONObject = {}
            for name, value in zip(header, cells, strict=False):
                if name is not None and value is not None and name not in record:
                    record[name] = value
            if record:
                records.append(record)
        return records
    return []


def spreadsheet_records(text: str, *, what: str) -> list[JSONValue] | None:
    """Return the records of an XML Spreadsheet's sheets, or None when it is none."""
    reader = _SheetReader()
    parse_guarded(text, reader, what=what, namespace_separator=_SEPARATOR)
    if not reader.sheets:
        return None
    records: list[JSONValue] = []
    for rows in reader.sheets:
        records.extend(sheet_records(rows))
        if len(records) >= _MAX_ROWS:
            break
    return records[:_MAX_ROWS] or None
