"""Record fields read after holdout 20: terminals and parks as areas, timestamped readings."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.shapes import reading_value

BASE = "https://portal.kutim.example/api/cctv"
HLS = "https://live.kutim.example/hls/{}/index.m3u8"
JPG = "https://live.kutim.example/still/{}.jpg"


def cameras(body: object, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a JSON value (or a text body) as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


# --- Terminals ---------------------------------------------------------------------------


def test_a_kendo_row_terminal_is_its_area() -> None:
    body = {
        "Data": [
            {"Id": 7, "Nama": "Drop Zone", "Terminal": "Terminal 2", "HlsUrl": HLS.format(7)},
            {"Id": 8, "Nama": "Apron", "Terminal": None, "HlsUrl": HLS.format(8)},
        ],
        "Total": 2,
        "AggregateResults": None,
        "Errors": None,
    }
    found = cameras(body)
    assert [(c.id, c.name, c.area) for c in found] == [
        ("7", "Drop Zone", "Terminal 2"),
        ("8", "Apron", None),
    ]


def test_a_district_beats_a_terminal() -> None:
    body = [{"id": 1, "name": "Gerbang", "terminal": "T1", "kecamatan": "Sepinggan", "hls": HLS}]
    assert cameras(body)[0].area == "Sepinggan"


def test_a_numbered_terminal_is_no_area() -> None:
    body = [{"id": 1, "name": "Lobby", "terminal": 3, "hls": HLS.format(1)}]
    assert cameras(body)[0].area is None


# --- Related parks -----------------------------------------------------------------------


def test_a_webcams_related_park_full_name_is_its_area() -> None:
    park = {"parkCode": "zion", "fullName": "Zion National Park", "name": "Zion"}
    body = {
        "total": "1",
        "data": [
            {
                "id": "AB12CD34-0000-4000-8000-000000000001",
                "title": "Watchman",
                "images": [{"url": JPG.format(1), "credit": "NPS"}],
                "relatedParks": [park],
                "status": "Active",
            }
        ],
    }
    camera = cameras(body)[0]
    assert (camera.area, camera.snapshot_url) == ("Zion National Park", JPG.format(1))


# --- Timestamped readings ----------------------------------------------------------------


def test_a_reading_is_its_value() -> None:
    assert reading_value({"ts": 1729480001000, "value": "-0.49"}) == "-0.49"
    assert reading_value({"ts": 1729480001000, "value": None}) is None


def test_other_pairs_stay_objects() -> None:
    assert reading_value({"ts": "yesterday", "value": "1"}) == {"ts": "yesterday", "value": "1"}
    assert reading_value({"ts": 1, "value": [1, 2]}) == {"ts": 1, "value": [1, 2]}
    assert reading_value({"ts": True, "value": "x"}) == {"ts": True, "value": "x"}
    assert reading_value({"ts": 1, "value": "x", "unit": "m"}) == {
        "ts": 1,
        "value": "x",
        "unit": "m",
    }


def test_entity_data_attributes_place_the_camera() -> None:
    def reading(value: str) -> dict[str, object]:
        return {"ts": 1764738000000, "value": value}

    body = {
        "data": [
            {
                "entityId": {"entityType": "DEVICE", "id": "0f0e0d0c-1111-11ef-9d3a-31b2c7e0a101"},
                "latest": {
                    "ENTITY_FIELD": {"name": reading("Bendung Sungai Kunjang")},
                    "CLIENT_ATTRIBUTE": {
                        "latitude": reading("-0.5120000"),
                        "longitude": reading("117.1080000"),
                        "camera": reading(HLS.format(1)),
                    },
                    "SERVER_ATTRIBUTE": {"active": reading("false")},
                },
            }
        ],
        "totalPages": 1,
    }
    camera = cameras(body)[0]
    assert camera.id == "0f0e0d0c-1111-11ef-9d3a-31b2c7e0a101"
    assert camera.name == "Bendung Sungai Kunjang"
    assert (camera.latitude, camera.longitude) == (-0.512, 117.108)
    assert camera.online is False


# --- Rows named by a column list or a header row -----------------------------------------


def test_metabase_semantic_types_name_the_coordinate_columns() -> None:
    def col(name: str, semantic: str | None = None) -> dict[str, object]:
        column: dict[str, object] = {"name": name, "display_name": name.title()}
        if semantic is not None:
            column["semantic_type"] = semantic
        return column

    body = {
        "data": {
            "rows": [[5, "Marktplatz", "Altstadt", 48.1374, 11.5755, HLS.format(5)]],
            "cols": [
                col("id", "type/PK"),
                col("kamera"),
                col("stadtteil"),
                col("nord", "type/Latitude"),
                col("ost", "type/Longitude"),
                col("video", "type/URL"),
            ],
        },
        "row_count": 1,
    }
    camera = cameras(body)[0]
    assert (camera.id, camera.name, camera.area) == ("5", "Marktplatz", "Altstadt")
    assert (camera.latitude, camera.longitude) == (48.1374, 11.5755)


def test_a_header_row_names_the_rows_after_it() -> None:
    body = [
        ["Sekolah", "Titik Kamera", "Link", "Status"],
        ["SD Negeri 3", "Gerbang", HLS.format(1), "Online"],
        ["SD Negeri 3", "Kantin", HLS.format(2), "Offline"],
    ]
    found = cameras(body)
    assert [(c.name, c.area, c.online) for c in found] == [
        ("Gerbang", "SD Negeri 3", True),
        ("Kantin", "SD Negeri 3", False),
    ]


def test_a_first_row_naming_a_camera_is_no_header() -> None:
    body = {
        "data": [
            ["Simpang Tiga", "Sangatta Utara", HLS.format(1)],
            ["Pasar Induk", "Sangatta Selatan", HLS.format(2)],
        ]
    }
    assert [c.name for c in cameras(body)] == ["Simpang Tiga", "Pasar Induk"]


def test_a_wrapped_camera_record_is_no_name() -> None:
    body = {
        "results": [
            {"lokasi": {"nama": "Simpang Tiga"}, "kamera": {"id": "K1", "hls": HLS.format(1)}},
        ]
    }
    assert cameras(body)[0].name == "Simpang Tiga"


# --- Gatsby page data --------------------------------------------------------------------


def _page_data(data: dict[str, object]) -> dict[str, object]:
    return {
        "componentChunkName": "component---src-pages-cams-js",
        "path": "/cams/",
        "result": data,
        "staticQueryHashes": [],
    }


def test_gatsby_page_query_nodes_are_the_cameras() -> None:
    nodes = [
        {"id": "a", "title": "Pier", "liveStream": "//cams.example/pier/index.m3u8"},
        {"id": "b", "title": "Dunes", "liveStream": "//cams.example/dunes/index.m3u8"},
    ]
    body = _page_data({"data": {"allContentfulCam": {"nodes": nodes}}, "pageContext": {}})
    found = cameras(body, base_url="https://cams.example/page-data/cams/page-data.json")
    assert [(c.id, c.stream_url) for c in found] == [
        ("a", "https://cams.example/pier/index.m3u8"),
        ("b", "https://cams.example/dunes/index.m3u8"),
    ]


def test_gatsby_page_context_serves_a_page_without_query() -> None:
    context = {"cams": [{"id": "c", "name": "Harbour", "hls": HLS.format(3)}]}
    body = _page_data({"pageContext": context})
    assert [c.name for c in cameras(body)] == ["Harbour"]


def test_a_component_chunk_name_alone_is_no_page_data() -> None:
    from custom_components.kutim_cctv.portal.parsing.framework import gatsby_page_data

    assert gatsby_page_data({"componentChunkName": "x", "result": {"data": {"a": 1}}}) is None
    assert gatsby_page_data(_page_data({"data": {"a": 1}})) == {"a": 1}


# --- Toll sections -----------------------------------------------------------------------


def test_json_lines_toll_section_at_a_km_post_is_the_area() -> None:
    lines = [
        {"id": "A1", "nama": "KM 5+100", "ruas": "Cikampek - Palimanan", "km": "5+100", "hls": HLS},
        {"id": "A2", "nama": "KM 9+000", "ruas": "Jl. Tol Seksi 2", "km": "9+000", "hls": HLS},
    ]
    body = "\n".join(json.dumps(line) for line in lines) + "\n"
    found = cameras(body)
    assert [(c.id, c.area) for c in found] == [("A1", "Cikampek - Palimanan"), ("A2", None)]


def test_a_road_without_a_km_post_is_no_area() -> None:
    body = [{"id": 1, "nama": "Simpang Lima", "ruas": "Pattimura - Sudirman", "hls": HLS}]
    assert cameras(body)[0].area is None
