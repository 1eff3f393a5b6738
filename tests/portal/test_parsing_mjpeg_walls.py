"""A camera wall of MJPEG feeds left open for a time: its open addresses are MJPEG."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://pantau.jalan-kutim.example/js/kamera.js"
FREEWAY = "https://cctv.tol.kutimkab.example/abs2mjpg/bmjpg?camera={n}&t="
PROVINCIAL = "https://cctv-ss01.pupr.kutimkab.example/T01-0{n}K+300?resolution=CIF_352X288&t="


def wall(*urls: str, key: str = "url") -> list[Camera]:
    lines = "".join(
        f'    {{ name: "Ruas {i}", {key}: {json.dumps(url)} }},\n' for i, url in enumerate(urls)
    )
    script = f"cameras = [\n{lines}]\n\nrand = Math.random();\n"
    return parse_body(script, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def kinds(cameras: list[Camera]) -> list[str | None]:
    return [
        "mjpeg"
        if c.mjpeg_url
        else "still"
        if c.snapshot_url
        else "stream"
        if c.stream_url
        else None
        for c in cameras
    ]


def test_open_addresses_beside_mjpeg_feeds_are_mjpeg() -> None:
    cameras = wall(FREEWAY.format(n=101), PROVINCIAL.format(n=12), FREEWAY.format(n=131))
    assert kinds(cameras) == ["mjpeg", "mjpeg", "mjpeg"]
    assert cameras[1].mjpeg_url == PROVINCIAL.format(n=12)
    assert cameras[1].snapshot_url is None


def test_a_bare_open_query_beside_an_mjpeg_route_is_mjpeg() -> None:
    cameras = wall(
        "https://umpan.lalin.example/proxy/simpang/video?",
        "https://umpan.lalin.example/proxy/pelangi/video.mjpg?t=",
        key="src",
    )
    assert kinds(cameras) == ["mjpeg", "mjpeg"]
    assert cameras[0].mjpeg_url == "https://umpan.lalin.example/proxy/simpang/video?"


def test_open_addresses_alone_stay_reloaded_stills() -> None:
    cameras = wall(PROVINCIAL.format(n=12), PROVINCIAL.format(n=13))
    assert kinds(cameras) == ["still", "still"]


def test_a_still_by_its_route_keeps_the_open_addresses_stills() -> None:
    cameras = wall(
        "https://rpi.pantai.example/html/cam_pic.php?time=",
        "https://kamera.pantai.example/stills/muara.jpg?t=",
        "https://kamera.pantai.example/sekerat/mjpg/video.mjpg?t=",
    )
    assert kinds(cameras) == ["still", "still", "mjpeg"]


def test_an_address_not_left_open_is_not_taken_as_mjpeg() -> None:
    cameras = wall(FREEWAY.format(n=101), "https://cctv-ss01.pupr.kutimkab.example/T01-012K+300")
    assert cameras[1].mjpeg_url is None


def test_an_identifying_open_parameter_is_no_time() -> None:
    cameras = wall(FREEWAY.format(n=101), "https://cctv.pupr.kutimkab.example/live?cam=")
    assert all(c.mjpeg_url != "https://cctv.pupr.kutimkab.example/live?cam=" for c in cameras)


@pytest.mark.parametrize(
    "lan", ["http://192.168.40.12/T01-001K+000?t=", "http://127.0.0.1:8080/T01-002K+000?t="]
)
def test_a_lan_feed_on_a_public_wall_is_never_media(lan: str) -> None:
    cameras = wall(FREEWAY.format(n=101), lan, PROVINCIAL.format(n=12), FREEWAY.format(n=131))
    urls = [u for c in cameras for u in (c.mjpeg_url, c.snapshot_url, c.stream_url) if u]
    assert len(urls) == 3
    assert lan not in urls


def test_credentials_in_a_wall_address_are_never_copied() -> None:
    cameras = wall(
        FREEWAY.format(n=101),
        "https://admin:rahasia@cctv-ss01.pupr.kutimkab.example/T01-012K+300?t=",
    )
    for camera in cameras:
        for url in (camera.mjpeg_url, camera.snapshot_url, camera.stream_url):
            assert url is None or "rahasia" not in url
