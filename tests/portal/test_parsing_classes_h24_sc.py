"""Shapes read after holdout 24: helper arguments, simplestyle styling, datastore row ids."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://peta.kutim.example/cctv/"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a text body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


# --- Marker click handlers handing a camera's fields to a page helper ---------------------


def _page(helper: str, calls: list[str]) -> str:
    markers = "".join(
        f"var m{n} = L.marker([0.5{n}, 117.5{n}]).addTo(map);\n"
        f"m{n}.bindTooltip('Titik {n}');\n"
        f"m{n}.on('click', function () {{ {call} }});\n"
        for n, call in enumerate(calls)
    )
    return (
        "<html><body><div id='map'></div><script>\n"
        "var map = L.map('map').setView([0.5, 117.5], 12);\n"
        f"{markers}{helper}\n</script></body></html>"
    )


def test_a_helpers_parameter_names_give_the_id_and_area_of_each_marker() -> None:
    helper = "function bukaCctv(idCctv, judul, kecamatan, url) { play(url); }"
    page = _page(
        helper,
        [
            "bukaCctv(7, 'Titik 0', 'Bengalon', 'https://cctv.kutim.example/a/index.m3u8');",
            "bukaCctv('K-9', 'Titik 1', 'Sangatta Utara', '/b/index.m3u8');",
        ],
    )
    found = cameras(page)
    assert [(c.id, c.name, c.area) for c in found] == [
        ("7", "Titik 0", "Bengalon"),
        ("K-9", "Titik 1", "Sangatta Utara"),
    ]
    assert found[1].stream_url == "https://peta.kutim.example/b/index.m3u8"


def test_an_arrow_helper_assigned_to_a_name_is_read_too() -> None:
    helper = "const lihat = (kode, wilayah, hls) => { play(hls); };"
    page = _page(helper, ["lihat('A1', 'Teluk Pandan', 'https://c.kutim.example/1.m3u8');"])
    assert [(c.id, c.area) for c in cameras(page)] == [("A1", "Teluk Pandan")]


def test_a_helper_without_an_area_parameter_gives_no_fields() -> None:
    # Arguments of a helper that takes no area (a zoom level, a modal number) are no id.
    helper = "function bukaModal(id, url) { show(id, url); }"
    page = _page(helper, ["bukaModal(3, 'https://c.kutim.example/3.m3u8');"])
    found = cameras(page)
    assert len(found) == 1
    assert found[0].id != "3"
    assert found[0].area is None


def test_a_variable_passed_as_the_area_is_not_read() -> None:
    helper = "function buka(id, kecamatan, url) { play(url); }"
    page = _page(helper, ["buka(4, namaKec, 'https://c.kutim.example/4.m3u8');"])
    found = cameras(page)
    assert [c.area for c in found] == [None]


def test_many_helper_definitions_stay_bounded() -> None:
    from custom_components.kutim_cctv.portal.parsing.functions import ScriptFunctions
    from custom_components.kutim_cctv.portal.parsing.helperargs import HelperParams

    helpers = "".join(f"function f{n}(a{n}, kecamatan) {{}}\n" for n in range(5000))
    params = HelperParams(ScriptFunctions(helpers), lambda text, start: None, lambda text: [])
    assert params.fields("f4999(1, 'X')", lambda text, start: None) == {}
    assert 0 < len(params._helpers()) <= 50
    calls = [f"f{n}({n}, 'X', 'https://c.kutim.example/{n}.m3u8');" for n in range(200)]
    assert len(cameras(_page(helpers, calls))) == 200


# --- simplestyle styling keys ----------------------------------------------------------


def _feature(
    properties: dict[str, str], lng: float = 121.5, lat: float = 25.0
) -> dict[str, object]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lng, lat]},
        "properties": properties,
    }


def test_simplestyle_marker_keys_never_name_a_feature() -> None:
    styled = {"marker-symbol": "harbor", "marker-color": "#3bb2d0", "marker-size": "large"}
    body = json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                _feature({**styled, "image": "https://h.example/a.jpg", "pier": "East Pier"}),
                _feature({**styled, "image": "https://h.example/b.jpg", "title": "Breakwater"}),
            ],
        }
    )
    assert [c.name for c in cameras(body)] == ["East Pier", "Breakwater"]


# --- A datastore's row number beside the record's own id --------------------------------


def test_a_datastore_row_number_yields_to_the_records_own_id() -> None:
    rows = ['"_id","REC_ID","MAINROAD","IMAGEURL"']
    rows += [f'{n},{8000 + 7 * n},"ROAD {n}","https://t.example/loc{n}.jpg"' for n in range(1, 4)]
    assert [c.id for c in cameras("\r\n".join(rows) + "\r\n")] == ["8007", "8014", "8021"]


def test_a_datastore_row_number_stays_when_the_other_id_is_a_relation() -> None:
    # A district's id beside the row number is a relation, never the camera's id.
    records = [
        {
            "_id": n,
            "district_id": 40 + n,
            "name": f"Cam {n}",
            "snapshot": f"https://t.example/{n}.jpg",
        }
        for n in range(1, 4)
    ]
    body = json.dumps({"success": True, "result": {"records": records}})
    assert [c.id for c in cameras(body)] == ["1", "2", "3"]


def test_a_copy_of_the_row_numbers_is_no_record_id() -> None:
    records = [
        {"_id": n, "rec_id": n, "name": f"Cam {n}", "snapshot": f"https://t.example/{n}.jpg"}
        for n in range(1, 4)
    ]
    body = json.dumps({"success": True, "result": {"records": records}})
    assert [c.id for c in cameras(body)] == ["1", "2", "3"]


# --- Low-code database records (kintone) ------------------------------------------------


def _typed(kind: str, value: object) -> dict[str, object]:
    return {"type": kind, "value": value}


def test_kintone_records_are_read_without_their_creator() -> None:
    record = {
        "作成者": _typed("CREATOR", {"code": "admin", "name": "管理者"}),
        "カメラ名": _typed("SINGLE_LINE_TEXT", "本町橋"),
        "市町村": _typed("DROP_DOWN", "熊本市"),
        "緯度": _typed("NUMBER", "32.80"),
        "経度": _typed("NUMBER", "130.70"),
        "稼働状況": _typed("RADIO_BUTTON", "停止中"),
        "画像": _typed("LINK", "https://r.example/a.jpg"),
        "$id": _typed("__ID__", "5"),
    }
    found = cameras(json.dumps({"records": [record], "totalCount": "1"}))
    assert [(c.id, c.name, c.area, c.latitude, c.online) for c in found] == [
        ("5", "本町橋", "熊本市", 32.8, False)
    ]


def test_the_record_number_is_the_kintone_records_id() -> None:
    record = {
        "no": _typed("RECORD_NUMBER", "CAM-4"),
        "camera_name": _typed("SINGLE_LINE_TEXT", "Gate"),
        "snapshot": _typed("LINK", "https://r.example/g.jpg"),
        "$id": _typed("__ID__", "4"),
    }
    found = cameras(json.dumps({"records": [record]}))
    assert [(c.id, c.name) for c in found] == [("CAM-4", "Gate")]


def test_typed_values_without_a_record_id_are_no_kintone_record() -> None:
    # A media descriptor list ({type, value}) is no typed record: its fields stay as given.
    from custom_components.kutim_cctv.portal.parsing.typedrecords import kintone_record

    assert kintone_record({"name": _typed("SINGLE_LINE_TEXT", "A")}) is None
    assert kintone_record({"src": {"type": "video/mp4", "value": "x"}}) is None
    assert kintone_record({"$id": _typed("__ID__", "1"), "plain": "text"}) is None


# --- A headless CMS entry's province ------------------------------------------------------


def _butter(n: int, **fields: object) -> dict[str, object]:
    return {
        "meta": {"id": 800 + n},
        "name": f"Cam {n}",
        "thumbnail": f"https://b.example/{n}.jpg",
        **fields,
    }


def test_a_cms_entrys_province_places_it_when_nothing_finer_does() -> None:
    body = {
        "data": {"webcams": [_butter(1, province="Western Cape"), _butter(2, province="Gauteng")]}
    }
    found = cameras(json.dumps(body))
    assert [(c.id, c.area) for c in found] == [("801", "Western Cape"), ("802", "Gauteng")]


def test_a_finer_place_beats_a_cms_entrys_province() -> None:
    body = {"data": {"webcams": [_butter(1, province="Western Cape", district="Cape Winelands")]}}
    assert [c.area for c in cameras(json.dumps(body))] == ["Cape Winelands"]


def test_a_plain_records_province_is_still_no_area() -> None:
    records = [
        {
            "id": n,
            "name": f"Cam {n}",
            "province": "Kalimantan Timur",
            "snapshot": f"https://b.example/{n}.jpg",
        }
        for n in range(1, 3)
    ]
    assert [c.area for c in cameras(json.dumps({"data": records}))] == [None, None]
