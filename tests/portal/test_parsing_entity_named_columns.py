"""Name and area columns spelled with the entity word before or after, camera address columns."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import area_name_key, entity_name_key
from custom_components.kutim_cctv.portal.parsing import parse_body

_BASE = "https://cctv.kutim.example/api/cctv"


def _cameras(rows: list[dict[str, str]]) -> list[Camera]:
    return list(
        parse_body(json.dumps(rows), profile=Profile.AUTO, base_url=_BASE, prettify=False).cameras
    )


def _rows(area_key: str, name_key: str, url_key: str = "url") -> list[dict[str, str]]:
    return [
        {
            "id": str(i),
            area_key: f"Sangatta {i}",
            name_key: f"Simpang Tiga {i}",
            url_key: f"https://cam{i}.kutim.example/live/index.m3u8",
        }
        for i in range(2)
    ]


@pytest.mark.parametrize(
    ("area_key", "name_key"),
    [
        ("areaname", "name_cam"),
        ("area_name", "name_cam"),
        ("nama_area", "nama_cctv"),
        ("wilayah_cctv", "cctv_nama"),
        ("areaname", "nm_kamera"),
        ("area_name", "camname"),
        ("nama_area", "cctvname"),
        ("namawilayah", "kamera_nama"),
    ],
)
def test_name_and_area_columns_either_order(area_key: str, name_key: str) -> None:
    cameras = _cameras(_rows(area_key, name_key))
    assert [(c.name, c.area) for c in cameras] == [
        ("Simpang Tiga 0", "Sangatta 0"),
        ("Simpang Tiga 1", "Sangatta 1"),
    ]


def test_entity_name_key_near_misses() -> None:
    assert entity_name_key("name_cam")
    assert entity_name_key("cctvnama")
    for key in ("cam_name_old", "area_name", "user_name", "username", "camera", "nama"):
        assert not entity_name_key(key), key


def test_area_name_key_near_misses() -> None:
    assert area_name_key("areaname") == "area"
    assert area_name_key("nama_wilayah") == "wilayah"
    for key in ("username", "area_code", "filename", "rename", "name", "area"):
        assert area_name_key(key) is None, key


def test_area_named_column_alone_still_names_a_camera() -> None:
    # No other field names the camera: the area-named column stays its name.
    rows = [
        {"id": str(i), "area_name": f"Bundaran {i}", "url": f"https://c{i}.kutim.example/a.m3u8"}
        for i in range(2)
    ]
    assert [c.name for c in _cameras(rows)] == ["Bundaran 0", "Bundaran 1"]


def test_login_bearing_camera_address_column_kept_without_login() -> None:
    rows = _rows("areaname", "name_cam", "ip_cam")
    rows[0]["ip_cam"] = "rtsp://admin:rahasia@cam0.kutim.example:554/Streaming/Channels/101"
    cameras = _cameras(rows)
    assert cameras[0].stream_url == "rtsp://cam0.kutim.example:554/Streaming/Channels/101"
    assert all("rahasia" not in repr(camera) for camera in cameras)


@pytest.mark.parametrize(
    ("key", "url"),
    [
        # A private host from a public list, whatever the column is called.
        ("ip_cam", "rtsp://admin:rahasia@192.168.1.64:554/Streaming/Channels/101"),
        # Not a camera address column: a login is never read from it.
        ("cam_user", "rtsp://admin:rahasia@cam0.kutim.example:554/Streaming/Channels/101"),
        ("backup_ip", "rtsp://admin:rahasia@cam0.kutim.example:554/Streaming/Channels/101"),
        # A publish address is no stream.
        ("cam_url", "rtmp://admin:rahasia@cam0.kutim.example/live/a"),
    ],
)
def test_login_bearing_address_near_misses(key: str, url: str) -> None:
    rows = [
        {"id": "1", "name_cam": "Simpang Tiga", key: url},
        {"id": "2", "name_cam": "Bundaran", "url": "https://cam2.kutim.example/live/index.m3u8"},
    ]
    cameras = _cameras(rows)
    assert [camera.id for camera in cameras if camera.stream_url is not None] == ["2"]
    assert all("rahasia" not in repr(camera) for camera in cameras)
