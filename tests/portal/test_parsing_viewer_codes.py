"""Viewer pages beside stills: a camera's own page named by its code is its stream."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.normalise import VIEWER_PAGE_KEY, Context, _viewer_page
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.kindnames import camera_kind_name
from custom_components.kutim_cctv.portal.parsing.kml import _facility_folder
from custom_components.kutim_cctv.portal.values import JSONValue, ReaderText
from custom_components.kutim_cctv.portal.viewerlinks import (
    code_key,
    still_code,
    viewer_address,
    viewer_code,
    viewer_page,
)

BASE = "https://cc.kutim.example/cctv"


def parse(text: str, base: str = BASE) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras)


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://cc.kutim.example/cctv/live/KT-0012", "KT-0012"),
        ("https://cc.kutim.example/cctv/su-01", "su-01"),
        ("https://cc.kutim.example/player/ctz01", "ctz01"),
        ("https://cc.kutim.example/atcs/watch/ATCS_3/", "ATCS_3"),
        ("https://cc.kutim.example/cctv/play/su-01", "su-01"),
    ],
)
def test_viewer_code_reads_a_code_after_a_playing_word(url: str, code: str) -> None:
    assert viewer_code(url) == code


@pytest.mark.parametrize(
    "url",
    [
        "https://cc.kutim.example/kamera/kj-11",  # a detail page about the camera
        "https://cc.kutim.example/cameras/17",
        "https://cc.kutim.example/cctv/detail/15",
        "https://cc.kutim.example/live/pasar-baru",  # a slug of words
        "https://cc.kutim.example/cctv/2",  # a page of the list
        "https://cc.kutim.example/cctv",  # the index
        "https://cc.kutim.example/cctv/live/KT-0012?page=2",
        "https://cc.kutim.example/berita/cctv/kt-12",  # an article
        "https://cc.kutim.example/kategori/cctv/kt12",
        "https://cc.kutim.example/login/cctv/kt12",
        "http://192.168.1.10/cctv/live/KT-0012",  # a LAN device
        "http://nvr/cctv/live/KT-0012",  # a single-label name
        "https://admin:secret@cc.kutim.example/cctv/live/KT-0012",  # credentials
        "rtsp://cc.kutim.example/live/cam01",
        "https://www.vidtube.example/watch/v1029",  # a video site's watch page
        "https://games.example/play/lvl12",  # a game's level
    ],
)
def test_viewer_code_refuses_other_links(url: str) -> None:
    assert viewer_code(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://cc.kutim.example/cctv/live/KT-0012",
        "http://cams.kutim.example:8080/live/a1?token=1",  # a query is no matter here
        "https://cc.kutim.example/" + "a" * 400,  # nor a length past a code's page
        "https://cc.kutim.example/berita/cctv/kt-12",  # nor a path naming no viewer
    ],
)
def test_viewer_address_takes_a_public_web_address_as_written(url: str) -> None:
    assert viewer_address(url) == url


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "/cctv/live/KT-0012",  # a relative link: resolved before it is checked
        "cc.kutim.example/cctv/live/KT-0012",
        "rtsp://cc.kutim.example/live/cam01",
        "ftp://cc.kutim.example/live/a1",
        "https://admin:secret@cc.kutim.example/cctv/live/KT-0012",  # a login
        "https://@cc.kutim.example/cctv/live/KT-0012",
        "http://192.168.1.10/cctv/live/KT-0012",  # a LAN host
        "http://127.0.0.1/live/a1",
        "http://169.254.169.254/live/a1",
        "http://nvr/cctv/live/KT-0012",  # a single-label name
        "http://[::1/live/a1",  # no address at all
    ],
)
def test_viewer_address_refuses_scripts_logins_and_private_hosts(url: str) -> None:
    assert viewer_address(url) is None
    assert viewer_code(url) is None


def test_viewer_page_matches_the_cameras_own_code() -> None:
    assert code_key("CTZ-01") == code_key("ctz01") == "ctz01"
    assert still_code("https://cc.kutim.example/snapshot/KT-0012.jpg") == "KT-0012"
    assert still_code("https://cc.kutim.example/img/ruang-kendali.jpg") is None
    assert viewer_page("https://x.example/player/ctz01", ["CTZ-01"]) == "ctz01"
    assert viewer_page("https://x.example/player/ctz02", ["CTZ-01", None]) is None


ROW = """<tr><td>{n}</td><td><img src="/snapshot/{still}.jpg" alt=""></td><td>{name}</td>
<td>Teluk Lingga</td><td><a class="btn" href="{href}">Lihat</a></td></tr>"""


def table(rows: list[tuple[str, str, str]]) -> str:
    body = "".join(
        ROW.format(n=n, still=still, name=name, href=href)
        for n, (still, name, href) in enumerate(rows, 1)
    )
    return (
        "<html><body><table><thead><tr><th>No</th><th>Pratinjau</th><th>Lokasi</th>"
        f"<th>Kelurahan</th><th>Tayangan</th></tr></thead><tbody>{body}</tbody></table>"
        "</body></html>"
    )


def test_table_row_takes_its_viewer_page_and_code() -> None:
    found = parse(
        table(
            [
                ("KT-0012", "Simpang Tiga", "/cctv/live/KT-0012"),
                ("KT-0015", "Bundaran Pelangi", "/cctv/live/KT-0015"),
            ]
        )
    )
    assert [(c.id, c.stream_url) for c in found] == [
        ("KT-0012", "https://cc.kutim.example/cctv/live/KT-0012"),
        ("KT-0015", "https://cc.kutim.example/cctv/live/KT-0015"),
    ]
    assert found[0].snapshot_url == "https://cc.kutim.example/snapshot/KT-0012.jpg"


@pytest.mark.parametrize(
    "href",
    [
        "/berita/2025/simpang-tiga-kt-0012",  # a news article
        "/cctv/live/KT-0099",  # another camera's code
        "/cctv/detail/KT-0012",  # a detail page
        "/cctv?page=2",  # pagination
        "http://10.0.0.5/cctv/live/KT-0012",  # a LAN page
    ],
)
def test_table_row_keeps_only_its_still_beside_other_links(href: str) -> None:
    found = parse(
        table(
            [
                ("KT-0012", "Simpang Tiga", href),
                ("KT-0015", "Bundaran Pelangi", href.replace("0012", "0016")),
            ]
        )
    )
    assert found
    assert all(camera.stream_url is None for camera in found)
    assert found[0].snapshot_url == "https://cc.kutim.example/snapshot/KT-0012.jpg"


CARDS = """<html><body><h1>CCTV Publik</h1>
<nav><a href="/cctv">CCTV</a> <a href="/login">Masuk</a></nav>
<section><h3>Kecamatan Sangatta Utara</h3><ul>
<li class="cctv-item" data-kode="su-01"><a href="{a}"><img src="/thumb/su-01.jpg" alt="">
<span class="cctv-nama">Simpang Tiga Sangatta</span></a></li>
<li class="cctv-item" data-kode="su-02"><a href="{b}"><img src="/thumb/su-02.jpg" alt="">
<span class="cctv-nama">Bundaran Pelangi</span></a></li>
</ul></section></body></html>"""


def test_card_link_around_its_still_is_its_stream() -> None:
    found = parse(CARDS.format(a="/cctv/su-01", b="/cctv/su-02"))
    assert [(c.id, c.stream_url) for c in found] == [
        ("su-01", "https://cc.kutim.example/cctv/su-01"),
        ("su-02", "https://cc.kutim.example/cctv/su-02"),
    ]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("/kamera/su-01", "/kamera/su-02"),  # detail pages of a camera catalogue
        ("/berita/cctv-su-01", "/berita/cctv-su-02"),  # articles
        ("/cctv/su-02", "/cctv/su-01"),  # pages of other cameras
        ("/live/simpang-tiga", "/live/bundaran"),  # slugs, no code
    ],
)
def test_card_link_that_is_no_viewer_of_its_camera_is_no_stream(a: str, b: str) -> None:
    found = parse(CARDS.format(a=a, b=b))
    assert len(found) == 2
    assert all(camera.stream_url is None for camera in found)


KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>ATCS</name>
<Folder><name>{folder}</name>
<Placemark id="CTZ-01"><name>CCTV CTZ Simpang Tiga</name>
<description><![CDATA[<img src="https://atcs.kutim.example/snap/ctz01.jpg"/>
<a href="{link}">Tonton</a>]]></description>
<Point><coordinates>117.5231,0.50233,0</coordinates></Point></Placemark>
</Folder>
<Folder><name>{other}</name>
<Placemark id="RK-01"><name>Ruang Kendali ATCS</name>
<description><![CDATA[<p>Pusat pemantauan.</p><img src="https://atcs.kutim.example/img/rk.jpg"/>]]></description>
<Point><coordinates>117.5332,0.51402,0</coordinates></Point></Placemark>
</Folder></Document></kml>"""
KML_BASE = "https://atcs.kutim.example/export/atcs.kml"


