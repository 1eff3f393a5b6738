"""Map markers whose popup names the camera after a label and links its viewing route."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.viewerlinks import camera_route_key

BASE = "https://sig.kutim.example/pemetaan"


def _cams(markers: str) -> tuple[Camera, ...]:
    page = (
        "<!doctype html><html><head><title>Peta CCTV</title></head><body><div id='mapid'></div>"
        "<script>var mymap = L.map('mapid').setView([0.5, 117.5], 12);\n"
        f"{markers}</script></body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _marker(lat: float, lng: float, first_line: str, link: str, caption: str = "Lihat CCTV") -> str:
    return (
        f"L.marker([{lat}, {lng}]).addTo(mymap)"
        f'.bindPopup("{first_line}<br/>" + "Alamat : Jl. Yos Sudarso<br/>" + '
        f'"Keterangan : <a href=\\"{link}\\">{caption}</a><br/>");\n'
    )


def test_labelled_name_and_live_route_give_a_camera() -> None:
    cams = _cams(
        _marker(
            0.50233, 117.5231, "<b>Nama : Simpang Tiga</b>", "https://sig.kutim.example/cctv/live/4"
        )
        + _marker(0.51012, 117.5389, "Nama: <b>Taman Bersemi</b>", "/kamera/pantau/6")
    )
    assert [(c.id, c.name, c.stream_url) for c in cams] == [
        ("4", "Simpang Tiga", "https://sig.kutim.example/cctv/live/4"),
        ("6", "Taman Bersemi", "https://sig.kutim.example/kamera/pantau/6"),
    ]
    assert (cams[0].latitude, cams[0].longitude) == (0.50233, 117.5231)
    assert cams[0].snapshot_url is None


def test_name_label_with_camera_word_and_area_line() -> None:
    cams = _cams(
        'L.marker([0.5, 117.5]).addTo(mymap).bindPopup("<b>Nama CCTV : Jembatan Pinang</b><br/>" + '
        '"Kecamatan : Sangatta Utara</br>" + "<a href=\\"/cctv/live/21\\">Lihat</a></br>");\n'
        + _marker(0.6, 117.6, "<b>Nama : Dermaga</b>", "/cctv/live/22")
    )
    assert [(c.id, c.name, c.area) for c in cams] == [
        ("21", "Jembatan Pinang", "Sangatta Utara"),
        ("22", "Dermaga", None),
    ]


@pytest.mark.parametrize(
    "link",
    [
        "https://sig.kutim.example/berita/4",  # a news article
        "https://sig.kutim.example/cctv/4",  # a page of a list
        "https://sig.kutim.example/cctv/detail/4",  # a detail page
        "https://sig.kutim.example/live/4",  # no camera word
        "https://sig.kutim.example/admin/cctv/live/4",  # an admin's page
        "https://sig.kutim.example/cctv/live/4?page=2",  # a query
        "https://sig.kutim.example/cctv/live/simpang-tiga",  # a slug, no key
        "http://192.168.1.20/cctv/live/4",  # a LAN host
        "http://admin:rahasia@sig.kutim.example/cctv/live/4",  # a login
        "https://shop.kutim.example/produk/live/4",  # no camera word
    ],
)
def test_other_links_give_nothing(link: str) -> None:
    markers = _marker(0.5, 117.5, "<b>Nama : Simpang Tiga</b>", link) + _marker(
        0.6, 117.6, "<b>Nama : Taman</b>", link
    )
    with pytest.raises(PortalFormatError):
        _cams(markers)


@pytest.mark.parametrize(
    "first_line",
    [
        "<b>Nama Panti : Panti Asuhan Harapan</b>",  # a label naming another place
        "<b>Alamat : Jl. Yos Sudarso</b>",  # no name label
        "<b>Simpang Tiga</b>",  # no label at all
        "<b>Nama : </b>",  # an empty name
    ],
)
def test_other_first_lines_give_nothing(first_line: str) -> None:
    markers = _marker(0.5, 117.5, first_line, "/cctv/live/4") + _marker(
        0.6, 117.6, first_line, "/cctv/live/5"
    )
    with pytest.raises(PortalFormatError):
        _cams(markers)


def test_a_shop_popup_gives_nothing() -> None:
    markers = (
        'L.marker([0.5, 117.5]).addTo(mymap).bindPopup("<b>Nama : Kamera Dome</b><br/>'
        'Harga : Rp 850.000<br/><a href=\\"/cctv/live/4\\">Beli</a>");\n'
    )
    with pytest.raises(PortalFormatError):
        _cams(markers)


@pytest.mark.parametrize(
    ("first_lines", "links", "caption"),
    [
        (  # a camera shop's branches, each linking a product page
            ("<b>Nama : Toko Kamera Jaya</b>", "<b>Nama : Kamera Store Sangatta</b>"),
            ("/kamera/lihat/12", "/kamera/lihat/13"),
            "Lihat Produk",
        ),
        (  # a camera rental
            ("<b>Nama : Sewa Kamera DSLR Canon</b>", "<b>Nama : Sewa Kamera Sony</b>"),
            ("/camera/show/12", "/camera/show/13"),
            "Detail",
        ),
        (  # webcams for sale
            ("<b>Name: Logitech C920</b>", "<b>Name: Logitech C922</b>"),
            ("/webcam/view/920", "/webcam/view/922"),
            "View",
        ),
        (  # an installer's portfolio
            ("<b>Nama : Proyek Hotel Victoria</b>", "<b>Nama : Proyek Ruko Sangatta</b>"),
            ("/cctv/show/12", "/cctv/show/13"),
            "Lihat Proyek",
        ),
        (  # news
            ("<b>Nama : Pencurian terekam CCTV</b>", "<b>Nama : Maling motor terekam</b>"),
            ("/cctv/view/1201", "/cctv/view/1202"),
            "Baca",
        ),
    ],
)
def test_a_popup_whose_link_shows_no_camera_gives_nothing(
    first_lines: tuple[str, str], links: tuple[str, str], caption: str
) -> None:
    markers = _marker(0.5, 117.5, first_lines[0], links[0], caption) + _marker(
        0.6, 117.6, first_lines[1], links[1], caption
    )
    with pytest.raises(PortalFormatError):
        _cams(markers)


@pytest.mark.parametrize("caption", ["Lihat CCTV", "Live", "Lihat Live", "Tonton", "Pantau"])
def test_a_camera_popup_with_a_shop_word_in_its_name_stays(caption: str) -> None:
    cams = _cams(
        _marker(0.5, 117.5, "<b>Nama : Simpang Beli Pisang</b>", "/cctv/live/4", caption)
        + _marker(0.6, 117.6, "<b>Nama : Pasar Stok Ikan</b>", "/cctv/live/5", caption)
    )
    assert [(c.id, c.name) for c in cams] == [
        ("4", "Simpang Beli Pisang"),
        ("5", "Pasar Stok Ikan"),
    ]


def test_marker_with_a_still_keeps_it() -> None:
    cams = _cams(
        'L.marker([0.5, 117.5]).addTo(mymap).bindPopup("<b>Nama : Simpang</b><br/>'
        '<img src=\\"https://sig.kutim.example/snap/su-01.jpg\\"><a href=\\"/cctv/live/9\\">Lihat</a>");\n'
    )
    assert len(cams) == 1
    assert cams[0].snapshot_url == "https://sig.kutim.example/snap/su-01.jpg"
    assert cams[0].stream_url != "https://sig.kutim.example/cctv/live/9"


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://a.example/cctv/live/4", "4"),
        ("https://a.example/kamera/pantau/3", "3"),
        ("https://a.example/atcs/view/su-01", "su-01"),
        ("https://a.example/cctv/lihat/12", "12"),
        ("https://a.example/cctv/4", None),
        ("https://a.example/live/4", None),
        ("https://a.example/cctv/foto/live/4", None),
        ("https://a.example/cctv/edit/live/4", None),
        ("http://10.0.0.5/cctv/live/4", None),
        ("https://a.example/cctv/live/4?x=1", None),
    ],
)
def test_camera_route_key(url: str, key: str | None) -> None:
    assert camera_route_key(url) == key
