"""A traffic department's engineering area (``SIGNAL_ENG_AREA``) is a camera's area."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://data.kutimkab.example/resource/cams.json"


def rows(**extra: Any) -> list[dict[str, Any]]:
    return [
        {
            "camera_id": str(100 + i),
            "location_name": f"JL YOS SUDARSO / SIMPANG {i}",
            "council_district": str(i),
            "jurisdiction_label": "KUTAI TIMUR",
            "screenshot_address": f"https://cctv.kutimkab.example/image/{100 + i}.jpg",
            **extra,
        }
        for i in range(1, 4)
    ]


def parse(text: str, base: str = BASE) -> list[Any]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def areas(answer: Any) -> list[str | None]:
    found = parse(json.dumps(answer))
    assert len(found) == 3
    return [camera.area for camera in found]


@pytest.mark.parametrize(
    "key",
    [
        *("signal_eng_area", "SIGNAL_ENG_AREA", "TRAFFIC_ENG_AREA", "area_eng_area"),
        *("signalEngineerArea", "traffic_engineering_area", "signal_eng_zone"),
    ],
)
def test_an_engineering_area_is_the_area(key: str) -> None:
    assert areas(rows(**{key: "NORTH"})) == ["NORTH"] * 3


def test_each_row_keeps_its_own_engineering_area() -> None:
    answer = rows()
    for row, area in zip(answer, ("NORTH", "CENTRAL", "SOUTH"), strict=True):
        row["signal_eng_area"] = area
    assert areas(answer) == ["NORTH", "CENTRAL", "SOUTH"]


def test_an_engineering_area_in_a_csv_header() -> None:
    text = (
        "Camera ID,Location Name,Signal Engineer Area,Council District,Jurisdiction,"
        "Screenshot Address\n"
        "301,JL KARANGAN / DERMAGA,NORTHEAST,5,KUTAI TIMUR,"
        "https://cctv.kutimkab.example/image/301.jpg\n"
        "305,JL TRANS KALIMANTAN / MUARA WAHAU,WEST,6,KUTAI TIMUR,"
        "https://cctv.kutimkab.example/image/305.jpg\n"
    )
    found = parse(text, "https://data.kutimkab.example/api/views/cams/rows.csv")
    assert [(camera.id, camera.area) for camera in found] == [("301", "NORTHEAST"), ("305", "WEST")]


def test_a_finer_plain_area_field_wins() -> None:
    assert (
        areas(rows(kecamatan="Sangatta Utara", signal_eng_area="NORTH")) == ["Sangatta Utara"] * 3
    )


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("signal_eng_area", "12"),  # a bare number is a code
        ("signal_eng_area", ""),
        ("signal_eng_area", "https://gis.kutimkab.example/areas/3"),
        ("signal_eng_area", "The northern signal engineering area of the regency today"),
        ("signal_eng_area", 3),
        ("service_area", "NORTH"),  # no engineer's word
        ("coverage_area", "NORTH"),
        ("engineer", "Budi Santoso"),  # a person, not an area
        ("eng_notes", "NORTH"),
        ("area_eng", "NORTH"),  # does not end in area
        ("engineering_area", "Structural"),  # a discipline: no word names whose engineers
        ("eng_zone", "Electrical"),
    ],
)
def test_near_misses_are_no_area(key: str, value: Any) -> None:
    assert areas(rows(**{key: value})) == [None] * 3


def test_council_district_number_and_jurisdiction_are_no_area() -> None:
    assert areas(rows()) == [None] * 3


def test_a_private_camera_address_beside_the_area_is_never_media() -> None:
    answer = rows(signal_eng_area="NORTH", camera_ip="10.66.21.101")
    for row in answer:
        row["ip_address"] = "http://192.168.1.20/video.mjpg"
    found = parse(json.dumps(answer))
    assert [camera.area for camera in found] == ["NORTH"] * 3
    for camera in found:
        for url in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url):
            assert url is None or ("10.66." not in url and "192.168." not in url)
