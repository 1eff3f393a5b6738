"""A camera's detail page whose sidebar links every camera's own page (/cctv/{slug})."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.detailsidebar import route_slug

BASE = "https://cctv.sangatta.example/cctv/bundaran-sangatta"
PLAYER = "https://player.sangatta.example/embed/bundaran?autoplay=1"


def _entry(slug: str, name: str, state: str, *, route: str = "/cctv/", extra: str = "") -> str:
    return (
        f'<a class="item" href="{route}{slug}"><div><p>{name}</p><p>Jl. Poros Sangatta</p>'
        f'</div><span class="dot" title="{state}"></span>{extra}</a>'
    )


def _page(entries: str, *, nav: str = "", heading: str = "Bundaran Sangatta") -> str:
    return (
        "<html><head><title>Detail CCTV</title></head><body>"
        f"<nav>{nav}</nav><main><h3>{heading}</h3>"
        f'<iframe src="{PLAYER}" title="{heading}"></iframe></main>'
        f'<aside><h3>CCTV Lainnya</h3><div class="list">{entries}</div></aside></body></html>'
    )


def _read(page: str, base: str = BASE) -> list[Camera]:
    return list(parse_body(page, profile=Profile.AUTO, base_url=base, prettify=False).cameras)


SIDEBAR = (
    _entry("bundaran-sangatta", "Bundaran Sangatta", "online")
    + _entry("pelabuhan-maloy", "Pelabuhan Maloy", "offline")
    + _entry("terminal-sangatta", "Terminal Sangatta", "online")
)


def test_sidebar_lists_the_cameras_their_pages_the_streams() -> None:
    cameras = {c.id: c for c in _read(_page(SIDEBAR))}
    assert set(cameras) == {"bundaran-sangatta", "pelabuhan-maloy", "terminal-sangatta"}
    shown = cameras["bundaran-sangatta"]
    assert (shown.name, shown.stream_url, shown.online) == ("Bundaran Sangatta", PLAYER, True)
    maloy = cameras["pelabuhan-maloy"]
    assert maloy.name == "Pelabuhan Maloy"
    assert maloy.stream_url == "https://cctv.sangatta.example/cctv/pelabuhan-maloy"
    assert maloy.online is False
    assert cameras["terminal-sangatta"].online is True


def test_menu_links_of_the_route_are_no_cameras() -> None:
    nav = '<a href="/cctv/semua">Semua CCTV</a><a href="/cctv/peta">Peta</a>'
    cameras = _read(_page(SIDEBAR, nav=nav))
    assert sorted(c.id for c in cameras) == [
        "bundaran-sangatta",
        "pelabuhan-maloy",
        "terminal-sangatta",
    ]


def test_state_words_in_text_count_as_states() -> None:
    entries = "".join(
        f'<a href="/webcam/{slug}"><strong>{name}</strong> <span>{state}</span></a>'
        for slug, name, state in (
            ("bundaran-sangatta", "Bundaran Sangatta", "Online"),
            ("pantai-teluk-lombok", "Pantai Teluk Lombok", "Offline"),
            ("dermaga-kenyamukan", "Dermaga Kenyamukan", "Online"),
        )
    )
    base = "https://cam.sangatta.example/webcam/bundaran-sangatta"
    cameras = {c.id: c for c in _read(_page(entries), base)}
    assert cameras["pantai-teluk-lombok"].online is False
    assert cameras["bundaran-sangatta"].stream_url == PLAYER


def test_news_sidebar_gives_no_cameras() -> None:
    entries = "".join(
        f'<a href="/berita/{slug}"><strong>{name}</strong> <span>5 Des 2026</span></a>'
        for slug, name in (
            ("bundaran-sangatta", "Bundaran Sangatta"),
            ("banjir-rob", "Banjir Rob di Sangatta Selatan"),
            ("festival-kutim", "Festival Magic Land Kutim"),
        )
    )
    cameras = _read(_page(entries), "https://news.sangatta.example/berita/bundaran-sangatta")
    assert [c.stream_url for c in cameras] == [PLAYER]
    assert cameras[0].id != "bundaran-sangatta"


def test_links_stating_no_state_are_no_list() -> None:
    entries = (
        _entry("bundaran-sangatta", "Bundaran Sangatta", "online")
        + '<a href="/cctv/pelabuhan-maloy"><p>Pelabuhan Maloy</p></a>'
        + _entry("terminal-sangatta", "Terminal Sangatta", "online")
    )
    assert [c.stream_url for c in _read(_page(entries))] == [PLAYER]


def test_sidebar_without_the_shown_camera_is_no_list() -> None:
    entries = (
        _entry("pelabuhan-maloy", "Pelabuhan Maloy", "offline")
        + _entry("terminal-sangatta", "Terminal Sangatta", "online")
        + _entry("simpang-tiga", "Simpang Tiga", "online")
    )
    assert [c.stream_url for c in _read(_page(entries))] == [PLAYER]


def test_own_link_named_otherwise_is_no_list() -> None:
    cameras = _read(_page(SIDEBAR, heading="Review Produk"))
    assert [c.stream_url for c in cameras] == [PLAYER]


def test_shop_products_with_prices_are_no_cameras() -> None:
    entries = "".join(
        f'<a href="/camera/{slug}"><strong>{name}</strong> <span>Rp {price}</span></a>'
        for slug, name, price in (
            ("hik-ds2cd1043", "Hikvision DS-2CD1043", "1.250.000"),
            ("dahua-hfw1230", "Dahua HFW1230", "850.000"),
            ("ezviz-c6n", "EZVIZ C6N", "450.000"),
        )
    )
    page = _page(entries, heading="Hikvision DS-2CD1043")
    cameras = _read(page, "https://shop.sangatta.example/camera/hik-ds2cd1043")
    assert [c.stream_url for c in cameras] == [PLAYER]


def test_sidebar_without_a_player_is_no_list() -> None:
    page = f"<html><body><h1>Bundaran Sangatta</h1><aside>{SIDEBAR}</aside></body></html>"
    with pytest.raises(PortalFormatError):
        _read(page)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (BASE, ("cctv.sangatta.example/cctv", "bundaran-sangatta")),
        ("https://h.example/id/webcam/pantai-2", ("h.example/id/webcam", "pantai-2")),
        ("https://h.example/berita/bundaran", None),
        ("https://h.example/cctv/", None),
        ("https://h.example/cctv/a.jpg", None),
        ("https://h.example/cctv/a/edit", None),
        ("https://h.example/cctv/a?x=1", None),
        ("https://h.example/cctv/1234", None),
        ("rtsp://h.example/cctv/bundaran", None),
    ],
)
def test_route_slug(url: str, expected: tuple[str, str] | None) -> None:
    assert route_slug(url) == expected


SHOP_URL = "https://tokokamera.example/camera/hikvision-ds-2cd1043"


def _shop(badges: tuple[str, str, str, str], head: str = "", price: str = "") -> str:
    slugs = ("hikvision-ds-2cd1043", "dahua-ipc-hfw1230", "ezviz-c6n", "tp-link-tapo-c200")
    names = ("Hikvision DS-2CD1043", "Dahua IPC-HFW1230", "Ezviz C6N", "TP-Link Tapo C200")
    items = "".join(
        f'<li><a href="/camera/{slug}">{name} <span class="badge">{badge}</span>{price}</a></li>'
        for slug, name, badge in zip(slugs, names, badges, strict=True)
    )
    return (
        f"<html><head>{head}</head><body><main><h1>Hikvision DS-2CD1043</h1>"
        '<video src="https://cdn.tokokamera.example/video/ds-2cd1043-review.mp4" controls>'
        f"</video></main><aside><h3>Produk lain</h3><ul>{items}</ul></aside></body></html>"
    )


@pytest.mark.parametrize(
    "badges",
    [
        ("Tersedia", "Tersedia", "Tersedia", "Tersedia"),
        ("Available", "Available", "Sold out", "Available"),
        ("In stock", "Out of stock", "In stock", "In stock"),
        ("Tersedia", "Tidak tersedia", "Stok habis", "Pre-order"),
    ],
)
def test_a_shops_stock_badges_state_no_camera(badges: tuple[str, str, str, str]) -> None:
    """A camera shop's product page listing other products with stock badges is no list."""
    cameras = _read(_shop(badges), SHOP_URL)
    assert [c.stream_url for c in cameras] == [
        "https://cdn.tokokamera.example/video/ds-2cd1043-review.mp4"
    ]
    assert all(c.online is None for c in cameras)


