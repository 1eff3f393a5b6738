"""Camera registers saved as flat OpenDocument spreadsheets (``.fods``).

A flat ODS file is the OpenDocument spreadsheet as one uncompressed XML document:
``office:document/office:body/office:spreadsheet`` holds ``table:table`` sheets of
``table:table-row``s of ``table:table-cell``s. A sheet is read as a table, as the Excel
2003 XML reader (``spreadsheetml``) reads its sheets: the header row naming the columns
(title rows above it skipped; a header inside ``table:table-header-rows`` counts too),
the rows below it the records.

* A cell's value is typed by ``office:value-type``: ``float``, ``percentage`` and
  ``currency`` cells are their ``office:value`` number (whatever the shown text's decimal
  comma), ``boolean`` cells their ``office:boolean-value``, dates their
  ``office:date-value``; a text cell is its paragraphs' text (``text:p``, spaces
  ``text:s``), an ``office:string-value`` first. Annotations are no part of it.
* A link in the cell (``text:a xlink:href``) gives its address as the Excel reader's
  ``ss:HRef`` does: when that is a media, player or video page address, or when the cell
  shows no other text or the address itself.
* ``table:number-columns-repeated`` repeats a cell and ``table:number-rows-repeated`` a
  row, both bounded: an empty cell only moves the next one along, an empty row adds
  nothing (a sheet's trailing million empty rows cost nothing).

The elements, nesting depth, sheets, rows, columns and text kept per cell are bounded.
"""

from __future__ import annotations

import math

from ..values import JSONValue
from .safexml import XmlRefused, parse_guarded
from .spreadsheetml import linked_value, sheet_records

__all__ = ["ODF_TABLE_NS", "opendocument_records"]

ODF_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_XLINK_NS = "http://www.w3.org/1999/xlink"
_SEPARATOR = "\x1f"
_MAX_ELEMENTS = 200_000
_MAX_DEPTH = 48
_MAX_SHEETS = 64
_MAX_ROWS = 5_000
_MAX_COLUMNS = 256
_MAX_TEXT = 4_000
_NUMBERS = frozenset({"float", "percentage", "currency"})
_CELLS = frozenset({"table-cell", "covered-table-cell"})
_PARAGRAPHS = frozenset({"p", "h"})
_SPACES = frozenset({"s", "tab", "line-break"})


def _attr(namespace: str, name: str) -> str:
    return f"{namespace}{_SEPARATOR}{name}"


_VALUE_TYPE = _attr(_OFFICE_NS, "value-type")
_VALUE = _attr(_OFFICE_NS, "value")
_BOOLEAN = _attr(_OFFICE_NS, "boolean-value")
_DATE = _attr(_OFFICE_NS, "date-value")
_TIME = _attr(_OFFICE_NS, "time-value")
_STRING = _attr(_OFFICE_NS, "string-value")
_COLUMNS_REPEATED = _attr(ODF_TABLE_NS, "number-columns-repeated")
_ROWS_REPEATED = _attr(ODF_TABLE_NS, "number-rows-repeated")
_HREF = _attr(_XLINK_NS, "href")


def _count(value: str | None, limit: int) -> int:
    """Return a repeat count (at least 1, at most limit)."""
    if value is None:
        return 1
    try:
        return max(1, min(int(value.strip()), limit))
    except ValueError:
        return 1


def _number(raw: str) -> JSONValue:
    """Return an ``office:value`` as a number (an int when written as one)."""
    text = raw.strip()
    try:
        number = float(text)
    except ValueError:
        return text or None
    if not math.isfinite(number):
        return None
    return (
        int(number)
        if number.is_integer() and "." not in text and "e" not in text.lower()
        else number
    )


