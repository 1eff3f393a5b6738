"""Viewer pages under a watching word, and camera pages a playing caption links."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import header_field
from custom_components.kutim_cctv.portal.viewerlinks import (
    captioned_viewer_page,
    playing_caption,
    viewer_code,
    viewer_page,
)

BASE = "https://cctv.kutimkab.example/pantau"
TABLE_BASE = "https://objekvital.kutimkab.example/objek-vital"


def parse(text: str, base: str = BASE) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras)


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://cctv.kutimkab.example/pantau/DS-01", "DS-01"),
        ("https://cctv.kutimkab.example/tonton/SGT-02", "SGT-02"),
        ("https://cctv.kutimkab.example/kota/pantau/ews-01", "ews-01"),
    ],
)
def test_watching_words_lead_a_viewer_code(url: str, code: str) -> None:
    assert viewer_code(url) == code
    assert viewer_page(url, (code.lower(),)) == code


@pytest.mark.parametrize(
    "url",
    [
        "https://cctv.kutimkab.example/pantau/jembatan-kenyamukan",  # a slug of words
        "https://cctv.kutimkab.example/pantau/DS-01?token=a81f",  # a query
        "https://cctv.kutimkab.example/berita/pantau/ds-01",  # an article
        "http://192.168.10.21/tonton/SGT-05",  # a LAN device
        "http://127.0.0.1/pantau/DS-01",  # loopback
        "https://op:rahasia@cctv.kutimkab.example/pantau/DS-01",  # credentials
    ],
)
def test_watching_words_refuse_other_pages(url: str) -> None:
    assert viewer_code(url) is None


def test_watching_word_page_of_another_camera_is_none() -> None:
    assert viewer_page("https://cctv.kutimkab.example/pantau/ews-07", ("ews-03",)) is None


@pytest.mark.parametrize(
    "caption", ["Siaran", "Live", "Tonton", "Lihat Live", "Siaran Langsung", "Watch live"]
)
def test_playing_captions(caption: str) -> None:
    assert playing_caption(caption)


@pytest.mark.parametrize(
    "caption", ["", "Lihat", "Detail", "Lihat Kamera", "Beli", "Akses terbatas", "Live " * 12]
)
def test_other_captions_say_nothing(caption: str) -> None:
    assert not playing_caption(caption)


def test_captioned_camera_page_keyed_by_own_code() -> None:
    url = "https://objekvital.kutimkab.example/objek-vital/kamera/OV-01"
    assert captioned_viewer_page(url, "Siaran", ("OV-01",)) == "OV-01"
    assert captioned_viewer_page(url, "Siaran", ("ov01",)) == "OV-01"
    assert captioned_viewer_page(url, "Siaran", ("OV-02",)) is None  # another camera's
    assert captioned_viewer_page(url, "Detail", ("OV-01",)) is None
    assert captioned_viewer_page(url, "", ("OV-01",)) is None  # an icon alone


@pytest.mark.parametrize(
    "url",
    [
        "https://toko.kutimkab.example/produk/kamera/HK-101",  # a shop's goods
        "https://portal.kutimkab.example/berita/kamera/OV-01",  # an article
        "https://portal.kutimkab.example/admin/kamera/OV-01",
        "https://portal.kutimkab.example/objek-vital/kamera/OV-01?sesi=4",
        "https://portal.kutimkab.example/objek-vital/lokasi/OV-01",  # no camera word
        "http://10.20.1.14/wisata/kamera/OV-01",  # a LAN device
        "https://op:rahasia@portal.kutimkab.example/kamera/OV-01",  # credentials
    ],
)
def test_captioned_camera_page_refuses(url: str) -> None:
    assert captioned_viewer_page(url, "Live", ("OV-01", "HK-101")) is None


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Objek Vital", "place"),
        ("Obyek Wisata", "place"),
        ("Kode Objek", "id"),
        ("Nama Objek", "name"),
        ("Jenis", None),
    ],
)
def test_object_headers(header: str, field: str | None) -> None:
    assert header_field(header) == field


_CARD = """
<div class="card" data-cam="{code}" data-kecamatan="Sangatta Utara">
  <img class="card-img-top" src="/frame/{code}.jpg" alt="{name}">
  <div class="card-body"><h6 class="card-title">{name}</h6></div>
  <a href="{link}" class="stretched-link" aria-label="Buka {name}"></a>
