"""Place lists in a page's data, and captions that only time a picture.

A region's list of places named as such (``spots``, ``resorts``, ``ski_areas``,
``beaches``), each holding its ``cameras`` or ``webcams``, makes each place the area of
the cameras it holds. The rule that reads JSON answers so reads a page's embedded data
the same way: Next's ``__NEXT_DATA__``, Nuxt's ``window.__NUXT__`` (its ``data`` list
too), a ``<script type="application/json">`` state, a ``data-props``/``data-page``
attribute (Inertia) and Astro islands' props. A place list holding no camera list (a
tourism page's spots, beaches with only photos) is read as before.

A caption or card line that only times a picture with an update's words (``Diperbarui
12:30 WIB``, ``Updated 09:58``, ``Aktualisiert um 14:05 Uhr``, ``Mis à jour à 10h15``,
``Última actualización 08:30``) names nothing, as a dated line does; a name holding a
time word (``Simpang 4 Jam 12``, ``Jam Gadang``, ``CCTV 24 Jam``) still names.
"""

from __future__ import annotations

import html
import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.items import placed_cameras
from custom_components.kutim_cctv.portal.parsing.markup import _dates_only, _names_nothing
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://ombak.kutim.example/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _region(key: str = "spots", cameras_key: str = "cameras") -> dict[str, JSONValue]:
    """Return a region holding two places, one camera named after its place."""
    return {
        "name": "Bali",
        key: [
            {
                "name": "Uluwatu",
                "lat": -8.815,
                "lon": 115.088,
                cameras_key: [
                    {"id": "u1", "title": "Uluwatu", "streamUrl": f"{BASE}hls/u1.m3u8"},
                    {"id": "u2", "title": "Uluwatu Peak", "streamUrl": f"{BASE}hls/u2.m3u8"},
                ],
            },
            {
                "name": "Canggu",
                "lat": -8.65,
                "lon": 115.13,
                cameras_key: [{"id": "c1", "title": "Canggu", "streamUrl": f"{BASE}hls/c1.m3u8"}],
            },
        ],
    }


PLACED = [
    ("u1", "Uluwatu", "Uluwatu"),
    ("u2", "Uluwatu Peak", "Uluwatu"),
    ("c1", "Canggu", "Canggu"),
]


def _read(page: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.id, c.name, c.area) for c in cameras(page)]


def _attribute(value: JSONValue) -> str:
    return html.escape(json.dumps(value), quote=True)


def _astro(value: JSONValue) -> JSONValue:
    """Return a value serialised the way Astro writes an island's props."""
    if isinstance(value, dict):
        return [0, {key: _astro(inner) for key, inner in value.items()}]
    if isinstance(value, list):
        return [1, [_astro(inner) for inner in value]]
    return [0, value]


def _next(data: JSONValue) -> str:
    props = {"props": {"pageProps": {"region": data}}, "page": "/r/[slug]", "buildId": "b1"}
    return (
        '<html><body><div id="__next"></div><script id="__NEXT_DATA__" '
        f'type="application/json">{json.dumps(props)}</script></body></html>'
    )


# Place lists in page data.


def test_next_data_spots_are_the_areas_of_their_cameras() -> None:
    assert _read(_next(_region())) == PLACED


def test_nuxt_state_data_list_resorts_are_the_areas_of_their_webcams() -> None:
    state = {"layout": "default", "data": [{"region": _region("resorts", "webcams")}]}
    page = f"<html><body><script>window.__NUXT__={json.dumps(state)};</script></body></html>"
    assert _read(page) == PLACED


def test_json_script_state_ski_areas_are_the_areas_of_their_cameras() -> None:
    state = {"store": {"region": _region("ski_areas")}}
    page = (
        '<html><body><script type="application/json" id="state">'
        f"{json.dumps(state)}</script></body></html>"
    )
    assert _read(page) == PLACED


def test_inertia_data_page_beaches_are_the_areas_of_their_cameras() -> None:
    data = {"component": "Beaches/Index", "props": _region("beaches"), "url": "/", "version": "1"}
    page = f'<html><body><div id="app" data-page="{_attribute(data)}"></div></body></html>'
    assert _read(page) == PLACED


def test_data_props_place_list_is_read_like_an_answer() -> None:
    region = {"region": _region()}
    page = f'<html><body><div data-react-class="Spots" data-props="{_attribute(region)}"></div>'
    assert _read(page + "</body></html>") == PLACED


def test_astro_island_props_place_list() -> None:
    props = {key: _astro(value) for key, value in _region().items()}
    page = (
        '<html><body><astro-island uid="a1" component-url="/_astro/Spots.js" '
        f'props="{_attribute(props)}"></astro-island></body></html>'
    )
    assert _read(page) == PLACED


def test_place_lists_in_a_list_of_objects_are_followed() -> None:
    data: JSONValue = {"data": [{"title": "page"}, {"region": _region()}]}
    placed = placed_cameras(data)
    assert isinstance(placed, dict) and isinstance(placed["data"], list)
    region = placed["data"][1]
    assert isinstance(region, dict) and isinstance(region["region"], dict)
    spots = region["region"]["spots"]
    assert isinstance(spots, list) and isinstance(spots[0], dict)
    first = spots[0]["cameras"]
    assert isinstance(first, list) and isinstance(first[0], dict)
    assert "Uluwatu" in first[0].values()
    # The answer itself is never changed in place.
    assert isinstance(data, dict) and data["data"][1] is not region