class _OdsReader:
    """Collect each sheet's rows of cell values with a bounded expat parser."""

    def __init__(self) -> None:
        self.sheets: list[list[list[JSONValue]]] = []
        self._elements = 0
        self._depth = 0
        self._tables = 0
        self._row: list[JSONValue] | None = None
        self._row_repeat = 1
        self._cell: dict[str, str] | None = None
        self._cell_repeat = 1
        self._cell_at = 0
        self._href: str | None = None
        self._text: list[str] = []
        self._size = 0
        self._paragraphs = 0
        self._annotation = 0

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self._elements += 1
        self._depth += 1
        if self._elements > _MAX_ELEMENTS or self._depth > _MAX_DEPTH:
            raise XmlRefused("the document is too large or nested too deep")
        namespace, _, local = name.rpartition(_SEPARATOR)
        if namespace == _OFFICE_NS and local == "annotation":
            self._annotation += 1
        elif namespace == ODF_TABLE_NS:
            self._table_start(local, attrs)
        elif self._cell is not None and not self._annotation:
            if namespace == _TEXT_NS and local in _PARAGRAPHS:
                if self._paragraphs:
                    self._add(" ")
                self._paragraphs += 1
            elif namespace == _TEXT_NS and local in _SPACES:
                self._add(" ")
            elif namespace == _TEXT_NS and local == "a" and self._href is None:
                self._href = attrs.get(_HREF)

    def _table_start(self, local: str, attrs: dict[str, str]) -> None:
        if local == "table":
            self._tables += 1
            if self._tables == 1 and len(self.sheets) < _MAX_SHEETS:
                self.sheets.append([])
        elif local == "table-row" and self._tables == 1 and self.sheets:
            self._row = []
            self._row_repeat = _count(attrs.get(_ROWS_REPEATED), _MAX_ROWS)
            self._cell_at = 0
        elif local in _CELLS and self._row is not None and self._cell is None:
            self._cell = attrs
            self._cell_repeat = _count(attrs.get(_COLUMNS_REPEATED), _MAX_COLUMNS)
            self._href = None
            self._text, self._size, self._paragraphs = [], 0, 0

    def data(self, text: str) -> None:
        if self._cell is not None and not self._annotation:
            self._add(text)

    def _add(self, text: str) -> None:
        if self._size < _MAX_TEXT:
            self._text.append(text[: _MAX_TEXT - self._size])
            self._size += len(text)

    def end(self, name: str) -> None:
        self._depth -= 1
        namespace, _, local = name.rpartition(_SEPARATOR)
        if namespace == _OFFICE_NS and local == "annotation":
            self._annotation = max(0, self._annotation - 1)
        if namespace != ODF_TABLE_NS:
            return
        if local == "table":
            self._tables = max(0, self._tables - 1)
            if not self._tables:
                self._row, self._cell = None, None
        elif local in _CELLS and self._cell is not None and self._row is not None:
            value = self._value(self._cell)
            if value is not None and self._cell_at < _MAX_COLUMNS:
                while len(self._row) < self._cell_at:
                    self._row.append(None)
                for _ in range(min(self._cell_repeat, _MAX_COLUMNS - self._cell_at)):
                    self._row.append(value)
            self._cell_at = min(self._cell_at + self._cell_repeat, _MAX_COLUMNS + 1)
            self._cell = None
        elif local == "table-row" and self._row is not None:
            sheet = self.sheets[-1]
            if any(cell is not None for cell in self._row):
                for _ in range(min(self._row_repeat, _MAX_ROWS - len(sheet))):
                    sheet.append(list(self._row))
            self._row = None

    def _value(self, attrs: dict[str, str]) -> JSONValue:
        kind = attrs.get(_VALUE_TYPE, "").strip().lower()
        text = " ".join("".join(self._text).split()) or None
        value: JSONValue
        if kind in _NUMBERS and _VALUE in attrs:
            value = _number(attrs[_VALUE])
        elif kind == "boolean" and _BOOLEAN in attrs:
            flag = attrs[_BOOLEAN].strip().lower()
            value = flag == "true" if flag in ("true", "false") else text
        elif kind == "date" and _DATE in attrs:
            value = attrs[_DATE].strip() or text
        elif kind == "time" and _TIME in attrs:
            value = attrs[_TIME].strip() or text
        elif _STRING in attrs:
            value = " ".join(attrs[_STRING].split()) or text
        else:
            value = text
        if self._href is not None:
            value = linked_value(self._href, value)
        return value


def opendocument_records(text: str, *, what: str) -> list[JSONValue] | None:
    """Return the records of a flat ODS document's sheets, or None when it has none."""
    reader = _OdsReader()
    parse_guarded(text, reader, what=what, namespace_separator=_SEPARATOR)
    records: list[JSONValue] = []
    for rows in reader.sheets:
        records.extend(sheet_records(rows))
        if len(records) >= _MAX_ROWS:
            break
    return records[:_MAX_ROWS] or None