</div>
"""


def _cards(*rows: tuple[str, str, str]) -> str:
    body = "".join(_CARD.format(code=c, name=n, link=link) for c, n, link in rows)
    return f"<html><body><div class='row'>{body}</div></body></html>"


def test_card_viewer_page_under_pantau_is_the_stream() -> None:
    cameras = parse(
        _cards(
            ("DS-01", "Simpang Tiga Sangatta", "/pantau/DS-01"),
            ("DS-02", "Pasar Induk", "/pantau/DS-02"),
        )
    )
    streams = {camera.id: camera.stream_url for camera in cameras}
    assert streams == {
        "DS-01": "https://cctv.kutimkab.example/pantau/DS-01",
        "DS-02": "https://cctv.kutimkab.example/pantau/DS-02",
    }


def test_card_viewer_page_near_misses_keep_their_still() -> None:
    cameras = parse(
        _cards(
            ("DS-03", "Jembatan Pinang", "/pantau/DS-09"),  # another camera's code
            ("DS-04", "Polder Ilham Maulana", "/pantau/polder-ilham"),  # a slug
            ("DS-05", "Pelabuhan Kenyamukan", "http://192.168.1.20/pantau/DS-05"),
        )
    )
    assert {camera.id for camera in cameras} == {"DS-03", "DS-04", "DS-05"}
    for camera in cameras:
        assert camera.stream_url is None
        assert camera.snapshot_url == f"https://cctv.kutimkab.example/frame/{camera.id}.jpg"


_TABLE = """
<table><thead><tr><th>No</th><th>Objek Vital</th><th>Kecamatan</th><th>Kamera</th>
<th>Pratinjau</th></tr></thead><tbody>{rows}</tbody></table>
"""
_ROW = (
    '<tr data-kode="{code}"><td>{n}</td><td>{name}</td><td>Sangatta Utara</td>'
    "<td>{camera}</td><td>{still}</td></tr>"
)


def _table(*rows: tuple[str, str, str, bool]) -> str:
    body = "".join(
        _ROW.format(
            code=code,
            n=n,
            name=name,
            camera=camera,
            still=f'<img src="/objek-vital/pratinjau/{code}.jpg">' if still else "-",
        )
        for n, (code, name, camera, still) in enumerate(rows, 1)
    )
    return "<html><body>" + _TABLE.format(rows=body) + "</body></html>"


def _link(code: str, caption: str) -> str:
    return f'<a href="/objek-vital/kamera/{code}" class="btn">{caption}</a>'


def test_table_rows_named_by_object_with_captioned_camera_pages() -> None:
    cameras = parse(
        _table(
            ("OV-01", "Pelabuhan Kenyamukan", _link("OV-01", "Siaran"), True),
            ("OV-02", "Bandara Tanjung Bara", "<span>Akses terbatas</span>", True),
            ("OV-03", "Pasar Induk Sangatta", _link("OV-03", "Siaran"), False),
            ("OV-04", "Depot BBM", "<span>Belum terhubung</span>", False),
        ),
        TABLE_BASE,
    )
    by_id = {camera.id: camera for camera in cameras}
    assert set(by_id) == {"OV-01", "OV-02", "OV-03"}
    assert by_id["OV-01"].name == "Pelabuhan Kenyamukan"
    assert by_id["OV-02"].name == "Bandara Tanjung Bara"
    assert by_id["OV-01"].area == "Sangatta Utara"
    page = "https://objekvital.kutimkab.example/objek-vital/kamera/"
    assert by_id["OV-01"].stream_url == page + "OV-01"
    assert by_id["OV-02"].stream_url is None
    assert by_id["OV-03"].stream_url == page + "OV-03"
    assert by_id["OV-03"].snapshot_url is None


def test_table_detail_buttons_and_other_codes_are_no_stream() -> None:
    cameras = parse(
        _table(
            ("OV-01", "Pelabuhan Kenyamukan", _link("OV-01", "Detail"), True),
            ("OV-02", "Bandara Tanjung Bara", _link("OV-01", "Siaran"), True),
            ("OV-03", "Masjid Agung", _link("OV-03", ""), True),
            ("OV-04", "Kantor Bupati", _link("OV-04", "Lihat"), False),
        ),
        TABLE_BASE,
    )
    by_id = {camera.id: camera for camera in cameras}
    assert set(by_id) == {"OV-01", "OV-02", "OV-03"}  # OV-04 links only a detail page
    assert all(camera.stream_url is None for camera in cameras)


def test_table_link_only_row_needs_a_second_captioned_row() -> None:
    cameras = parse(
        _table(
            ("OV-01", "Pelabuhan Kenyamukan", "<span>Akses terbatas</span>", True),
            ("OV-02", "Pasar Induk Sangatta", _link("OV-02", "Siaran"), False),
        ),
        TABLE_BASE,
    )
    assert [camera.id for camera in cameras] == ["OV-01"]


def test_table_captioned_page_on_a_lan_host_is_none() -> None:
    lan = '<a href="http://10.20.1.14/kamera/OV-01">Live</a>'
    cameras = parse(
        _table(
            ("OV-01", "Pelabuhan Kenyamukan", lan, True),
            ("OV-02", "Pasar Induk Sangatta", _link("OV-02", "Live"), True),
        ),
        TABLE_BASE,
    )
    by_id = {camera.id: camera for camera in cameras}
    assert by_id["OV-01"].stream_url is None
    assert by_id["OV-02"].stream_url == (
        "https://objekvital.kutimkab.example/objek-vital/kamera/OV-02"
    )
