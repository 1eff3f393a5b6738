"""Camera app records: Wi-Fi network names, townships and a stream flag beside enrolment."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.kota.example/v1/cams"


def parse(records: list[dict[str, Any]]) -> dict[str | None, Camera]:
    for number, record in enumerate(records, 1):
        record.setdefault("id", str(number))
        record.setdefault("stream_url", f"https://relay.kota.example/cam{number}/index.m3u8")
    text = json.dumps(records)
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return {camera.id: camera for camera in result.cameras}


def test_a_wifi_network_never_names_the_camera() -> None:
    cameras = parse(
        [
            {"ssid_name": "IndiHome_8010_2.4", "street": "Jalan Yos Sudarso"},
            {"wifi_name": "Masjid AlFalah", "street": "Jalan Pendidikan"},
            {"nama_wifi": "TPI Kenyamukan", "street": "Jalan Pelabuhan"},
            {"hotspot_name": "Warung Bu Sri", "street": "Gang Mawar"},
        ]
    )
    assert [c.name for c in cameras.values()] == [
        "Jalan Yos Sudarso",
        "Jalan Pendidikan",
        "Jalan Pelabuhan",
        "Gang Mawar",
    ]


def test_a_name_of_its_own_still_names_a_camera_beside_its_network() -> None:
    cameras = parse([{"ssid_name": "Pos_Ronda_RT05", "name": "Pos Ronda RT 05"}])
    assert cameras["1"].name == "Pos Ronda RT 05"


def test_the_township_is_the_area_before_the_town_or_ward_within_it() -> None:
    cameras = parse(
        [
            {"name": "Simpang Tiga", "township": "Sangatta Utara", "town": "Teluk Lingga"},
            {"name": "Hledan", "ward": "Ward 3", "township": "Kamayut"},
            {"name": "Bundaran", "town": "Swarga Bara"},
        ]
    )
    assert [c.area for c in cameras.values()] == ["Sangatta Utara", "Kamayut", "Swarga Bara"]


def test_a_stream_flag_down_beside_an_enrolment_flag_is_offline() -> None:
    cameras = parse(
        [
            {"name": "A", "active": 1, "flag_streaming": 1},
            {"name": "B", "active": 1, "flag_streaming": 0},
            {"name": "C", "activo": True, "is_streaming": False},
            {"name": "D", "aktif": 1, "streaming": "0"},
            {"name": "E", "active": 0, "flag_streaming": 0},
            # a province under ``state`` is no state of the camera
            {"name": "F", "active": 1, "flag_streaming": 0, "state": "Kalimantan Timur"},
        ]
    )
    assert [c.online for c in cameras.values()] == [True, False, False, False, False, False]


def test_a_status_of_its_own_beats_the_stream_flag() -> None:
    cameras = parse(
        [
            # a still webcam: Active though it streams no video
            {"name": "A", "status": "Active", "isStreaming": False},
            {"name": "B", "online": True, "active": 1, "flag_streaming": 0},
            # a setting about streaming, no flag of the stream
            {"name": "C", "active": 1, "streaming_motion": False},
            # no enrolment flag: the stream flag is read as before
            {"name": "D", "is_streaming": True},
        ]
    )
    assert [c.online for c in cameras.values()] == [True, True, True, True]


def test_a_still_camera_is_never_offline_by_its_stream_flag() -> None:
    text = json.dumps(
        [
            # a still camera: not streaming is its kind, no outage
            {"name": "Pantai Kuta", "active": True, "is_streaming": False, "snapshot": SNAP},
            {"name": "Sanur", "active": True, "is_streaming": True, "stream": STREAM},
            # a stream of its own beside the flag: offline as before
            {"name": "Ubud", "active": True, "is_streaming": False, "stream": STREAM + "?u"},
            # its enrolment flag down: still offline
            {"name": "Lovina", "active": 0, "is_streaming": False, "snapshot": SNAP + "?l"},
        ]
    )
    cameras = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert {c.name: c.online for c in cameras} == {
        "Pantai Kuta": True,
        "Sanur": True,
        "Ubud": False,
        "Lovina": False,
    }


SNAP = "https://img.kota.example/kuta.jpg"
STREAM = "https://relay.kota.example/sanur/index.m3u8"


def test_a_capability_flag_says_nothing_and_yes_no_words_are_read() -> None:
    cameras = parse(
        [
            # what the camera can do, never what it does now
            {"name": "A", "active": 1, "has_streaming": False},
            {"name": "B", "active": 1, "can_streaming": 0},
            # Indonesian and one-letter no
            {"name": "C", "active": 1, "flag_streaming": "tidak"},
            {"name": "D", "active": 1, "is_streaming": "N"},
            {"name": "E", "active": 1, "flag_streaming": "ya"},
            # a word of anything else says nothing
            {"name": "F", "active": 1, "flag_streaming": "maybe"},
            {"name": "G", "active": 1, "flag_streaming": 2},
        ]
    )
    assert [c.online for c in cameras.values()] == [True, True, False, False, True, True, True]
