"""A record's river system (``riverSystem``) is the area its cameras are grouped by."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.aliases import AREA_KEYS
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://banjir.kutimkab.example/api/stations"


def parse(data: JSONValue) -> list[Camera]:
    return list(
        parse_body(json.dumps(data), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    )


@pytest.mark.parametrize("key", ["riverSystem", "river_system", "RiverSystem", "sistem_sungai"])
def test_river_system_is_the_area(key: str) -> None:
    cameras = parse(
        {
            "cameras": [
                {
                    "id": "a",
                    "name": "Polder",
                    key: "sangatta",
                    "imageUrl": "https://banjir.kutimkab.example/a.jpg",
                },
                {
                    "id": "b",
                    "name": "Bendung",
                    key: "kaubun",
                    "videoUrl": "https://banjir.kutimkab.example/b.m3u8",
                },
            ]
        }
    )
    assert [c.area for c in cameras] == ["sangatta", "kaubun"]


def test_river_name_is_no_area() -> None:
    cameras = parse(
        [
            {
                "id": "a",
                "name": "Polder",
                "river": "Sungai Sangatta",
                "imageUrl": "https://banjir.kutimkab.example/a.jpg",
            },
            {
                "id": "b",
                "name": "Bendung",
                "river": "Sungai Kaubun",
                "imageUrl": "https://banjir.kutimkab.example/b.jpg",
            },
        ]
    )
    assert [c.area for c in cameras] == [None, None]


def test_finer_place_wins_over_river_system() -> None:
    assert AREA_KEYS.index("kecamatan") < AREA_KEYS.index("river_system")
    cameras = parse(
        [
            {
                "id": "a",
                "name": "Polder",
                "kecamatan": "Sangatta Utara",
                "riverSystem": "sangatta",
                "imageUrl": "https://banjir.kutimkab.example/a.jpg",
            },
            {
                "id": "b",
                "name": "Bendung",
                "kecamatan": "Kaubun",
                "riverSystem": "kaubun",
                "imageUrl": "https://banjir.kutimkab.example/b.jpg",
            },
        ]
    )
    assert [c.area for c in cameras] == ["Sangatta Utara", "Kaubun"]


def test_gauges_with_a_river_system_are_no_cameras() -> None:
    cameras = parse(
        {
            "gauges": [
                {
                    "id": "g1",
                    "name": "Pos Duga",
                    "riverSystem": "sangatta",
                    "lat": 0.5,
                    "lng": 117.5,
                }
            ],
            "cameras": [
                {
                    "id": "a",
                    "name": "Polder",
                    "riverSystem": "sangatta",
                    "imageUrl": "https://banjir.kutimkab.example/a.jpg",
                },
                {
                    "id": "b",
                    "name": "Bendung",
                    "riverSystem": "kaubun",
                    "imageUrl": "https://banjir.kutimkab.example/b.jpg",
                },
            ],
        }
    )
    assert [c.id for c in cameras] == ["a", "b"]
