"""A camera image service's picture-by-key routes read as stills."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.media import is_image_url, is_mjpeg_url, is_stream_url
from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body


@pytest.mark.parametrize(
    "url",
    [
        "https://kamera.atlas.example/api/images/0829005_1",
        "https://kamera.atlas.example/api/images/0829005_1?t=17",
        "https://kamera.atlas.example/api/v1/images/3000501_1",
        "https://cams.example/api/images/77.jpg",
        "https://511.example/map/Cctv/3335",
        "https://511ny.example/map/Cctv/13962--41?t=1739631840",
        "https://511.example/map/Cctv/4102/",
    ],
)
def test_picture_by_key_is_still(url: str) -> None:
    assert is_image_url(url)
    assert not is_stream_url(url)
    assert not is_mjpeg_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://kamera.atlas.example/api/images",
        "https://kamera.atlas.example/api/images/",
        "https://kamera.atlas.example/api/images/upload",
        "https://kamera.atlas.example/api/images/list",
        "https://kamera.atlas.example/api/images/0829005_1/metadata",
        "https://kamera.atlas.example/api/images/0829005_1.json",
        "https://cms.example/api/images/logo",
        "https://cms.example/api/images/hero-banner",
        "https://kamera.example/api/images/X1",
        "https://kamera.atlas.example/images/0829005_1",
        "https://shop.example/catalog/images/77",
        "https://511.example/map/Cctv/Details/4104",
        "https://511.example/map/Cctv",
        "https://511.example/map/Cctv/abc",
        "https://511.example/map/Cctv/4104/edit",
    ],
)
def test_near_misses_are_no_still(url: str) -> None:
    assert not is_image_url(url)


def test_config_list_src_image_api_is_snapshot() -> None:
    text = (
        "window.CONFIG = { webcams: [\n"
        "  { src: 'https://kamera.example/api/images/1129023_1', caption: 'Simpang Tiga' },\n"
        "  { src: 'https://cuaca.example/webcams/8/2000/1578993455.jpg', caption: 'Dermaga' },\n"
        "] };\n"
    )
    cameras = parse_body(
        text, profile=Profile.AUTO, base_url="https://info.example/js/config.js", prettify=False
    ).cameras
    by_name = {camera.name: camera for camera in cameras}
    assert by_name["Simpang Tiga"].snapshot_url == "https://kamera.example/api/images/1129023_1"
    assert by_name["Simpang Tiga"].stream_url is None


def test_511_views_stay_one_camera_read_from_its_first_view() -> None:
    text = """[{"Id": "KT--1", "Location": "Simpang Tiga", "Latitude": 0.5, "Longitude": 117.5,
      "Views": [
        {"Id": 501, "Url": "https://511.example/map/Cctv/501", "Status": "Enabled",
         "Description": "Arah Sangatta"},
        {"Id": 502, "Url": "https://511.example/map/Cctv/502", "Status": "Disabled",
         "Description": "Arah Bengalon"}]}]"""
    cameras = parse_body(
        text,
        profile=Profile.AUTO,
        base_url="https://511.example/api/v2/get/cameras",
        prettify=False,
    ).cameras
    assert len(cameras) == 1
    assert cameras[0].id == "KT--1"
    assert cameras[0].snapshot_url == "https://511.example/map/Cctv/501"
    assert cameras[0].online is True
