"""Viewer pages beside stills in record fields, KML ExtendedData and card buttons."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.viewerlinks import page_over_still, viewer_field

SITE = "https://pantau.kutimkab.example"


def _parse(text: str, base_url: str = SITE + "/api/cctv") -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras)


def _records(*records: dict[str, str]) -> list[Camera]:
    return _parse(json.dumps({"data": list(records)}))


def _record(live_key: str, live: str, still: str, ident: str = "TMA-01") -> dict[str, str]:
    return {"kode": ident, "nama": "Jembatan Pinang", live_key: live, "foto": still}


def test_live_field_naming_the_camera_code_is_its_stream() -> None:
    cameras = _records(
        _record("url_live", SITE + "/cctv/live/tma01", SITE + "/cctv/foto/tma01.jpg"),
        _record("url_live", SITE + "/cctv/live/TMA-02", SITE + "/img/x.jpg", "TMA-02"),
    )
    assert [camera.stream_url for camera in cameras] == [
        SITE + "/cctv/live/tma01",
        SITE + "/cctv/live/TMA-02",
    ]
    assert cameras[0].snapshot_url == SITE + "/cctv/foto/tma01.jpg"


@pytest.mark.parametrize("key", ["link_live", "tautan_live", "liveUrl", "url_viewer", "siaran"])
def test_live_field_names(key: str) -> None:
    (camera,) = _records(_record(key, SITE + "/cctv/live/tma01", SITE + "/foto/tma01.jpg"))
    assert camera.stream_url == SITE + "/cctv/live/tma01"


def test_page_holding_the_still_is_the_stream() -> None:
    (camera,) = _records(
        _record("tautan_live", SITE + "/cctv/bantaran/pinang", SITE + "/cctv/bantaran/pinang/a.jpg")
    )
    assert camera.stream_url == SITE + "/cctv/bantaran/pinang"


@pytest.mark.parametrize(
    ("key", "live", "still"),
    [
        # Another camera's code, a slug of words beside a still elsewhere, a query.
        ("url_live", SITE + "/cctv/live/tma09", SITE + "/cctv/foto/tma01.jpg"),
        ("url_live", SITE + "/cctv/live/pasar-baru", SITE + "/cctv/foto/tma01.jpg"),
        ("url_live", SITE + "/cctv/live/tma01?token=abc", SITE + "/cctv/foto/tma01.jpg"),
        # Fields that are no live page: a detail page, a map, news, a generic player.
        ("detail_url", SITE + "/cctv/live/tma01", SITE + "/cctv/foto/tma01.jpg"),
        ("url_live_map", SITE + "/cctv/live/tma01", SITE + "/cctv/foto/tma01.jpg"),
        ("berita_live", SITE + "/cctv/live/tma01", SITE + "/cctv/foto/tma01.jpg"),
        ("url_player", SITE + "/player/tma01", SITE + "/snap/tma01.jpg"),
        # A news article holding its photo; a still two folders down; another host.
        ("url_live", SITE + "/berita/banjir-pinang", SITE + "/berita/banjir-pinang/foto.jpg"),
        ("url_live", SITE + "/cctv/pinang", SITE + "/cctv/pinang/2026/a.jpg"),
        ("url_live", "https://other.example/cctv/pinang", SITE + "/cctv/pinang/a.jpg"),
        # LAN and credentialed pages.
        ("url_live", "http://192.168.1.20/cctv/live/tma01", SITE + "/cctv/foto/tma01.jpg"),
        ("url_live", "https://u:pw@pantau.kutimkab.example/live/tma01", SITE + "/f/tma01.jpg"),
    ],
)
def test_near_misses_keep_the_still_alone(key: str, live: str, still: str) -> None:
    (camera,) = _records(_record(key, live, still))
    assert camera.stream_url is None
    assert camera.snapshot_url == still


def test_a_stream_of_its_own_wins() -> None:
    record = _record("url_live", SITE + "/cctv/live/tma01", SITE + "/cctv/foto/tma01.jpg")
    record["hls"] = SITE + "/hls/tma01/index.m3u8"
    (camera,) = _records(record)
    assert camera.stream_url == SITE + "/hls/tma01/index.m3u8"


def test_kml_extended_data_live_field() -> None:
    kml = f"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>Jembatan Sangatta</name><ExtendedData>
<Data name="kode"><value>TMA-01</value></Data>
<Data name="url_live"><value>{SITE}/cctv/live/tma01</value></Data>
<Data name="url_foto"><value>{SITE}/cctv/foto/tma01.jpg</value></Data>
</ExtendedData><Point><coordinates>117.55,0.50,0</coordinates></Point></Placemark>
<Placemark><name>Jembatan Bengalon</name><ExtendedData>
<Data name="kode"><value>TMA-02</value></Data>
<Data name="url_live"><value>{SITE}/cctv/live/tma07</value></Data>
<Data name="url_foto"><value>{SITE}/cctv/foto/tma02.jpg</value></Data>
</ExtendedData><Point><coordinates>117.76,0.74,0</coordinates></Point></Placemark>
</Document></kml>"""
    cameras = _parse(kml, SITE + "/kml/tma.kml")
    assert [(camera.id, camera.stream_url) for camera in cameras] == [
        ("TMA-01", SITE + "/cctv/live/tma01"),
        ("TMA-02", None),
    ]


