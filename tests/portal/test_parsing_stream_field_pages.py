"""JSON records: a stream field's own viewer page beside a still, RTMP-named fields read by
scheme, site pages never stills, and a camera's ``lokasi_cctv`` place as its area."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import site_page
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.viewerlinks import slug_viewer_page, stream_field

BASE = "https://cctv.kutimkab.example/api/cctv"
HOST = "https://cctv.kutimkab.example"


def _cams(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    body = json.dumps({"status": 200, "data": records})
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _by_name(records: list[dict[str, object]]) -> dict[str, Camera]:
    return {camera.name: camera for camera in _cams(records)}


def _record(name: str, slug: str, **fields: object) -> dict[str, object]:
    return {"name": name, "thumbnail_url": f"{HOST}/snapshot/{slug}.jpg", **fields}


# --- A stream or live field's viewer page beside a still ----------------------------------


@pytest.mark.parametrize(
    ("field", "page"),
    [
        ("stream_url", "/cctv/simpang-tiga"),
        ("streamUrl", "/live/simpang-tiga"),
        ("liveUrl", "/cctv/simpang-tiga"),
        ("url_stream", "/stream/simpang-tiga"),
    ],
)
def test_stream_field_page_keyed_by_still_is_the_stream(field: str, page: str) -> None:
    cams = _by_name(
        [
            _record("Simpang Tiga", "simpang-tiga", **{field: f"{HOST}{page}"}),
            _record("Bundaran Pelangi", "bundaran-pelangi", stream_url=f"{HOST}/hls/bp/i.m3u8"),
        ]
    )
    assert cams["Simpang Tiga"].stream_url == f"{HOST}{page}"
    assert cams["Simpang Tiga"].snapshot_url == f"{HOST}/snapshot/simpang-tiga.jpg"


@pytest.mark.parametrize(
    ("field", "page"),
    [
        ("stream_url", "/cctv/bundaran-pelangi"),  # another camera's page
        ("stream_url", "/berita/simpang-tiga"),  # a news article
        ("stream_url", "/cctv/detail/simpang-tiga"),  # a detail page
        ("stream_url", "/cctv?kamera=simpang-tiga"),  # a query
        ("stream_url", "/watch/simpang-tiga"),  # a video site's word alone
        ("stream_url", "/admin/cctv/simpang-tiga"),  # an admin's page
        ("url", "/cctv/simpang-tiga"),  # a generic link
        ("detail_url", "/cctv/simpang-tiga"),  # a detail field
    ],
)
def test_other_pages_beside_a_still_are_not_the_stream(field: str, page: str) -> None:
    cams = _by_name([_record("Simpang Tiga", "simpang-tiga", **{field: f"{HOST}{page}"})])
    assert cams["Simpang Tiga"].stream_url is None
    assert cams["Simpang Tiga"].snapshot_url == f"{HOST}/snapshot/simpang-tiga.jpg"


def test_lan_page_under_stream_field_is_never_the_stream() -> None:
    cams = _by_name(
        [
            _record(
                "Simpang Tiga", "simpang-tiga", stream_url="http://192.168.1.20/cctv/simpang-tiga"
            )
        ]
    )
    assert cams["Simpang Tiga"].stream_url is None


def test_slug_viewer_page_takes_cctv_only_on_camera_routes() -> None:
    url = f"{HOST}/cctv/simpang-tiga"
    assert slug_viewer_page(url, ["simpang-tiga"], camera_route=True)
    assert not slug_viewer_page(url, ["simpang-tiga"])  # an embed field's rule is unchanged
    assert not slug_viewer_page(url, ["pasar-induk"], camera_route=True)
    assert not slug_viewer_page(
        "https://user:pw@cctv.kutimkab.example/cctv/x-y", ["x-y"], camera_route=True
    )


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("stream_url", True),
        ("url_stream", True),
        ("streaming_link", True),
        ("stream_key", False),
        ("stream_name", False),
        ("stream_status", False),
        ("stream_type", False),
        ("detail_stream", False),
        ("video_url", False),
    ],
)
def test_stream_field_names(key: str, expected: bool) -> None:
    assert stream_field(key) is expected


# --- A field named for RTMP, read by the address's scheme ---------------------------------


def test_rtmp_named_field_holding_http_video_is_the_stream() -> None:
    mp4 = "http://cctv.kutimkab.example/Zk4p/mp4/diskominfo/SmpTiga01/s.mp4"
    cams = _by_name(
        [
            {"nama_cctv": "CCTV Simpang Tiga", "thumbnail": f"{HOST}/t/a.jpg", "link_rtmp": mp4},
            {
                "nama_cctv": "CCTV Kabo",
                "thumbnail": f"{HOST}/t/b.jpg",
                "link_rtmp": "rtmp://cctv.kutimkab.example/live/kabo",
            },
        ]
    )
    assert cams["CCTV Simpang Tiga"].stream_url == mp4
    assert cams["CCTV Kabo"].stream_url is None  # RTMP is never media
    assert cams["CCTV Kabo"].snapshot_url == f"{HOST}/t/b.jpg"


@pytest.mark.parametrize(
    "field",
    ["rtmp_push_url", "rtmp_server", "publish_rtmp", "rtmp_key", "ingest_rtmp"],
)
def test_rtmp_push_and_server_fields_are_not_read(field: str) -> None:
    cams = _by_name(
        [{"name": "Simpang Tiga", "image": f"{HOST}/t/a.jpg", field: f"{HOST}/live/a/s.mp4"}]
    )
    assert cams["Simpang Tiga"].stream_url is None


def test_rtmp_named_field_on_lan_or_with_login_is_not_media() -> None:
    cams = _by_name(
        [
            {"name": "A", "image": f"{HOST}/t/a.jpg", "rtmp_url": "http://10.1.2.3/live/a/s.mp4"},
            {
                "name": "B",
                "image": f"{HOST}/t/b.jpg",
                "rtmp_url": "http://u:p@cctv.example/b/s.mp4",
            },
        ]
    )
    assert cams["A"].stream_url is None
    assert cams["B"].stream_url is None


# --- A site's page is never a still --------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://kutimkab.example/admin/",
        "https://kutimkab.example/",
        "https://kutimkab.example",
        "https://kutimkab.example/wp-admin/",
        "https://cctv.kutimkab.example/login",
    ],
)
def test_site_pages(url: str) -> None:
    assert site_page(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://nvr.kutimkab.example:9786/cameras/0/image",
        "http://cctv.kutimkab.example:8765/picture/1/current/",
        "https://cctv.kutimkab.example/?action=snapshot",
        "https://cctv.kutimkab.example/admin/uploads/cam1",
        "rtsp://cctv.kutimkab.example/",
    ],
)
def test_picture_routes_are_no_site_pages(url: str) -> None:
    assert not site_page(url)


def test_admin_page_thumbnail_is_no_still() -> None:
    cams = _by_name(
        [
            {"nama_cctv": "CCTV A", "thumbnail": "http://kutimkab.example/admin/"},
            {
                "nama_cctv": "CCTV B",
                "thumbnail": f"{HOST}/",
                "link": f"{HOST}/hls/b/index.m3u8",
            },
            {"nama_cctv": "CCTV C", "thumbnail": f"{HOST}/thumb/c.jpg"},
        ]
    )
    assert "CCTV A" not in cams  # no media left
    assert cams["CCTV B"].snapshot_url is None
    assert cams["CCTV B"].stream_url == f"{HOST}/hls/b/index.m3u8"
    assert cams["CCTV C"].snapshot_url == f"{HOST}/thumb/c.jpg"


# --- lokasi_cctv as the area ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("lokasi", "area"),
    [
        ("Sangatta Utara", "Sangatta Utara"),
        ("Muara Wahau", "Muara Wahau"),
        ("Jl. Yos Sudarso II", None),
        ("Jalan Poros Sangatta Bontang", None),
        ("KM 12 arah Samarinda", None),
        ("Simpang Tiga", None),
        ("Depan Masjid Agung", None),
    ],
)
def test_lokasi_cctv_beside_a_name_is_the_area(lokasi: str, area: str | None) -> None:
    cams = _cams(
        [
            {"nama_cctv": "CCTV A", "lokasi_cctv": lokasi, "thumbnail": f"{HOST}/t/a.jpg"},
            {"nama_cctv": "CCTV B", "lokasi_cctv": "Bengalon", "thumbnail": f"{HOST}/t/b.jpg"},
        ]
    )
    assert cams[0].area == area


def test_lokasi_cctv_naming_the_camera_is_no_area() -> None:
    cams = _cams(
        [
            {"lokasi_cctv": "Sangatta Utara", "thumbnail": f"{HOST}/t/a.jpg"},
            {"lokasi_cctv": "Bengalon", "thumbnail": f"{HOST}/t/b.jpg"},
        ]
    )
    assert [camera.name for camera in cams] == ["Sangatta Utara", "Bengalon"]
    assert all(camera.area is None for camera in cams)


def test_kecamatan_field_wins_over_lokasi_cctv() -> None:
    cams = _cams(
        [
            {
                "nama_cctv": "CCTV A",
                "lokasi_cctv": "Sangatta Selatan",
                "kecamatan": "Sangatta Utara",
                "thumbnail": f"{HOST}/t/a.jpg",
            },
            {"nama_cctv": "CCTV B", "kecamatan": "Bengalon", "thumbnail": f"{HOST}/t/b.jpg"},
        ]
    )
    assert cams[0].area == "Sangatta Utara"
