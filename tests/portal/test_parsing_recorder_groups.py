"""A recorder (DVR/NVR) holding its channels: a device, whose location is their area."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.recorders import recorder_record
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://monitoring.kutim.example/api/dvrs"
HLS = "https://stream.kutim.example/hls/{}/index.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _channels(prefix: str) -> list[dict[str, object]]:
    return [
        {"id": f"{prefix}1", "name": "Halaman Depan Kantor", "hls_url": HLS.format(f"{prefix}1")},
        {"id": f"{prefix}2", "name": "Parkir Kendaraan Dinas", "hls_url": HLS.format(f"{prefix}2")},
    ]


def _areas(body: object) -> dict[str, str | None]:
    return {camera.id: camera.area for camera in cameras(body)}


def test_dvr_location_is_its_channels_area() -> None:
    body = {
        "data": {
            "dvrs": [
                {
                    "id": 1,
                    "name": "DVR Kantor Dishub",
                    "location": "Sangatta Utara",
                    "ip_address": "10.20.1.11",
                    "port": 8000,
                    "brand": "Hikvision",
                    "cameras": _channels("a"),
                },
                {
                    "id": 2,
                    "name": "DVR Terminal Sangatta",
                    "location": "Sangatta Selatan",
                    "ip_address": "10.20.2.11",
                    "cameras": _channels("b"),
                },
            ]
        }
    }
    assert _areas(body) == {
        "a1": "Sangatta Utara",
        "a2": "Sangatta Utara",
        "b1": "Sangatta Selatan",
        "b2": "Sangatta Selatan",
    }


def test_device_type_marks_a_recorder_without_a_recorder_name() -> None:
    body = {
        "devices": [
            {
                "deviceName": "Pos Lantas",
                "deviceType": "NVR",
                "location": "Bengalon",
                "channels": _channels("c"),
            },
            {
                "deviceName": "Kantor Camat",
                "deviceType": "NVR",
                "location": "Kaliorang",
                "channels": _channels("d"),
            },
        ]
    }
    assert set(_areas(body).values()) == {"Bengalon", "Kaliorang"}


def test_recorder_at_a_street_address_places_nothing() -> None:
    body = {
        "recorders": [
            {
                "name": "DVR Puskesmas",
                "location": "Jl. APT Pranoto No. 12",
                "ip_address": "10.40.3.2",
                "cameras": _channels("e"),
            },
            {
                "name": "NVR Pasar",
                "location": "Jl. Yos Sudarso II",
                "channel_count": 4,
                "cameras": _channels("f"),
            },
        ]
    }
    assert set(_areas(body).values()) == {None}


def test_place_group_keeps_its_name_as_area() -> None:
    body = {
        "groups": [
            {"id": 9, "name": "Teluk Lingga", "cameras": _channels("g")},
            {"id": 10, "name": "Sangatta Utara", "cameras": _channels("h")},
        ]
    }
    assert _areas(body) == {
        "g1": "Teluk Lingga",
        "g2": "Teluk Lingga",
        "h1": "Sangatta Utara",
        "h2": "Sangatta Utara",
    }


@pytest.mark.parametrize(
    ("index", "name", "expected"),
    [
        ({"device_type": "DVR"}, "Pos Lantas", True),
        ({"type": "nvr"}, None, True),
        ({"ip_address": "10.0.0.2"}, "NVR-01 Terminal", True),
        ({"total_channels": 8}, "DVR Kantor", True),
        ({}, "DVR Kantor", False),
        ({"ip_address": "10.0.0.2"}, "Simpang DVR", False),
        ({"ip_address": "10.0.0.2"}, "DVRTeam Office", False),
        ({"type": "camera"}, "Kantor Camat", False),
        ({"type": "x" * 60}, None, False),
    ],
)
def test_recorder_record(index: dict[str, JSONValue], name: str | None, expected: bool) -> None:
    assert recorder_record(index, name) is expected