def _card(code: str, buttons: str) -> str:
    return (
        f'<div class="card cctv-card" data-id="{code}">'
        f'<img class="card-img-top" src="/snapshot/{code}.jpg" alt="">'
        f'<div class="card-body"><h5 class="card-title">Simpang {code}</h5>{buttons}</div></div>'
    )


def test_card_button_beside_the_still() -> None:
    page = (
        "<html><body><div class='row'>"
        + _card("cc-01", '<a href="/live/cc-01" class="btn">Lihat Live</a>')
        + _card("cc-02", '<a href="/live/cc-02" class="btn">Lihat Live</a>')
        + _card("cc-03", '<a href="/cctv/detail/cc-03" class="btn">Detail</a>')
        + _card("cc-04", '<a href="/live/cc-09" class="btn">Lihat Live</a>')
        + _card("cc-05", '<a href="/live/cc-05">Live</a> <a href="/live/cc-06">Live 2</a>')
        + "</div></body></html>"
    )
    cameras = _parse(page, SITE + "/cctv")
    streams = {camera.id: camera.stream_url for camera in cameras}
    assert streams == {
        "cc-01": SITE + "/live/cc-01",
        "cc-02": SITE + "/live/cc-02",
        "cc-03": None,
        "cc-04": None,
        "cc-05": None,
    }


def test_list_of_stills_with_one_viewer_link_gives_none() -> None:
    page = (
        "<html><body><div class='gallery'>"
        '<img src="/snapshot/cc-01.jpg" alt="Simpang Satu">'
        '<img src="/snapshot/cc-02.jpg" alt="Simpang Dua">'
        '<a href="/live/cc-01">Lihat Live</a></div></body></html>'
    )
    assert all(camera.stream_url is None for camera in _parse(page, SITE + "/cctv"))


@pytest.mark.parametrize(
    ("key", "viewer"),
    [
        ("url_live", True),
        ("live_url", True),
        ("tautan_siaran", True),
        ("url_viewer", True),
        ("url_player", False),
        ("detail_live", False),
        ("live_map", False),
        ("live_status", False),
        ("url_foto", False),
        ("delivery", False),
        ("live_" + "x" * 60, False),
    ],
)
def test_viewer_field(key: str, viewer: bool) -> None:
    assert viewer_field(key) is viewer


@pytest.mark.parametrize(
    ("page", "still", "over"),
    [
        (SITE + "/cctv/bantaran/pinang", SITE + "/cctv/bantaran/pinang/terakhir.jpg", True),
        (SITE + "/cctv/pinang/", SITE + "/cctv/pinang/a.jpg", True),
        (SITE + "/pinang", SITE + "/pinang/a.jpg", False),  # one path part: a site section
        (SITE + "/cctv/pinang", SITE + "/cctv/pinang/a", False),  # no picture file
        (SITE + "/cctv/pinang.html", SITE + "/cctv/pinang.html/a.jpg", False),
        (SITE + "/cctv/detail/pinang", SITE + "/cctv/detail/pinang/a.jpg", False),
        (SITE + "/news/pinang", SITE + "/news/pinang/a.jpg", False),
        (SITE + "/cctv/pinang?x=1", SITE + "/cctv/pinang/a.jpg", False),
        (SITE + "/cctv/pinang", SITE + "/cctv/pinangan/a.jpg", False),
        ("http://10.0.0.5/cctv/pinang", "http://10.0.0.5/cctv/pinang/a.jpg", False),
        ("ftp://pantau.kutimkab.example/cctv/pinang", SITE + "/cctv/pinang/a.jpg", False),
        (SITE + "/cctv/" + "p" * 400, SITE + "/cctv/p/a.jpg", False),
    ],
)
def test_page_over_still(page: str, still: str, over: bool) -> None:
    assert page_over_still(page, still) is over
