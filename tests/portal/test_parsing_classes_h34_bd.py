"""Ids read after holdout 34: a plain id beside a store's row counter, a record's code key.

Also the device states Chinese open data writes (``維修中``, ``離線``).
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.paging import parse_kutim_page
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import parse_status

BASE = "https://data.city.example/api/"
HLS = "https://hls.kutim.example"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a text body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _results(rows: list[dict[str, object]]) -> str:
    return json.dumps({"result": {"limit": 1000, "offset": 0, "count": len(rows), "results": rows}})


# --- A datastore's row counter beside the record's plain id -----------------------------


def test_a_plain_id_beats_the_stores_row_counter() -> None:
    rows = [
        {
            "_id": n,
            "Id": f"TPE-{n:04d}",
            "Name": f"Cam {n}",
            "ImageUrl": f"https://t.example/{n}.jpg",
        }
        for n in range(1, 4)
    ]
    assert [c.id for c in cameras(_results(rows))] == ["TPE-0001", "TPE-0002", "TPE-0003"]


def test_a_numeric_plain_id_beats_the_row_counter_written_as_text() -> None:
    rows = [
        {
            "_id": str(n),
            "ID": str(2000 + 17 * n),
            "name": f"Cam {n}",
            "image": f"https://t.example/{n}.jpg",
        }
        for n in range(1, 4)
    ]
    assert [c.id for c in cameras(_results(rows))] == ["2017", "2034", "2051"]


def test_a_plain_id_copying_the_row_counter_changes_nothing() -> None:
    rows = [
        {"_id": n, "id": n, "name": f"Cam {n}", "image": f"https://t.example/{n}.jpg"}
        for n in range(1, 4)
    ]
    assert [c.id for c in cameras(_results(rows))] == ["1", "2", "3"]


def test_a_plain_id_missing_from_a_row_leaves_the_row_counter() -> None:
    rows: list[dict[str, object]] = [
        {"_id": n, "id": f"C-{n}", "name": f"Cam {n}", "image": f"https://t.example/{n}.jpg"}
        for n in range(1, 4)
    ]
    del rows[1]["id"]
    assert [c.id for c in cameras(_results(rows))][0] == "1"


def test_a_repeated_plain_id_leaves_the_row_counter() -> None:
    rows = [
        {"_id": n, "id": "CAM-A", "name": f"Cam {n}", "image": f"https://t.example/{n}.jpg"}
        for n in range(1, 4)
    ]
    assert [c.id for c in cameras(_results(rows))] == ["1", "2", "3"]


def test_a_plain_id_beats_a_camera_id_beside_the_row_counter() -> None:
    rows = [
        {
            "_id": n,
            "id": f"R-{n}",
            "camera_id": f"GC-{n}A",
            "name": f"Cam {n}",
            "image": f"https://t.example/{n}.jpg",
        }
        for n in range(1, 3)
    ]
    assert [c.id for c in cameras(_results(rows))] == ["R-1", "R-2"]


# --- Chinese device states -----------------------------------------------------------------


def test_chinese_device_states() -> None:
    assert [parse_status(w) for w in ("維修中", "维修中", "離線", "离线", "斷線", "停用")] == [
        False
    ] * 6
    assert [parse_status(w) for w in ("正常", "在線", "在线", "連線中")] == [True] * 4
    assert parse_status("施工中") is None  # road works near the camera say nothing of it


# --- A record's code key -------------------------------------------------------------------


def _cams(keys: list[str], **extra: str) -> list[dict[str, object]]:
    return [
        {"key": key, "desc": f"Road {n}", "img": f"https://td.example/{n}.JPG", **extra}
        for n, key in enumerate(keys)
    ]


def test_a_code_key_is_the_id_of_a_list_without_one() -> None:
    body = json.dumps({"cams": _cams(["H429F", "K614F", "TW117F"])})
    assert [c.id for c in cameras(body)] == ["H429F", "K614F", "TW117F"]


def test_a_lower_case_code_key_is_the_id() -> None:
    body = json.dumps({"cams": _cams(["gl-n12", "gl-s04"])})
    assert [c.id for c in cameras(body)] == ["gl-n12", "gl-s04"]


def test_a_code_key_in_an_inline_map_list() -> None:
    page = (
        "<html><body><div id='map'></div><script>\n"
        "const map = L.map('map');\n"
        "const cams = [\n"
        "  { key: 'H429F', district: 'Eastern', desc: 'Corridor', lat: 22.28, lng: 114.21,"
        " img: 'https://td.example/H429F.JPG' },\n"
        "  { key: 'K614F', district: 'Kwun Tong', desc: 'Bypass', lat: 22.30, lng: 114.23,"
        " img: 'https://td.example/K614F.JPG' }\n"
        "];\n"
        "cams.forEach(function (c) { L.marker([c.lat, c.lng]).addTo(map)"
        ".bindPopup('<img src=\"' + c.img + '\">'); });\n"
        "</script></body></html>"
    )
    found = cameras(page)
    assert [(c.id, c.area) for c in found] == [("H429F", "Eastern"), ("K614F", "Kwun Tong")]


def test_an_id_field_beats_a_code_key() -> None:
    rows = [{**row, "id": f"R{n}"} for n, row in enumerate(_cams(["H429F", "K614F"]))]
    assert [c.id for c in cameras(json.dumps({"cams": rows}))] == ["R0", "R1"]


def test_table_row_keys_are_no_id() -> None:
    body = json.dumps({"dataSource": _cams(["1", "2", "3"])})
    assert all(c.id.startswith("k-") for c in cameras(body))


def test_word_keys_are_no_id() -> None:
    # A key naming a field or a word (``name``, ``imageUrl``) holds no code.
    body = json.dumps({"cams": _cams(["north", "south"])})
    assert all(c.id.startswith("k-") for c in cameras(body))


def test_mixed_case_keys_are_no_id() -> None:
    # API keys and passwords mix cases: never a camera's code, never exposed.
    body = json.dumps({"cams": _cams(["ZmSecret9", "RahasiaKutim1"])})
    found = cameras(body)
    assert found and all(c.id.startswith("k-") for c in found)
    assert "ZmSecret9" not in repr(found) and "RahasiaKutim1" not in repr(found)


def test_hash_keys_are_no_id() -> None:
    body = json.dumps({"cams": _cams(["8b4c2f1e9a", "7d3e5a0b1c"])})
    assert all(c.id.startswith("k-") for c in cameras(body))


def test_repeated_or_missing_keys_are_no_id() -> None:
    repeated = json.dumps({"cams": _cams(["CAM1", "CAM1"])})
    assert all(c.id.startswith("k-") for c in cameras(repeated))
    rows = _cams(["CAM1", "CAM2"])
    del rows[1]["key"]
    assert all(c.id.startswith("k-") for c in cameras(json.dumps({"cams": rows})))


def test_a_lone_records_key_is_no_id() -> None:
    body = json.dumps({"cams": _cams(["CAM7"])})
    assert all(c.id.startswith("k-") for c in cameras(body))


def test_a_key_beside_a_publishing_address_is_no_id() -> None:
    rows = _cams(["cam01", "cam02"], rtmp_server="rtmp://a.rtmp.example/live2")
    found = cameras(json.dumps({"cams": rows}))
    assert found and all(c.id.startswith("k-") for c in found)


def test_a_kutim_lists_key_stays_its_stream_key() -> None:
    items = [{"name": "Gate", "key": "cam01"}, {"name": "Pier", "key": "cam02"}]
    found = parse_kutim_page({"data": items}, hls_base=HLS).result.cameras
    assert [c.stream_key for c in found] == ["cam01", "cam02"]
    assert all(c.id != c.stream_key for c in found)
