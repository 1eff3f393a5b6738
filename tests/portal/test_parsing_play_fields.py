"""A record's field named for playing (``play_url``, ``webPlayUrl``): the player's address."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cloud.kutim.example/api/device/queryAll"
PAGE = "https://cloud.kutim.example/webplay/index.html?liveChannelId=4973"


def _cams(data: object) -> tuple[Camera, ...]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "field", ["webPlayUrl", "web_play_url", "playUrl", "play_url", "PlayURL", "webplay_url"]
)
def test_play_field_player_page_is_the_stream(field: str) -> None:
    """A player page that names only the channel is itself the stream."""
    cameras = _cams(
        [
            {"deviceId": "d1", "deviceName": "CCTV Simpang Tiga", field: PAGE},
            {"deviceId": "d2", "deviceName": "CCTV Bundaran", field: PAGE + "2"},
        ]
    )
    assert [(c.id, c.stream_url) for c in cameras] == [("d1", PAGE), ("d2", PAGE + "2")]


def test_play_field_player_handed_its_media_gives_the_media() -> None:
    """A player page handed its playlist in the query gives that playlist."""
    inner = "https%3A%2F%2Fcdn.kutim.example%2Flive%2Fcam1%2Findex.m3u8"
    cameras = _cams(
        [
            {"id": "c1", "name": "Pelabuhan", "play_url": f"{PAGE}&src={inner}"},
            {"id": "c2", "name": "Pasar", "play_url": PAGE + "2"},
        ]
    )
    assert cameras[0].stream_url == "https://cdn.kutim.example/live/cam1/index.m3u8"
    assert cameras[1].stream_url == PAGE + "2"


@pytest.mark.parametrize(
    "field", ["display_url", "play_store_url", "google_play_url", "app_play_url", "play_count"]
)
def test_near_miss_fields_are_no_player(field: str) -> None:
    """A display's, an app store's or a counter's field is no camera's player."""
    value: object = 12 if field == "play_count" else "https://play.google.com/store/apps/x"
    with pytest.raises(PortalFormatError):
        _cams(
            [
                {"id": "a1", "name": "Aplikasi CCTV", field: value},
                {"id": "a2", "name": "Aplikasi Peta", field: value},
            ]
        )


def test_play_field_on_a_lan_host_is_not_taken() -> None:
    """A player page on a LAN address from a public answer is not taken."""
    cameras = _cams(
        [
            {"id": "l1", "name": "Ruang Server", "play_url": "http://192.168.20.14/play/?ch=1"},
            {"id": "p1", "name": "Alun-Alun", "play_url": PAGE},
        ]
    )
    assert [(c.id, c.stream_url) for c in cameras] == [("p1", PAGE)]


def test_a_music_sites_play_address_is_no_camera() -> None:
    body = {
        "songs": [
            {
                "id": 1,
                "title": "Bengawan Solo",
                "artist": "Gesang",
                "play_url": "https://music.example.com/play/1",
            },
            {
                "id": 2,
                "title": "Kopi Dangdut",
                "artist": "Fahmi",
                "play_url": "https://music.example.com/play/2",
            },
        ]
    }
    with pytest.raises(PortalFormatError):
        parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False)