@pytest.mark.parametrize(
    ("head", "price"),
    [
        ('<meta property="og:type" content="product">', ""),
        ('<script type="application/ld+json">{"@type": "Product", "name": "x"}</script>', ""),
        ("", " <b>Rp 850.000</b>"),
        ("", " <b>$49</b>"),
    ],
)
def test_a_product_page_or_priced_links_give_no_list(head: str, price: str) -> None:
    """Online dots on a product page, or links stating prices, are a shop's, no cameras."""
    cameras = _read(_shop(("online", "online", "offline", "online"), head, price), SHOP_URL)
    assert len(cameras) == 1
    assert cameras[0].id != "hikvision-ds-2cd1043"


def test_a_camera_named_like_a_stock_word_keeps_the_list() -> None:
    """Only a badge made of stock words is one: "Ready Mix Plant" is a camera's name."""
    entries = (
        _entry("bundaran-sangatta", "Bundaran Sangatta", "online")
        + _entry("ready-mix-plant", "Ready Mix Plant", "offline")
        + _entry("terminal-sangatta", "Terminal Sangatta", "online")
    )
    cameras = {c.id: c for c in _read(_page(entries))}
    assert set(cameras) == {"bundaran-sangatta", "ready-mix-plant", "terminal-sangatta"}
    assert cameras["ready-mix-plant"].online is False
