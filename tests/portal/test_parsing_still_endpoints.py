"""Picture methods and JPEG-frame scripts are stills; relay fillers and stand-in loops none."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.media import (
    is_image_url,
    is_mjpeg_url,
    is_placeholder_stream,
)
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import template_gap
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/data/cameras.json"


def cameras(payload: object) -> tuple[Camera, ...]:
    """Parse a JSON payload as an Automatic portal answer."""
    text = json.dumps(payload)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "url",
    [
        "https://nvr.example/getimage?camera=1&fmt=full",
        "https://vms.example:9081/vapi/GetImage?Camera=7f1c2a90&Width=640&Height=360",
        (
            "https://b.example/MilestoneImageService/ImageService.svc/ImageService/GetImage"
            "?ondate=20240303081500&cameraname=A1-Polder%20Cam1"
        ),
        "https://511.example/map/Cctv/GetImage?cameraId=GWB_I95",
        "https://nvr.example/GetImage.aspx?channel=3",
        "https://nvr.example/getjpeg.php?cam=5",
    ],
)
def test_picture_method_with_camera_is_still(url: str) -> None:
    """A picture method asked for one camera's frame answers a still."""
    assert is_image_url(url)
    assert not is_mjpeg_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://shop.example/api/GetImage?file=logo",  # no camera named: any stored file
        "https://nvr.example/getimage?camera=1&fmt=full&delay=10",  # a DVR's frame series
        "https://nvr.example/getimage",  # no query at all
        "https://nvr.example/GetImageList?camera=1",  # a list, no picture
        "https://nvr.example/getimage.html?camera=1",  # a viewer page
    ],
)
def test_picture_method_near_misses(url: str) -> None:
    """Without a camera key, with a frame period or under another name: no still."""
    assert not is_image_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://cam1.example/image/jpeg.cgi",
        "https://relay.example/jpeg2.php?camid=10.8.0.21:8001",
        "https://relay.example/jpeg.cgi?camid=PJN-BGL-018",
        "https://relay.example/jpg.cgi?camid=7",
        "https://cam2web.example:8000/camera/jpeg",
    ],
)
def test_jpeg_frame_scripts_are_stills(url: str) -> None:
    """A script or camera route named for one JPEG frame is a still."""
    assert is_image_url(url)


@pytest.mark.parametrize(
    ("url", "mjpeg"),
    [
        ("https://relay.example/mjpeg2.php?camid=10.8.0.21:8001", True),
        ("https://relay.example/mjpeg.php?camid=PJN-BGL-018", True),
        ("https://cam2web.example:8000/camera/mjpeg", True),
        ("https://site.example/docs/jpeg", False),
        ("https://site.example/jpegviewer.php?camid=3", False),
        ("https://site.example/jpeg_upload.php?id=3", False),
    ],
)
def test_jpeg_frame_near_misses(url: str, mjpeg: bool) -> None:
    """MJPEG scripts stay MJPEG; a page or a script named for more is no still."""
    assert not is_image_url(url)
    assert is_mjpeg_url(url) is mjpeg


@pytest.mark.parametrize(
    "url",
    [
        "https://relay.example/jpeg2.php?camid=X.X.X.X:YYYY",
        "https://relay.example/mjpeg2.php?camid=X.X.X.X:YYYY",
        "https://relay.example/jpeg.php?camid=xxx.xxx.xxx.xxx",
        "https://xxx.xxx.xxx.xx/image/jpeg.cgi",
    ],
)
def test_address_filler_is_template_gap(url: str) -> None:
    """A device address of letters is a template's filler: no camera there."""
    assert template_gap(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://relay.example/jpeg2.php?camid=10.8.0.21:8001",
        "https://relay.example/jpeg2.php?size=xx-large",
        "https://relay.example/jpeg2.php?camid=XX1",
        "https://xx.example/image/jpeg.cgi",
    ],
)
def test_real_addresses_are_no_filler(url: str) -> None:
    """A real relay id, a size word or a host with x's is kept."""
    assert not template_gap(url)


@pytest.mark.parametrize(
    ("url", "placeholder"),
    [
        ("https://relay.example/hls/tempsus.m3u8", True),
        ("https://relay.example/live/no-signal.m3u8", True),
        ("https://relay.example/hls/Offline.m3u8", True),
        ("https://relay.example/offline/cam3/index.m3u8", False),
        ("https://relay.example/hls/suspension-bridge.m3u8", False),
        ("https://relay.example/hls/ccs12.m3u8", False),
    ],
)
def test_placeholder_stream_names(url: str, placeholder: bool) -> None:
    """Only a file name naming a stand-in loop is one; folders and longer words are not."""
    assert is_placeholder_stream(url) is placeholder


def test_records_read_with_stills_fillers_and_loops() -> None:
    """A feed's records: stills by shape, filler stills dropped, a stand-in loop no stream."""
    found = cameras(
        {
            "item": [
                {
                    "camid": "A-1",
                    "title": "Simpang Tiga",
                    "latitude": "0.50952",
                    "longitude": "117.63847",
                    "vdourl": "https://relay.kutim.example/mjpeg.php?camid=10.8.0.21:8001",
                    "imgurl": "https://relay.kutim.example/jpeg2.php?camid=10.8.0.21:8001",
                    "hls_url": "https://relay-i1.kutim.example/hls/tempsus.m3u8",
                },
                {
                    "camid": "A-2",
                    "title": "Bundaran Pelangi",
                    "latitude": "0.51630",
                    "longitude": "117.62211",
                    "vdourl": "https://relay.kutim.example/mjpeg.php?camid=10.8.0.21:8002",
                    "imgurl": "https://relay.kutim.example/jpeg2.php?camid=X.X.X.X:YYYY",
                    "hls_url": "https://relay-i1.kutim.example/hls/10.8.0.21_8002.m3u8",
                },
                {
                    "camid": "A-3",
                    "title": "Pasar Induk",
                    "latitude": "0.47201",
                    "longitude": "117.60544",
                    "vdourl": "",
                    "imgurl": "https://relay.kutim.example/jpeg2.php?camid=X.X.X.X:YYYY",
                    "hls_url": "",
                },
            ]
        }
    )
    by_id = {camera.id: camera for camera in found}
    assert set(by_id) == {"A-1", "A-2"}
    first = by_id["A-1"]
    assert first.stream_url is None
    assert first.snapshot_url == "https://relay.kutim.example/jpeg2.php?camid=10.8.0.21:8001"
    assert first.mjpeg_url == "https://relay.kutim.example/mjpeg.php?camid=10.8.0.21:8001"
    second = by_id["A-2"]
    assert second.snapshot_url is None
    assert second.stream_url == "https://relay-i1.kutim.example/hls/10.8.0.21_8002.m3u8"


def test_station_getimage_addresses_are_snapshots() -> None:
    """A flood centre's station cctv[] GetImage addresses are stills, not streams."""
    url = (
        "https://banjir.kutim.example/MilestoneImageService/ImageService.svc/ImageService/"
        "GetImage?ondate=20240303081500&cameraname=A1-Polder"
    )
    found = cameras(
        {
            "station": [
                {
                    "code": "A1",
                    "name": "Polder Ilham Maulana",
                    "location": {"lat": 0.517745, "lng": 117.580402},
                    "cctv": [url],
                }
            ]
        }
    )
    assert len(found) == 1
    assert found[0].snapshot_url == url
    assert found[0].stream_url is None
