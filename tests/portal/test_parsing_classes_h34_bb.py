"""Lists of links to cameras' viewer pages, and pictures' alts naming only a card's id.

A page listing links to a camera's viewing script keyed by one query field
(``camview.php?camkey=telaga_warna``, ``showcam.php?cam=2``, ``ViewCamera.aspx?camera=…``),
each labelled with the camera's name, is a list of cameras when two or more links name
one script and field with different keys: each viewer page is its camera's stream (the
player-page convention: only on a page with no other camera), the label its name and the
key its id. A single such link, links labelled only with what to do ("View camera"), a
sentence, a script whose name says nothing of a camera, or the site's menu are none.

A picture's alt made of a camera word and the card's own id ("Camera 6710" in a card
keyed ``data-camera-id="6710"``, "CCTV #15", "Kamera 12") never names a card that has a
title: the title does. An alt naming another number or a place keeps its meaning.

A table's "Cámara" column (Spanish; Portuguese "Câmera"/"Câmara") holds the cameras'
labels, read as a "Camera" column is: beside a "Código" column of codes, the label
names the camera and the code is its id. A "Distrito" column holds the camera's
district, its area. A column naming the camera's state, name or place first
("Estado de la cámara", "Nombre de cámara") keeps that meaning.

A link labelled as a live camera ("Live CCTV", "Watch Live Cam") inside the site's
navigation (a ``<nav>``, a navbar, an SB Admin or AdminLTE sidebar, a WordPress menu, a
dropdown menu) opens a section of the site, never a camera's player page, even on a
host named for cameras. Tabs and pills (``nav-tabs``) are no navigation, and the same
link outside a menu still stands in for a camera on a page with no other.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import header_field

BASE = "https://webcams.village.example/"


def parse(body: str) -> tuple[Camera, ...]:
    """Parse a page at BASE."""
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


MENU = (
    '<div class="menu"><a href="/">Home</a> <a href="/about.html">About</a>'
    ' <a href="/webcams.php">Webcams</a></div>'
)


def links(*entries: tuple[str, str]) -> str:
    """Return a page with the menu and a list of the given (href, label) links."""
    items = "".join(f'<li><a href="{href}">{label}</a></li>' for href, label in entries)
    return f"<html><body>{MENU}<h1>Webcam List</h1><ul>{items}</ul></body></html>"


def test_named_links_to_a_camera_view_script_are_cameras() -> None:
    found = parse(
        links(
            ("/camview.php?camkey=candi", "Kompleks Candi"),
            ("/camview.php?camkey=telaga", "Telaga Warna"),
            ("/camview.php?camkey=kawah", "Kawah &amp; Bukit"),
        )
    )
    assert [(c.id, c.name, c.stream_url) for c in found] == [
        ("candi", "Kompleks Candi", f"{BASE}camview.php?camkey=candi"),
        ("telaga", "Telaga Warna", f"{BASE}camview.php?camkey=telaga"),
        ("kawah", "Kawah & Bukit", f"{BASE}camview.php?camkey=kawah"),
    ]
    assert all(c.snapshot_url is None and c.area is None for c in found)


def test_other_viewing_scripts_and_numeric_keys() -> None:
    found = parse(
        links(
            ("ViewCamera.aspx?camera=pier", "North Pier"), ("ViewCamera.aspx?camera=dock", "Dock")
        )
    )
    assert [(c.id, c.name) for c in found] == [("pier", "North Pier"), ("dock", "Dock")]
    found = parse(links(("showcam.php?cam=0", "Runway"), ("showcam.php?cam=1", "Apron")))
    assert [c.id for c in found] == ["0", "1"]


def test_a_single_link_is_no_list() -> None:
    with pytest.raises(PortalFormatError):
        parse(links(("/camview.php?camkey=candi", "Kompleks Candi")))


def test_the_same_key_twice_is_one_link() -> None:
    with pytest.raises(PortalFormatError):
        parse(links(("/camview.php?camkey=a", "Telaga"), ("/camview.php?camkey=a", "Telaga")))


@pytest.mark.parametrize(
    "entries",
    [
        # a site menu of ordinary pages, some with a query
        (("/news.php?id=1", "Berita Desa"), ("/news.php?id=2", "Agenda Wisata")),
        # a script naming no camera
        (("/page.php?slug=candi", "Kompleks Candi"), ("/page.php?slug=telaga", "Telaga")),
        # a viewing script without a key, or with two fields
        (("/camview.php", "Kompleks Candi"), ("/showcam.php", "Telaga Warna")),
        (("/camview.php?k=a&x=1", "Kompleks Candi"), ("/camview.php?k=b&x=1", "Telaga")),
        # labels that only say what to do, or sentences
        (("/camview.php?k=a", "View camera"), ("/camview.php?k=b", "Live cam")),
        (("/camview.php?k=a", "Klik di sini."), ("/camview.php?k=b", "Lihat di sini.")),
        # two scripts, one link each
        (("/camview.php?k=a", "Kompleks Candi"), ("/showcam.php?k=b", "Telaga Warna")),
    ],
)
def test_links_that_are_no_camera_list(entries: tuple[tuple[str, str], ...]) -> None:
    with pytest.raises(PortalFormatError):
        parse(links(*entries))


def test_viewer_links_stand_aside_for_cameras_with_media() -> None:
    body = (
        "<html><body><h1>Webcams</h1>"
        '<div class="cam"><h3>Candi</h3><img src="/snap/candi.jpg" alt="Candi"></div>'
        '<div class="cam"><h3>Telaga</h3><img src="/snap/telaga.jpg" alt="Telaga"></div>'
        '<ul><li><a href="/camview.php?camkey=candi">Candi</a></li>'
        '<li><a href="/camview.php?camkey=telaga">Telaga</a></li></ul></body></html>'
    )
    found = parse(body)
    assert [(c.name, c.snapshot_url, c.stream_url) for c in found] == [
        ("Candi", f"{BASE}snap/candi.jpg", None),
        ("Telaga", f"{BASE}snap/telaga.jpg", None),
    ]


def test_many_viewer_links_with_long_queries_stay_bounded() -> None:
    long_value = "x" * 3000
    entries = [(f"/camview.php?camkey=k{n}", f"Camera place {n}") for n in range(3000)]
    entries += [(f"/cam{n % 50}.php?camkey={long_value}", "Long Key Place") for n in range(500)]
    entries += [(f"/showcam.php?cam=a{n}&x={long_value}", "Two Fields") for n in range(500)]
    found = parse(links(*entries))
    assert 2000 <= len(found) <= 2001
    assert found[0].id == "k0" and found[0].name == "Camera place 0"


def card(own_id: str, alt: str, title: str | None) -> str:
    """Return a camera card keyed by own_id, its still's alt and its title."""
    heading = f"<h3>{title}</h3>" if title else ""
    return (
        f'<li class="camera-card" data-camera-id="{own_id}">'
        f'<img src="/img/{own_id}.jpg" alt="{alt}"><div class="meta">{heading}</div></li>'
    )