def test_kml_kind_folder_facility_and_player_link() -> None:
    text = KML.format(
        folder="Kamera CTZ", link="https://atcs.kutim.example/player/ctz01", other="Fasilitas"
    )
    found = parse(text, KML_BASE)
    assert [(c.id, c.area, c.stream_url) for c in found] == [
        ("CTZ-01", None, "https://atcs.kutim.example/player/ctz01")
    ]


def test_kml_place_folders_stay_areas_and_other_links_are_no_stream() -> None:
    text = KML.format(
        folder="Sangatta Utara",
        link="https://atcs.kutim.example/berita/ctz-baru",
        other="Bengalon",
    )
    found = parse(text, KML_BASE)
    assert [(c.id, c.area, c.stream_url) for c in found] == [
        ("CTZ-01", "Sangatta Utara", None),
        ("RK-01", "Bengalon", None),
    ]


def test_kml_player_of_another_camera_is_no_stream() -> None:
    text = KML.format(
        folder="CCTV ATCS", link="https://atcs.kutim.example/player/ctz07", other="Kantor"
    )
    found = parse(text, KML_BASE)
    assert [(c.id, c.area, c.stream_url) for c in found] == [("CTZ-01", None, None)]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Kamera CTZ", True),
        ("CCTV ATCS", True),
        ("Titik_CCTV", True),
        ("Kamera PTZ", True),
        ("CCTV", True),
        ("CCTV Sangatta Utara", False),
        ("Kecamatan Bengalon", False),
        ("Sangatta Selatan", False),
        ("Fasilitas", False),
    ],
)
def test_camera_kind_folder(name: str, kind: bool) -> None:
    assert camera_kind_name(name) is kind


