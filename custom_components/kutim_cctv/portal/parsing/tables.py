"""Header-aware reading of HTML tables: one camera per row, columns mapped to fields."""

from __future__ import annotations

from dataclasses import dataclass, field
import re

from ..models import MAX_CAMERAS
from ..values import JSONValue, clean_text, generic_label

_MAX_CELLS = 64
_MAX_CELL_TEXT = 300
_MAX_CELL_URLS = 8
_MAX_DEPTH = 8
_MAX_SPAN = 16
_ROW_NUMBER = frozenset({"no", "nomor", "no urut", "#", "nr", "number", "urut"})
_KIND_KEYS = {"stream": "stream", "still": "snapshot", "mjpeg": "mjpeg"}

# (field, words a header holds), in order of preference; first match wins per header.
_HEADER_FIELDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("id", ("id", "kode", "code", "kd")),
    ("latlng", ("koordinat", "coordinate", "coordinates", "latlng", "posisi", "position")),
    ("lat", ("lat", "latitude", "lintang")),
    ("lng", ("lng", "lon", "long", "longitude", "bujur")),
    ("status", ("status", "kondisi", "keadaan", "state", "online")),
    (
        "area",
        (
            *("kecamatan", "kec", "wilayah", "area", "district", "kelurahan", "desa"),
            *("zona", "region", "kota", "city", "kabupaten", "daerah"),
        ),
    ),
    ("name", ("nama", "name", "judul", "title")),
    ("place", ("lokasi", "location", "titik", "tempat", "ruas", "jalan", "simpang")),
    ("camera", ("cctv", "kamera", "camera", "cam")),
)
_WORD = re.compile(r"[^\W_]+")
# Attributes that give a row's or a card's camera id.
_ID_ATTRIBUTES = (
    "data-id",
    "data-cctv-id",
    "data-camera-id",
    "data-cam-id",
    "data-kamera-id",
    "data-id-cctv",
    "data-cctvid",
    "data-kode",
    "data-kode-cctv",
)
_CARD_ELEMENTS = frozenset({"tr", "div", "li", "article", "section", "figure"})
_ID_VALUE = re.compile(r"[\w.:-]{1,64}")
# id="cctv-12": an element id namespaced by what it is, followed by the camera's own id.
_PREFIXED_ID = re.compile(r"(?i)(?:cctv|cam|camera|kamera)[-_]((?=[\w.-]*\d)[\w.-]{1,64})")
# Headers of columns that hold the media: read by their content, named here so that a
# header row written with plain cells is still known as one.
_MEDIA_COLUMNS = frozenset(
    {"aksi", "action", "actions", "link", "url", "stream", "video", "live", "foto", "gambar"}
    | {"snapshot", "preview", "tautan", "play", "lihat", "opsi", "option", "options", "view"}
)


def header_field(text: str) -> str | None:
    """Return the field a column header names, or None for a column that is not read."""
    lowered = text.lower().strip()
    words = _WORD.findall(lowered)
    if lowered in _ROW_NUMBER or " ".join(words) in _ROW_NUMBER or not words:
        return None
    if "lat" in words and any(w in words for w in ("lng", "lon", "long", "longitude")):
        return "latlng"
    for name, hints in _HEADER_FIELDS:
        if any(word in hints for word in words):
            return name
    return None


@dataclass(slots=True)
class _Cell:
    """One cell being read."""

    header: bool
    span: int = 1
    text: list[str] = field(default_factory=list)
    urls: list[tuple[str, str]] = field(default_factory=list)

    def label(self) -> str | None:
        return clean_text("".join(self.text)[:_MAX_CELL_TEXT])


@dataclass(slots=True)
class _Table:
    """One table being read."""

    headers: list[str | None] | None = None
    in_head: bool = False
    row: list[_Cell] | None = None
    cell: _Cell | None = None
    row_urls: list[tuple[str, str]] = field(default_factory=list)
    row_id: str | None = None


def camera_id_of(tag: str, attributes: dict[str, str]) -> str | None:
    """Return the camera id an element's attributes give (data-id, id="cctv-12"), or None.

    A prefixed ``id`` counts on rows and cards only: on a player element it is the
    handle the page's script attaches the player to.
    """
    for key in _ID_ATTRIBUTES:
        value = attributes.get(key, "")
        if value and _ID_VALUE.fullmatch(value):
            return value
    if tag not in _CARD_ELEMENTS:
        return None
    found = _PREFIXED_ID.fullmatch(attributes.get("id", ""))
    return found.group(1) if found else None


def _header_row(row: list[_Cell]) -> bool:
    """Return True for a first row of plain cells that reads as column headers."""
    if any(cell.urls for cell in row):
        return False
    mapped = 0
    for cell in row:
        label = cell.label()
        if not label:
            continue
        words = _WORD.findall(label.lower())
        if header_field(label) is not None:
            mapped += 1
        elif not words or not set(words) <= _MEDIA_COLUMNS | _ROW_NUMBER:
            return False
    return mapped >= 2


