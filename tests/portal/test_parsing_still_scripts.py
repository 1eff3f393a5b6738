"""Still scripts read as stills: a camera's bare ``image.php`` and picture-processing scripts."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.media import is_image_url, is_stream_url
from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body


@pytest.mark.parametrize(
    "url",
    [
        "https://metdata.example/JP01/camera/41/image.php",
        "https://metdata.example/doc/pass/cam1/image.php",
        "https://wx.example/stations/bengalon/cam2/image.php",
        "https://wx.example/webcams/3/picture.asp",
        "https://wx.example/cctv-4/still.jsp",
        "https://webcam.airstrip.example/image.php",
        "https://wx.example/camera/5/image.php?t=1700000000",
    ],
)
def test_camera_picture_script_is_still(url: str) -> None:
    assert is_image_url(url)
    assert not is_stream_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://watermark.example/watermark.php?source=tlwebcam3.jpg",
        "https://www.example/wp-content/themes/cams/timthumb.php?src=/webcams/a/current.jpg&w=640",
        "https://www.example/thumbs.php?img=cams/maloy/snap.png",
        "https://www.example/thumb.asp?file=gate.jpeg",
        "https://www.example/resize.php?image=webcam.webp&width=800",
    ],
)
def test_processing_script_of_a_picture_is_still(url: str) -> None:
    assert is_image_url(url)
    assert not is_stream_url(url)


@pytest.mark.parametrize(
    "url",
    [
        # The bare name with no camera folder or host: a CMS's stored file or a page.
        "https://wx.example/gallery/image.php?id=4",
        "https://news.example/image.php",
        "https://news.example/campaign/image.php",
        # A command acting on the pictures.
        "https://wx.example/camera/5/image.php?action=delete",
        "https://wx.example/camera/5/image.php?cmd=upload",
        # Other script names under a camera folder.
        "https://wx.example/camera/5/index.php",
        "https://wx.example/camera/5/image_upload.php",
        # A viewer or gallery page around the picture.
        "https://www.example/view.php?img=pelangi.jpg",
        "https://www.example/gallery.php?src=pelangi.jpg",
        # An absolute address the script would fetch elsewhere (here a LAN host).
        "https://www.example/timthumb.php?src=http://192.168.1.20/snap.jpg",
        "https://www.example/timthumb.php?src=http%3A%2F%2F10.0.0.5%2Fa.jpg",
        "https://www.example/timthumb.php?src=//10.0.0.5/a.jpg",
        # A video, no picture, or a path climbing out of the script's folder.
        "https://www.example/timthumb.php?src=/clips/perdau.mp4",
        "https://www.example/watermark.php?text=Kutim",
        "https://www.example/thumb.php?src=../../etc/cam.jpg",
    ],
)
def test_near_misses_are_no_still(url: str) -> None:
    assert not is_image_url(url)


def test_keyed_catalogue_reads_picture_scripts_as_stills() -> None:
    body = {
        "kabo": {"title": "Jembatan Kabo", "static": True, "originUrl": "https://a.example/k.jpg"},
        "wahau": {
            "title": "Jalan Poros Wahau",
            "static": True,
            "originUrl": "https://metdata.example/JP01/camera/41/image.php",
        },
        "lingga": {
            "title": "Teluk Lingga",
            "static": True,
            "originUrl": "http://webcam.bahari.example/watermark.php?source=tl3.jpg",
        },
        "report": {
            "title": "Weather Report",
            "static": False,
            "originUrl": "https://www.resort.example/weather-report/",
        },
        "gallery": {
            "title": "Gallery Photo",
            "static": True,
            "originUrl": "https://www.resort.example/gallery/image.php?id=3",
        },
    }
    result = parse_body(
        json.dumps(body),
        profile=Profile.AUTO,
        base_url="https://wx.example/webcamList.json",
        prettify=False,
    )
    stills = {camera.id: camera.snapshot_url for camera in result.cameras}
    assert stills == {
        "kabo": "https://a.example/k.jpg",
        "wahau": "https://metdata.example/JP01/camera/41/image.php",
        "lingga": "http://webcam.bahari.example/watermark.php?source=tl3.jpg",
    }
