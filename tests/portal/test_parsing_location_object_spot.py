"""A camera's location object only repeating its name names the spot: no area."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://webcam.pesisir-kutim.example/api/webcams"


def _record(name: str, location: dict[str, object], number: int = 1) -> dict[str, object]:
    return {
        "id": f"cam-{number}",
        "name": name,
        "location": {**location, "lat": 0.5182 + number / 1000, "lng": 117.6391},
        "imageUrl": f"https://webcam.pesisir-kutim.example/webcam/camera{number}.jpg",
        "isActive": True,
    }


def _areas(records: list[dict[str, object]]) -> list[str | None]:
    result = parse_body(json.dumps(records), profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert len(result.cameras) == len(records)
    return [camera.area for camera in result.cameras]


@pytest.mark.parametrize(
    ("name", "spot"),
    [
        ("Pantai Teluk Lingga", "Pantai Teluk Lingga"),
        ("Dermaga  Kenyamukan", "dermaga kenyamukan"),  # spacing and case
        ("Bukit Pelangi Lookout", "Bukit Pelangi"),  # a view word after the spot
        ("Tanjung Bara Jetty Cam", "Tanjung Bara Jetty"),
        ("Muara Sangatta Harbour View", "Muara Sangatta"),
    ],
)
def test_a_location_name_repeating_the_camera_name_is_no_area(name: str, spot: str) -> None:
    assert (
        _areas([_record(name, {"name": spot}), _record("Simpang Tiga", {"name": "x"}, 2)])[0]
        is None
    )


def test_the_city_beside_a_repeated_spot_is_the_area() -> None:
    record = _record("Teluk Lingga Pier", {"name": "Teluk Lingga Pier", "city": "Sangatta Utara"})
    assert _areas([record]) == ["Sangatta Utara"]


@pytest.mark.parametrize(
    ("name", "spot"),
    [
        ("Simpang Tiga Pasar Induk", "Sangatta Utara"),  # another place
        ("Sangatta Simpang Tiga", "Sangatta"),  # a one-word town the name begins with
        ("Sangatta Selatan Timur", "Sangatta Selatan"),  # a compass point: a part of it
        ("Muara Sangatta Harbour View Deck", "Muara Sangatta"),  # more than two words added
        ("Dermaga Kenyamukan", "Pantai Kenyamukan"),  # shares a word only
    ],
)
def test_a_location_naming_another_place_stays_the_area(name: str, spot: str) -> None:
    assert _areas([_record(name, {"name": spot})]) == [spot]


def test_a_flat_location_name_field_of_its_own_is_not_dropped() -> None:
    record = {
        "id": "cam-1",
        "name": "Sangatta Utara",
        "location_name": "Sangatta Utara",
        "imageUrl": "https://webcam.pesisir-kutim.example/webcam/camera1.jpg",
    }
    other = {
        "id": "cam-2",
        "name": "Simpang Tiga",
        "location_name": "Sangatta Selatan",
        "imageUrl": "https://webcam.pesisir-kutim.example/webcam/camera2.jpg",
    }
    result = parse_body(
        json.dumps([record, other]), profile=Profile.AUTO, base_url=BASE, prettify=False
    )
    assert [camera.area for camera in result.cameras] == ["Sangatta Utara", "Sangatta Selatan"]