class TableReader:
    """Turn the rows of headed tables into portal-like items (bounded)."""

    def __init__(self) -> None:
        """Start with no open table."""
        self.items: list[dict[str, JSONValue]] = []
        self._tables: list[_Table] = []
        self._ignored = 0

    @property
    def in_cell(self) -> bool:
        """Return True while a table cell is open."""
        return bool(self._tables) and self._tables[-1].cell is not None

    @property
    def in_row(self) -> bool:
        """Return True while a table row is open."""
        return bool(self._tables) and self._tables[-1].row is not None

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        """Follow the structure of tables."""
        if tag == "table":
            if len(self._tables) >= _MAX_DEPTH:
                self._ignored += 1
            else:
                self._tables.append(_Table())
            return
        if not self._tables or self._ignored:
            return
        table = self._tables[-1]
        if tag == "thead":
            table.in_head = True
        elif tag in ("tbody", "tfoot"):
            self._end_row(table)
            table.in_head = False
        elif tag == "tr":
            self._end_row(table)
            table.row = []
            table.row_urls = []
            table.row_id = camera_id_of(tag, attributes)
        elif tag in ("td", "th"):
            self._end_cell(table)
            if table.row is None:
                table.row = []
            span = attributes.get("colspan", "1")
            table.cell = _Cell(
                header=tag == "th",
                span=min(int(span), _MAX_SPAN)
                if span.isascii() and span.isdigit() and int(span) > 0
                else 1,
            )

    def media(self, url: str, kind: str) -> None:
        """Record a media URL found inside the open cell, or on the open row itself."""
        table = self._tables[-1] if self._tables else None
        if table is None:
            return
        urls = table.cell.urls if table.cell is not None else table.row_urls
        if (table.cell is not None or table.row is not None) and len(urls) < _MAX_CELL_URLS:
            urls.append((url, kind))

    def data(self, text: str) -> None:
        """Record the text of the open cell."""
        cell = self._tables[-1].cell if self._tables else None
        if cell is not None and sum(map(len, cell.text)) < _MAX_CELL_TEXT:
            cell.text.append(text)

    def end(self, tag: str) -> None:
        """Close cells, rows and tables."""
        if tag == "table":
            if self._ignored:
                self._ignored -= 1
            elif self._tables:
                table = self._tables.pop()
                self._end_row(table)
            return
        if not self._tables or self._ignored:
            return
        table = self._tables[-1]
        if tag in ("td", "th"):
            self._end_cell(table)
        elif tag == "tr":
            self._end_row(table)
        elif tag == "thead":
            self._end_row(table)
            table.in_head = False

    def finish(self) -> None:
        """Close whatever table is still open."""
        while self._tables:
            self._end_row(self._tables.pop())

    def _end_cell(self, table: _Table) -> None:
        if table.cell is not None and table.row is not None and len(table.row) < _MAX_CELLS:
            table.row.append(table.cell)
        table.cell = None

    def _end_row(self, table: _Table) -> None:
        self._end_cell(table)
        row, table.row = table.row, None
        row_urls, table.row_urls = table.row_urls, []
        row_id, table.row_id = table.row_id, None
        if not row:
            return
        if table.headers is None:
            if table.in_head or all(cell.header for cell in row) or _header_row(row):
                table.headers = []
                for cell in row:
                    table.headers.extend([header_field(cell.label() or "")] * cell.span)
            return
        if len(self.items) <= MAX_CAMERAS:
            item = self._item(table.headers, row, row_urls)
            if item is not None:
                if row_id is not None:
                    item.setdefault("id", row_id)
                self.items.append(item)

    @staticmethod
    def _item(
        headers: list[str | None], row: list[_Cell], row_urls: list[tuple[str, str]]
    ) -> dict[str, JSONValue] | None:
        """Return the item a row describes, or None when it links no media."""
        item: dict[str, JSONValue] = {_KIND_KEYS[kind]: url for url, kind in reversed(row_urls)}
        texts: dict[str, str] = {}
        column = 0
        for cell in row:
            name = headers[column] if column < len(headers) else None
            column += cell.span
            for url, kind in cell.urls:
                item.setdefault(_KIND_KEYS[kind], url)
            text = cell.label()
            if name is None or not text or generic_label(text) or name in texts:
                continue
            texts[name] = text
        if not item:
            return None
        label = texts.get("name") or texts.get("place") or texts.get("camera")
        if label:
            item["name"] = label
        for key in ("id", "latlng", "lat", "lng", "status", "area"):
            if key in texts:
                item[key] = texts[key]
        return item
