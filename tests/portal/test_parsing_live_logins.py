"""A login-bearing address under a field named for live media stands in, login dropped."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://nvr.rumah.example:8080/cameras"


def _parse(records: list[dict[str, object]]) -> list[Camera]:
    body = json.dumps(records)
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_live_fields_with_a_login_give_the_address_without_it() -> None:
    found = _parse(
        [
            {"id": "cam1", "name": "Teras", "live": "rtsp://u:S3cret!@nvr.rumah.example:8554/a"},
            {"id": "cam2", "name": "Dapur", "rtspLive": "rtsp://u:S3cret@nvr.rumah.example/b"},
            {"id": "cam3", "name": "Garasi", "liveStream": "rtsp://nvr.rumah.example:8554/c"},
        ]
    )
    assert [(c.id, c.name, c.stream_url) for c in found] == [
        ("cam1", "Teras", "rtsp://nvr.rumah.example:8554/a"),
        ("cam2", "Dapur", "rtsp://nvr.rumah.example/b"),
        ("cam3", "Garasi", "rtsp://nvr.rumah.example:8554/c"),
    ]
    assert not any("S3cret" in repr(camera) for camera in found)


def test_a_camera_s_own_media_wins_over_its_login_bearing_live_field() -> None:
    found = _parse(
        [
            {
                "id": "cam1",
                "name": "Teras",
                "hls": "https://nvr.rumah.example/hls/a/index.m3u8",
                "live": "rtsp://u:S3cret@nvr.rumah.example:8554/a",
            },
            {"id": "cam2", "name": "Dapur", "hls": "https://nvr.rumah.example/hls/b/index.m3u8"},
        ]
    )
    assert [c.stream_url for c in found] == [
        "https://nvr.rumah.example/hls/a/index.m3u8",
        "https://nvr.rumah.example/hls/b/index.m3u8",
    ]


@pytest.mark.parametrize(
    "field",
    [
        # A device on the LAN, listed by a public host: its input, never media.
        {"live": "rtsp://u:S3cret@192.168.1.20:554/Streaming/Channels/101"},
        # A field named for no live media (a backup target, the device's origin).
        {"origin": "rtsp://u:S3cret@nvr.rumah.example:8554/a"},
        {"backup": "rtsp://u:S3cret@nvr.rumah.example:8554/a"},
        # A publish address, never read.
        {"live_publish": "rtmp://u:S3cret@ingest.rumah.example/live/a"},
        # A credential field.
        {"live_password": "rtsp://u:S3cret@nvr.rumah.example:8554/a"},
        # A page, not a stream.
        {"live": "https://u:S3cret@nvr.rumah.example/view/a"},
    ],
)
def test_other_login_bearing_addresses_give_no_camera(field: dict[str, object]) -> None:
    records: list[dict[str, object]] = [
        {"id": f"cam{n}", "name": f"Kamera {n}", **field} for n in range(1, 3)
    ]
    with pytest.raises(PortalFormatError):
        _parse(records)


def test_loopback_and_local_host_names_give_no_camera() -> None:
    """A loopback or local host name in a public list is a device's own, never a stream."""
    body = json.dumps(
        [
            {"slug": "a", "title": "A", "rtspLive": "rtsp://viewer:secret@localhost:8554/a"},
            {"slug": "b", "title": "B", "rtspLive": "rtsp://viewer:secret@printer.local:8554/b"},
            {"slug": "c", "title": "C", "rtspLive": "rtsp://viewer:secret@nvr:8554/c"},
        ]
    )
    with pytest.raises(PortalFormatError):
        parse_body(
            body,
            profile=Profile.AUTO,
            base_url="https://video.example.org/config/cameras.json",
            prettify=False,
        )


def test_a_local_list_keeps_its_neighbours_host_names() -> None:
    """A list served from the local network itself reads its neighbours' local names."""
    body = json.dumps(
        [{"slug": "a", "title": "A", "rtspLive": "rtsp://viewer:secret@nvr.local:8554/a"}]
    )
    found = parse_body(
        body, profile=Profile.AUTO, base_url="http://192.168.1.2/cameras.json", prettify=False
    ).cameras
    assert [c.stream_url for c in found] == ["rtsp://nvr.local:8554/a"]
