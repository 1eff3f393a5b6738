"""Camera lists grouped under number keys, pictures written as objects (``items``)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.items import _media_record_entry

BASE = "https://www.ferries.example/data/cameras.json"
IMG = "https://images.ferries.example/"


def _camera(number: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": number,
        "title": f"Lane {number}",
        "location": {"latitude": 0.5 + number / 1000, "longitude": 117.6},
        "image": {"url": f"{IMG}{number}.jpg", "width": 352, "height": 261},
        **fields,
    }


def _cameras(groups: dict[str, Any]) -> list[Camera]:
    body = json.dumps(groups)
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_every_number_keyed_group_is_read_and_names_no_area() -> None:
    groups = {
        "1": [_camera(1, isActive=True), _camera(2, isActive=True)],
        "4": [_camera(4, isActive=False)],
        "9": [],
    }
    cameras = _cameras(groups)
    assert [c.id for c in cameras] == ["1", "2", "4"]
    assert [c.snapshot_url for c in cameras] == [f"{IMG}1.jpg", f"{IMG}2.jpg", f"{IMG}4.jpg"]
    assert [c.area for c in cameras] == [None, None, None]
    assert [c.online for c in cameras] == [True, True, False]


def test_word_keyed_groups_keep_their_name_as_area() -> None:
    cameras = _cameras({"Kenyamukan": [_camera(1)], "Bengalon": [_camera(2)]})
    assert [(c.id, c.area) for c in cameras] == [("1", "Kenyamukan"), ("2", "Bengalon")]


def test_number_keyed_groups_keep_a_camera_s_own_area() -> None:
    cameras = _cameras({"3": [_camera(1, kecamatan="Kaliorang")], "7": [_camera(2)]})
    assert [(c.id, c.area) for c in cameras] == [("1", "Kaliorang"), ("2", None)]


def test_picture_object_of_a_cms_upload_counts_as_the_entry_s_medium() -> None:
    def entry(number: int) -> dict[str, Any]:
        return {
            "id": number,
            "title": f"Pantai {number}",
            "picture": {"url": f"{IMG}p{number}.jpg", "mime": "image/jpeg", "width": 1920},
        }

    cameras = _cameras({"1": [entry(1)], "2": [entry(2)]})
    assert [(c.id, c.snapshot_url) for c in cameras] == [
        ("1", f"{IMG}p1.jpg"),
        ("2", f"{IMG}p2.jpg"),
    ]


@pytest.mark.parametrize(
    "entry",
    [
        {"id": 1, "title": "Kantor", "image": {"url": f"{IMG}kantor/1"}},  # a page
        {"id": 1, "title": "Kantor", "image": {"url": None, "width": None}},  # empty
        {"id": 1, "title": "Kantor", "owner": {"url": f"{IMG}logo.jpg"}},  # no media field
        {"id": 1, "title": "Kantor", "image": "no object"},
    ],
)
def test_objects_that_carry_no_medium_make_no_media_record(entry: dict[str, Any]) -> None:
    assert not _media_record_entry(entry)


def test_media_record_entries() -> None:
    assert _media_record_entry({"image": {"url": f"{IMG}1.jpg", "width": 352}})
    assert _media_record_entry({"live": {"url": "https://live.ferries.example/1/index.m3u8"}})
