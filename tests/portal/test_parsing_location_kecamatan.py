"""Locations written as a kecamatan: the camera's area beside other records' spots."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.sharedplace import location_kecamatan

BASE = "https://nvr.example.id/api/cameras"


def parse(data: object) -> tuple[Camera, ...]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def records(locations: list[str]) -> list[dict[str, object]]:
    return [
        {
            "id": n,
            "name": f"Kamera Titik {chr(65 + n)}",
            "location": location,
            "rtsp_url": f"rtsp://cam-{n}.dishub-kutim.example:554/stream2",
        }
        for n, location in enumerate(locations)
    ]


def areas(cameras: tuple[Camera, ...]) -> dict[str, str | None]:
    return {camera.id: camera.area for camera in cameras}


def test_location_written_as_kecamatan_is_the_area_beside_spots() -> None:
    cameras = parse(
        records(
            [
                "Kecamatan Bengalon",
                "Tepi pantai, arah dermaga",
                "KECAMATAN SANGATTA UTARA",
                "Distrik Muara Wahau",
                "Kecamatan Sangatta-Selatan",
            ]
        ),
    )
    assert areas(cameras) == {
        "0": "Kecamatan Bengalon",
        "1": None,
        "2": "KECAMATAN SANGATTA UTARA",
        "3": "Distrik Muara Wahau",
        "4": "Kecamatan Sangatta-Selatan",
    }


@pytest.mark.parametrize(
    "location",
    [
        "Kantor Kecamatan Bengalon",
        "Halaman Kantor Kecamatan Kaubun",
        "Kec. Bengalon",
        "Kecamatan",
        "Kecamatan 2",
        "kecamatan bengalon",
        "Kecamatan Bengalon dekat pasar",
        "Kecamatan Sangatta Utara Kabupaten Kutai",
        "Jl. Kecamatan Bengalon",
    ],
)
def test_location_near_misses_place_nothing(location: str) -> None:
    cameras = parse(
        records([location, "Tepi pantai, arah dermaga", "Pos satpam, depan gerbang"]),
    )
    assert areas(cameras)["0"] is None


def test_location_kecamatan_needs_a_name_of_its_own() -> None:
    own = frozenset({"location", "id"})
    assert location_kecamatan({"id": 1, "location": "Kecamatan Bengalon"}, own) is None
    named = {"id": 1, "name": "Pasar", "location": "Kecamatan Bengalon"}
    assert location_kecamatan(named, own | {"name"}) == "Kecamatan Bengalon"
    # a location the record inherits (not its own field) is not read
    assert location_kecamatan(named, frozenset({"id", "name"})) is None
