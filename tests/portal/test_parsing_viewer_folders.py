"""Viewer pages under a camera word and a folder, and in map popups beside a still."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.viewerlinks import viewer_code, viewer_page

BASE = "https://wisata.kutim.example/peta"


def parse(text: str, base: str = BASE) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras)


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://wisata.kutim.example/cctv/pantai/ptl-01", "ptl-01"),
        ("https://cctv.kutim.example/cctv/lihat/ktm-004", "ktm-004"),
        ("https://atcs.kutim.example/kamera/lihat/SGT-11", "SGT-11"),
        ("https://atcs.kutim.example/kamera/sangatta-utara/SGT-11", "SGT-11"),
        ("https://atcs.kutim.example/portal/cctv/mangrove/mgv-02", "mgv-02"),
    ],
)
def test_camera_word_and_folder_before_a_code(url: str, code: str) -> None:
    assert viewer_code(url) == code


@pytest.mark.parametrize(
    "url",
    [
        "https://wisata.kutim.example/cctv/berita/ptl-01",  # an article
        "https://wisata.kutim.example/kamera/detail/kj-11",  # a detail page
        "https://wisata.kutim.example/cctv/foto/ptl-01",  # a picture route
        "https://wisata.kutim.example/cctv/rekaman/ptl-01",  # a recording
        "https://toko.kutim.example/kamera/produk/hk-2021",  # a shop's product
        "https://toko.kutim.example/toko/kamera/hk-2021",  # a shop's category
        "https://tokocctv.example.id/cctv/dome/hk-101",  # a camera kind: a shop's goods
        "https://tokocctv.example.id/cctv/bullet/dh-202",
        "https://tokocctv.example.id/cctv/indoor/ez-303",
        "https://wisata.kutim.example/cctv/edit/ptl-01",
        "https://wisata.kutim.example/cctv/lokasi/ptl-01",
        "https://wisata.kutim.example/berita/pantai/ptl-01",  # no camera word before
        "https://wisata.kutim.example/cctv/pantai2/ptl-01",  # a folder with a digit
        "https://wisata.kutim.example/cctv/Pantai/ptl-01",  # a folder written as a title
        "https://wisata.kutim.example/cctv/pantai/teluk-lingga",  # a slug of words
        "https://wisata.kutim.example/cctv/pantai/17",  # a bare number
        "https://wisata.kutim.example/cctv/pantai/ptl-01?hal=2",
        "http://192.168.1.20/cctv/pantai/ptl-01",  # a LAN device
        "https://user:pw@wisata.kutim.example/cctv/pantai/ptl-01",  # credentials
    ],
)
def test_other_folders_are_no_viewer_pages(url: str) -> None:
    assert viewer_code(url) is None


def test_folder_page_must_name_the_cameras_own_code() -> None:
    url = "https://wisata.kutim.example/cctv/pantai/ptl-02"
    assert viewer_page(url, ("PTL-02", None)) == "ptl-02"
    assert viewer_page(url, ("PTL-01", "ptl-01")) is None


def _popup(code: str, name: str, still: str, link: str) -> str:
    return (
        f'<div class="pop" data-kode="{code}"><b>{name}</b><br><img src="{still}">'
        f'<br><a href="{link}" target="_blank">Lihat Live</a></div>'
    )


def _map(popups: list[tuple[float, float, str]]) -> str:
    markers = "\n".join(
        f"L.marker([{lat}, {lng}]).addTo(map).bindPopup('{html}');" for lat, lng, html in popups
    )
    return (
        '<html><body><div id="map"></div><script>'
        "var map = L.map('map').setView([0.5, 117.5], 10);\n"
        f"{markers}\n</script></body></html>"
    )


def test_leaflet_popup_viewer_page_and_code() -> None:
    page = _map(
        [
            (
                0.52544,
                117.55873,
                _popup("PTL-01", "Pos Balawista", "/cctv/foto/ptl-01.jpg", "/cctv/pantai/ptl-01"),
            ),
            (
                0.52588,
                117.55911,
                _popup("PTL-02", "Pujasera", "/cctv/foto/ptl-02.jpg", "/cctv/berita/ptl-02"),
            ),
            (
                0.52301,
                117.56288,
                _popup("PTL-03", "Muara", "/cctv/foto/ptl-03.jpg", "/cctv/pantai/ptl-09"),
            ),
            (
                0.5259,
                117.5591,
                _popup(
                    "PTL-04",
                    "Dermaga",
                    "/cctv/foto/ptl-04.jpg",
                    "http://10.0.0.5/cctv/pantai/ptl-04",
                ),
            ),
        ]
    )
    cameras = {camera.name: camera for camera in parse(page)}
    assert cameras["Pos Balawista"].id == "PTL-01"
    assert cameras["Pos Balawista"].stream_url == "https://wisata.kutim.example/cctv/pantai/ptl-01"
    assert (
        cameras["Pos Balawista"].snapshot_url == "https://wisata.kutim.example/cctv/foto/ptl-01.jpg"
    )
    # An article, another camera's page and a LAN page beside the still are no stream.
    for name in ("Pujasera", "Muara", "Dermaga"):
        assert cameras[name].stream_url is None
        assert cameras[name].snapshot_url is not None
    assert cameras["Pujasera"].id == "PTL-02"


def test_popup_without_still_takes_no_viewer_page() -> None:
    html = '<div data-kode="TOA-01"><b>Pengeras Suara</b><br><a href="/cctv/pantai/toa-01">Info</a></div>'
    with pytest.raises(PortalFormatError):
        parse(_map([(0.5259, 117.5591, html)]))


def test_card_link_around_still_under_lihat_folder() -> None:
    page = (
        '<html><body><div class="grid">'
        '<div class="card"><a href="/cctv/lihat/ktm-004"><img src="/snapshot/ktm-004.jpg" '
        'alt="Simpang Tiga"></a><h6>Simpang Tiga</h6></div>'
        '<div class="card"><a href="/cctv/berita/ktm-005"><img src="/snapshot/ktm-005.jpg" '
        'alt="Simpang Empat"></a><h6>Simpang Empat</h6></div>'
        "</div></body></html>"
    )
    cameras = {camera.name: camera for camera in parse(page, "https://cctv.kutim.example/")}
    assert cameras["Simpang Tiga"].stream_url == "https://cctv.kutim.example/cctv/lihat/ktm-004"
    assert cameras["Simpang Empat"].stream_url is None


def test_shop_product_cards_get_no_viewer_page() -> None:
    # A CCTV shop's cards: a product photo, its price and a link to the product's page
    # named by the product code (under a camera-kind folder, or a plain one).
    products = [
        ("hk-101", "Kamera Dome Hikvision 2MP", "850.000", "dome"),
        ("dh-202", "Kamera Bullet Dahua 4MP", "1.150.000", "bullet"),
        ("ez-303", "Ezviz C6N Indoor", "450.000", "pantai"),
    ]
    cards = "".join(
        f'<div class="card"><img src="/uploads/{code}.jpg" alt="{name}"><h3>{name}</h3>'
        f'<p class="price">Rp {price}</p><a href="/cctv/{folder}/{code}" class="btn">Lihat</a></div>'
        for code, name, price, folder in products
    )
    page = f"<html><body><h1>Produk CCTV</h1><div class='grid'>{cards}</div></body></html>"
    # Priced cards are products, no cameras: no viewer page, and no camera at all.
    with pytest.raises(PortalFormatError):
        parse(page, "https://tokocctv.example.id/kategori/cctv")


def test_popup_stating_a_price_gives_no_viewer_page() -> None:
    html = (
        '<div class="pop" data-kode="PTL-01"><b>Pos Balawista</b><br>'
        '<img src="/cctv/foto/ptl-01.jpg"><br>Harga Rp 850.000'
        '<br><a href="/cctv/pantai/ptl-01" target="_blank">Lihat</a></div>'
    )
    found = parse(
        _map([(0.52544, 117.55873, html), (0.52588, 117.55911, html.replace("01", "02"))])
    )
    assert found and all(camera.stream_url is None for camera in found)