# What is not a place list.


def test_a_tourism_pages_spots_without_cameras_are_unchanged() -> None:
    tourism: JSONValue = {
        "spots": [
            {"name": "Pantai Teluk Lombok", "image": f"{BASE}img/teluk.jpg", "rating": 4.5},
            {"name": "Air Terjun Bidan", "image": f"{BASE}img/bidan.jpg", "rating": 4.2},
        ],
        "cameras": [{"id": "k1", "name": "Simpang Tiga", "hls": f"{BASE}hls/k1.m3u8"}],
    }
    assert placed_cameras(tourism) is tourism
    assert placed_cameras({"data": [tourism]}) == {"data": [tourism]}


def test_next_beaches_holding_only_photos_keep_todays_reading() -> None:
    def beaches(key: str) -> JSONValue:
        return {
            key: [
                {"name": "Pantai Kenyamukan", "photos": [{"url": f"{BASE}p/a.jpg", "alt": "Sore"}]},
                {"name": "Pantai Sekerat", "photos": [{"url": f"{BASE}p/b.jpg", "alt": "Pagi"}]},
            ]
        }

    def reading(key: str) -> list[tuple[str | None, str | None, str | None]]:
        try:
            return [(c.name, c.area, c.snapshot_url) for c in cameras(_next(beaches(key)))]
        except PortalFormatError:
            return []

    assert reading("beaches") == reading("places")


def test_a_place_without_a_name_gives_its_cameras_nothing() -> None:
    region = _region()
    spots = region["spots"]
    assert isinstance(spots, list) and isinstance(spots[0], dict)
    del spots[0]["name"]
    areas = {c.id: c.area for c in cameras(_next(region))}
    assert areas["u1"] != "Uluwatu" and areas["c1"] == "Canggu"


# Captions that only time a picture.


@pytest.mark.parametrize(
    "line",
    [
        "Diperbarui 12:30 WIB",
        "Terakhir diperbarui: 07.45 WITA",
        "Updated 09:58",
        "Last updated at 9:58 AM",
        "Aktualisiert um 14:05 Uhr",
        "Stand: 14:00 Uhr",
        "Mis à jour à 10h15",
        "Última actualización 08:30",
        "Atualizado às 08:30",
        "Last update: 02.12.2026 09:58",
    ],
)
def test_a_line_that_only_times_a_picture_names_nothing(line: str) -> None:
    assert _dates_only(line)
    assert _names_nothing(line)


@pytest.mark.parametrize(
    "line",
    [
        "Simpang 4 Jam 12",
        "Jam Gadang",
        "CCTV 24 Jam",
        "Pos Jaga 12.30",
        "Update Center Sangatta",
        "Stand Up Paddle 10:30 Beach",
    ],
)
def test_a_name_holding_a_time_word_still_names(line: str) -> None:
    assert not _dates_only(line)
    assert not _names_nothing(line)


def test_a_long_line_is_not_tried_as_an_update_time() -> None:
    assert not _dates_only("Updated " + " " * 100 + "09:58")


def test_a_lightbox_caption_timing_its_picture_gives_way_to_the_alt() -> None:
    page = (
        "<html><body><div class='gallery'>"
        '<figure><a href="/snap/a.jpg" data-fancybox="c" data-caption="Updated 09:58">'
        '<img src="/snap/a-thumb.jpg" alt="Taman Kota"></a></figure>'
        '<figure><a href="/snap/b.jpg" data-fancybox="c" data-caption="Jam Gadang">'
        '<img src="/snap/b-thumb.jpg" alt=""></a></figure>'
        "</div></body></html>"
    )
    assert [c.name for c in cameras(page)] == ["Taman Kota", "Jam Gadang"]


def test_a_keyed_card_whose_label_times_it_is_named_by_its_key() -> None:
    cards = "".join(
        f'<div class="webcam"><a href="/webcams/{key}"><img src="/bilder/{key}.jpg" '
        f'alt="{key}"></a><span class="label">{label}</span></div>'
        for key, label in (
            ("marktplatz", "Marktplatz Nord"),
            ("hafen-ost", "Aktualisiert um 14:05 Uhr"),
            ("freibad", "Freibad Süd"),
        )
    )
    page = f"<html><body><main>{cards}</main></body></html>"
    assert [c.name for c in cameras(page)] == ["Marktplatz Nord", "hafen-ost", "Freibad Süd"]


def test_a_huge_page_state_of_place_lists_stays_bounded() -> None:
    camera = {"id": "x", "title": "Uluwatu", "streamUrl": f"{BASE}hls/x.m3u8"}
    spots = [{"name": f"Spot {n}", "cameras": [camera] * 20} for n in range(100)]
    state = {"data": [{"region": {"name": f"R{n}", "spots": spots}} for n in range(20)]}
    page = (
        '<html><body><script type="application/json" id="state">'
        f"{json.dumps(state)}</script></body></html>"
    )
    found = cameras(page)
    assert found and len(found) <= 5000
