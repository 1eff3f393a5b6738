"""go2rtc's player pages of one stream (``stream.html?src=``) in JSON records."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.playerpage import is_stream_player_page

BASE = "https://portal.kutim.example/api/cameras"
HOST = "https://cctv-sekolah.tunnel.example"


def _cams(data: object) -> tuple[Camera, ...]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _media(cameras: tuple[Camera, ...]) -> list[tuple[str, str | None, str | None]]:
    return [(c.id, c.stream_url, c.snapshot_url) for c in cameras]


@pytest.mark.parametrize("field", ["tunnel_url", "live_frame", "player_url", "stream_url"])
def test_go2rtc_page_in_any_field_is_the_stream_beside_a_still(field: str) -> None:
    """The player page is the stream beside the still, and alone, whatever its field."""
    cameras = _cams(
        [
            {
                "id": "a1",
                "nama_kamera": "Kelas 7A",
                field: f"{HOST}/stream.html?src=kelas7a",
                "snapshot_url": f"{HOST}/api/frame.jpeg?src=kelas7a_sub",
            },
            {"id": "a2", "nama_kamera": "Kelas 7B", field: f"{HOST}/webrtc.html?src=kelas7b"},
        ]
    )
    assert _media(cameras) == [
        ("a1", f"{HOST}/stream.html?src=kelas7a", f"{HOST}/api/frame.jpeg?src=kelas7a_sub"),
        ("a2", f"{HOST}/webrtc.html?src=kelas7b", None),
    ]


def test_ant_media_play_page_beside_a_still_stays_a_page() -> None:
    """Near miss: Ant Media's ``play.html?name=`` beside its preview is no stream (as tuned)."""
    cameras = _cams(
        [
            {
                "id": "p1",
                "name": "Dermaga",
                "tunnel_url": f"{HOST}/LiveApp/play.html?name=dermaga",
                "thumbnail": f"{HOST}/LiveApp/previews/dermaga.png",
            }
        ]
    )
    assert _media(cameras) == [("p1", None, f"{HOST}/LiveApp/previews/dermaga.png")]


@pytest.mark.parametrize(
    "page",
    [
        f"{HOST}/links.html?src=kelas7a",  # go2rtc's list of a stream's addresses
        f"{HOST}/stream.html",  # names no stream
        f"{HOST}/stream.html?src=",  # an empty stream name
        f"{HOST}/stream.html?id=kelas7a",  # not go2rtc's parameter
        f"{HOST}/LiveApp/play.html?name=kelas7a",  # Ant Media's page stays a page
        "http://192.168.1.20:1984/stream.html?src=kelas7a",  # a LAN player, public answer
    ],
)
def test_near_misses_leave_the_still_alone(page: str) -> None:
    """Pages that play nothing named, or on a LAN host, are no stream beside a still."""
    cameras = _cams(
        [
            {
                "id": "a1",
                "nama_kamera": "Kelas 7A",
                "tunnel_url": page,
                "snapshot_url": f"{HOST}/api/frame.jpeg?src=kelas7a",
            }
        ]
    )
    assert _media(cameras) == [("a1", None, f"{HOST}/api/frame.jpeg?src=kelas7a")]


def test_a_login_in_the_page_is_never_taken() -> None:
    """A player page with a login written in it is no stream."""
    cameras = _cams(
        [
            {
                "id": "a1",
                "nama_kamera": "Kelas 7A",
                "tunnel_url": "https://admin:rahasia@cctv.kutim.example/stream.html?src=k7a",
                "snapshot_url": f"{HOST}/api/frame.jpeg?src=kelas7a",
            }
        ]
    )
    assert _media(cameras) == [("a1", None, f"{HOST}/api/frame.jpeg?src=kelas7a")]


def test_a_real_stream_wins_over_the_player_page() -> None:
    """An HLS address of the record stays its stream; the page does not replace it."""
    cameras = _cams(
        [
            {
                "id": "a1",
                "nama_kamera": "Kelas 7A",
                "hls": f"{HOST}/api/stream.m3u8?src=kelas7a",
                "tunnel_url": f"{HOST}/stream.html?src=kelas7a",
            }
        ]
    )
    assert _media(cameras) == [("a1", f"{HOST}/api/stream.m3u8?src=kelas7a", None)]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://h.example/stream.html?src=cam1", True),
        ("https://h.example/go2rtc/webrtc.html?src=cam1&mode=webrtc", True),
        ("https://h.example/LiveApp/play.html?name=stream1", False),
        ("https://h.example/stream.html?src=", False),
        ("https://h.example/links.html?src=cam1", False),
        ("ftp://h.example/stream.html?src=cam1", False),
        ("https://u:p@h.example/stream.html?src=cam1", False),
    ],
)
def test_is_stream_player_page(url: str, expected: bool) -> None:
    """Only a player page naming its stream by the player's own parameter counts."""
    assert is_stream_player_page(url) is expected


def test_documentation_links_to_the_player_are_no_cameras() -> None:
    body = [
        {
            "name": "A",
            "docs": "https://github.com/AlexxIT/go2rtc/blob/master/www/stream.html?src=x",
        },
        {"name": "B", "help": "https://go2rtc.example.org/stream.html?src=demo"},
        {"name": "C", "help_url": "https://nvr.kutim.example/stream.html?src=gerbang"},
    ]
    with pytest.raises(PortalFormatError):
        _cams(body)
