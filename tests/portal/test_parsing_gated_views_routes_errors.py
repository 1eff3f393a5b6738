"""Gated or withdrawn views, getimage picture routes and stream-error flags."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import url_kind
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://lalin511.kutim.example/List/GetData/Cameras"
HLS = "https://vid.lalin511.kutim.example/rtplive/KT{}/playlist.m3u8"


def parse(answer: Any, base: str = BASE) -> list[Camera]:
    body = answer if isinstance(answer, str) else json.dumps(answer)
    return parse_body(body, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def row(number: int, **view: Any) -> dict[str, Any]:
    image = {
        "imageUrl": f"/map/Cctv/{number}",
        "videoUrl": HLS.format(number),
        "isVideoAuthRequired": False,
        "videoDisabled": False,
        "disabled": False,
        "blocked": False,
        **view,
    }
    return {
        "id": number,
        "location": f"Jl. Poros at Simpang {number}",
        "county": "Sangatta Utara",
        "images": [image],
    }


def by_id(cameras: list[Camera]) -> dict[str, Camera]:
    return {camera.id: camera for camera in cameras}


def test_an_open_view_gives_its_still_and_its_video() -> None:
    found = by_id(parse({"draw": 1, "data": [row(1), row(2)]}))
    assert found["1"].stream_url == HLS.format(1)
    assert found["1"].snapshot_url == "https://lalin511.kutim.example/map/Cctv/1"


@pytest.mark.parametrize("key", ["isVideoAuthRequired", "videoAuthRequired"])
def test_a_view_whose_video_needs_a_login_keeps_its_still_only(key: str) -> None:
    found = by_id(parse({"draw": 1, "data": [row(1), row(2, **{key: True})]}))
    assert found["2"].stream_url is None
    assert found["2"].snapshot_url == "https://lalin511.kutim.example/map/Cctv/2"
    assert found["1"].stream_url == HLS.format(1)


def test_a_view_taken_off_the_site_gives_nothing_and_the_camera_is_left_out() -> None:
    found = by_id(parse({"draw": 1, "data": [row(1), row(2, disabled=True), row(3)]}))
    assert set(found) == {"1", "3"}


def test_auth_or_publication_flags_that_are_false_change_nothing() -> None:
    found = by_id(parse({"draw": 1, "data": [row(1, blocked=False), row(2)]}))
    assert [found[key].stream_url for key in ("1", "2")] == [HLS.format(1), HLS.format(2)]
    assert all(camera.online is None for camera in found.values())


def test_a_disabled_first_view_leaves_the_next_views_still() -> None:
    answer = row(4, disabled=True)
    answer["images"].append({"imageUrl": "/map/Cctv/4b", "videoUrl": None})
    (camera,) = parse({"draw": 1, "data": [answer, row(5)]})[:1]
    assert camera.snapshot_url == "https://lalin511.kutim.example/map/Cctv/4b"
    assert camera.stream_url is None


@pytest.mark.parametrize(
    "url",
    [
        "https://peta.kutim.example/api/webcam/getimage/12",
        "https://peta.kutim.example/rest/webcam/getimage/http%3A%2F%2Fcam.kutim.example%2Fw%2F1",
        "https://peta.kutim.example/cctv/GetImage/abc-12/",
        "https://peta.kutim.example/cameras/get-image/sg3.jpg",
    ],
)
def test_a_getimage_route_with_one_key_is_a_still(url: str) -> None:
    assert url_kind(url) == "still"


@pytest.mark.parametrize(
    "url",
    [
        "https://peta.kutim.example/api/getimage/list/all",  # a longer path: another resource
        "https://peta.kutim.example/api/getimage/",  # the route alone, no key
        "https://peta.kutim.example/api/getimages/12",  # another route's name
        "https://peta.kutim.example/getimage/12/index.m3u8",  # a stream stays a stream
        # No camera word above the route: a document store's, a shop's or a site's files.
        "https://peta.kutim.example/GetImage/abc-12/",
        "https://dinas.example/api/getimage/0",
        "https://p.example/products/getimage/12",
        # A key or a proxied address naming a document or a page, or no key at all.
        "https://p.example/webcam/getimage/12.pdf",
        "https://p.example/webcam/getimage/report.xlsx",
        "https://p.example/webcam/getimage/..",
        "https://p.example/webcam/getimage/http:",
        "https://p.example/webcam/getimage/http%3A%2F%2Fcam.example%2Fview.html",
    ],
)
def test_other_paths_near_a_getimage_route_are_no_still(url: str) -> None:
    assert url_kind(url) != "still"


def test_a_proxy_src_in_a_geojson_layer_is_the_still() -> None:
    src = "https://proxy.kutim.example/rest/webcam/getimage/http%3A%2F%2Fcam.kutim.example%2Fw%2F7"
    layer = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [117.5231, 0.50233]},
                "properties": {"id": f"wc-{n}", "title": f"Simpang {n}", "src": src + str(n)},
            }
            for n in range(1, 4)
        ],
    }
    cameras = parse(layer, "https://proxy.kutim.example/webcams.geojson")
    assert [camera.snapshot_url for camera in cameras] == [src + str(n) for n in range(1, 4)]
    assert all(camera.stream_url is None for camera in cameras)


def stream_rows(key: str, values: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": f"cam-{n}",
            "nama": f"Simpang {n}",
            "hls": f"https://live.kutim.example/cam-{n}/index.m3u8",
            key: value,
        }
        for n, value in enumerate(values, 1)
    ]


@pytest.mark.parametrize("key", ["STREAM_ERROR", "videoError", "stream_error"])
def test_a_stream_error_flag_states_the_camera(key: str) -> None:
    cameras = parse({"data": stream_rows(key, ["N", "Y", None, False, True])})
    assert [camera.online for camera in cameras] == [True, False, None, True, False]


def test_an_error_text_or_the_envelopes_error_states_nothing() -> None:
    answer = {"error": False, "data": stream_rows("videoError", ["timeout 30s", "ok?", None])}
    assert [camera.online for camera in parse(answer)] == [None, None, None]


def test_a_bare_error_flag_on_a_camera_states_nothing() -> None:
    cameras = parse({"data": stream_rows("error", [False, True, False])})
    assert [camera.online for camera in cameras] == [None, None, None]


def test_a_lan_video_behind_an_open_view_is_still_refused() -> None:
    lan = row(6, videoUrl="http://192.168.1.20/live/6/playlist.m3u8")
    found = by_id(parse({"draw": 1, "data": [row(1), lan]}))
    assert found["6"].stream_url is None


def test_a_document_list_served_by_a_getimage_route_is_no_camera_list() -> None:
    records = [
        {
            "id": n,
            "judul": f"Laporan Kinerja {n}",
            "file": f"https://dinas.example/api/getimage/{n}",
        }
        for n in range(3)
    ]
    with pytest.raises(PortalFormatError):
        parse_body(
            json.dumps(records),
            profile=Profile.AUTO,
            base_url="https://dinas.example/api/dokumen",
            prettify=False,
        )
