"""Tabular JSON answers: header lists naming positional rows, in every spelling."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import MAX_CAMERAS, ParseResult, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tabular import MAX_COLUMNS, table_items
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://cctv.kutim.example/api/table"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"
NAMES = ["id", "nama", "kecamatan", "lat", "lng", "stream", "status"]
ROWS: list[list[JSONValue]] = [
    [7, "Simpang Tiga", "Sangatta Utara", 0.5089, 117.5412, HLS.format("a"), "aktif"],
    [8, "Pasar Bengalon", "Bengalon", 0.7401, 117.8922, HLS.format("b"), "rusak"],
]


def auto(body: object) -> ParseResult:
    """Parse a body (a JSON value is serialised first) with the AUTO profile."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)


def gviz(names: list[str], rows: list[list[JSONValue]]) -> dict[str, JSONValue]:
    """Return a Google Visualization answer with labelled columns and {v} cells."""
    return {
        "version": "0.6",
        "status": "ok",
        "table": {
            "cols": [
                {"id": chr(65 + i), "label": n, "type": "string"} for i, n in enumerate(names)
            ],
            "rows": [{"c": [None if v is None else {"v": v} for v in row]} for row in rows],
        },
    }


SHAPES: dict[str, JSONValue] = {
    "cols+rows": {"cols": NAMES, "rows": ROWS},
    "columns+data (split)": {"columns": NAMES, "index": [0, 1], "data": ROWS},
    "fields+records": {"result": {"fields": [{"id": n} for n in NAMES], "records": ROWS}},
    "header+rows in data": {"status": "ok", "data": {"header": NAMES, "rows": ROWS}},
    "datatables titles": {"draw": 1, "columns": [{"data": i, "title": n} for i, n in enumerate(NAMES)], "data": ROWS},
    "sheets values": {"range": "A1:G3", "majorDimension": "ROWS", "values": [NAMES, *ROWS]},
    "socrata view": {
        "meta": {
            "view": {
                "columns": [
                    {"name": "sid", "fieldName": ":sid", "dataTypeName": "meta_data"},
                    {"name": "id", "fieldName": ":id", "dataTypeName": "meta_data"},
                    *({"name": n.title(), "fieldName": n, "dataTypeName": "text"} for n in NAMES),
                ]
            }
        },
        "data": [[f"row-{i}", f"uuid-{i}", *row] for i, row in enumerate(ROWS)],
    },
    "gviz": gviz(NAMES, ROWS),
    "gviz setResponse": "/*O_o*/\ngoogle.visualization.Query.setResponse("
    + json.dumps(gviz(NAMES, ROWS))
    + ");",
}  # fmt: skip


@pytest.mark.parametrize("body", SHAPES.values(), ids=SHAPES.keys())
def test_every_table_spelling_reads_every_column(body: JSONValue) -> None:
    """Id, name, area, position, stream and status all come from their columns."""
    cameras = auto(body).cameras
    assert [
        (c.id, c.raw_name, c.area, c.latitude, c.longitude, c.stream_url, c.online) for c in cameras
    ] == [
        ("7", "Simpang Tiga", "Sangatta Utara", 0.5089, 117.5412, HLS.format("a"), True),
        ("8", "Pasar Bengalon", "Bengalon", 0.7401, 117.8922, HLS.format("b"), False),
    ]


def test_short_rows_and_empty_cells_leave_fields_empty() -> None:
    """A row that ends early or has null cells gives no value for those columns."""
    rows: list[list[JSONValue]] = [[9, "Pelabuhan Maloy", None, None, None, HLS.format("c")]]
    camera = auto(gviz(NAMES, rows)).cameras[0]
    assert (camera.id, camera.area, camera.latitude, camera.online) == ("9", None, None, None)
    sheet = {"range": "A1:F2", "values": [NAMES, ["10", "Kaubun", "", "", "", HLS.format("d")]]}
    camera = auto(sheet).cameras[0]
    assert (camera.id, camera.raw_name, camera.latitude) == ("10", "Kaubun", None)


def test_hidden_socrata_columns_keep_their_place() -> None:
    """Socrata's meta_data columns are skipped but still shift the cells after them."""
    rows = table_items(SHAPES["socrata view"])
    assert rows is not None
    assert rows[0] == dict(zip(NAMES, ROWS[0], strict=True))


def test_wkt_points_and_link_cells() -> None:
    """A well-known-text point locates the row; a [url, description] cell is its URL."""
    body = {
        "columns": ["kode", "lokasi", "location", "image_url"],
        "data": [["K1", "Taman Bersemi", "POINT (117.5633 0.4812)", ["/img/k1.jpg", None]]],
    }
    camera = auto(body).cameras[0]
    assert (camera.latitude, camera.longitude) == (0.4812, 117.5633)
    assert camera.snapshot_url == "https://cctv.kutim.example/img/k1.jpg"


def test_duplicate_and_unnamed_columns() -> None:
    """The first of two equal column names wins; unnamed columns are not read."""
    rows = table_items({"cols": ["nama", "", "nama", "url"], "rows": [["A", "x", "B", "u"]]})
    assert rows == [{"nama": "A", "url": "u"}]


@pytest.mark.parametrize(
    "body",
    [
        {"cols": NAMES, "rows": [{"id": 1}, {"id": 2}]},  # object rows: an ordinary list
        {"cols": ["nama"], "rows": ROWS},  # one column is no header
        {"values": [NAMES, *ROWS]},  # a bare "values" list is no spreadsheet answer
        {"cols": [1, 2, 3], "rows": ROWS},  # numbers name nothing
        {"cols": NAMES, "rows": "not rows"},
        {"cols": NAMES, "rows": []},
    ],
)
def test_not_tables(body: JSONValue) -> None:
    """Shapes that only look like tables are left to the other readers."""
    assert table_items(body) is None


def test_header_without_media_is_a_clear_error() -> None:
    """A table whose rows carry no media ends in the usual format error."""
    with pytest.raises(PortalFormatError, match="No camera list found"):
        auto({"cols": ["nama", "kecamatan"], "rows": [["A", "B"], ["C", "D"]]})


def test_huge_tables_are_bounded() -> None:
    """Wide headers and long row lists are cut to the table caps and the camera cap."""
    wide = [f"c{i}" for i in range(MAX_COLUMNS * 40)]
    rows = table_items({"cols": ["nama", "url", *wide], "rows": [["A", HLS.format("w"), *wide]]})
    assert rows is not None
    assert len(rows[0]) == MAX_COLUMNS
    many = {"cols": ["nama", "url"], "rows": [[f"K{i}", HLS.format(i)] for i in range(9000)]}
    result = auto(many)
    assert result.capped
    assert len(result.cameras) == MAX_CAMERAS


def test_malformed_rows_are_skipped() -> None:
    """Rows of the wrong type among good ones are skipped, not a crash."""
    body = {
        "cols": ["nama", "url"],
        "rows": [["A", HLS.format("a")], 5, None, ["B", HLS.format("b")]],
    }
    assert [c.raw_name for c in auto(body).cameras] == ["A", "B"]


def test_deeply_nested_table_is_not_searched_for_ever() -> None:
    """Only the answer and objects two levels down are looked at."""
    body: JSONValue = {"cols": ["nama", "url"], "rows": [["A", HLS.format("a")]]}
    for _ in range(4):
        body = {"wrap": body}
    assert table_items(body) is None
