"""A list typed all in lower case writes its places in lower case: its lokasi is the area."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.sharedplace import shared_location_districts

BASE = "https://cctv.kutim.example/api/cctv"
PLACES = ["sangatta utara", "sangatta selatan", "sangatta utara", "kaliorang"]


def records(
    names: list[str], places: list[str], *, name_key: str = "nama", place_key: str = "lokasi"
) -> list[dict[str, Any]]:
    return [
        {
            "id": i,
            name_key: name,
            place_key: place,
            "url": f"https://live.kutim.example/hls/c{i}/index.m3u8",
        }
        for i, (name, place) in enumerate(zip(names, places, strict=True), start=1)
    ]


def areas(items: list[dict[str, Any]]) -> list[str | None]:
    result = parse_body(json.dumps(items), profile=Profile.AUTO, base_url=BASE, prettify=False)
    return [camera.area for camera in result.cameras]


LOWER_NAMES = ["pelabuhan", "simpang tiga", "pantai teluk lombok", "dermaga maloy"]


def test_a_lower_case_lokasi_beside_lower_case_names_is_the_area() -> None:
    assert areas(records(LOWER_NAMES, PLACES)) == PLACES
    assert shared_location_districts(list(records(LOWER_NAMES, PLACES)))


def test_any_own_name_field_typed_in_lower_case_counts() -> None:
    items = records(LOWER_NAMES, PLACES, name_key="nama_cctv")
    assert areas(items) == PLACES


def test_a_lower_case_lokasi_beside_titled_names_is_no_area() -> None:
    # Beside a name written as a title, a lower-case lokasi notes where the camera is
    # mounted: never the area.
    titled = ["Pelabuhan", "Simpang Tiga", "Pantai Teluk Lombok", "Dermaga Maloy"]
    assert (
        areas(records(titled, ["depan kantor", "samping masjid", "depan kantor", "atap"]))
        == [None] * 4
    )
    assert areas(records(titled, PLACES)) == [None] * 4


def test_one_titled_name_in_a_lower_case_list_reads_no_area() -> None:
    names = ["pelabuhan", "Simpang Tiga", "pantai teluk lombok", "dermaga maloy"]
    assert not shared_location_districts(list(records(names, PLACES)))
    assert areas(records(names, PLACES)) == [None] * 4


def test_an_english_lower_case_location_is_a_settings_value() -> None:
    # Moonraker's webcam location (printer, room) is a setting, no place's name.
    names = ["bed", "nozzle", "workshop"]
    items = records(names, ["printer", "printer", "room"], name_key="name", place_key="location")
    assert not shared_location_districts(list(items))
    assert areas(items) == [None] * 3


def test_a_lower_case_list_still_needs_a_shared_place_or_its_own_spots() -> None:
    # Lower-case places that are no place words (a street, a status) never read.
    streets = ["jalan yos sudarso", "jl pendidikan", "jalan yos sudarso", "gang mawar"]
    assert areas(records(LOWER_NAMES, streets)) == [None] * 4
    assert areas(records(LOWER_NAMES, ["online", "offline", "online", "offline"])) == [None] * 4


def test_a_lower_case_lokasi_that_is_the_only_label_names_the_camera() -> None:
    items = [
        {"id": i, "lokasi": place, "url": f"https://live.kutim.example/hls/c{i}/index.m3u8"}
        for i, place in enumerate(PLACES, start=1)
    ]
    result = parse_body(json.dumps(items), profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert [camera.name for camera in result.cameras] == PLACES
    assert [camera.area for camera in result.cameras] == [None] * 4


def test_a_lower_case_lokasi_naming_a_part_of_a_building_is_no_area() -> None:
    # A shop's cameras: the lokasi notes where each is mounted, no district.
    base = "https://cctv.toko.example/hls/{}.m3u8"
    items = [
        {"id": 1, "nama": "cam depan", "lokasi": "pintu masuk", "stream": base.format(1)},
        {"id": 2, "nama": "cam kasir", "lokasi": "dalam toko", "stream": base.format(2)},
        {"id": 3, "nama": "cam gudang", "lokasi": "dalam toko", "stream": base.format(3)},
        {"id": 4, "nama": "cam parkir", "lokasi": "pintu masuk", "stream": base.format(4)},
    ]
    result = parse_body(
        json.dumps({"data": items}),
        profile=Profile.AUTO,
        base_url="https://cctv.toko.example/api/cameras",
        prettify=False,
    )
    assert len(result.cameras) == 4
    assert [camera.area for camera in result.cameras] == [None] * 4
    assert not shared_location_districts(list(items))


@pytest.mark.parametrize("place", ["lantai dua", "ruang rapat", "belakang kantor", "depan gedung"])
def test_each_building_part_is_no_district(place: str) -> None:
    places = [place, place, "sangatta utara", "sangatta utara"]
    assert not shared_location_districts(list(records(LOWER_NAMES, places)))


def test_lower_case_districts_still_read_beside_building_words_in_names() -> None:
    names = ["cam depan", "cam kasir", "cam gudang", "cam parkir"]
    places = ["sangatta utara", "sangatta utara", "bengalon", "bengalon"]
    assert areas(records(names, places)) == places
