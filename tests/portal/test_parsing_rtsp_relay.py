"""An RTSP streaming relay's camera list: each camera's page at its configured path."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

API = "https://relay.kutim.example/api/cameras"


def cameras(body: object, base: str = API) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _streams(body: object, base: str = API) -> list[str | None]:
    """Return the parsed cameras' streams, or none when the answer is refused."""
    try:
        return [camera.stream_url for camera in cameras(body, base)]
    except PortalFormatError:
        return []


def _camera(cid: str, path: str, *, connected: bool = True, **more: object) -> dict[str, object]:
    return {
        "id": cid,
        "path": path,
        "connected": connected,
        "capture_fps": 15.0 if connected else 0.0,
        "clients_connected": 1,
        "last_frame_time": None,
        "ffmpeg_running": connected,
        "duplicate_frames": 0,
        "token_required": False,
        **more,
    }


def _answer(*records: dict[str, object]) -> dict[str, object]:
    return {"status": "success", "data": {"cameras": list(records), "count": len(records)}}


def test_each_camera_page_is_its_path_on_the_relay() -> None:
    """The path, nested or not, is resolved on the relay; connected is the state."""
    found = cameras(
        _answer(
            _camera("polder", "/polder"),
            _camera("muara", "/bengalon/muara", connected=False, enabled=False),
        )
    )
    assert [(c.id, c.name, c.stream_url, c.online) for c in found] == [
        ("polder", "polder", "https://relay.kutim.example/polder", True),
        ("muara", "muara", "https://relay.kutim.example/bengalon/muara", False),
    ]
    assert all(c.snapshot_url is None and c.mjpeg_url is None for c in found)


def test_a_proxy_prefix_before_the_route_is_kept() -> None:
    """Behind a reverse proxy the dashboard opens ``${basePath}${path}``."""
    body = _answer(_camera("teluk", "/teluk"))
    assert _streams(body, "https://pantau.kutim.example/relay/api/cameras") == [
        "https://pantau.kutim.example/relay/teluk"
    ]


def test_token_cameras_and_newer_counters_are_read() -> None:
    """A camera asking for its token is still listed; buffer counters are no media."""
    body = _answer(
        _camera("kabo", "/kabo", token_required=True, pre_recording_buffer_frames=10),
    )
    assert _streams(body) == ["https://relay.kutim.example/kabo"]


@pytest.mark.parametrize(
    "path",
    ["//evil.example/x", "/../admin", "/a/./b", "http://192.168.1.5/cam", "cam1", "/a?b=1", ""],
)
def test_paths_leaving_the_relay_are_refused(path: str) -> None:
    """Only plain root-relative paths become a page: no host, climb, query or bare name."""
    streams = _streams(_answer(_camera("good", "/good"), _camera("bad", path)))
    assert streams == ["https://relay.kutim.example/good"]


def test_another_route_is_not_read_as_the_relay() -> None:
    """The same records answered elsewhere are left to the other readers (no page invented)."""
    body = _answer(_camera("polder", "/polder"))
    assert _streams(body, "https://relay.kutim.example/api/files") == []


def test_records_with_fields_the_relay_never_writes_are_not_read() -> None:
    """A camera input beside the path (an RTSP URL with a login) makes it another list."""
    body = _answer(_camera("polder", "/polder", url="rtsp://admin:rahasia@10.0.0.4/live"))
    found = _streams(body)
    assert "https://relay.kutim.example/polder" not in found
    assert "rahasia" not in repr(found)


@pytest.mark.parametrize(
    "body",
    [
        {"status": "error", "data": {"cameras": [_camera("a", "/a")], "count": 1}},
        {"status": "success", "data": {"files": [{"id": "a", "path": "/a", "size": 3}]}},
        {"status": "success", "data": {"cameras": [{"id": "a", "path": "/a"}], "count": 1}},
        [{"id": "a", "path": "/a", "connected": True}],
    ],
)
def test_near_misses_name_no_page(body: object) -> None:
    """An error answer, a file list, bare path records: no path becomes a page."""
    assert "https://relay.kutim.example/a" not in _streams(body)
