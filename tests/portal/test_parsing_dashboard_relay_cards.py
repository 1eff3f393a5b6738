"""Dashboard camera cards: a relay block's RTSP source, and a card's settings words."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://ha.pelabuhan.kutimkab.example/local/dashboards/cctv.json"
PUBLIC = "rtsp://cam-gerbang.pelabuhan.kutimkab.example:554/Streaming/Channels/101"
LOGIN = "rtsp://admin:Go2Pass@cam-gerbang.pelabuhan.kutimkab.example:554/Streaming/Channels/101"
OTHER = "rtsp://cam-kolam.pelabuhan.kutimkab.example:554/Streaming/Channels/102"


def parse(answer: Any, base_url: str = BASE) -> list[Camera]:
    text = json.dumps(answer)
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def card(first: dict[str, Any], **settings: Any) -> dict[str, Any]:
    return {
        "type": "custom:advanced-camera-card",
        "cameras": [
            {"id": "gerbang", "title": "Gerbang Pelabuhan", **first},
            {"id": "kolam", "title": "Kolam Labuh", "webrtc_card": {"url": OTHER}},
        ],
        **settings,
    }


@pytest.mark.parametrize("block", ["webrtc_card", "go2rtc", "webrtc"])
def test_relay_block_login_is_removed_from_the_stream(block: str) -> None:
    cameras = parse({"cards": [card({block: {"url": LOGIN}})]})
    assert [camera.id for camera in cameras] == ["gerbang", "kolam"]
    assert cameras[0].stream_url == PUBLIC
    assert "Go2Pass" not in repr(cameras)


def test_relay_block_stream_url_key_is_read() -> None:
    cameras = parse([{"id": "a", "name": "Dermaga", "go2rtcConfig": {"streamUrl": LOGIN}}])
    assert [(camera.id, camera.stream_url) for camera in cameras] == [("a", PUBLIC)]


@pytest.mark.parametrize(
    "address",
    [
        "rtsp://admin:pw@10.20.0.15:554/stream1",
        "rtsp://admin:pw@192.168.1.5/live",
        "rtsp://admin:pw@127.0.0.1:8554/cam",
        "rtsp://admin:pw@nvr/live",
        "rtmp://admin:pw@cam-gerbang.pelabuhan.kutimkab.example/live/cam",
    ],
)
def test_relay_block_never_takes_private_hosts_or_publish_addresses(address: str) -> None:
    cameras = parse({"cards": [card({"webrtc_card": {"url": address}})]})
    assert [camera.id for camera in cameras] == ["kolam"]


@pytest.mark.parametrize("block", ["connection", "config", "device", "auth"])
def test_other_blocks_keep_their_login_address_unread(block: str) -> None:
    cameras = parse({"cards": [card({block: {"url": LOGIN}})]})
    assert [camera.id for camera in cameras] == ["kolam"]


def test_camera_with_media_of_its_own_keeps_it() -> None:
    still = "https://cctv.pelabuhan.kutimkab.example/snapshot/gerbang.jpg"
    cameras = parse({"cards": [card({"image": {"url": still}, "webrtc_card": {"url": LOGIN}})]})
    assert cameras[0].snapshot_url == still


@pytest.mark.parametrize(
    "settings",
    [
        {"live": {"auto_play": "all", "preload": True}},
        {"menu": {"style": "hover-card"}},
        {"view": {"default": "live"}},
        {"layout": {"mode": "grid-2x2"}},
    ],
)
def test_card_settings_words_are_no_area(settings: dict[str, Any]) -> None:
    cameras = parse({"views": [{"cards": [card({"webrtc_card": {"url": PUBLIC}}, **settings)]}]})
    assert [camera.area for camera in cameras] == [None, None]


def test_grid_card_type_is_no_area() -> None:
    grid = {
        "type": "grid",
        "columns": 2,
        "cards": [
            {"type": "custom:webrtc-camera", "url": PUBLIC, "title": "Gerbang"},
            {"type": "custom:webrtc-camera", "url": OTHER, "title": "Kolam"},
        ],
    }
    cameras = parse({"views": [{"title": "Kamera", "cards": [grid]}]})
    assert [(camera.name, camera.area) for camera in cameras] == [
        ("Gerbang", None),
        ("Kolam", None),
    ]


@pytest.mark.parametrize("place", ["Kecamatan Sangkulirang", "Pelabuhan Maloy"])
def test_a_group_named_as_a_place_stays_the_area(place: str) -> None:
    groups = [{"lokasi": place, "cameras": card({"webrtc_card": {"url": PUBLIC}})["cameras"]}]
    cameras = parse(groups)
    assert [camera.area for camera in cameras] == [place, place]


def test_only_login_relay_blocks_on_private_hosts_read_nothing() -> None:
    answer = {
        "cameras": [{"id": "a", "title": "A", "webrtc_card": {"url": "rtsp://u:p@10.0.0.5/x"}}]
    }
    with pytest.raises(PortalFormatError):
        parse(answer)


def test_lower_case_place_names_of_groups_stay_the_area() -> None:
    groups = [
        {
            "grp": place,
            "cameras": [
                {
                    "name": f"Simpang {place} {n}",
                    "snapshot": f"https://cctv.example/{place}/{n}.jpg",
                }
                for n in range(2)
            ],
        }
        for place in ("sangatta", "bengalon", "muara-wahau")
    ]
    cameras = parse(groups, base_url="https://cctv.example/api")
    assert [camera.area for camera in cameras] == [
        "sangatta",
        "sangatta",
        "bengalon",
        "bengalon",
        "muara-wahau",
        "muara-wahau",
    ]
