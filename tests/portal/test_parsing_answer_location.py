"""An answer for one location names it once above its cameras: their area."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.answerplace import answer_area

BASE = "https://cctv.kutim.example/api/locations/3/cameras"


def cameras(n: int = 3, **extra: Any) -> list[dict[str, Any]]:
    return [
        {"id": i, "nama": f"Kamera Simpang {i}", "stream": f"/hls/cam{i}/index.m3u8", **extra}
        for i in range(1, n + 1)
    ]


def areas(answer: dict[str, Any]) -> list[str | None]:
    result = parse_body(json.dumps(answer), profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert len(result.cameras) == 3
    return [camera.area for camera in result.cameras]


@pytest.mark.parametrize(
    ("id_key", "name_key"),
    [("location_id", "location_name"), ("id_lokasi", "nama_lokasi"), ("lokasi_id", "nama_lokasi")],
)
def test_a_location_named_beside_its_id_is_the_area(id_key: str, name_key: str) -> None:
    answer = {id_key: 3, name_key: "Pelabuhan Kenyamukan", "cameras": cameras()}
    assert areas(answer) == ["Pelabuhan Kenyamukan"] * 3


def test_the_location_of_a_response_envelope_is_the_area() -> None:
    record = {"location_id": "loc-3", "location_name": "Terminal Sangatta", "cameras": cameras()}
    answer = {"success": True, "message": "Berhasil", "data": record}
    assert areas(answer) == ["Terminal Sangatta"] * 3


def test_a_cameras_own_area_wins() -> None:
    own = cameras()
    own[0]["kecamatan"] = "Sangatta Utara"
    answer = {
        "status": "ok",
        "data": {"location_id": 3, "location_name": "Kenyamukan", "cameras": own},
    }
    assert areas(answer) == ["Sangatta Utara", "Kenyamukan", "Kenyamukan"]


@pytest.mark.parametrize("location_id", [None, "", "  ", True])
def test_a_location_name_without_an_id_is_no_area(location_id: object) -> None:
    answer = {"location_id": location_id, "location_name": "Kenyamukan", "cameras": cameras()}
    assert areas(answer) == [None] * 3
    assert areas({"location_name": "Kenyamukan", "cameras": cameras()}) == [None] * 3


@pytest.mark.parametrize("name", ["Semua Lokasi", "All Locations", "semua", "-", "12345"])
def test_a_location_choosing_every_location_is_no_area(name: str) -> None:
    answer = {
        "success": True,
        "data": {"location_id": 0, "location_name": name, "cameras": cameras()},
    }
    assert areas(answer) == [None] * 3


def test_an_envelope_with_other_blocks_is_not_read() -> None:
    # A second block beside the record (a portal's settings, a list of locations) makes
    # it no plain response envelope: its location is not the answer's.
    record = {"location_id": 3, "location_name": "Kenyamukan", "cameras": cameras()}
    assert answer_area({"success": True, "data": record, "meta": {"page": 1}}) is None
    assert answer_area({"success": True, "data": record, "app": "Sangatta Live"}) is None
    assert answer_area({"success": True, "data": record}) == "Kenyamukan"


def test_a_location_without_a_camera_list_is_no_area() -> None:
    assert answer_area({"location_id": 3, "location_name": "Kenyamukan", "camera": "x"}) is None
    assert answer_area({"success": True, "data": {"location_id": 3, "location_name": "X"}}) is None


def test_a_district_named_above_the_list_still_comes_first() -> None:
    answer = {
        "nama_kecamatan": "Sangatta Selatan",
        "location_id": 3,
        "location_name": "Pelabuhan",
        "data": cameras(),
    }
    assert answer_area(answer) == "Sangatta Selatan"


@pytest.mark.parametrize("every", ["all", "ALL", "semua", "*", "-1", -1])
def test_an_id_choosing_every_location_gives_no_area(every: str | int) -> None:
    answer = {
        "success": True,
        "message": "ok",
        "data": {
            "location_id": every,
            "location_name": "Kantor Pusat Dishub",
            "user": "admin",
            "cameras": cameras(),
        },
    }
    assert areas(answer) == [None] * 3


def test_an_id_of_one_location_still_names_it() -> None:
    answer = {"location_id": "loc-7", "location_name": "Kantor Pusat Dishub", "cameras": cameras()}
    assert areas(answer) == ["Kantor Pusat Dishub"] * 3
