"""Addresses a page joins from a record's base address, read after holdout 33.

A map page may list its network cameras by their own base address (``indexUrl``,
``base``, ``host``) and build each camera's picture by joining it with the route of
that camera model: ``cam.indexUrl + '-wvhttp-01-/GetOneShot?image_size=640x480'``
(Canon), ``c.base + '/axis-cgi/jpg/image.cgi'`` (Axis), inline in popup markup too
(``'<img src="' + s.host + 'mjpg/video.mjpg">'``). When the field holds an absolute
address that is no media itself and the joined address is a still, a stream or an
MJPEG by its shape, each placed record without media of its own gets that address.
A route followed by more joined values, a joined address of no media kind (a status
page, the camera's index page), a field holding no absolute address and records with
media of their own are left as they are.

A card's picture whose alt text (or the text of the link around it) is the card's title
followed by a few lower-case words saying what the picture is ("Snapper Rocks surf cam
still", "Summit Station webcam image") is named by that title; a capitalised rest or
one without a camera or picture word keeps the alt.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.fieldtemplates import fill_field_joins
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://peta.kutim.example/cctv/"

_RECORDS = (
    "var cams = [\n"
    "  {title: 'Simpang Tiga', lat: 0.51, lng: 117.51, indexUrl: 'http://cam1.kutim.example/'},\n"
    "  {title: 'Pelabuhan', lat: 0.52, lng: 117.52, indexUrl: 'http://cam2.kutim.example/'}\n"
    "];\n"
)
_LOOP = (
    "cams.forEach(function (cam) {\n"
    "  L.marker([cam.lat, cam.lng]).bindPopup('<b>' + cam.title + '</b>').addTo(map);\n"
    "});"
)


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _page(script: str) -> str:
    return f"<html><body><div id='map'></div><script>{script}</script></body></html>"


def _found(text: str) -> tuple[Camera, ...]:
    try:
        return cameras(text)
    except PortalFormatError:
        return ()


# What is read.


def test_a_helper_joining_a_base_address_and_a_still_route_gives_each_still() -> None:
    script = (
        _RECORDS
        + "function shot(cam) { return cam.indexUrl + '-wvhttp-01-/GetOneShot?image_size=640x480'; }\n"
        + _LOOP
    )
    assert [(c.name, c.snapshot_url) for c in cameras(_page(script))] == [
        ("Simpang Tiga", "http://cam1.kutim.example/-wvhttp-01-/GetOneShot?image_size=640x480"),
        ("Pelabuhan", "http://cam2.kutim.example/-wvhttp-01-/GetOneShot?image_size=640x480"),
    ]


def test_a_route_joined_inline_in_popup_markup_gives_its_kind() -> None:
    value: list[JSONValue] = [
        [
            {"name": "Weir", "lat": 52.2, "lng": -1.7, "host": "https://a.river.example/"},
            {"name": "Ford", "lat": 52.1, "lng": -1.6, "host": "https://b.river.example/"},
        ]
    ]
    script = "html = '<img src=\"' + s.host + 'mjpg/video.mjpg\" width=\"480\">';"
    fill_field_joins(script, value, placed_only=True)
    assert [r["mjpeg"] for r in value[0] if isinstance(r, dict)] == [
        "https://a.river.example/mjpg/video.mjpg",
        "https://b.river.example/mjpg/video.mjpg",
    ]


def test_a_bracketed_field_and_a_stream_route_are_read() -> None:
    value: list[JSONValue] = [[{"id": "a", "base": "https://a.example:8443"}]]
    fill_field_joins('src = cam["base"] + "/hls/live.m3u8";', value)
    assert value == [
        [
            {
                "id": "a",
                "base": "https://a.example:8443",
                "stream": "https://a.example:8443/hls/live.m3u8",
            }
        ]
    ]


# What is never read.


def test_a_route_followed_by_more_joined_values_is_not_an_address() -> None:
    value: list[JSONValue] = [[{"id": "7", "base": "https://a.example"}]]
    fill_field_joins("u = c.base + '/cam/' + c.id + '.jpg';", value)
    assert value == [[{"id": "7", "base": "https://a.example"}]]


def test_a_joined_address_of_no_media_kind_gives_nothing() -> None:
    value: list[JSONValue] = [[{"id": "7", "base": "https://a.example"}]]
    fill_field_joins("a = c.base + '/axis-cgi/serverreport.cgi'; b = c.base + 'index.html';", value)
    assert value == [[{"id": "7", "base": "https://a.example"}]]


def test_a_field_without_an_absolute_address_is_not_joined() -> None:
    value: list[JSONValue] = [[{"id": "7", "ip": "10.0.0.7"}, {"id": "8", "ip": "/cams/8"}]]
    fill_field_joins("u = c.ip + '/axis-cgi/jpg/image.cgi';", value)
    assert value == [[{"id": "7", "ip": "10.0.0.7"}, {"id": "8", "ip": "/cams/8"}]]


def test_records_with_media_of_their_own_keep_it() -> None:
    value: list[JSONValue] = [[{"base": "https://a.example", "foto": "https://x.example/a.jpg"}]]
    fill_field_joins("u = c.base + '/axis-cgi/jpg/image.cgi';", value)
    assert value == [[{"base": "https://a.example", "foto": "https://x.example/a.jpg"}]]


def test_unplaced_records_of_a_page_are_not_filled() -> None:
    # A page's list of links or sites with a base address is no map's cameras.
    value: list[JSONValue] = [[{"name": "Docs", "url": "https://docs.example/"}]]
    fill_field_joins("img.src = s.url + 'logo.png';", value, placed_only=True)
    assert value == [[{"name": "Docs", "url": "https://docs.example/"}]]


def test_a_page_joining_no_record_field_still_finds_no_list() -> None:
    script = _RECORDS + "var logo = SITE.root + '/img/logo.png';\n" + _LOOP
    assert _found(_page(script)) == ()


def test_many_joins_and_records_stay_bounded() -> None:
    # 6,000 records and a script of 60,000 joins: at most 5,000 records are filled,
    # from at most eight routes found among the first joins.
    value: list[JSONValue] = [
        [{"n": n, "base": f"https://c{n}.example/", "lat": 1.0, "lng": 2.0} for n in range(6_000)]
    ]
    joins = "u = c.base + 'y/' + c.base + 'y/" * 30_000 + "'; " + "q + 'z/s.jpg';" * 30_000
    script = "x = c.base + '/a/b.jpg'; " + joins
    fill_field_joins(script, value, placed_only=True)
    filled = [r for r in value[0] if isinstance(r, dict) and "snapshot" in r]
    assert 0 < len(filled) <= 5_000


# Alt texts adding picture words after the card's title.


def _card(alt: str, title: str = "Snapper Rocks", link: bool = False) -> str:
    picture = f'<img src="https://stills.kutim.example/{len(alt)}/latest.jpg" alt="{alt}">'
    if link:
        picture = f'<a href="https://live.kutim.example/{len(alt)}/index.m3u8">{picture}</a>'
    return f'<article class="cam-card">{picture}<h3 class="cam-card__title">{title}</h3></article>'


def _names(*cards: str) -> list[str | None]:
    page = f"<html><body><h1>Cams</h1><div class='grid'>{''.join(cards)}</div></body></html>"
    return [c.name for c in cameras(page)]


def test_an_alt_adding_picture_words_after_the_title_yields_to_the_title() -> None:
    assert _names(
        _card("Snapper Rocks surf cam still"),
        _card("Summit Station webcam image", "Summit Station"),
        _card("Terrain Park camera view", "Terrain Park"),
    ) == ["Snapper Rocks", "Summit Station", "Terrain Park"]


def test_a_link_around_the_picture_yields_to_the_title_too() -> None:
    assert _names(
        _card("Wharf 3 harbour camera still", "Wharf 3", link=True),
        _card("Ferry Terminal webcam picture", "Ferry Terminal", link=True),
    ) == ["Wharf 3", "Ferry Terminal"]


def test_an_alt_naming_more_than_the_picture_is_kept() -> None:
    # A capitalised rest may name a finer place; a rest without a camera or picture
    # word says more than what the picture is; a long rest is a sentence.
    assert _names(
        _card("Snapper Rocks North Cam"),
        _card("Kirra point break", "Kirra"),
        _card("Burleigh Heads seen from the hill above the beach cam", "Burleigh Heads"),
    ) == [
        "Snapper Rocks North Cam",
        "Kirra point break",
        "Burleigh Heads seen from the hill above the beach cam",
    ]
