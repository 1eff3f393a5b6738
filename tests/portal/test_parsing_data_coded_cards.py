"""Cards keyed by a record code and a kecamatan written in their data attributes."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import camera_id_of

BASE = "https://pantau.kutim.example/apill"

CARD = (
    '<div class="col"><div class="card apill-card" {attrs}>'
    '<img class="lazy" src="/img/loading.gif" data-src="/snapshot/{still}.jpg" alt="{name}">'
    '<div class="card-body"><h5 class="card-title">{name}</h5>'
    '<span class="badge">CCTV &amp; ATCS</span>'
    '<a href="https://pantau.kutim.example/live/{still}" class="btn">Lihat Kondisi</a>'
    "</div></div></div>"
)


def page(cards: list[tuple[str, str, str]]) -> str:
    body = "".join(CARD.format(attrs=a, still=s, name=n) for a, s, n in cards)
    return f'<html><body><h1>Pantau</h1><div class="row">{body}</div></body></html>'


def parse(text: str) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


def test_cards_take_their_code_and_kecamatan() -> None:
    found = parse(
        page(
            [
                ('data-apill="APL-01" data-kecamatan="Sangatta Utara"', "smp01", "Simpang Tiga"),
                ('data-apill="APL-05" data-kecamatan="Bengalon"', "smp05", "Simpang Poros"),
                ('data-apill="ATCS-09B" data-kecamatan="Muara Wahau"', "smp09", "Pasar Wahau"),
            ]
        )
    )
    assert [(c.id, c.name, c.area) for c in found] == [
        ("APL-01", "Simpang Tiga", "Sangatta Utara"),
        ("APL-05", "Simpang Poros", "Bengalon"),
        ("ATCS-09B", "Pasar Wahau", "Muara Wahau"),
    ]
    assert found[0].snapshot_url == "https://pantau.kutim.example/snapshot/smp01.jpg"


@pytest.mark.parametrize(
    "attrs",
    [
        'data-sku="HK-101"',  # a shop's goods
        'data-ticket="TKT-0412"',  # a ticket
        'data-slide="SL-1"',
        'data-route="MN-55"',  # the road the camera watches
        'data-a="APL-01" data-b="APL-02"',  # two codes: neither
        'data-apill="apl-01"',  # lower case: a key or slug
        'data-apill="APL01"',  # no hyphen
        'data-apill="APL-01-2"',
        'data-bs-target="APL-01"',  # a hyphenated attribute name
    ],
)
def test_other_data_attributes_give_no_id(attrs: str) -> None:
    assert camera_id_of("div", dict(a.split("=") for a in _pairs(attrs))) is None


def _pairs(attrs: str) -> list[str]:
    return [part.replace('"', "") for part in attrs.split(" ")]


def test_a_code_on_a_picture_or_link_is_no_card_id() -> None:
    assert camera_id_of("img", {"data-apill": "APL-01"}) is None
    assert camera_id_of("a", {"data-apill": "APL-01"}) is None
    assert camera_id_of("div", {"data-apill": "APL-01"}) == "APL-01"


@pytest.mark.parametrize(
    "value",
    ["3", "bengalon", "-", "Kecamatan " + "X" * 80],
)
def test_a_kecamatan_attribute_that_names_no_place_is_no_area(value: str) -> None:
    assert_no_area(f'data-kecamatan="{value}"')


def test_a_region_attribute_names_a_wider_place_and_is_no_area() -> None:
    assert_no_area('data-wilayah="KABUPATEN GK"')


def assert_no_area(attr: str) -> None:
    found = parse(
        page(
            [
                (f'data-apill="APL-01" {attr}', "smp01", "Simpang Tiga"),
                (f'data-apill="APL-02" {attr}', "smp02", "Bundaran"),
            ]
        )
    )
    assert [c.id for c in found] == ["APL-01", "APL-02"]
    assert all(c.area is None for c in found)


def test_a_district_attribute_gives_the_area_beside_an_equipment_badge() -> None:
    found = parse(
        page(
            [
                ('data-apill="APL-01" data-district="Sangatta Utara"', "smp01", "Simpang Tiga"),
                ('data-apill="APL-02" data-district="Kaliorang"', "smp02", "Bundaran"),
            ]
        )
    )
    assert [(c.id, c.area) for c in found] == [
        ("APL-01", "Sangatta Utara"),
        ("APL-02", "Kaliorang"),
    ]


def test_a_kecamatan_on_a_grid_of_several_cameras_is_no_cards_area() -> None:
    text = page(
        [
            ('data-apill="APL-01"', "smp01", "Simpang Tiga"),
            ('data-apill="APL-02"', "smp02", "Bundaran"),
        ]
    ).replace('<div class="row">', '<div class="row" data-kecamatan="Sangatta Utara">')
    found = parse(text)
    assert [c.id for c in found] == ["APL-01", "APL-02"]
    assert all(c.area is None for c in found)


def test_a_news_card_with_a_kecamatan_and_no_picture_is_no_camera() -> None:
    text = (
        '<html><body><div class="card" data-kecamatan="Bengalon" data-apill="APL-07">'
        "<h5>Simpang Pasar</h5><p>Diusulkan pada anggaran perubahan.</p>"
        '<a href="/berita/simpang-pasar">Baca berita</a></div>'
        + page([('data-apill="APL-01" data-kecamatan="Bengalon"', "smp01", "Simpang Tiga")])
        + "</body></html>"
    )
    assert [c.id for c in parse(text)] == ["APL-01"]


def kota_cards(attr: str, values: list[str]) -> str:
    body = "".join(
        f'<div class="card" {attr}="{value}"><img src="https://img.kota.go.id/snap/c{i}.jpg"'
        f' alt="Simpang {i}"><h4>Simpang {i}</h4></div>'
        for i, value in enumerate(values, 1)
    )
    return f"<html><body>{body}</body></html>"


def parse_kota(text: str) -> list[Camera]:
    result = parse_body(
        text, profile=Profile.AUTO, base_url="https://cctv.kota.go.id/", prettify=False
    )
    return list(result.cameras)


@pytest.mark.parametrize(("attr", "value"), [("data-res", "HD-1080"), ("data-topik", "COVID-19")])
def test_a_code_every_card_carries_is_no_cards_id(attr: str, value: str) -> None:
    found = parse_kota(kota_cards(attr, [value] * 3))
    assert [c.name for c in found] == ["Simpang 1", "Simpang 2", "Simpang 3"]
    assert all(not c.id.startswith(value) for c in found)
    # The ids are the cameras' own (hashed), as without the attribute.
    assert [c.id for c in found] == [c.id for c in parse_kota(kota_cards("data-x", ["-"] * 3))]


def test_a_code_shared_by_two_cards_keys_neither() -> None:
    found = parse_kota(kota_cards("data-apill", ["APL-01", "APL-01", "APL-03"]))
    assert [c.id for c in found][2] == "APL-03"
    assert "APL-01" not in {c.id for c in found}


@pytest.mark.parametrize(
    "value",
    [
        "Semua",
        "Semua Kecamatan",
        "All Districts",
        "Pilih Kecamatan",
        "Hidden",
        "TBD",
        "Kabupaten Kutai Timur",
    ],
)
def test_a_kecamatan_filter_placeholder_is_no_area(value: str) -> None:
    found = parse_kota(kota_cards("data-kecamatan", [value] * 3))
    assert [(c.name, c.area) for c in found] == [(f"Simpang {i}", None) for i in (1, 2, 3)]


def test_a_kecamatan_name_is_still_the_area() -> None:
    found = parse_kota(kota_cards("data-kecamatan", ["Sangatta Utara", "Bengalon", "Kota Bangun"]))
    assert [c.area for c in found] == ["Sangatta Utara", "Bengalon", "Kota Bangun"]
