"""Stalker / Ministra set-top-box portal channel lists: camera channels' cmd addresses."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.middleware import stalker_items

PORTAL = "http://stb.kutimkab.example/stalker_portal/server/load.php?type=itv"
LAN_PORTAL = "http://192.168.1.5/stalker_portal/server/load.php?type=itv"


def parse(answer: Any, base: str = PORTAL) -> list[Any]:
    return list(
        parse_body(json.dumps(answer), profile=Profile.AUTO, base_url=base, prettify=False).cameras
    )


def channel(cid: str, name: str, cmd: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": cid,
        "name": name,
        "number": cid,
        "cmd": cmd,
        "tv_genre_id": "4",
        "xmltv_id": "",
        "logo": "",
        "cmds": [{"id": "9" + cid, "ch_id": cid, "url": cmd}],
        **extra,
    }


def paged(*channels: dict[str, Any]) -> dict[str, Any]:
    return {"js": {"total_items": len(channels), "max_page_items": 14, "data": list(channels)}}


def streams(answer: Any, base: str = PORTAL) -> dict[str | None, str | None]:
    return {camera.id: camera.stream_url for camera in parse(answer, base)}


def test_player_word_is_dropped_from_camera_channels() -> None:
    answer = paged(
        channel("1", "CCTV Simpang Tiga", "ffmpeg http://cctv.kutimkab.example/live/a.m3u8"),
        channel("2", "CCTV Pasar", "ffrt http://cctv.kutimkab.example/live/b.m3u8"),
        channel("3", "CCTV Dermaga", "auto http://cctv.kutimkab.example:8080/stream/c.ts"),
        channel("4", "CCTV Pelabuhan", "ffmpeg rtsp://cam-pelabuhan.kutimkab.example:554/ch1"),
        channel("5", "CCTV Bundaran", "http://cctv.kutimkab.example/live/e.m3u8"),
    )
    assert streams(answer) == {
        "1": "http://cctv.kutimkab.example/live/a.m3u8",
        "2": "http://cctv.kutimkab.example/live/b.m3u8",
        "3": "http://cctv.kutimkab.example:8080/stream/c.ts",
        "4": "rtsp://cam-pelabuhan.kutimkab.example:554/ch1",
        "5": "http://cctv.kutimkab.example/live/e.m3u8",
    }
    names = {camera.id: camera.name for camera in parse(answer)}
    assert names["4"] == "CCTV Pelabuhan"


def test_bare_js_array_is_read() -> None:
    answer = {"js": [channel("7", "CCTV Taman", "ffmpeg http://cctv.kutimkab.example/t.m3u8")]}
    assert streams(answer) == {"7": "http://cctv.kutimkab.example/t.m3u8"}


def test_camera_word_in_genres_or_address_is_evidence() -> None:
    answer = paged(
        channel(
            "1",
            "Simpang Kabo",
            "ffmpeg http://live.dishub.kutimkab.example/hls/kabo.m3u8",
            genres_str="Kamera Lalu Lintas",
        ),
        channel("2", "Taman Bersemi", "ffmpeg http://kominfo.kutimkab.example/cctv/taman.m3u8"),
    )
    assert set(streams(answer)) == {"1", "2"}


def test_tv_news_and_radio_channels_are_no_cameras() -> None:
    answer = paged(
        channel("1", "CCTV Simpang", "ffmpeg http://cctv.kutimkab.example/live/a.m3u8"),
        channel(
            "2",
            "Kutim TV",
            "ffmpeg https://stream.kutimtv.kutimkab.example/live/index.m3u8",
            xmltv_id="kutimtv.id",
        ),
        channel(
            "3",
            "Berita Malam",
            "ffmpeg https://tv.kutimkab.example/berita/index.m3u8",
            genres_str="Berita",
        ),
        channel("4", "RRI Pro 2", "ffmpeg http://radio.kutimkab.example/pro2/playlist.m3u8"),
    )
    assert set(streams(answer)) == {"1"}


def test_only_tv_channels_is_no_camera_list() -> None:
    answer = paged(
        channel("2", "Kutim TV", "ffmpeg https://stream.kutimtv.kutimkab.example/live/i.m3u8"),
        channel("3", "Info Kutim", "ffmpeg https://kominfo.kutimkab.example/tv/info.m3u8"),
    )
    with pytest.raises(PortalFormatError, match="Stalker/Ministra"):
        parse(answer)


@pytest.mark.parametrize(
    "cmd",
    [
        "ffrt http://localhost/ch/103_",
        "ffmpeg http://localhost/ch/44_http://cctv.kutimkab.example/hls/k.m3u8",
        "ffrt http://127.0.0.1:88/cctv/gerbang.m3u8",
        "ffmpeg http://[::1]/cctv/gerbang.m3u8",
        "udp://@239.10.20.13:1234",
        "ffmpeg rtp://@239.10.20.14:5000",
        "ffmpeg rtmp://cctv.kutimkab.example/live/a",
        "ffmpeg srt://cctv.kutimkab.example:9000?streamid=a",
        "ffmpeg rtsp://192.168.10.21:554/stream1",
        "ffmpeg http://10.0.0.5/cctv/a.m3u8",
        "ffmpeg http://cctv-nvr/live/a.m3u8",
        "ffmpeg http://panel.kutimkab.example:8080/live/stbview/Kt8mx2q/45.ts",
        "",
        "ffmpeg",
        "ffmpeg http://cctv.kutimkab.example/a.m3u8 http://cctv.kutimkab.example/b.m3u8",
        "ffmpeg /cctv/relative.m3u8",
    ],
)
def test_placeholders_lan_multicast_rtmp_and_panel_logins_are_refused(cmd: str) -> None:
    answer = paged(
        channel("1", "CCTV Simpang", "ffmpeg http://cctv.kutimkab.example/live/a.m3u8"),
        channel("2", "CCTV Gerbang", cmd),
    )
    assert set(streams(answer)) == {"1"}


def test_localhost_placeholder_is_refused_on_a_lan_portal_too() -> None:
    answer = paged(
        channel("1", "CCTV Simpang", "ffmpeg http://192.168.1.20/live/a.m3u8"),
        channel("2", "CCTV Gerbang", "ffrt http://localhost/ch/2_"),
    )
    assert streams(answer, LAN_PORTAL) == {"1": "http://192.168.1.20/live/a.m3u8"}


def test_login_before_the_host_is_not_copied() -> None:
    answer = paged(
        channel("1", "CCTV Kabo", "ffmpeg http://operator:Lintas24@cctv.kutimkab.example/k.m3u8"),
        channel("2", "CCTV Pelabuhan", "ffmpeg rtsp://admin:Rahasia1@cam.kutimkab.example/ch1"),
    )
    found = streams(answer)
    assert found == {
        "1": "http://cctv.kutimkab.example/k.m3u8",
        "2": "rtsp://cam.kutimkab.example/ch1",
    }
    assert all("Lintas24" not in str(camera) for camera in parse(answer))


def test_other_records_with_cmd_are_not_channel_lists() -> None:
    # A VOD list (category_id, screenshot_uri) and a plain command log are not read here.
    vod = {
        "js": {
            "data": [
                {
                    "id": "9",
                    "name": "CCTV dokumenter",
                    "cmd": "ffmpeg http://cctv.kutimkab.example/vod/a.mp4",
                    "category_id": "3",
                    "screenshot_uri": "/s.jpg",
                }
            ]
        }
    }
    assert stalker_items(vod, PORTAL) is None
    assert (
        stalker_items({"data": [channel("1", "CCTV", "ffmpeg http://c.example/a")]}, PORTAL) is None
    )
    assert stalker_items({"js": {"data": []}}, PORTAL) is None
    assert stalker_items({"js": True}, PORTAL) is None


def test_overlong_command_is_refused() -> None:
    long_cmd = "ffmpeg http://cctv.kutimkab.example/" + "a" * 5000 + ".m3u8"
    answer = paged(
        channel("1", "CCTV Simpang", "ffmpeg http://cctv.kutimkab.example/live/a.m3u8"),
        channel("2", "CCTV Panjang", long_cmd),
    )
    assert set(streams(answer)) == {"1"}
