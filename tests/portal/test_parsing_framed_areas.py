"""Areas and coordinates of flat rows whose columns carry a camera prefix or a name suffix."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/api/cctv"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _row(n: int, **fields: object) -> dict[str, object]:
    return {"cctv_id": str(n), "cctv_title": f"Simpang {n}", "cctv_link": HLS.format(n), **fields}


@pytest.mark.parametrize(
    "key",
    [
        "cctv_wilayah",
        "Camera_District",
        "cam_kecamatan",
        "district_name",
        "nama_kapanewon",
        "kecamatanNama",
        "cctv_kemantren",
        "distrik",
        "subdistrict",
        "kamera_area",
    ],
)
def test_framed_area_fields(key: str) -> None:
    rows = [_row(n, **{key: "Sangatta Utara"}) for n in (1, 2)]
    assert [c.area for c in cameras(rows)] == ["Sangatta Utara", "Sangatta Utara"]


def test_district_before_subdistrict_and_city() -> None:
    rows = [
        _row(
            n,
            city_name="Kutai Timur",
            subdistrict_name="Teluk Lingga",
            district_name="Sangatta Utara",
            province_name="Kalimantan Timur",
        )
        for n in (1, 2)
    ]
    assert {c.area for c in cameras(rows)} == {"Sangatta Utara"}


def test_kapanewon_before_kalurahan() -> None:
    rows = [_row(n, kalurahan="Swarga Bara", kapanewon="Sangatta Utara") for n in (1, 2)]
    assert {c.area for c in cameras(rows)} == {"Sangatta Utara"}


def test_city_name_is_still_the_area_only_without_a_finer_one() -> None:
    rows = [_row(n, city_name="Kutai Timur") for n in (1, 2)]
    assert {c.area for c in cameras(rows)} == {"Kutai Timur"}
    rows = [_row(n, cctv_kota="Kutai Timur", uptd="UPTD Wilayah I") for n in (1, 2)]
    assert {c.area for c in cameras(rows)} == {"UPTD Wilayah I"}


@pytest.mark.parametrize(
    "fields",
    [
        {"district_id": "6408010"},  # a district's code is no area
        {"kategori_nama": "Simpang"},  # a category's name is no place
        {"cctv_district": "12"},  # a bare number is never an area
        {"cctv_location": "Jl. Yos Sudarso"},
    ],
)
def test_fields_that_are_no_area(fields: dict[str, object]) -> None:
    rows = [_row(n, **fields) for n in (1, 2)]
    assert [c.area for c in cameras(rows)] == [None, None]


def test_camera_prefixed_coordinates() -> None:
    rows = [
        _row(1, cctv_lat="0.509214", cctv_long="117.546902"),
        _row(2, cctv_lat="0.497702", cctv_long="117.541153"),
    ]
    found = cameras(rows)
    assert [(c.latitude, c.longitude) for c in found] == [
        (0.509214, 117.546902),
        (0.497702, 117.541153),
    ]


def test_camera_prefixed_coordinate_without_a_number_is_no_position() -> None:
    rows = [_row(n, cctv_lat="0.5", cctv_long="-") for n in (1, 2)]
    assert [(c.latitude, c.longitude) for c in cameras(rows)] == [(None, None), (None, None)]


def test_rows_without_media_are_no_cameras_whatever_their_area() -> None:
    rows = [{"cctv_id": str(n), "cctv_wilayah": "Bengalon", "cctv_lat": "0.8"} for n in (1, 2)]
    with pytest.raises(Exception, match="No camera list found"):
        cameras(rows)


def test_many_framed_fields_are_bounded() -> None:
    row: dict[str, object] = {f"cctv_extra_{i}_name": "x" * 50 for i in range(2000)}
    rows = [row | _row(n, cctv_wilayah="Bengalon") for n in range(1, 21)]
    found = cameras(rows)
    assert len(found) == 20
