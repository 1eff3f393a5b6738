"""Webcam lists written as an object of records keyed by their titles
(``{"Dugonics tér": {camid, location, title, cam_type, img_url}, …}``) beside an
answer's other blocks: the mapping is the list, each key names the record that has no
name of its own and is never its id. A record's own media-kind field (``cam_type:
"MJPEG"|"JPEG"``, ``type: "image"``) decides whether its one address is a motion-JPEG
stream or a still.

Camera tables with Polish, Czech and Hungarian headers: Nazwa / Název / Név name the
camera, Dzielnica / Osiedle / Gmina, Čtvrť, Městská část and Kerület give its area,
Lokalizacja / Poloha / Helyszín its place, Współrzędne / Souřadnice its position
(Szerokość / Długość, Šířka / Délka apart), Stan / Stav / Állapot its state, Podgląd /
Náhled / Transmisja are media columns and Lp. / Č. number the rows.

JW Player setups attached to elements by script (``jwplayer("jw_player_1").setup({file,
image})``) take their areas from the page around those elements, as cards do: a place
line on each card (``<p class="cam-region">``) or a heading over a group of cards.

A card line classed by a city's ward or borough (``<p class="webcam-ward">中京区</p>``,
``cam-borough``) is its camera's area like a kelurahan or suburb line."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import header_field

BASE = "https://webcams.kutim.example/data/webcams.json"


def _parse(text: str) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _record(ident: int, town: str, url: str, kind: str, **extra: object) -> dict[str, object]:
    return {"camid": ident, "location": town, "cam_type": kind, "img_url": url, **extra}


def test_titled_records_beside_other_blocks_are_the_list() -> None:
    answer = {
        "generated": "2026-11-28T16:02:11Z",
        "count": 3,
        "webcams": {
            "Harbour Mouth": _record(1, "Porthaven", "http://a.kutim.example/a.jpg", "JPEG"),
            "Old Lighthouse": _record(
                2, "Porthaven", "http://b.kutim.example/b.jpg", "JPEG", title="Old Lighthouse"
            ),
            "Market Square": _record(3, "Kingsbridge", "http://c.kutim.example/c.jpg", "JPEG"),
        },
        "sunset": {"Porthaven": "16:21", "Kingsbridge": "16:19"},
    }
    found = _parse(json.dumps(answer))
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("1", "Harbour Mouth", "Porthaven"),
        ("2", "Old Lighthouse", "Porthaven"),
        ("3", "Market Square", "Kingsbridge"),
    ]


def test_titled_records_under_an_unknown_key_without_ids() -> None:
    answer = {
        "version": 3,
        "spots": {
            "Pier Head": {"district": "Nord", "url": "https://x.kutim.example/pier.jpg"},
            "Fish Market": {"district": "Nord", "url": "https://x.kutim.example/fish.jpg"},
        },
    }
    found = _parse(json.dumps(answer))
    assert [c.raw_name for c in found] == ["Pier Head", "Fish Market"]
    assert all(c.id.startswith("k-") for c in found)  # a title is never an id


def test_a_record_naming_itself_otherwise_keeps_its_name() -> None:
    answer = {
        "count": 2,
        "webcams": {
            "Pier Head": {"title": "Pier Head (west)", "url": "https://x.kutim.example/p.jpg"},
            "Fish Market": {"url": "https://x.kutim.example/f.jpg"},
        },
    }
    assert [c.raw_name for c in _parse(json.dumps(answer))] == ["Pier Head (west)", "Fish Market"]


def test_keys_of_field_names_are_no_titles() -> None:
    # One camera's renditions keyed by quality are that camera's fields, not a list.
    answer = {
        "name": "Pier",
        "meta": {"hd": {"url": "https://x.kutim.example/hd.jpg"}},
        "renditions": {
            "hd": {"url": "https://x.kutim.example/hd.m3u8"},
            "sd": {"url": "https://x.kutim.example/sd.m3u8"},
        },
    }
    try:
        found = _parse(json.dumps(answer))
    except PortalFormatError:
        found = []
    assert not {c.raw_name for c in found} & {"hd", "sd"}


def test_an_object_of_scalars_keyed_by_town_is_no_list() -> None:
    answer = {"count": 2, "sunset": {"Porthaven": "16:21", "Kingsbridge": "16:19"}}
    with pytest.raises(PortalFormatError):
        _parse(json.dumps(answer))


def test_cam_type_decides_mjpeg_or_still() -> None:
    answer = {
        "count": 3,
        "webcams": {
            "Harbour Mouth": _record(1, "P", "http://a.kutim.example/cgi-bin/live.cgi", "MJPEG"),
            "Market Square": _record(2, "K", "http://c.kutim.example/faststream.jpg", "MJPEG"),
            "Old Lighthouse": _record(3, "K", "http://b.kutim.example/cgi-bin/snap", "JPEG"),
        },
    }
    found = _parse(json.dumps(answer))
    assert [(c.mjpeg_url, c.snapshot_url) for c in found] == [
        ("http://a.kutim.example/cgi-bin/live.cgi", None),
        ("http://c.kutim.example/faststream.jpg", None),
        (None, "http://b.kutim.example/cgi-bin/snap"),
    ]


def test_type_image_makes_a_link_of_unknown_shape_a_still() -> None:
    answer = {
        "cameras": [
            {"name": "Pier", "type": "image", "url": "https://x.kutim.example/stills/pier"},
            {"name": "Lock", "type": "mjpeg", "url": "https://x.kutim.example/live/lock"},
        ]
    }
    found = _parse(json.dumps(answer))
    assert [(c.stream_url, c.snapshot_url, c.mjpeg_url) for c in found] == [
        (None, "https://x.kutim.example/stills/pier", None),
        (None, None, "https://x.kutim.example/live/lock"),
    ]


def test_media_kind_never_turns_a_video_stream_or_other_types() -> None:
    answer = {
        "cameras": [
            # A still word beside an HLS address: the address's shape wins.
            {"name": "Pier", "type": "jpeg", "url": "https://x.kutim.example/pier/index.m3u8"},
            # Other values of a type field say nothing about the media.
            {"name": "Lock", "type": "fixed", "url": "https://x.kutim.example/lock/index.m3u8"},
            # Two addresses: each keeps its own shape.
            {
                "name": "Dock",
                "type": "mjpeg",
                "image": "https://x.kutim.example/dock.jpg",
                "hls": "https://x.kutim.example/dock/index.m3u8",
            },
        ]
    }
    found = _parse(json.dumps(answer))
    assert [(c.stream_url, c.snapshot_url, c.mjpeg_url) for c in found] == [
        ("https://x.kutim.example/pier/index.m3u8", None, None),
        ("https://x.kutim.example/lock/index.m3u8", None, None),
        ("https://x.kutim.example/dock/index.m3u8", "https://x.kutim.example/dock.jpg", None),
    ]


def test_a_web_page_field_is_never_the_typed_address() -> None:
    answer = {
        "cameras": [
            {"name": "Pier", "cam_type": "MJPEG", "web_url": "https://x.kutim.example/pier"},
            {"name": "Lock", "cam_type": "MJPEG", "img_url": "http://y.kutim.example/live.cgi"},
        ]
    }
    found = _parse(json.dumps(answer))
    assert [(c.raw_name, c.mjpeg_url) for c in found] == [
        ("Lock", "http://y.kutim.example/live.cgi")
    ]


def test_many_keyed_objects_stay_bounded() -> None:
    # Hundreds of objects keyed by titles, each with thousands of records carrying no
    # media: looking for titled records costs one pass over each object.
    group = {f"Spot number {i}": {"note": f"n{i}", "level": i} for i in range(1000)}
    answer = {"count": 0, **{f"block {j}": dict(group) for j in range(150)}}
    try:
        found = _parse(json.dumps(answer))
    except PortalFormatError:
        found = []
    assert found == []


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Nazwa", "name"),
        ("Název", "name"),
        ("Név", "name"),
        ("Dzielnica", "area"),
        ("Osiedle", "area"),
        ("Městská část", "area"),
        ("Kerület", "area"),
        ("Lokalizacja", "place"),
        ("Poloha", "place"),
        ("Współrzędne", "latlng"),
        ("Souřadnice", "latlng"),
        ("Szerokość geograficzna", "lat"),
        ("Długość geograficzna", "lng"),
        ("Stan", "status"),
        ("Stav", "status"),
        ("Kod", "id"),
        ("ID kamery", "id"),
    ],
)
def test_polish_czech_and_hungarian_headers(header: str, field: str) -> None:
    assert header_field(header) == field


@pytest.mark.parametrize(
    "header",
    ["Lp.", "Č.", "Podgląd", "Náhled", "Transmisja", "Część", "Městská policie", "Numer"],
)
def test_row_numbers_media_columns_and_lone_words_are_no_fields(header: str) -> None:
    assert header_field(header) is None


def _table(headers: list[str], rows: list[list[str]], head: str = "th") -> str:
    cells = "".join(f"<{head}>{h}</{head}>" for h in headers)
    top = f"<thead><tr>{cells}</tr></thead>" if head == "th" else f"<tr>{cells}</tr>"
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<!DOCTYPE html><html><body><table>{top}<tbody>{body}</tbody></table></body></html>"


def _still(name: str) -> str:
    return f"<img src='https://kamery.kutim.example/{name}.jpg' alt='Podgląd'>"


def test_polish_table_gives_name_area_position_and_state() -> None:
    page = _table(
        ["Lp.", "ID kamery", "Nazwa", "Dzielnica", "Współrzędne", "Podgląd", "Stan"],
        [
            [
                "1",
                "KR-1",
                "Rondo Mogilskie",
                "Grzegórzki",
                "50.0659, 19.9591",
                _still("a"),
                "Aktywna",
            ],
            [
                "2",
                "KR-2",
                "Most Grunwaldzki",
                "Dębniki",
                "50.0498, 19.9332",
                _still("b"),
                "Nieaktywna",
            ],
        ],
    )
    found = _parse(page)
    assert [(c.id, c.raw_name, c.area, c.latitude, c.online) for c in found] == [
        ("KR-1", "Rondo Mogilskie", "Grzegórzki", 50.0659, True),
        ("KR-2", "Most Grunwaldzki", "Dębniki", 50.0498, False),
    ]


def test_czech_header_row_of_plain_cells() -> None:
    page = _table(
        ["Č.", "Název", "Městská část", "Náhled", "Stav"],
        [
            ["1", "Barrandovský most", "Praha 4", _still("a"), "V provozu"],
            ["2", "Argentinská", "Praha 7", _still("b"), "Mimo provoz"],
        ],
        head="td",
    )
    found = _parse(page)
    assert [(c.raw_name, c.area, c.online) for c in found] == [
        ("Barrandovský most", "Praha 4", True),
        ("Argentinská", "Praha 7", False),
    ]


def _jw_page(cards: str, setups: list[tuple[str, str]]) -> str:
    script = "".join(
        f'jwplayer("{target}").setup({{file: "https://live.kutim.example/{stream}/index.m3u8",'
        f' image: "https://live.kutim.example/{stream}.jpg"}});'
        for target, stream in setups
    )
    return f"<!DOCTYPE html><html><body>{cards}<script>{script}</script></body></html>"


def _card(name: str, target: str, line: str = "") -> str:
    return f"<div class='cam-col'><h2>{name}</h2>{line}<div><div id='{target}'></div></div></div>"


def test_place_lines_on_player_cards_give_areas() -> None:
    cards = "".join(
        _card(name, target, f"<p class='cam-region small'>{region}</p>")
        for name, target, region in (
            ("Fagradalsfjall", "jw1", "Reykjanesskagi"),
            ("Sundhnúkur", "jw2", "Reykjanesskagi"),
            ("Hekla", "jw3", "Suðurland"),
        )
    )
    page = _jw_page(cards, [("jw1", "a"), ("jw2", "b"), ("jw3", "c")])
    assert [(c.raw_name, c.area) for c in _parse(page)] == [
        ("Fagradalsfjall", "Reykjanesskagi"),
        ("Sundhnúkur", "Reykjanesskagi"),
        ("Hekla", "Suðurland"),
    ]


def test_headings_over_groups_of_player_cards_give_areas() -> None:
    def section(region: str, *cards: tuple[str, str]) -> str:
        inner = "".join(
            f"<div class='col'><h4>{n}</h4><div id='{t}'></div></div>" for n, t in cards
        )
        return f"<section><h2>{region}</h2><div class='row'>{inner}</div></section>"

    cards = section("Elbrus", ("Garabashi", "p1"), ("Mir", "p2")) + section(
        "Dombay", ("Musa-Achitara", "p3")
    )
    page = _jw_page(cards, [("p1", "a"), ("p2", "b"), ("p3", "c")])
    assert [(c.raw_name, c.area) for c in _parse(page)] == [
        ("Garabashi", "Elbrus"),
        ("Mir", "Elbrus"),
        ("Musa-Achitara", "Dombay"),
    ]


def test_one_place_line_over_a_block_of_players_names_none_of_them() -> None:
    # The line sits beside several players' cards, on none of them.
    cards = "<section><p class='cam-region'>Reykjanesskagi</p>" + "".join(
        _card(name, target) for name, target in (("Fagradalsfjall", "jw1"), ("Sundhnúkur", "jw2"))
    )
    page = _jw_page(cards + "</section>", [("jw1", "a"), ("jw2", "b")])
    assert [c.area for c in _parse(page)] == [None, None]


def test_player_cards_without_place_lines_or_group_headings_have_no_area() -> None:
    cards = _card("Fagradalsfjall", "jw1") + _card("Hekla", "jw2")
    page = _jw_page(cards, [("jw1", "a"), ("jw2", "b")])
    assert [(c.raw_name, c.area) for c in _parse(page)] == [
        ("Fagradalsfjall", None),
        ("Hekla", None),
    ]


def test_many_elements_with_ids_under_headings_stay_bounded() -> None:
    # Thousands of elements with ids, deep and under many headings: the headings above
    # are remembered for a bounded number of shallow elements only.
    deep = (
        "<div>" * 200 + "".join(f"<span id='d{i}'>x</span>" for i in range(3000)) + "</div>" * 200
    )
    flat = "".join(f"<h3>Group {i}</h3><div id='e{i}'></div>" for i in range(4000))
    page = _jw_page(deep + flat, [(f"e{i}", f"s{i}") for i in range(0, 4000, 40)])
    found = _parse(page)
    assert len(found) == 100


def _ward_card(name: str, ward: str, still: str, cls: str = "webcam-ward") -> str:
    return (
        f"<article class='webcam-card'><h3>{name}</h3><p class='{cls}'>{ward}</p>"
        f"<img src='https://cams.kutim.example/{still}.jpg'></article>"
    )


def test_ward_and_borough_lines_give_areas() -> None:
    page = (
        "<html><body><main>"
        + _ward_card("四条大橋", "東山区", "a")
        + _ward_card("渡月橋", "右京区", "b")
        + _ward_card("Cromwell Road", "Kensington and Chelsea", "c", "cam-borough")
        + "</main></body></html>"
    )
    assert [(c.raw_name, c.area) for c in _parse(page)] == [
        ("四条大橋", "東山区"),
        ("渡月橋", "右京区"),
        ("Cromwell Road", "Kensington and Chelsea"),
    ]


def test_words_merely_ending_in_ward_are_no_place_lines() -> None:
    page = (
        "<html><body><main>"
        + _ward_card("Pier", "Best view 2025", "a", "award")
        + _ward_card("Lock", "Scroll forward", "b", "forward")
        + "</main></body></html>"
    )
    assert [(c.raw_name, c.area) for c in _parse(page)] == [("Pier", None), ("Lock", None)]
