"""JSON groups named as roads place no camera; views keyed by compass word are pictures."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import road_written

BASE = "https://lalin.kutim.example/api/cameras.json"
IMG = "https://lalin.kutim.example/img"


def parse(answer: dict[str, Any]) -> list[Camera]:
    text = json.dumps(answer)
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


def group(name: str, *ids: str, key: str = "cameras") -> dict[str, Any]:
    return {
        "name": name,
        key: [{"id": i, "name": f"Simpang {i}", "image": f"{IMG}/{i}.jpg"} for i in ids],
    }


@pytest.mark.parametrize(
    "name",
    [
        "Jl. Yos Sudarso",
        "Jln. Soekarno-Hatta",
        "Jalan Poros Sangatta - Bengalon",
        "Route 9",
        "Highway 1 Sangatta - Bengalon",
        "Hwy. 101",
        "I-95",
        "AH150 Trans Kalimantan",
        "US 6",
    ],
)
def test_a_name_written_as_a_road(name: str) -> None:
    assert road_written(name)


@pytest.mark.parametrize(
    "name",
    [
        "Sangatta Utara",
        "Kec. Bengalon",
        "Simpang Jalan Baru",  # a junction: a place word first
        "Kawasan Jalan Baru",
        "Jalanan Kota",
        "Jalan Tol Balikpapan - Samarinda",  # a toll section is an area, as a ruas is
        "Jl Tol Samarinda",
        "Interchange Sangatta",
        "Rt 146",
        "",
        None,
        "Jl. " + "x" * 200,  # too long to be a group's name
    ],
)
def test_a_name_not_written_as_a_road(name: str | None) -> None:
    assert not road_written(name)


def test_road_groups_in_a_flat_group_list_place_no_camera() -> None:
    answer = {
        "routes": [
            group("Jl. Yos Sudarso", "A1", "A2"),
            group("I-95", "B1"),
            group("Sangatta Utara", "C1"),  # a place: its cameras' area
        ]
    }
    cameras = parse(answer)
    assert [(c.id, c.area) for c in cameras] == [
        ("A1", None),
        ("A2", None),
        ("B1", None),
        ("C1", "Sangatta Utara"),
    ]


def test_a_toll_section_group_stays_the_area() -> None:
    answer = {"groups": [group("Jalan Tol Balikpapan - Samarinda", "T1", "T2")]}
    assert {c.area for c in parse(answer)} == {"Jalan Tol Balikpapan - Samarinda"}


def test_a_junction_group_named_with_a_road_word_stays_the_area() -> None:
    answer = {"groups": [group("Simpang Jalan Baru", "S1", "S2")]}
    assert {c.area for c in parse(answer)} == {"Simpang Jalan Baru"}


def test_a_road_inside_a_region_takes_the_region_in_a_tree() -> None:
    answer = {
        "name": "Kutai Timur",
        "children": [
            {
                **group("Bengalon", "R1"),
                "children": [{**group("Jl. Poros Bengalon", "R2"), "children": []}],
            },
            {**group("Jl. Trans Kalimantan", "R3"), "children": []},  # no region above
        ],
    }
    assert [(c.id, c.area) for c in parse(answer)] == [
        ("R1", "Bengalon"),
        ("R2", "Bengalon"),
        ("R3", None),
    ]


def site(code: str, views: dict[str, Any]) -> dict[str, Any]:
    return {"externalId": code, "location": f"Simpang {code}", "imageDirections": views}


def test_sites_pictured_only_by_compass_keyed_views_are_cameras() -> None:
    answer = {
        "reportTables": [
            {
                "displayName": "Jl. Trans Kalimantan",
                "cells": [
                    site("W1", {"W": {"url": f"{IMG}/W1_W.jpg"}, "E": {"url": f"{IMG}/W1_E.jpg"}}),
                    site("W2", {"N": {"url": f"{IMG}/W2_N.jpg", "age": "00:12"}}),
                ],
            }
        ]
    }
    cameras = parse(answer)
    assert [(c.id, c.snapshot_url, c.area) for c in cameras] == [
        ("W1", f"{IMG}/W1_W.jpg", None),
        ("W2", f"{IMG}/W2_N.jpg", None),
    ]


def test_keyed_entries_without_media_make_no_camera() -> None:
    answer = {
        "reportTables": [
            {
                "displayName": "Sangatta Utara",
                "cells": [
                    site("X1", {"N": {"label": "Utara", "age": "00:12"}}),
                    site("X2", {"S": {"url": None}}),
                ],
            }
        ]
    }
    with pytest.raises(PortalFormatError):
        parse(answer)


def test_a_lan_view_in_a_keyed_map_is_no_picture() -> None:
    answer = {
        "reportTables": [
            {
                "displayName": "Jl. Yos Sudarso",
                "cells": [
                    site("L1", {"N": {"url": "http://192.168.1.20/snap.jpg"}}),
                    site("P1", {"N": {"url": f"{IMG}/P1_N.jpg"}}),
                    site("P2", {"S": {"url": f"{IMG}/P2_S.jpg"}}),
                ],
            }
        ]
    }
    # A LAN-only site beside published ones is unpublished (lanoutliers): left out.
    assert [(c.id, c.snapshot_url) for c in parse(answer)] == [
        ("P1", f"{IMG}/P1_N.jpg"),
        ("P2", f"{IMG}/P2_S.jpg"),
    ]
