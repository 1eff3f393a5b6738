"""Area fields worked out once per set of keys.

Items of one list share their keys, so which of them are framed (``cctv_wilayah``),
qualified (``council_district``) or plain (``kecamatan``, ``district_id``) area fields
is worked out once per set of keys. Each item still reads its own values; keys in
another order keep the first field's preference; items with keys too long or too many
to keep are read the same way every time.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://cctv.kutimkab.example/api/cctv"


def _cameras(records: list[dict[str, JSONValue]]) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps({"data": records}), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def _record(n: int, **fields: JSONValue) -> dict[str, JSONValue]:
    return {
        "id": n,
        "nama": f"Simpang {n}",
        **fields,
        "stream": f"https://live.kutimkab.example/hls/{n}/index.m3u8",
    }


_PLACES = ("Sangatta Utara", "Bengalon", "Sangkulirang", "Muara Wahau")


def test_items_sharing_framed_keys_each_read_their_own_area() -> None:
    records = [_record(n, cctv_wilayah=place) for n, place in enumerate(_PLACES)]
    assert [camera.area for camera in _cameras(records)] == list(_PLACES)


def test_items_sharing_qualified_keys_each_read_their_own_area() -> None:
    records = [_record(n, council_district=f"District {n + 1}") for n in range(4)]
    assert [camera.area for camera in _cameras(records)] == [f"District {n}" for n in (1, 2, 3, 4)]


def test_items_sharing_plain_keys_each_read_their_own_area() -> None:
    records = [_record(n, kecamatan=place) for n, place in enumerate(_PLACES)]
    assert [camera.area for camera in _cameras(records)] == list(_PLACES)


def test_a_list_of_mixed_keys_reads_each_items_own_fields() -> None:
    records = [
        _record(1, cctv_wilayah="Bengalon"),
        _record(2, kecamatan="Kaliorang"),
        _record(3, council_district="District 4"),
        _record(4),
    ]
    assert [camera.area for camera in _cameras(records)] == [
        "Bengalon",
        "Kaliorang",
        "District 4",
        None,
    ]


def test_the_first_of_two_framed_fields_of_one_area_wins_in_either_order() -> None:
    first = [_record(1, cctv_wilayah="Bengalon", nama_wilayah="Kaliorang")]
    second = [_record(1, nama_wilayah="Kaliorang", cctv_wilayah="Bengalon")]
    assert _cameras(first)[0].area == "Bengalon"
    assert _cameras(second)[0].area == "Kaliorang"


def test_items_with_very_long_keys_still_read_their_area() -> None:
    long_keys = {f"catatan_{'x' * 600}_{k}": "-" for k in range(8)}
    records = [_record(n, **long_keys, cctv_wilayah=place) for n, place in enumerate(_PLACES)]
    assert [camera.area for camera in _cameras(records)] == list(_PLACES)


def test_items_with_many_keys_still_read_their_area() -> None:
    many = {f"catatan_{k}": "-" for k in range(300)}
    records = [_record(n, **many, kecamatan=place) for n, place in enumerate(_PLACES)]
    assert [camera.area for camera in _cameras(records)] == list(_PLACES)
