"""Objects mapping keys to camera player links that hand over the media in their query."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.playerlinkmaps import player_link_records

BASE = "https://lalin-app.kutimkab.example/api/camera-urls"
PLAYER = "https://giaothong.kutimkab.example/expandcameraplayer/"
CDN = "https://cdn.kutimkab.example/live"


def parse(payload: object, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


def link(cam_id: str, video: str | None, location: str | None = None) -> str:
    url = f"{PLAYER}?camId={cam_id}"
    if location is not None:
        url += f"&camLocation={location}"
    url += "&camMode=camera"
    return url + (f"&videoUrl={video}" if video is not None else "")


def test_player_links_give_id_name_and_handed_stream() -> None:
    payload = {
        "SPT_SimpangTiga": link("64ae7a9c", f"{CDN}/spt/index.m3u8", "Simpang%20Tiga%20(Utara)"),
        "BDR_Pelangi": link("58af8a0b", f"{CDN}/bdr/index.m3u8", "Bundaran%20Pelangi"),
    }
    cameras = parse(payload)
    assert [(c.id, c.name, c.stream_url) for c in cameras] == [
        ("64ae7a9c", "Simpang Tiga (Utara)", f"{CDN}/spt/index.m3u8"),
        ("58af8a0b", "Bundaran Pelangi", f"{CDN}/bdr/index.m3u8"),
    ]


def test_links_without_a_name_are_named_by_their_key_and_held_under_cameras() -> None:
    same = f"{CDN}/demo/bipbop.m3u8"
    payload = {
        "cameras": {"cam07": link("5a82", same), "cam08": link("56df", same)},
        "interval_seconds": 15,
    }
    cameras = parse(payload)
    assert [(c.id, c.name, c.stream_url) for c in cameras] == [
        ("5a82", "cam07", same),
        ("56df", "cam08", same),
    ]


def test_link_handing_no_media_or_a_lan_address_gives_no_camera() -> None:
    payload = {
        "a": link("1a", f"{CDN}/a/index.m3u8"),
        "b": link("2b", f"{CDN}/b/index.m3u8"),
        "no_video": link("3c", None),
        "help": link("4d", "https://giaothong.kutimkab.example/help/video.html"),
        "lan": link("5e", "http://10.20.14.7:8080/hls/cam05/index.m3u8"),
        "loopback": link("6f", "http://127.0.0.1:8888/x/index.m3u8"),
    }
    cameras = parse(payload)
    assert [c.id for c in cameras] == ["1a", "2b"]
    assert not any("10.20.14.7" in repr(c) or "127.0.0.1" in repr(c) for c in cameras)


def test_handed_media_with_a_login_is_never_copied() -> None:
    payload = {
        "a": link("1a", f"{CDN}/a/index.m3u8"),
        "b": link("2b", f"{CDN}/b/index.m3u8"),
        "c": link("3c", "https://viewer:Rahasia9@cdn.kutimkab.example/c/index.m3u8"),
        "d": link("4d", f"{CDN}/d/index.m3u8?user=admin%26password=Rahasia9"),
    }
    records = player_link_records(payload)
    assert records is not None
    assert [r["id"] for r in records] == ["1a", "2b"]
    assert "Rahasia9" not in json.dumps(records)


def test_tv_channel_table_of_player_links_is_no_camera_list() -> None:
    # A TV site's channel table: player links handing playlists, naming no camera.
    payload = {
        "nepal1": "https://tv.kutimkab.example/player/player3.html?url=https://back.tv.example/1251.m3u8",
        "nepal2": "https://tv.kutimkab.example/player/player3.html?url=https://back.tv.example/1252.m3u8",
    }
    assert player_link_records(payload) is None


@pytest.mark.parametrize(
    "payload",
    [
        # Links to several pages: a table of links, not one player's.
        {
            "a": link("1a", f"{CDN}/a/index.m3u8"),
            "b": f"https://other.kutimkab.example/cctv/?camId=2b&videoUrl={CDN}/b/index.m3u8",
        },
        # One camera only.
        {"a": link("1a", f"{CDN}/a/index.m3u8")},
        # A value that is no link, beside a player link.
        {"a": link("1a", f"{CDN}/a/index.m3u8"), "b": link("2b", f"{CDN}/b/index.m3u8"), "n": 3},
        # The media themselves, not player links (read as a handle map elsewhere).
        {"a": f"{CDN}/a/index.m3u8", "b": f"{CDN}/b/index.m3u8"},
        # Player links handing only stills.
        {"a": link("1a", f"{CDN}/a/latest.jpg"), "b": link("2b", f"{CDN}/b/latest.jpg")},
    ],
)
def test_near_misses_are_no_player_link_table(payload: dict[str, object]) -> None:
    assert player_link_records(payload) is None  # type: ignore[arg-type]


def test_camera_path_stands_in_for_a_camera_id() -> None:
    payload = {
        "north": f"https://kutimkab.example/cctv/player.html?src={CDN}/n/index.m3u8&title=Utara",
        "south": f"https://kutimkab.example/cctv/player.html?src={CDN}/s/index.m3u8&title=Selatan",
    }
    records = player_link_records(payload)
    assert records == [
        {"id": "north", "name": "Utara", "stream_url": f"{CDN}/n/index.m3u8"},
        {"id": "south", "name": "Selatan", "stream_url": f"{CDN}/s/index.m3u8"},
    ]
    campus = {
        "north": f"https://kutimkab.example/campus/player.html?src={CDN}/n/index.m3u8",
        "south": f"https://kutimkab.example/campus/player.html?src={CDN}/s/index.m3u8",
    }
    assert player_link_records(campus) is None


def test_public_table_of_lan_only_links_reads_nothing() -> None:
    payload = {
        "a": link("1a", "http://192.168.1.10/hls/a/index.m3u8"),
        "b": link("2b", "http://192.168.1.11/hls/b/index.m3u8"),
    }
    assert player_link_records(payload) is None
    try:
        cameras = parse(payload)
    except PortalFormatError:
        return
    assert not any("192.168" in repr(c) for c in cameras)
