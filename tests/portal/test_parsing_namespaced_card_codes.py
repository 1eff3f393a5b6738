"""A card's namespaced id (``cam-pm-01``) gives the code its own viewer page or media writes.

A card without a picture whose namespaced id is the code of its one viewer page is that
camera, the page its stream; ``/realtime/<code>`` is a viewer page.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.viewerlinks import (
    camera_caption,
    namespaced_code,
    viewer_code,
)

BASE = "https://cctv.diskominfo.kutimkab.example/realtime"
HOST = "https://cctv.diskominfo.kutimkab.example"


@pytest.mark.parametrize(
    ("element_id", "media", "viewer", "expected"),
    [
        ("cam-pm-01", [], f"{HOST}/realtime/pm-01", "pm-01"),
        ("cam-ss-02", [f"{HOST}/realtime/ss-02/snap.jpg"], None, "ss-02"),
        ("kamera_sgu-012", [f"{HOST}/cctv-rt/SGU-012/latest.jpg"], None, "sgu-012"),
        ("cctv-st-01", [f"{HOST}/snap/st01.jpg"], None, "st-01"),  # without separators
        ("CCTV-KT-0012", [], f"{HOST}/cctv/live/kt-0012", "KT-0012"),
    ],
)
def test_a_namespaced_id_gives_the_code_its_links_write(
    element_id: str, media: list[str], viewer: str | None, expected: str
) -> None:
    assert namespaced_code(element_id, media, viewer) == expected


@pytest.mark.parametrize(
    ("element_id", "media", "viewer"),
    [
        ("cam-apron-1", [f"{HOST}/axis-cgi/mjpg/video.cgi?camera=1"], None),  # a slug id
        ("cam-st-04", [f"{HOST}/foto/simpang-kabo.jpg"], f"{HOST}/realtime/st-09"),
        ("cam_k3", [f"{HOST}/snap/k3.jpg"], None),  # a plain code, read as k3 already
        ("cam-pm-01", [], "http://192.168.1.20/realtime/pm-01"),  # a LAN viewer page
        ("cam-pm-01", [], f"{HOST}/realtime/pm-01?token=1"),  # a query
        ("slide-pm-01", [f"{HOST}/realtime/pm-01/snap.jpg"], None),  # no camera word
        ("cam-pm-01", [f"{HOST}/realtime/pm-011/snap.jpg"], None),  # another code
        ("cam-taman-bersemi", [], f"{HOST}/realtime/taman-bersemi"),
    ],
)
def test_other_ids_stay_whole(element_id: str, media: list[str], viewer: str | None) -> None:
    assert namespaced_code(element_id, media, viewer) is None


def test_a_realtime_route_is_a_viewer_page() -> None:
    assert viewer_code(f"{HOST}/realtime/pm-01") == "pm-01"
    assert viewer_code(f"{HOST}/realtime/berita") is None  # no code
    assert viewer_code(f"{HOST}/berita/realtime/2024") is None  # a bare number
    assert viewer_code("http://10.0.0.5/realtime/pm-01") is None  # a LAN host


def parse(items: str) -> list[Camera]:
    text = (
        "<html><head><title>CCTV Realtime</title></head><body><h1>CCTV Realtime</h1>"
        f"<ul class='cam-list'>{items}</ul>"
        "<div id='footer'><a href='https://play.google.example/store/apps/details?id=x'>"
        "Aplikasi</a></div></body></html>"
    )
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


def item(code: str, name: str, inner: str, *, state: str = "Online") -> str:
    return (
        f"<li class='cam' id='cam-{code}'>{inner}<div class='cam-info'>"
        f"<strong class='cam-nama'>{name}</strong><span class='cam-status'>{state}</span>"
        "</div></li>"
    )


def still(code: str, linked: bool = True) -> str:
    picture = f"<img class='cam-thumb' src='/realtime/{code}/snap.jpg' alt=''>"
    return f"<a href='/realtime/{code}'>{picture}</a>" if linked else picture


def button(code: str) -> str:
    return f"<a class='cam-link' href='/realtime/{code}'>Tonton realtime</a>"


# Two cameras with their stills, beside which the near misses are read.
PICTURED = item("pm-01", "Dermaga Pulau Miang", still("pm-01")) + item(
    "su-07", "Bundaran Pelangi", still("su-07")
)
PICTURED_NAMES = {"Dermaga Pulau Miang", "Bundaran Pelangi"}


def by_name(cameras: list[Camera]) -> dict[str, Camera]:
    return {camera.name: camera for camera in cameras}


def test_cards_read_their_code_stream_and_stream_only_camera() -> None:
    cameras = by_name(
        parse(
            item("pm-01", "Dermaga Pulau Miang", still("pm-01") + button("pm-01"), state="Offline")
            + item("ss-02", "Pelabuhan Kenyamukan", still("ss-02", linked=False))
            + item("kl-01", "Dermaga Kaliorang", button("kl-01"))
        )
    )
    assert set(cameras) == {"Dermaga Pulau Miang", "Pelabuhan Kenyamukan", "Dermaga Kaliorang"}
    miang = cameras["Dermaga Pulau Miang"]
    assert (miang.id, miang.online) == ("pm-01", False)
    assert miang.stream_url == f"{HOST}/realtime/pm-01"
    assert miang.snapshot_url == f"{HOST}/realtime/pm-01/snap.jpg"
    kenyamukan = cameras["Pelabuhan Kenyamukan"]
    assert (kenyamukan.id, kenyamukan.stream_url) == ("ss-02", None)
    kaliorang = cameras["Dermaga Kaliorang"]
    assert (kaliorang.id, kaliorang.online) == ("kl-01", True)
    assert kaliorang.stream_url == f"{HOST}/realtime/kl-01"
    assert kaliorang.snapshot_url is None


@pytest.mark.parametrize(
    "inner",
    [
        button("kl-09"),  # the page of another code
        button("kl-01") + " <a href='/realtime/kl-02'>Sudut lain</a>",  # two pages
        "<a class='cam-link' href='http://192.168.1.7/realtime/kl-01'>Tonton</a>",  # LAN
        "<a class='cam-link' href='/berita/kl-01'>Berita</a>",  # an article
        "<em>Belum terpasang</em>",  # no link at all
    ],
)
def test_a_card_without_its_own_viewer_page_is_none(inner: str) -> None:
    cameras = by_name(parse(PICTURED + item("kl-01", "Dermaga Kaliorang", inner)))
    assert set(cameras) == PICTURED_NAMES
    assert all("192.168" not in (camera.stream_url or "") for camera in cameras.values())


def test_a_slug_card_linking_a_slug_page_is_none() -> None:
    text = PICTURED + (
        "<li class='cam' id='cam-taman-bersemi'><strong>Taman Bersemi</strong>"
        "<a href='/realtime/taman-bersemi'>Tonton realtime</a></li>"
    )
    assert {camera.name for camera in parse(text)} == PICTURED_NAMES


def test_a_card_whose_code_no_address_writes_keeps_its_element_id() -> None:
    picture = "<img class='cam-thumb' src='/foto/simpang-kabo.jpg' alt=''>"
    text = item("st-04", "Simpang Kabo", f"<a href='/realtime/st-09'>{picture}</a>") + PICTURED
    cameras = by_name(parse(text))
    kabo = cameras["Simpang Kabo"]
    assert (kabo.id, kabo.stream_url) == ("cam-st-04", None)
    assert cameras["Dermaga Pulau Miang"].id == "pm-01"


def test_a_news_list_of_realtime_articles_gives_no_camera() -> None:
    text = (
        "<html><body><h1>Berita</h1><ul>"
        "<li id='post-12'><a href='/realtime/berita-12'>Listrik padam di pulau</a></li>"
        "<li id='post-13'><a href='/realtime/2024'>Arsip 2024</a></li>"
        "</ul></body></html>"
    )
    with pytest.raises(PortalFormatError):
        parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)


def _shop_cards(title: str, base: str = "https://cctv.kota.example/") -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><div class='grid'>"
        "<div class='item' id='cctv-hk-101'><h3>Hikvision Dome 2MP</h3>"
        "<a href='/realtime/hk-101'>Demo Live</a><p>Rp 450.000</p></div>"
        "<div class='item' id='cctv-hk-102'><h3>Hikvision Bullet 4MP</h3>"
        "<a href='/realtime/hk-102'>Demo Live</a><p>Rp 650.000</p></div>"
        "</div></body></html>"
    )


def test_a_shops_priced_link_only_cards_give_no_camera() -> None:
    # Priced beside a shop's word (Dome, 2MP), as a pictured product card is refused.
    with pytest.raises(PortalFormatError):
        parse_body(
            _shop_cards("Toko CCTV Murah"),
            profile=Profile.AUTO,
            base_url="https://cctv.kota.example/",
            prettify=False,
        )


def test_a_priced_link_only_card_on_a_shops_page_gives_no_camera() -> None:
    text = (
        "<html><body><ul>"
        "<li class='cam' id='cam-kl-01'><strong>Paket Kaliorang</strong>"
        "<a href='/realtime/kl-01'>Tonton realtime</a><span>Rp 450.000</span></li>"
        "<li class='cam' id='cam-kl-02'><strong>Paket Sangatta</strong>"
        "<a href='/realtime/kl-02'>Tonton realtime</a><span>Rp 650.000</span></li>"
        "</ul></body></html>"
    )
    with pytest.raises(PortalFormatError):
        parse_body(
            text, profile=Profile.AUTO, base_url="https://toko.kota.example/", prettify=False
        )


@pytest.mark.parametrize(
    "note",
    [
        "Tarif Gol I: Rp 7.500",  # a toll gate's tariff
        "Parkir Rp 2.000/jam",  # a parking fee
    ],
)
def test_a_priced_link_only_camera_card_without_goods_stays(note: str) -> None:
    cameras = by_name(
        parse(
            item("kl-01", "Gerbang Tol Kaliorang", button("kl-01") + f"<p>{note}</p>")
            + item("kl-02", "Simpang Beli Pisang", button("kl-02"))
        )
    )
    assert set(cameras) == {"Gerbang Tol Kaliorang", "Simpang Beli Pisang"}
    assert cameras["Gerbang Tol Kaliorang"].stream_url == f"{HOST}/realtime/kl-01"
    assert cameras["Simpang Beli Pisang"].stream_url == f"{HOST}/realtime/kl-02"


def _data_cards(cards: str) -> str:
    return (
        "<!doctype html><html><head><title>Data Kota</title></head><body><ul>"
        f"{cards}</ul></body></html>"
    )


@pytest.mark.parametrize(
    "cards",
    [
        # A weather station's realtime data page.
        (
            "<li class='station' id='cam-aws-01'><h3>AWS Sangatta</h3><p>Suhu 31°C</p>"
            "<a href='/realtime/aws-01'>Data Realtime</a></li>"
            "<li class='station' id='cam-aws-02'><h3>AWS Bengalon</h3><p>Suhu 30°C</p>"
            "<a href='/realtime/aws-02'>Data Realtime</a></li>"
        ),
        # A bus corridor's live position.
        (
            "<li class='card' id='cam-tj-01'><h3>Koridor 1 Blok M - Kota</h3>"
            "<a href='/realtime/tj-01'>Posisi bus</a></li>"
            "<li class='card' id='cam-tj-02'><h3>Koridor 2 Pulogadung - Monas</h3>"
            "<a href='/realtime/tj-02'>Posisi bus</a></li>"
        ),
        # An icon without a caption, a bare "Realtime" and a bare "Lihat".
        (
            "<li class='cam' id='cam-kl-01'><h3>Dermaga Kaliorang</h3>"
            "<a href='/realtime/kl-01'><i class='fa fa-chart'></i></a></li>"
            "<li class='cam' id='cam-kl-02'><h3>Dermaga Sangkima</h3>"
            "<a href='/realtime/kl-02'>Realtime</a></li>"
            "<li class='cam' id='cam-kl-03'><h3>Dermaga Teluk Lombok</h3>"
            "<a href='/realtime/kl-03'>Lihat</a></li>"
        ),
    ],
)
def test_a_link_only_card_whose_caption_views_nothing_gives_no_camera(cards: str) -> None:
    with pytest.raises(PortalFormatError):
        parse_body(_data_cards(cards), profile=Profile.AUTO, base_url=BASE, prettify=False)


@pytest.mark.parametrize(
    "caption",
    [
        *("Tonton realtime", "Live", "Lihat CCTV", "Siaran Langsung", "View camera"),
        # the shared caption test's captions: a webcam link label, a monitoring caption
        *("Buka CCTV", "Open camera", "Pantau", "Monitor", "Klik untuk melihat CCTV"),
    ],
)
def test_a_link_only_card_captioned_to_view_its_camera_is_one(caption: str) -> None:
    cards = "".join(
        f"<li class='cam' id='cam-kl-0{i}'><h3>Dermaga {name}</h3>"
        f"<a href='/realtime/kl-0{i}'>{caption}</a></li>"
        for i, name in ((1, "Kaliorang"), (2, "Sangkima"))
    )
    cameras = parse_body(_data_cards(cards), profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert [(c.id, c.name, c.stream_url) for c in cameras.cameras] == [
        ("kl-01", "Dermaga Kaliorang", f"{HOST}/realtime/kl-01"),
        ("kl-02", "Dermaga Sangkima", f"{HOST}/realtime/kl-02"),
    ]


@pytest.mark.parametrize(
    ("caption", "viewing"),
    [
        ("Tonton realtime", True),
        ("Lihat CCTV", True),
        ("Live", True),
        ("View camera", True),
        ("Buka CCTV", True),
        ("Open camera", True),
        ("Pantau", True),
        ("Lihat Pemantauan", True),
        ("Klik untuk melihat CCTV", True),
        ("Watch live", True),
        ("Data Realtime", False),
        ("Lihat Detail CCTV", False),
        ("Detail", False),
        ("Posisi bus", False),
        ("Demo Live", False),
        ("Realtime", False),
        ("Lihat", False),
        ("CCTV", False),
        ("", False),
        ("live " * 20, False),
    ],
)
def test_camera_caption(caption: str, viewing: bool) -> None:
    assert camera_caption(caption) is viewing
