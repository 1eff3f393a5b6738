"""Camera records keyed by a device path, their WebRTC pages, and recorded-file listings."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.mediafiles import recorded_file_records
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://kamera.bengalon.example/rpc"
HOST = "https://kamera.bengalon.example"


def _parse(data: object, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _rpc(cameras: list[dict[str, object]], *, request_id: int = 7) -> dict[str, object]:
    return {
        "jsonrpc": "2.0",
        "result": {"cameras": cameras, "total": len(cameras)},
        "id": request_id,
    }


def _device(number: int, name: str, **streams: object) -> dict[str, object]:
    return {
        "device": f"/dev/video{number}",
        "status": "CONNECTED",
        "name": name,
        "streams": streams,
    }


def _public(number: int) -> dict[str, object]:
    return {"rtsp": f"rtsp://kamera.bengalon.example:8554/camera{number}"}


def test_a_device_path_is_the_id_of_a_record_keyed_by_nothing_else() -> None:
    cams = _parse(
        _rpc([_device(0, "Simpang Tiga", **_public(0)), _device(1, "Pasar", **_public(1))])
    )
    assert [c.id for c in cams] == ["/dev/video0", "/dev/video1"]
    assert cams[0].stream_url == "rtsp://kamera.bengalon.example:8554/camera0"


@pytest.mark.parametrize("key", ["device_path", "devicePath", "devnode", "dev"])
def test_the_device_path_spellings_key_a_record(key: str) -> None:
    records = [
        {key: f"/dev/video{n}", "name": f"Kamera {n}", "stream": f"{HOST}/hls/cam{n}/index.m3u8"}
        for n in range(2)
    ]
    cams = _parse({"cameras": records})
    assert [c.id for c in cams] == ["/dev/video0", "/dev/video1"]


def test_an_id_field_beats_the_device_path() -> None:
    records = [
        {
            "id": f"cam-{n}",
            "device": f"/dev/video{n}",
            "name": f"Kamera {n}",
            "stream": f"{HOST}/hls/cam{n}/index.m3u8",
        }
        for n in range(2)
    ]
    assert [c.id for c in _parse({"cameras": records})] == ["cam-0", "cam-1"]


@pytest.mark.parametrize(
    "device", ["custom", "Hikvision DS-2CD2143", "/dev", "/dev/video 0", "video0"]
)
def test_a_device_kind_or_model_is_no_id(device: str) -> None:
    records = [
        {"device": device, "name": f"Kamera {n}", "stream": f"{HOST}/hls/cam{n}/index.m3u8"}
        for n in range(2)
    ]
    cams = _parse({"cameras": records})
    assert len(cams) == 2
    assert all(c.id.startswith("k-") for c in cams)


def test_the_request_id_of_the_envelope_is_never_a_camera_id() -> None:
    cams = _parse(_rpc([_device(0, "Simpang Tiga", **_public(0))], request_id=42))
    assert [c.id for c in cams] == ["/dev/video0"]


def test_a_public_webrtc_page_beats_a_lan_rtsp_address() -> None:
    cams = _parse(
        _rpc(
            [
                _device(
                    0,
                    "Simpang Tiga",
                    rtsp="rtsp://10.0.3.2:8554/camera0",
                    webrtc=f"{HOST}/camera0/webrtc",
                    hls=f"{HOST}/camera0/index.m3u8",
                ),
                _device(
                    1, "Pasar", rtsp="rtsp://10.0.3.2:8554/camera1", webrtc=f"{HOST}/camera1/webrtc"
                ),
                _device(2, "Dermaga", **_public(2)),
            ]
        )
    )
    assert {c.id: c.stream_url for c in cams} == {
        "/dev/video0": f"{HOST}/camera0/index.m3u8",
        "/dev/video1": f"{HOST}/camera1/webrtc",
        "/dev/video2": "rtsp://kamera.bengalon.example:8554/camera2",
    }


def test_a_public_rtsp_address_goes_before_the_webrtc_page() -> None:
    cams = _parse(
        _rpc(
            [
                _device(
                    0,
                    "Simpang Tiga",
                    rtsp="rtsp://kamera.bengalon.example:8554/camera0",
                    webrtc=f"{HOST}:8889/camera0/webrtc",
                    hls=f"{HOST}:8888/camera0",
                ),
                _device(1, "Pasar", **_public(1)),
            ]
        )
    )
    assert cams[0].stream_url == "rtsp://kamera.bengalon.example:8554/camera0"


@pytest.mark.parametrize(
    "webrtc",
    [
        f"{HOST}/camera1/whep",  # a signalling endpoint, nothing to watch
        "http://10.0.3.2:8889/camera1/webrtc",  # on the LAN
        "http://localhost:8889/camera1/webrtc",
        f"{HOST}/camera1/webrtc?token=abc",  # a query
    ],
)
def test_no_page_stands_in_for_a_lan_stream(webrtc: str) -> None:
    cams = _parse(
        _rpc(
            [
                _device(0, "Simpang Tiga", **_public(0)),
                _device(1, "Pasar", rtsp="rtsp://10.0.3.2:8554/camera1", webrtc=webrtc),
                _device(2, "Dermaga", **_public(2)),
                _device(3, "Terminal", **_public(3)),
            ]
        )
    )
    assert "/dev/video1" not in {c.id for c in cams}
    assert all(c.stream_url is None or "10.0.3.2" not in c.stream_url for c in cams)


def test_a_webrtc_page_named_by_the_camera_s_slug_is_its_own() -> None:
    records = [
        {"id": "a", "name": "Jembatan Sepaso", "webrtc": f"{HOST}/webrtc/jembatan-sepaso/"},
        {"id": "b", "name": "Pasar", "hls": f"{HOST}/hls/pasar/index.m3u8"},
    ]
    cams = _parse(records, base="https://other.example/api/cameras")
    assert {c.id: c.stream_url for c in cams}["a"] == f"{HOST}/webrtc/jembatan-sepaso/"


def test_a_webrtc_page_of_another_name_is_not_taken() -> None:
    records = [
        {
            "id": "a",
            "name": "Jembatan Sepaso",
            "webrtc": "https://blog.example/webrtc/getting-started",
        },
        {"id": "b", "name": "Pasar", "hls": f"{HOST}/hls/pasar/index.m3u8"},
    ]
    cams = _parse(records, base="https://other.example/api/cameras")
    assert "a" not in {c.id for c in cams}


# Recorded-file listings.

SD = "http://kamera-pantai.example"


def _file(name: str, folder: str, **extra: object) -> dict[str, object]:
    return {
        "name": name,
        "path": f"{folder}/{name}",
        "url": f"{SD}/{folder}/{name}",
        "size": "2.1M",
        "modified": "2025-07-02 06:15:31",
        **extra,
    }


def test_a_media_listing_of_recorded_files_gives_no_camera() -> None:
    items = [
        _file("A250702061512.jpg", "2025-07-02/images000", type="image"),
        _file("A250702_061512_061530.264", "2025-07-02/record000", type="video"),
        _file("P250702_070000_071000.265", "2025-07-02/record000", type="video"),
        _file("cam1_20250702_0700.mp4", "clips", type="video"),
    ]
    assert recorded_file_records(items) == frozenset({0, 1, 2, 3})
    with pytest.raises(PortalFormatError):
        _parse(items, base="https://arsip.example/api/media")


def test_a_recorded_file_beside_cameras_is_dropped_and_the_cameras_kept() -> None:
    items = [
        {"name": "Dermaga", "url": f"{HOST}/hls/dermaga/index.m3u8"},
        {"name": "Pasar", "url": f"{HOST}/hls/pasar/index.m3u8"},
        {
            "filename": "pasar_20261130_070000.mp4",
            "url": f"{HOST}/files/pasar/pasar_20261130_070000.mp4",
            "size_bytes": 5242880,
        },
    ]
    cams = _parse(items, base=f"{HOST}/api/list")
    assert [c.raw_name for c in cams] == ["Dermaga", "Pasar"]


@pytest.mark.parametrize(
    "item",
    [
        # A camera named after its still, no timestamp.
        {"name": "simpang.jpg", "url": f"{HOST}/snap/simpang.jpg"},
        # A panorama webcam's dated still under a place name of its own.
        {
            "name": "Teluk Lingga",
            "url": f"{HOST}/5e5688/2026-12-02/19-00-00/2026-12-02-19-00-00_half.jpg",
        },
        # A timestamped file name the record's address does not end in.
        {"name": "20261201_063012.jpg", "url": f"{HOST}/snap/current.jpg"},
        # A name that is no media file.
        {"name": "CCTV 20261201", "url": f"{HOST}/snap/20261201.jpg"},
        {"name": "notes_20261201.pdf", "url": f"{HOST}/docs/notes_20261201.pdf"},
    ],
)
def test_camera_records_are_no_recorded_files(item: dict[str, object]) -> None:
    assert recorded_file_records([item]) == frozenset()


def test_non_records_are_skipped() -> None:
    assert recorded_file_records(["A250702061512.jpg", 3, None, ["a", "b"]]) == frozenset()


def test_a_listing_of_recordings_only_says_its_entries_are_recordings() -> None:
    items = [
        _file("A250702061512.jpg", "2025-07-02/images000", type="image"),
        _file("A250702_061512_061530.264", "2025-07-02/record000", type="video"),
        _file("P250702_070000_071000.265", "2025-07-02/record000", type="video"),
        _file("cam1_20250702_0700.mp4", "clips", type="video"),
    ]
    with pytest.raises(PortalFormatError) as raised:
        _parse(items, base="https://arsip.example/api/media")
    assert str(raised.value) == (
        "No camera list found in the portal answer: none of its 4 entries is a camera:"
        " 4 of them are recordings (recorded files or past videos, no live view)"
    )


def test_a_list_of_entries_without_media_keeps_the_no_media_error() -> None:
    items = [{"name": "Simpang Tiga", "size": "2.1M"}, {"name": "Pasar", "size": "1.0M"}]
    with pytest.raises(PortalFormatError) as raised:
        _parse(items, base="https://arsip.example/api/media")
    assert str(raised.value).startswith(
        "No camera list found in the portal answer: none of its 2 entries has a stream or image URL"
    )