def cards(*entries: str) -> tuple[Camera, ...]:
    """Parse a list of camera cards."""
    return parse(f'<html><body><ul class="camera-list">{"".join(entries)}</ul></body></html>')


@pytest.mark.parametrize("alt", ["Camera 6710", "CCTV #6710", "Kamera No. 6710", "Webcam 6710"])
def test_an_alt_of_a_camera_word_and_the_id_yields_to_the_title(alt: str) -> None:
    found = cards(card("6710", alt, "PIE / Bukit Timah"), card("1111", "Camera 1111", "ECP"))
    assert [(c.id, c.name) for c in found] == [("6710", "PIE / Bukit Timah"), ("1111", "ECP")]


def test_an_alt_naming_another_number_or_a_place_stays() -> None:
    found = cards(card("6710", "Camera 6711", "PIE"), card("1111", "Camera Pier", "ECP"))
    assert [c.name for c in found] == ["Camera 6711", "Camera Pier"]


def test_a_card_without_title_keeps_its_alt() -> None:
    found = cards(card("6710", "Camera 6710", None), card("1111", "Camera 1111", None))
    assert [c.name for c in found] == ["Camera 6710", "Camera 1111"]


def table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> tuple[Camera, ...]:
    """Parse a table of the given headers, each row ending with its still's cell."""
    head = "".join(f"<th>{text}</th>" for text in (*headers, "Imagen"))
    body = "".join(
        "<tr>"
        + "".join(f"<td>{text}</td>" for text in row)
        + f'<td><img src="/img/{row[0]}.jpg" alt="{row[0]}"></td></tr>'
        for row in rows
    )
    return parse(f"<html><body><table><tr>{head}</tr>{body}</table></body></html>")


