"""Of one stream given over HTTP and over HTTPS, the HTTPS twin is taken as written."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://smartway.kutimkab.example/api/RoadwayCameras"
HTTP = "http://sfs1.smartway.kutimkab.example/rtplive/KT1_001/playlist.m3u8"
HTTPS = "https://sfs1.smartway.kutimkab.example:443/rtplive/KT1_001/playlist.m3u8"


def camera(**fields: Any) -> Camera:
    record = {"id": "4101", "title": "Jl. Yos Sudarso @ Simpang Tiga", **fields}
    result = parse_body(json.dumps([record]), profile=Profile.AUTO, base_url=BASE, prettify=False)
    (only,) = result.cameras
    return only


def test_the_https_twin_is_taken_over_the_http_address() -> None:
    assert camera(httpVideoUrl=HTTP, httpsVideoUrl=HTTPS).stream_url == HTTPS


def test_the_order_of_the_fields_does_not_matter() -> None:
    assert camera(httpsVideoUrl=HTTPS, httpVideoUrl=HTTP).stream_url == HTTPS
    assert camera(video_url=HTTP, video_url_ssl=HTTPS).stream_url == HTTPS


def test_the_twin_may_name_another_port() -> None:
    http = "http://live.kutimkab.example:1935/atcs/k1.stream/playlist.m3u8"
    https = "https://live.kutimkab.example/atcs/k1.stream/playlist.m3u8"
    assert camera(hls=http, hls_ssl=https).stream_url == https


def test_an_empty_https_field_keeps_the_http_address() -> None:
    assert camera(httpVideoUrl=HTTP, httpsVideoUrl="").stream_url == HTTP


def test_another_host_is_no_twin() -> None:
    other = "https://sfs2.smartway.kutimkab.example/rtplive/KT1_001/playlist.m3u8"
    assert camera(video_url=HTTP, video_url_ssl=other).stream_url == HTTP


def test_another_path_or_query_is_no_twin() -> None:
    smaller = "https://sfs1.smartway.kutimkab.example/rtplive/KT1_001_240p/playlist.m3u8"
    assert camera(video_url=HTTP, video_url_ssl=smaller).stream_url == HTTP
    token = HTTPS + "?token=abc"
    assert camera(video_url=HTTP, video_url_ssl=token).stream_url == HTTP


def test_an_address_with_a_login_is_no_twin() -> None:
    login = "https://user:secret@sfs1.smartway.kutimkab.example/rtplive/KT1_001/playlist.m3u8"
    found = camera(video_url=HTTP, video_url_ssl=login)
    assert found.stream_url == HTTP
    assert "secret" not in (found.stream_url or "")


def test_rtsp_and_rtmp_addresses_stay_out() -> None:
    found = camera(
        httpVideoUrl=HTTP,
        httpsVideoUrl=HTTPS,
        rtmpVideoUrl="rtmp://sfs1.smartway.kutimkab.example:1935/rtplive/KT1_001",
        rtspVideoUrl="rtsp://sfs1.smartway.kutimkab.example:554/rtplive/KT1_001",
    )
    assert found.stream_url == HTTPS


def test_a_still_over_https_is_taken_over_its_http_twin() -> None:
    http = "http://snapshots.smartway.kutimkab.example/thumbs/KT1_001.png"
    https = "https://snapshots.smartway.kutimkab.example/thumbs/KT1_001.png"
    assert camera(thumbnail=http, thumbnail_https=https).snapshot_url == https
