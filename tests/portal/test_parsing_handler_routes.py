"""Picture handlers, Flask feed routes and a misspelled district field in camera lists.

An ASP.NET site renders a camera's picture from a handler whose address carries no
picture suffix (``render/ImageHandler.ashx?id=…``, ``CameraImage.ashx?cameraId=23``,
``Render/CameraHandler.ashx?id=…``): a picture word in the handler's name, or a camera's
handler, makes it the still under any field. A handler named otherwise
(``Cameras.ashx``, ``Handler.ashx``) may answer a list and is no still.

A Flask/OpenCV server streams each camera as MJPEG on ``/video_feed``, on one camera's
key or index too (``/video_feed/1``, ``/video_feed/<string:camera_id>/``); a file or a
deeper path under it is no such route.

A city traffic portal's camera rows keep a misspelled ``Disctrict`` field: it is the
area as ``district`` is, and a word saying none is known (``N/A``) gives none.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.media import is_image_url, is_mjpeg_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://traffic.city.example/api/cameras"


def cameras(records: object) -> tuple[Camera, ...]:
    """Parse a JSON answer."""
    body = json.dumps(records)
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "url",
    [
        "http://giaothong.city.example/render/ImageHandler.ashx?id=5896ddb359f14b001221f707",
        "http://traffic.city.example/CameraImage.ashx?cameraId=23",
        "https://giaothong.city.example:8007/Render/CameraHandler.ashx?id=5a6&w=300&h=230",
        "https://cams.example/handlers/GetSnapshot.ashx?cam=4",
        "https://cams.example/Image.ashx?camera=7",
    ],
)
def test_picture_handlers_are_stills(url: str) -> None:
    """A handler named for a picture or a camera renders the camera's still."""
    assert is_image_url(url)
    assert not is_mjpeg_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://cams.example/Cameras.ashx",
        "https://cams.example/api/Handler.ashx?id=3",
        "https://cams.example/ajaxpro/VDMS.Web.Library.AJAX.FolderAjax,VDMS.Web.Library.ashx",
        "https://cams.example/ImageHandler.ashx/list.json",
        "https://cams.example/CameraList.aspx?id=3",
    ],
)
def test_other_handlers_are_no_stills(url: str) -> None:
    """A handler named for no picture, or a page beside it, is no still."""
    assert not is_image_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://cams.example/GetThumb.ashx?cam=4",
        "https://cams.example/Thumbnail.ashx?id=12",
        "https://cams.example/CameraJpeg.ashx?id=12",
        "https://cams.example/api/Handler.ashx?type=image&id=3",
        "https://cams.example/Service.ashx?mode=snapshot&cam=4",
        "https://cams.example/Service.ashx?view=thumbnail&id=4",
    ],
)
def test_handlers_named_or_asked_for_a_picture_are_stills(url: str) -> None:
    """A thumbnail's or JPEG's handler, or a handler whose kind asks a picture, is a still."""
    assert is_image_url(url)
    assert not is_mjpeg_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://cams.example/ImageList.ashx",
        "https://cams.example/ImageUpload.ashx?id=3",
        "https://cams.example/PhotoGallery.ashx?page=2",
        "https://cams.example/SaveImage.ashx?cam=4",
        "https://cams.example/api/Handler.ashx?type=list",
        "https://cams.example/api/Handler.ashx?type=json&id=3",
        "https://cams.example/Download.ashx?file=image",
    ],
)
def test_handlers_doing_more_than_render_a_picture_are_no_stills(url: str) -> None:
    """A handler listing, uploading, saving pictures, or asked for another kind, is no still."""
    assert not is_image_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://traffic.example:8000/video_feed",
        "http://traffic.example:8000/video_feed/1",
        "http://cnc.example:5000/video_feed/spindle/",
        "http://cams.example/api/video_feed/cam-2",
    ],
)
def test_flask_feed_routes_are_mjpeg(url: str) -> None:
    """The Flask/OpenCV feed route, alone or on one camera's key, is MJPEG."""
    assert is_mjpeg_url(url)
    assert not is_image_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://cams.example/video_feed/snap.jpg",
        "http://cams.example/video_feed/1/index.m3u8",
        "http://cams.example/video_feed/a/b",
        "http://cams.example/video_feeds",
        "http://cams.example/my_video_feed/1",
    ],
)
def test_other_paths_are_no_feed_route(url: str) -> None:
    """A file, a deeper path or another word under the route is no feed."""
    assert not is_mjpeg_url(url)


def test_source_url_handler_is_the_still() -> None:
    """A seeded camera list's ImageHandler address under sourceUrl is each still."""
    found = cameras(
        [
            {
                "id": "CAM_Q1_001",
                "name": "Lê Duẩn - Pasteur (Q1)",
                "sourceUrl": "http://giaothong.city.example/render/ImageHandler.ashx?id=5896dd",
                "latitude": 10.7797,
                "longitude": 106.699,
            },
            {
                "id": "CAM_Q1_002",
                "name": "Nguyễn Huệ - Lê Lợi (Q1)",
                "sourceUrl": "http://giaothong.city.example/render/ImageHandler.ashx?id=5896de",
                "latitude": 10.7731,
                "longitude": 106.7033,
            },
        ]
    )
    assert [(c.id, c.snapshot_url, c.stream_url) for c in found] == [
        ("CAM_Q1_001", "http://giaothong.city.example/render/ImageHandler.ashx?id=5896dd", None),
        ("CAM_Q1_002", "http://giaothong.city.example/render/ImageHandler.ashx?id=5896de", None),
    ]


def test_feed_route_beside_hls_is_the_mjpeg() -> None:
    """A record's /video_feed/N overlay beside its HLS stream is its MJPEG."""
    found = cameras(
        {
            "cameras": [
                {
                    "cctv_id": n,
                    "name": name,
                    "stream_url": f"https://live.example/{n}/index.m3u8",
                    "annotated_url": f"http://traffic.example:8000/video_feed/{n}",
                }
                for n, name in ((1, "Simpang Tiga"), (2, "Jembatan Lama"))
            ]
        }
    )
    assert [(c.id, c.stream_url, c.mjpeg_url) for c in found] == [
        ("1", "https://live.example/1/index.m3u8", "http://traffic.example:8000/video_feed/1"),
        ("2", "https://live.example/2/index.m3u8", "http://traffic.example:8000/video_feed/2"),
    ]


def test_misspelled_district_is_the_area() -> None:
    """Disctrict is the area; N/A gives none."""
    found = cameras(
        [
            {
                "CamId": "5d8cdd61",
                "CamName": "Điện Biên Phủ - Cầu Sài Gòn",
                "Disctrict": "Quận Bình Thạnh",
                "SnapshotUrl": "http://camera.city.example/api/snapshot/5d8cdd61",
            },
            {
                "CamId": "5d8cde13",
                "CamName": "TTH 48.9",
                "Disctrict": "N/A",
                "SnapshotUrl": "http://camera.city.example/api/snapshot/5d8cde13",
            },
        ]
    )
    assert [(c.id, c.area) for c in found] == [("5d8cdd61", "Quận Bình Thạnh"), ("5d8cde13", None)]