def test_a_camara_column_names_and_a_distrito_column_places() -> None:
    found = table(
        ("Código", "Cámara", "Distrito", "Estado"),
        [
            ("TV01", "Alameda Principal", "Centro", "Operativa"),
            ("TV22", "El Palo", "Este", "Operativa"),
        ],
    )
    assert [(c.id, c.name, c.area, c.online) for c in found] == [
        ("TV01", "Alameda Principal", "Centro", True),
        ("TV22", "El Palo", "Este", True),
    ]


@pytest.mark.parametrize("header", ["Cámara", "Camara", "Câmera", "Câmara"])
def test_camera_columns_in_spanish_and_portuguese(header: str) -> None:
    assert header_field(header) == "camera"


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Estado de la cámara", "status"),
        ("Nombre de la cámara", "name"),
        ("Código cámara", "id"),
        ("Ubicación de la cámara", "place"),
        ("Distrito", "area"),
    ],
)
def test_other_columns_naming_a_camera_keep_their_meaning(header: str, field: str) -> None:
    assert header_field(header) == field


def test_a_name_column_beside_a_camara_column_names_the_camera() -> None:
    found = table(("Cámara", "Nombre"), [("TV01", "Alameda Principal"), ("TV22", "El Palo")])
    assert [c.name for c in found] == ["Alameda Principal", "El Palo"]


CAM_BASE = "https://cctv.town.example/kamera"
TABLE = (
    "<table><tr><th>Nama</th><th>Stream</th></tr>"
    "<tr><td>Simpang Tiga</td><td>https://cctv.town.example/hls/a/index.m3u8</td></tr>"
    "<tr><td>Alun-Alun</td><td>https://cctv.town.example/hls/b/index.m3u8</td></tr></table>"
)


def with_menu(menu: str, content: str = TABLE) -> tuple[Camera, ...]:
    """Parse a page on a camera-named host with the menu and the content."""
    body = f"<html><body>{menu}<h1>Data CCTV</h1>{content}</body></html>"
    return parse_body(body, profile=Profile.AUTO, base_url=CAM_BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "menu",
    [
        (
            '<ul class="navbar-nav sidebar"><div class="sidebar-heading">Master</div>'
            '<li class="nav-item"><a class="nav-link" href="/cctv/live"><span>Live CCTV</span>'
            "</a></li></ul>"
        ),
        '<nav><a href="/cctv/live">Live CCTV</a></nav>',
        (
            '<ul id="primary-menu" class="menu"><li class="menu-item">'
            '<a href="/live/">Watch Live Cam</a></li></ul>'
        ),
        '<div class="dropdown-menu"><a class="dropdown-item" href="/cctv/live">Lihat CCTV</a></div>',
    ],
)
def test_a_live_entry_of_the_navigation_is_no_camera(menu: str) -> None:
    found = with_menu(menu)
    assert [c.name for c in found] == ["Simpang Tiga", "Alun-Alun"]


def test_tabs_are_no_navigation() -> None:
    menu = (
        '<ul class="nav nav-tabs"><li class="nav-item">'
        '<a class="nav-link" href="https://player.other.example/embed/7">Live Cam</a></li></ul>'
    )
    found = with_menu(menu, "<p>Kamera kota.</p>")
    assert [c.stream_url for c in found] == ["https://player.other.example/embed/7"]


def test_a_live_link_outside_a_menu_still_stands_in() -> None:
    content = '<div class="resort"><h3>Summit</h3><a href="/cctv/live">Live CCTV</a></div>'
    found = with_menu('<nav><a href="/">Home</a></nav>', content)
    assert [c.stream_url for c in found] == ["https://cctv.town.example/cctv/live"]
