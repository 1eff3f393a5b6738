"""An office's or department's name judged whole, never by one word inside a place's name."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.departments import department_text, organisation_text
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://lookouts.example.org/api/cameras"

DEPARTMENTS = [
    "Dinas Perhubungan",
    "Satpol PP",
    "Dishub",
    "Dishub Kutim",
    "Department of Transportation",
    "Police",
    "Kutai Timur Police",
    "Bidang Pengelolaan Pasar",
    "Seksi Operasional",
    "Human Resources",
    "Research",
    "Finance and Accounting",
    "Forest Protection Division",
    "Port Authority",
    "Customer Service",
    "Kantor Camat Sangatta",
    "Office of Emergency Management",
    "Division of Forestry",
]
PLACES = [
    "Research Triangle",
    "Taman Dinas Kebun",
    "Perumahan Dinas",
    "Service Pine Barrens",
    "Support Point",
    "Bay of Plenty",
    "Isle of Wight",
    "Sangatta Utara",
    "Muara Wahau",
    "Office Creek Road",
]


def parse(payload: object) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


@pytest.mark.parametrize("text", DEPARTMENTS)
def test_department_names(text: str) -> None:
    assert department_text(text)


@pytest.mark.parametrize("text", PLACES)
def test_places_holding_a_department_word(text: str) -> None:
    assert not department_text(text)


def _units(units: list[str], state: str = "NC") -> dict[str, object]:
    return {
        "data": [
            {
                "id": i,
                "name": f"Lookout {i}",
                "state": state,
                "unit": unit,
                "image_url": f"https://lookouts.example.org/img/{i}.jpg",
            }
            for i, unit in enumerate(units)
        ]
    }


def test_unit_naming_a_place_with_a_department_word_is_the_area() -> None:
    units = ["Research Triangle", "Taman Dinas Kebun", "Perumahan Dinas", "Sangatta Utara"]
    assert [c.area for c in parse(_units(units))] == units


@pytest.mark.parametrize(
    "unit", ["Dinas Perhubungan", "Satpol PP", "Dishub", "Police", "Human Resources", "Research"]
)
def test_unit_naming_an_office_is_no_area(unit: str) -> None:
    (camera,) = parse(_units([unit]))
    assert camera.area == "NC"  # the state places it; the office does not


def _jurisdictions(values: list[str]) -> list[dict[str, object]]:
    return [
        {
            "id": f"CAM-{i}",
            "name": f"Camera {i} Road",
            "jurisdiction": value,
            "latitude": -37.6 - i / 100,
            "longitude": 176.1,
            "imageUrl": f"https://cams.example.nz/img/{i}.jpg",
        }
        for i, value in enumerate(values)
    ]


@pytest.mark.parametrize(
    "values",
    [
        ["Bay of Plenty", "Waikato", "Northland"],
        ["Isle of Wight", "Hampshire", "Dorset"],
        ["Research Triangle", "Raleigh", "Durham"],
    ],
)
def test_jurisdictions_naming_places(values: list[str]) -> None:
    assert [c.area for c in parse({"cameras": _jurisdictions(values)})] == values


@pytest.mark.parametrize(
    "first",
    [
        "City of Sangatta",
        "Dishub Kutim",
        "Department of Transportation",
        "Port Authority",
        "Police",
    ],
)
def test_jurisdictions_naming_an_agency_are_no_places(first: str) -> None:
    cameras = parse({"cameras": _jurisdictions([first, "Bengalon", "Rantau Pulung"])})
    assert len(cameras) == 3
    assert [c.area for c in cameras] == [None, None, None]


# An owner's, operator's, transport agency's or institution's name filed as a jurisdiction.
@pytest.mark.parametrize(
    "first",
    [
        "Private Owner",
        "Owner",
        "Operator Kutim",
        "Contractor Name",
        "Transport",
        "Auckland Transport",
        "University of Waikato",
    ],
)
def test_jurisdictions_naming_an_owner_or_operator_are_no_places(first: str) -> None:
    cameras = parse({"cameras": _jurisdictions([first, "Waikato", "Nelson Tasman"])})
    assert [c.id for c in cameras] == ["CAM-0", "CAM-1", "CAM-2"]
    assert [c.area for c in cameras] == [None, None, None]


@pytest.mark.parametrize(
    "values",
    [
        ["Central Business District", "Waikato", "Nelson Tasman"],
        ["University Park", "State College", "Transit Hill"],
        ["Bay of Plenty", "Unity", "Northland"],
    ],
)
def test_jurisdictions_near_an_owner_word_are_places(values: list[str]) -> None:
    assert [c.area for c in parse({"cameras": _jurisdictions(values)})] == values


@pytest.mark.parametrize("unit", ["Fire Unit", "Aviation Unit", "Auckland Transport"])
def test_unit_ending_with_an_office_word_is_no_area(unit: str) -> None:
    cameras = parse(_units([unit, "Sandhills"]))
    assert [(c.id, c.area) for c in cameras] == [("0", "NC"), ("1", "Sandhills")]


def test_units_naming_offices_in_a_feature_collection() -> None:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [-79 + i / 10, 35.7]},
            "properties": {
                "id": f"NC-{i}",
                "name": f"Lookout {i}",
                "state": "NC",
                "unit": unit,
                "image": f"https://lookouts.example.org/l/{i}.jpg",
            },
        }
        for i, unit in enumerate(["Fire Unit", "Aviation Unit", "Sandhills", "Unit Creek"])
    ]
    cameras = parse({"type": "FeatureCollection", "features": features})
    assert [c.area for c in cameras] == ["NC", "NC", "Sandhills", "Unit Creek"]


@pytest.mark.parametrize(
    "text", ["Fire Unit", "Metro Transit", "Institute of Technology", "Transport"]
)
def test_more_department_names(text: str) -> None:
    assert department_text(text)


@pytest.mark.parametrize("text", ["Unit Creek", "University Park", "Transit Hill", "Unity"])
def test_places_opening_with_an_office_word(text: str) -> None:
    assert not department_text(text)


def test_long_texts_are_read_by_their_first_word_only() -> None:
    assert department_text("Department " * 100_000)  # its first word, no split
    assert not department_text("Research " * 100_000)
    assert department_text("Dinas " + "Perhubungan " * 100)
    assert not department_text("Sangatta " * 100)
    assert organisation_text("  Dinas Perhubungan")
    assert not organisation_text(" " * 1000 + "x" * 100_000)
