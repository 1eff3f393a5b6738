"""Links to cameras' viewing routes keyed by their last path part.

A page listing its cameras as links to their own viewing pages (``<a
href="/stream/CAM01">``, ``/camera/7``, ``/cameras/cam05``), with no other media, is a
list of those pages: two or more links to one route keyed differently are cameras named
by their label and keyed by the path's last part, as links to a viewing script keyed by
its query are. A leading caption of the key (``Kamera CAM01``) names nothing. A key
without a digit, a deeper path, a file, a link alone or a page with other cameras gives
no such camera.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import (
    _key_caption,
    _route_key,
    _without_key_caption,
)

BASE = "http://atcs.kutim.example:5000/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _card(href: str, caption: str, place: str) -> str:
    return (
        f"<div class='card'><a href='{href}'><div class='card-id'>{caption}</div>"
        f"<div class='card-location'>{place}</div></a></div>"
    )


def test_cards_linking_stream_routes_are_cameras_named_by_their_place() -> None:
    page = (
        "<html><body><h1>Monitoring ATCS</h1><div class='grid'>"
        + _card("/stream/CAM01", "Kamera CAM01", "Simpang Tiga Jl. Yos Sudarso")
        + _card("/stream/CAM02", "Kamera CAM02", "Bundaran Sangatta Baru")
        + "</div></body></html>"
    )
    found = [(c.id, c.name, c.stream_url) for c in cameras(page)]
    assert found == [
        ("CAM01", "Simpang Tiga Jl. Yos Sudarso", BASE + "stream/CAM01"),
        ("CAM02", "Bundaran Sangatta Baru", BASE + "stream/CAM02"),
    ]


def test_a_heading_captioning_the_key_gives_way_to_the_place_line() -> None:
    page = (
        "<html><body><div class='grid'>"
        "<a href='/camera/101'><div><h2>Kamera 101</h2></div><p>Simpang Cimindi</p></a>"
        "<a href='/camera/102'><div><h2>Kamera 102</h2></div><p>Pasar Atas</p></a>"
        "</div></body></html>"
    )
    assert [(c.id, c.name) for c in cameras(page)] == [
        ("101", "Simpang Cimindi"),
        ("102", "Pasar Atas"),
    ]


@pytest.mark.parametrize(
    "hrefs",
    [
        ("/stream/CAM01",),  # a link alone
        ("/live/about", "/live/contact"),  # keys of no digit: pages of a site
        ("/camera/7/edit", "/camera/8/edit"),  # deeper paths: an admin's actions
        ("/news/2024-01", "/news/2024-02"),  # no viewing route word
    ],
)
def test_links_that_are_no_list_of_viewing_routes_give_no_camera(hrefs: tuple[str, ...]) -> None:
    links = "".join(f"<p><a href='{href}'>Simpang Tiga {n}</a></p>" for n, href in enumerate(hrefs))
    with pytest.raises(PortalFormatError):
        cameras(f"<html><body>{links}</body></html>")


def test_viewing_route_links_beside_stills_are_not_read() -> None:
    page = (
        "<html><body>"
        "<div class='cam'><img src='https://s.example/snap/a.jpg'><p>Simpang A</p></div>"
        "<div class='cam'><img src='https://s.example/snap/b.jpg'><p>Simpang B</p></div>"
        "<a href='/stream/CAM01'>Bundaran Satu</a><a href='/stream/CAM02'>Bundaran Dua</a>"
        "</body></html>"
    )
    assert {c.snapshot_url for c in cameras(page)} == {
        "https://s.example/snap/a.jpg",
        "https://s.example/snap/b.jpg",
    }
    assert all(c.stream_url is None for c in cameras(page))


def test_route_keys_and_key_captions() -> None:
    assert _route_key("http://h.example/stream/CAM01") == ("h.example/stream/", "CAM01")
    assert _route_key("http://h.example/app/cameras/cam05/") == ("h.example/app/cameras/", "cam05")
    assert _route_key("http://h.example/stream/cam1.jpg") is None
    assert _route_key("http://h.example/stream/CAM01?t=1") is None
    assert _route_key("http://h.example/a/b/c/live/7") is None  # deeper than four parts
    assert _without_key_caption("Kamera CAM01 Simpang Tiga", "CAM01") == "Simpang Tiga"
    assert _without_key_caption("CCTV 7 - Pasar Induk", "7") == "Pasar Induk"
    assert _without_key_caption("Kamera CAM01", "CAM01") == "Kamera CAM01"
    assert _without_key_caption("Camera 12 Street", "1") == "Camera 12 Street"
    assert _without_key_caption("Cambridge Road 7", "7") == "Cambridge Road 7"
    assert _key_caption("Kamera CAM01", "CAM01")
    assert not _key_caption("Kamera CAM01 Simpang", "CAM01")


@pytest.mark.parametrize(
    ("base", "page"),
    [
        (  # a news site's live blogs
            "https://dailynews.example.com/",
            (
                "<h1>Latest</h1><ul><li><a href='/live/98231'>Live updates: storm hits the coast</a>"
                "</li><li><a href='/live/98232'>Live: election results in every county</a></li></ul>"
            ),
        ),
        (  # a football site's matches
            "https://bola.example.com/",
            "<a href='/watch/4412'>Persib vs Persija</a><a href='/watch/4413'>Arema vs Bali United</a>",
        ),
        (  # a CCTV shop's products
            "https://toko.example.com/",
            (
                "<h1>Kamera CCTV</h1><a href='/camera/2231'>Hikvision 2MP Bullet DS-2CD1023</a>"
                "<a href='/camera/2232'>Dahua 4MP Dome</a>"
            ),
        ),
        (  # video ids on a page that speaks of no camera
            "https://bola.example.com/",
            (
                "<h1>Football</h1><a href='/watch/dQw4w9WgXcQ'>Persib vs Persija</a>"
                "<a href='/watch/aB3kk9'>Arema vs Bali United</a>"
            ),
        ),
        (  # a blog's section
            "https://atcs.example.com/",
            (
                "<h1>Traffic cameras</h1><a href='/blog/stream/CAM01'>Simpang Tiga</a>"
                "<a href='/blog/stream/CAM02'>Pasar Induk</a>"
            ),
        ),
    ],
)
def test_numbered_pages_of_other_sites_are_no_cameras(base: str, page: str) -> None:
    """A bare number, or a code on a page speaking of no camera, keys no camera's page."""
    with pytest.raises(PortalFormatError):
        parse_body(
            f"<html><body>{page}</body></html>", profile=Profile.AUTO, base_url=base, prettify=False
        )


def test_camera_codes_on_a_page_of_cameras_are_cameras() -> None:
    """A camera code under a viewing word, on a page headed by cameras, keys its camera."""
    page = (
        "<html><body><h1>Traffic cameras</h1><a href='/stream/CAM01'>Simpang Tiga</a>"
        "<a href='/stream/CAM02'>Pasar Induk</a></body></html>"
    )
    assert [(c.id, c.name, c.stream_url) for c in cameras(page)] == [
        ("CAM01", "Simpang Tiga", BASE + "stream/CAM01"),
        ("CAM02", "Pasar Induk", BASE + "stream/CAM02"),
    ]
