"""A camera's first view giving its live video, read after holdout 33.

A list of one camera's views or pictures (``images``, ``views``) gives the camera's
still from its first entry; a 511 platform's camera list (``List/GetData/Cameras``,
``images: [{imageUrl, videoUrl, videoType}]``) and webcam APIs (``views[].video_url``)
also give that view's live video there. The first view's video field (``videoUrl``,
``video_src``, ``streamUrl``, ``hlsUrl``, ``liveUrl``) is the camera's stream when its
address is media (HLS, FLV, MP4; MJPEG goes to the MJPEG URL). A web page under that
field, a LAN or login-bearing address, a later view's video, and a view whose video is
switched off (``videoDisabled: true``) are never read.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://traffic511.example/List/GetData/Cameras?lang=en"


def cameras(images: list[dict[str, object]]) -> tuple[Camera, ...]:
    """Parse a DataTables answer of two cameras, each with the given views."""
    rows = [
        {
            "DT_RowId": str(number),
            "id": number,
            "county": "Polk",
            "location": f"I-4 at Exit {number}",
            "latitude": 28.05,
            "longitude": -81.9,
            "images": images,
        }
        for number in (41, 42)
    ]
    body = json.dumps({"draw": 1, "recordsTotal": 2, "recordsFiltered": 2, "data": rows})
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


HLS = "https://video.traffic511.example/rtplive/cam41/playlist.m3u8"


def test_first_view_video_url_is_the_stream() -> None:
    found = cameras([{"id": 1, "imageUrl": "/map/Cctv/1", "videoUrl": HLS}])
    assert [camera.stream_url for camera in found] == [HLS, HLS]
    assert found[0].snapshot_url == "https://traffic511.example/map/Cctv/1"
    assert found[0].name == "I-4 at Exit 41"


def test_relative_video_url_is_resolved() -> None:
    found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": "/hls/cam41/index.m3u8"}])
    assert found[0].stream_url == "https://traffic511.example/hls/cam41/index.m3u8"


def test_mjpeg_video_url_is_the_mjpeg() -> None:
    url = "https://cams.traffic511.example/mjpg/video.mjpg"
    found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": url}])
    assert found[0].mjpeg_url == url


def test_switched_off_video_is_not_read() -> None:
    found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": HLS, "videoDisabled": True}])
    assert found[0].stream_url is None
    assert found[0].snapshot_url == "https://traffic511.example/map/Cctv/1"


def test_null_video_url_leaves_a_still_only_camera() -> None:
    found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": None, "videoType": None}])
    assert found[0].stream_url is None
    assert found[0].snapshot_url == "https://traffic511.example/map/Cctv/1"


def test_video_page_is_not_read_as_stream() -> None:
    page = "https://www.traffic511.example/cameras/41"
    found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": page}])
    assert found[0].stream_url is None


def test_later_view_video_is_not_read() -> None:
    found = cameras([{"imageUrl": "/map/Cctv/1"}, {"imageUrl": "/map/Cctv/2", "videoUrl": HLS}])
    assert found[0].stream_url is None
    assert found[0].snapshot_url == "https://traffic511.example/map/Cctv/1"


def test_lan_or_login_video_is_not_read() -> None:
    lan = "http://192.168.1.20:8080/hls/cam41/index.m3u8"
    login = "https://admin:RahasiaKutim1@video.traffic511.example/hls/cam41/index.m3u8"
    for url in (lan, login):
        found = cameras([{"imageUrl": "/map/Cctv/1", "videoUrl": url}])
        assert found[0].stream_url is None
        assert "RahasiaKutim1" not in repr(found)
