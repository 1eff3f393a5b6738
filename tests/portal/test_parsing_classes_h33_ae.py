"""Camera firmwares' MJPEG routes and a camera wall's frame field, read after holdout 33.

A camera-wall app's records give each camera's live address and a frame grab
(``stream_url``, ``frame_url``). The live address of a hobby camera is often a firmware's
or app's MJPEG route whose name does not say so: the ESP32-CAM CameraWebServer sketch
streams at ``/stream`` on port 81 (its still at ``/capture`` on port 80), the Android IP
Webcam app at ``/video`` or ``/videofeed`` on its own port (8080 unless changed). Such an
address is the camera's MJPEG, not a stream, when the whole path is the route and the
port is the device's: the same paths on a web server's port (none written, 80 or 443),
``/stream`` on any port but 81, and a playlist under ``/video/`` never are. ``frame_url``
(``frameUrl``) is the camera's still, so a camera with only its frame is still listed.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.media import is_image_url, is_mjpeg_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "http://cams.village.example/api/cameras"


def cameras(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    """Parse a camera wall's JSON array of records."""
    body = json.dumps(records)
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "url",
    [
        "http://192.168.4.20:81/stream",
        "http://10.1.1.5:8080/video",
        "http://10.1.1.5:8080/videofeed",
        "http://phone.lan.example:4747/video",
        "https://10.1.1.5:8443/video",
    ],
)
def test_device_mjpeg_routes(url: str) -> None:
    """A firmware's or app's MJPEG route on the device's port is MJPEG, no still."""
    assert is_mjpeg_url(url)
    assert not is_image_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/video",
        "http://news.example/videofeed",
        "http://news.example:80/video",
        "https://news.example:443/video",
        "http://10.1.1.5:8080/video/index.m3u8",
        "http://10.1.1.5:8080/video/live.html",
        "http://10.1.1.5:8080/stream",
        "http://10.1.1.5/stream",
        "http://10.1.1.5:81/stream/index.m3u8",
        "http://10.1.1.5:81/live/stream",
        "http://10.1.1.5:8080/my/video",
        "http://10.1.1.5:8888/video/",
        "http://10.1.1.5:81/stream/",
        "rtsp://10.1.1.5:8554/video",
    ],
)
def test_other_paths_and_ports_are_no_device_mjpeg(url: str) -> None:
    """The same words on a web server's port, other paths or a playlist are no MJPEG."""
    assert not is_mjpeg_url(url)


def test_frame_url_is_the_still_and_stream_url_the_mjpeg() -> None:
    """An ESP32-CAM and an IP Webcam record: the live route is MJPEG, the frame the still."""
    found = cameras(
        [
            {
                "_id": "a1",
                "name": "Gerbang",
                "stream_url": "http://192.168.4.20:81/stream",
                "frame_url": "http://192.168.4.20/capture",
            },
            {
                "_id": "a2",
                "name": "Kandang",
                "streamUrl": "http://192.168.4.30:8080/video",
                "frameUrl": "http://192.168.4.30:8080/shot.jpg",
            },
        ]
    )
    assert [(c.name, c.stream_url, c.mjpeg_url, c.snapshot_url) for c in found] == [
        ("Gerbang", None, "http://192.168.4.20:81/stream", "http://192.168.4.20/capture"),
        (
            "Kandang",
            None,
            "http://192.168.4.30:8080/video",
            "http://192.168.4.30:8080/shot.jpg",
        ),
    ]


def test_a_camera_with_only_its_frame_is_listed() -> None:
    """A record without a live address but with its frame grab is a still-only camera."""
    found = cameras(
        [
            {
                "_id": "b1",
                "name": "Pos Ronda",
                "stream_url": None,
                "frame_url": "http://10.2.0.4/capture",
            },
            {"_id": "b2", "name": "Balai", "stream_url": "http://10.2.0.5:81/stream"},
        ]
    )
    assert [(c.name, c.snapshot_url, c.mjpeg_url) for c in found] == [
        ("Pos Ronda", "http://10.2.0.4/capture", None),
        ("Balai", None, "http://10.2.0.5:81/stream"),
    ]


def test_a_site_video_page_and_a_playlist_stay_streams_or_pages() -> None:
    """A ``/video`` playlist on a device port stays a stream; a site's page is no MJPEG."""
    found = cameras(
        [
            {
                "_id": "c1",
                "name": "Relay",
                "stream_url": "http://10.2.0.9:8080/video/index.m3u8",
                "frame_url": "http://10.2.0.9:8080/video/preview.jpg",
            },
            {
                "_id": "c2",
                "name": "Alun-alun",
                "stream_url": "https://portal.village.example/video",
                "frame_url": "https://portal.village.example/img/alun.jpg",
            },
        ]
    )
    by_name = {c.name: c for c in found}
    relay = by_name["Relay"]
    assert relay.stream_url == "http://10.2.0.9:8080/video/index.m3u8"
    assert relay.mjpeg_url is None
    assert relay.snapshot_url == "http://10.2.0.9:8080/video/preview.jpg"
    assert all(c.mjpeg_url is None for c in found)
