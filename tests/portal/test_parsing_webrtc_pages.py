"""A WebRTC page under a field named for WebRTC, as a camera's stream of last resort."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://pusatkendali.kutimkab.example/api/cameras"
HOST = "https://pusatkendali.kutimkab.example"


def _parse(data: object, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _camera(ident: int, name: str, **stream: object) -> dict[str, object]:
    block: dict[str, object] = {"webrtc_url": None, "hls_url": None, "poster_url": None}
    block.update(stream)
    return {"id": ident, "name": name, "district": "Sangatta Utara", "stream": block}


def _hls(code: str) -> str:
    return f"{HOST}/hls/{code}/index.m3u8"


def _streams(cams: tuple[Camera, ...]) -> dict[str, str | None]:
    return {c.raw_name: c.stream_url for c in cams}


def test_a_relay_webrtc_page_is_the_stream_of_a_camera_without_other() -> None:
    cams = _parse(
        {
            "cameras": [
                _camera(1, "Simpang Tiga", hls_url=_hls("cam-1")),
                _camera(
                    2,
                    "Simpang Kabo",
                    webrtc_url=f"{HOST}/webrtc/cam-2/",
                    poster_url=f"{HOST}/posters/cam-2.jpg",
                ),
            ]
        }
    )
    assert _streams(cams) == {
        "Simpang Tiga": _hls("cam-1"),
        "Simpang Kabo": f"{HOST}/webrtc/cam-2/",
    }
    assert cams[1].snapshot_url == f"{HOST}/posters/cam-2.jpg"


def test_hls_and_rtsp_go_before_the_webrtc_page() -> None:
    cams = _parse(
        {
            "cameras": [
                _camera(
                    1, "Simpang Tiga", hls_url=_hls("cam-1"), webrtc_url=f"{HOST}/webrtc/cam-1/"
                ),
                _camera(
                    2,
                    "Bundaran Pelangi",
                    rtsp_url="rtsp://pusatkendali.kutimkab.example:8554/cam-2",
                    webrtc_url=f"{HOST}/webrtc/cam-2/",
                ),
            ]
        }
    )
    assert _streams(cams) == {
        "Simpang Tiga": _hls("cam-1"),
        "Bundaran Pelangi": "rtsp://pusatkendali.kutimkab.example:8554/cam-2",
    }


def test_a_mediamtx_reader_page_and_a_bridge_player_are_taken() -> None:
    cams = _parse(
        {
            "cameras": [
                _camera(1, "Simpang Tiga", hls_url=_hls("cam-1")),
                _camera(2, "Pasar Induk", webrtc_url="http://relay.kutimkab.example:8889/pasar/"),
                _camera(
                    3, "Dermaga", webrtc_url="http://bridge.kutimkab.example:5001/webrtc/dermaga"
                ),
            ]
        }
    )
    assert _streams(cams)["Pasar Induk"] == "http://relay.kutimkab.example:8889/pasar/"
    assert _streams(cams)["Dermaga"] == "http://bridge.kutimkab.example:5001/webrtc/dermaga"


@pytest.mark.parametrize(
    "address",
    [
        f"{HOST}/webrtc/cam-2/whep",  # a WHEP endpoint a player posts to
        f"{HOST}/webrtc/cam-2/whip",
        f"{HOST}/signaling/cam-2?kvs",  # a signalling query
        f"{HOST}/webrtc/cam-2/?token=abc",
        "http://192.168.20.31:8889/cam-2/",  # a LAN address from a public answer
        "http://127.0.0.1:8889/cam-2/",
        "http://localhost:5001/webrtc/cam-2",
        "http://nvr:8889/cam-2/",  # a single-label host
        "http://169.254.169.254/webrtc/cam-2/",
        "https://operator:Rahasia1@pusatkendali.kutimkab.example/webrtc/cam-2/",
        f"{HOST}/berita/2026/12/06/kamera-baru",  # a news article, no WebRTC page
        f"{HOST}/toko/kamera-webrtc-4mp",  # a shop's product page
        f"{HOST}/",  # the bare origin
    ],
)
def test_other_webrtc_addresses_are_not_the_stream(address: str) -> None:
    cams = _parse(
        {
            "cameras": [
                _camera(1, "Simpang Tiga", hls_url=_hls("cam-1")),
                _camera(2, "Simpang Kabo", webrtc_url=address, poster_url=f"{HOST}/posters/2.jpg"),
                _camera(3, "Pasar Induk", hls_url=_hls("cam-3")),
            ]
        }
    )
    kabo = next(c for c in cams if c.raw_name == "Simpang Kabo")
    assert kabo.stream_url is None
    assert kabo.snapshot_url == f"{HOST}/posters/2.jpg"
    assert all("Rahasia1" not in (c.stream_url or "") for c in cams)


def test_a_webrtc_flag_and_other_fields_are_no_page() -> None:
    cams = _parse(
        {
            "cameras": [
                {"id": 1, "name": "Simpang Tiga", "webrtc": True, "hls_url": _hls("cam-1")},
                {
                    "id": 2,
                    "name": "Simpang Kabo",
                    "webrtc": True,
                    "player_note": f"{HOST}/webrtc/x/",
                    "poster_url": f"{HOST}/posters/2.jpg",
                },
            ]
        }
    )
    assert _streams(cams) == {"Simpang Tiga": _hls("cam-1"), "Simpang Kabo": None}


def test_a_blog_or_docs_page_under_a_webrtc_field_is_no_stream() -> None:
    blog, docs = "https://blog.kutim-media.example", "https://docs.kutim-media.example"
    with pytest.raises(PortalFormatError):
        _parse(
            [
                {"id": "a", "name": "Cam A", "webrtc": f"{blog}/webrtc/how-to-stream"},
                {"id": "b", "name": "Cam B", "webrtc": f"{blog}/posts/webrtc-guide/"},
            ]
        )
    cams = _parse(
        [
            {
                "id": k,
                "name": f"Product {k}",
                "image": f"https://toko.kutim-media.example/{k}.jpg",
                "webrtc": f"{docs}/webrtc/intro-{k}",
            }
            for k in ("a", "b")
        ]
    )
    assert [(c.stream_url, c.snapshot_url) for c in cams] == [
        (None, "https://toko.kutim-media.example/a.jpg"),
        (None, "https://toko.kutim-media.example/b.jpg"),
    ]


def test_a_webrtc_page_naming_the_record_is_taken_on_another_host() -> None:
    cams = _parse(
        [
            {"id": 1, "name": "Simpang Tiga", "hls_url": _hls("cam-1")},
            {
                "id": 2,
                "name": "Dermaga",
                "webrtc": "https://bridge.kutimkab.example/webrtc/dermaga",
            },
        ]
    )
    assert _streams(cams)["Dermaga"] == "https://bridge.kutimkab.example/webrtc/dermaga"


def test_a_webrtc_page_with_a_port_out_of_range_is_no_stream_and_no_error() -> None:
    cams = _parse(
        [
            _camera(
                i,
                f"Kamera {i}",
                webrtc_url=f"{HOST}:99999/webrtc/cam-{i}/",
                poster_url=f"{HOST}/posters/cam-{i}.jpg",
            )
            for i in (1, 2)
        ]
    )
    assert [(c.raw_name, c.stream_url, c.snapshot_url) for c in cams] == [
        ("Kamera 1", None, f"{HOST}/posters/cam-1.jpg"),
        ("Kamera 2", None, f"{HOST}/posters/cam-2.jpg"),
    ]
