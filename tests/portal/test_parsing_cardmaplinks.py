"""A card's one map link (``/maps/@lat,lng``, ``/maps?q=lat,lng``) places its camera."""

from __future__ import annotations

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.fragmentplaces import map_link_place
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.dishub.example/"


def parse(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def card(name: str, links: list[str], src: str) -> str:
    anchors = "".join(f'<a href="{href}">Lihat Lokasi</a>' for href in links)
    return (
        f'<div class="col"><div class="card"><div class="card-header"><h6>{name}</h6>{anchors}</div>'
        f'<div class="card-body"><iframe src="{src}"></iframe></div></div></div>'
    )


def page(cards: list[str], footer: str = "") -> str:
    return f'<html><body><div class="row">{"".join(cards)}</div>{footer}</body></html>'


STREET = "https://www.google.com/maps/@0.50233,117.5231,3a,75y,41.2h,88.1t/data=!3m6!1e1"
HLS = "https://cctv.dishub.example/live/{}/index.m3u8"


def test_a_cards_map_link_places_its_camera() -> None:
    html = page(
        [
            card("Simpang Tiga", [STREET], HLS.format("a")),
            card("Taman", ["https://maps.app.goo.gl/Xw2Rt7Kp9Lm4Qz8Va"], HLS.format("b")),
            card("KM 5", ["https://www.google.com/maps?q=0.45510,117.49822"], HLS.format("c")),
        ],
        footer='<footer><a href="https://www.google.com/maps/@0.51234,117.53012,17z">Kantor</a></footer>',
    )
    cameras = {camera.name: (camera.latitude, camera.longitude) for camera in parse(html)}
    assert cameras == {
        "Simpang Tiga": (0.50233, 117.5231),
        "Taman": (None, None),
        "KM 5": (0.4551, 117.49822),
    }


def test_two_different_map_links_in_a_card_place_nothing() -> None:
    html = page(
        [
            card("A", [STREET, "https://www.google.com/maps?q=0.60000,117.60000"], HLS.format("a")),
            card("B", [STREET], HLS.format("b")),
        ]
    )
    cameras = {camera.name: camera.latitude for camera in parse(html)}
    assert cameras == {"A": None, "B": 0.50233}


def test_map_link_place_refuses_lan_logins_and_non_map_links() -> None:
    assert map_link_place(STREET) == (0.50233, 117.5231)
    assert map_link_place("http://192.168.1.5/maps/@0.50233,117.5231,17z") is None
    assert map_link_place("https://user:pw@www.google.com/maps/@0.50233,117.5231,17z") is None
    assert map_link_place("https://news.example/berita/@0.50233,117.5231,") is None
    assert map_link_place("https://www.google.com/maps/@0,0,17z") is None
    assert map_link_place("https://maps.app.goo.gl/Xw2Rt7Kp9Lm4Qz8Va") is None
