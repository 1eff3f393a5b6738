"""A media server path's ready flag beside the server's own addresses of that path."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/api/streams"
HOST = "https://media.kutim.example"


def _cams(records: list[dict[str, object]]) -> list[Camera]:
    text = json.dumps({"streams": records})
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


def _path(name: str, ready: object, **fields: object) -> dict[str, object]:
    return {"name": name, "ready": ready, **fields}


def _urls(name: str) -> dict[str, str]:
    return {
        "rtsp": f"rtsp://media.kutim.example:8554/{name}",
        "hls": f"{HOST}/hls/{name}/index.m3u8",
        "whep": f"{HOST}/webrtc/{name}/whep",
    }


def test_ready_beside_a_map_of_the_path_addresses_is_the_state() -> None:
    cams = _cams(
        [_path("simpang", True, urls=_urls("simpang")), _path("kabo", False, urls=_urls("kabo"))]
    )
    assert {cam.name: cam.online for cam in cams} == {"simpang": True, "kabo": False}
    assert cams[0].stream_url == f"{HOST}/hls/simpang/index.m3u8"


def test_source_ready_and_own_fields_of_two_protocols() -> None:
    cams = _cams(
        [
            {
                "name": name,
                "sourceReady": state,
                "hls_url": f"{HOST}:8888/{name}/index.m3u8",
                "rtsp_url": f"rtsp://media.kutim.example:8554/{name}",
            }
            for name, state in (("pintu_air", True), ("bengalon", False))
        ]
    )
    assert [cam.online for cam in cams] == [True, False]


def test_webrtc_port_and_rtmp_count_as_protocols() -> None:
    urls = {
        "rtmp": "rtmp://media.kutim.example/live/a",
        "webrtc": "https://media.kutim.example:8889/live/a",
    }
    urls_b = {"rtmp": "rtmp://media.kutim.example/live/b", "hls": f"{HOST}/live/b/index.m3u8"}
    cams = _cams(
        [
            _path("a", False, urls=urls, hls=f"{HOST}/live/a/index.m3u8"),
            _path("b", True, urls=urls_b),
        ]
    )
    assert [cam.online for cam in cams] == [False, True]


def test_one_address_alone_gives_no_state() -> None:
    # a transcoding job's ``ready`` beside its one playlist says the file is prepared
    cams = _cams(
        [
            _path("a", False, hls_url=f"{HOST}/live/a/index.m3u8"),
            _path("b", True, hls_url=f"{HOST}/live/b/index.m3u8"),
        ]
    )
    assert [cam.online for cam in cams] == [None, None]


def test_pages_and_pictures_are_no_path_addresses() -> None:
    cams = _cams(
        [
            _path(
                "a",
                False,
                hls_url=f"{HOST}/live/a/index.m3u8",
                urls={"page": f"{HOST}/camera/a", "image": f"{HOST}/a.jpg", "doc": f"{HOST}/a.pdf"},
            ),
            _path("b", False, hls_url=f"{HOST}/live/b/index.m3u8", video=f"{HOST}/b.mp4"),
        ]
    )
    assert [cam.online for cam in cams] == [None, None]


def test_a_ready_word_or_number_is_no_flag() -> None:
    cams = _cams([_path("a", "yes", urls=_urls("a")), _path("b", 1, urls=_urls("b"))])
    assert [cam.online for cam in cams] == [None, None]
