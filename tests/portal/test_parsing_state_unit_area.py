"""A record's ``unit`` beside its ``state``: the finer place, unless it names a department."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cams.example.org/api/cameras"


def area(unit: str) -> str | None:
    data = {
        "cameras": [
            {
                "id": 1,
                "name": "A",
                "state": "CA",
                "unit": unit,
                "stream_url": "https://cams.example.org/a.m3u8",
            }
        ]
    }
    (camera,) = parse_body(
        json.dumps(data), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras
    return camera.area


def test_a_unit_written_as_a_place_is_the_area() -> None:
    assert area("Sangatta Utara") == "Sangatta Utara"


@pytest.mark.parametrize(
    "unit", ["Human Resources", "Finance", "Customer Service", "Bagian Keuangan", "IT Support"]
)
def test_a_business_department_is_no_area(unit: str) -> None:
    assert area(unit) == "CA"