@pytest.mark.parametrize(
    ("name", "facility"),
    [
        ("Fasilitas", True),
        ("Kantor", True),
        ("Facilities", True),
        ("Kantor Kecamatan Bengalon", False),
        ("Pos Pelayanan", False),
        ("Sangatta Utara", False),
    ],
)
def test_facility_folder(name: str, facility: bool) -> None:
    assert _facility_folder(name) is facility


_SNAP = "https://cctv.kutimkab.example/snap/{}.jpg"


@pytest.mark.parametrize(
    "page",
    [
        "rtsp://admin:pw@192.168.1.5/live",
        "javascript:alert(1)",
        "rtmp://evil.example/live/x",
        "http://169.254.169.254/latest/meta-data/",
        "https://cctv.kutimkab.example/live/a1",  # even a good page: the key is no field
    ],
)
def test_payload_field_named_like_the_readers_viewer_key_is_never_read(page: str) -> None:
    records = [
        {"id": "a1", "name": "Simpang", "snapshot": _SNAP.format("a1"), "\0viewer_page": page},
        {"id": "a2", "name": "Pasar", "snapshot": _SNAP.format("a2"), "_x0000_viewer_page": page},
        {
            "id": "a3",
            "name": "Dermaga",
            "snapshot": _SNAP.format("a3"),
            "info": {"\0viewer_page": page},
        },
    ]
    text = json.dumps({"cameras": records})
    cameras = parse(text, "https://cctv.kutimkab.example/api")
    assert [camera.name for camera in cameras] == ["Simpang", "Pasar", "Dermaga"]
    assert [camera.stream_url for camera in cameras] == [None, None, None]


@pytest.mark.parametrize(
    "page",
    [
        "javascript:alert(1)",
        "rtmp://evil.example/live/x",
        "https://admin:pw@cams.example/live/a1",
        "http://192.168.1.5/live/a1",
        "http://169.254.169.254/live/a1",
    ],
)
def test_readers_viewer_page_is_checked_as_any_address(page: str) -> None:
    index: dict[str, JSONValue] = {VIEWER_PAGE_KEY: ReaderText(page)}
    assert _viewer_page(index, Context(base_url=BASE)) is None
    good: dict[str, JSONValue] = {VIEWER_PAGE_KEY: ReaderText("/cctv/live/KT-0012")}
    assert (
        _viewer_page(good, Context(base_url=BASE)) == "https://cc.kutim.example/cctv/live/KT-0012"
    )
    plain: dict[str, JSONValue] = {VIEWER_PAGE_KEY: "https://cc.kutim.example/cctv/live/KT-0012"}
    assert _viewer_page(plain, Context(base_url=BASE)) is None


def test_linked_camera_page_rules() -> None:
    from custom_components.kutim_cctv.portal.aliases import IDENTIFYING_PARAMS
    from custom_components.kutim_cctv.portal.viewerlinks import linked_camera_page

    def linked(url: str, own: str | None) -> bool:
        return linked_camera_page(url, own, IDENTIFYING_PARAMS)

    assert linked("http://atcs.kutim.example/PlayVideo.aspx?ID=17", "17")
    assert linked("https://cctv.kutim.example/lihat/b4", "b4")
    assert linked("https://cctv.kutim.example/cctv/live/7", "7")
    assert not linked("https://cctv.kutim.example/cctv/live/8", "7")  # another record's
    assert not linked("https://news.kutim.example/read.php?id=9912", "x")
    assert not linked("https://news.kutim.example/baca.php?id=4", "4")
    assert not linked("https://news.kutim.example/2024/2/berita", "2")
    assert not linked("https://portal.kutim.example/2024/5/12", "12")
    assert not linked("https://dishub.kutim.example/cctv", "cctv")
    assert not linked("https://dishub.kutim.example/kamera/lihat", "lihat")
    assert not linked("https://admin:pw@cctv.kutim.example/lihat/b4", "b4")
    assert not linked("ftp://cctv.kutim.example/lihat/b4", "b4")
