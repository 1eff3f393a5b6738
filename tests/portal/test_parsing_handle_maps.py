"""Flat handle→playlist objects: cameras by handle, never one derived-name record."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.kutim import parse_kutim_page

PUBLIC = "https://cctv.kutimkab.example/streams.json"
LAN = "http://192.168.20.5/streams.json"
LIVE = "https://stream.kutimkab.example/live"


def parse(payload: object, base_url: str = PUBLIC) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=base_url, prettify=False
    ).cameras


def kutim(payload: dict[str, object]) -> tuple[Camera, ...]:
    return parse_kutim_page(payload, hls_base="https://stream.kutimkab.example").result.cameras


TWO = {
    "teluk-lingga": f"{LIVE}/teluk-lingga/stream.m3u8",
    "simpang-tiga": f"{LIVE}/simpang-tiga/stream.m3u8",
}
NOT_CAMERAS = [
    {"teluk-lingga": f"{LIVE}/teluk-lingga/stream.m3u8"},  # one pair
    {"radio-kutim": "https://radio.kutimkab.example/live/radio-kutim/playlist.m3u8"},
    {
        "radio-kutim": "https://radio.kutimkab.example/live/radio-kutim/playlist.m3u8",
        "radio-bontang": "https://radio.kutimkab.example/live/radio-bontang/playlist.m3u8",
    },
    {
        "rri-pro1": "https://stream.rri.example/live/pro1/listen.m3u8",
        "rri-pro2": f"{LIVE}/p/x.m3u8",
    },
    {
        "pro1": "https://icecast.example/live/pro1.m3u8",
        "pro2": "https://icecast.example/live/p2.m3u8",
    },
    {"pro1": "https://s.example/live/pro1/a.mp3", "pro2": "https://s.example/live/pro2/a.aac"},
    {
        "lesson-1": "https://cdn.course.example/live/lesson-1/index.m3u8",
        "lesson-2": "https://cdn.course.example/live/lesson-2/index.m3u8",
    },
    {
        "chapter-intro": "https://cdn.course.example/stream/chapter-intro/index.m3u8",
        "episode_02": "https://cdn.course.example/stream/episode_02/index.m3u8",
    },
]


def test_handle_map_gives_cameras_by_handle() -> None:
    cameras = parse(TWO)
    assert [(c.id, c.name) for c in cameras] == [
        ("teluk-lingga", "teluk-lingga"),
        ("simpang-tiga", "simpang-tiga"),
    ]
    assert [(c.id, c.name) for c in kutim(TWO)] == [(c.id, c.name) for c in cameras]


@pytest.mark.parametrize("payload", NOT_CAMERAS)
def test_no_camera_list_from_one_pair_radio_or_course(payload: dict[str, object]) -> None:
    with pytest.raises(PortalFormatError):
        parse(payload)


@pytest.mark.parametrize("payload", NOT_CAMERAS)
def test_kutim_reader_takes_no_derived_camera(payload: dict[str, object]) -> None:
    with pytest.raises(PortalFormatError):
        kutim(payload)


def test_lan_answer_keeps_its_lan_playlists_by_handle() -> None:
    payload = {
        "pos-jaga": "http://192.168.20.5/pos-jaga/stream.m3u8",
        "gerbang-utama": "http://192.168.20.5/gerbang-utama/stream.m3u8",
        "gudang": "http://operator:Rahasia1@192.168.20.7/gudang/stream.m3u8",
        "meta": "http://169.254.169.254/meta/stream.m3u8",
    }
    cameras = parse(payload, LAN)
    assert [(c.id, c.name) for c in cameras] == [
        ("pos-jaga", "pos-jaga"),
        ("gerbang-utama", "gerbang-utama"),
    ]
    assert all("@" not in (c.stream_url or "") for c in cameras)


def test_public_answer_never_takes_lan_playlists() -> None:
    payload = {
        "pos-jaga": "http://192.168.20.5/pos-jaga/stream.m3u8",
        "gerbang-utama": "http://192.168.20.5/gerbang-utama/stream.m3u8",
    }
    with pytest.raises(PortalFormatError):
        parse(payload)


@pytest.mark.parametrize("holder", ["data", "streams"])
def test_wrapped_one_pair_is_no_camera_named_by_its_holder(holder: str) -> None:
    with pytest.raises(PortalFormatError):
        parse({holder: {"teluk-lingga": f"{LIVE}/teluk-lingga/stream.m3u8"}})


def test_station_list_under_stations_is_no_camera() -> None:
    payload = {
        "stations": {
            "rri-pro1": "https://stream.rri.example/live/pro1/playlist.m3u8",
            "rri-pro2": "https://stream.rri.example/live/pro2/playlist.m3u8",
        }
    }
    with pytest.raises(PortalFormatError):
        parse(payload)


def test_one_camera_record_with_a_stream_field_is_still_read() -> None:
    (camera,) = parse({"name": "Simpang Tiga", "hls": f"{LIVE}/simpang-tiga/stream.m3u8"})
    assert camera.name == "Simpang Tiga"
    assert camera.stream_url == f"{LIVE}/simpang-tiga/stream.m3u8"
