"""Other languages' field names of road agencies: ids, stations, coordinates, pictures."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://vegagerd.kutim.example/api/vefmyndavelar"
JPG = "https://vegagerd.kutim.example/myndir/{}.jpg"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_icelandic_station_number_and_width_length_pair() -> None:
    rows = [
        {
            "Maelist_nr": 7100 + n,
            "Myndavel": f"Simpang {n}",
            "NrVegur": "1",
            "Slod": JPG.format(n),
            "Breidd": 0.5 + n / 100,
            "Lengd": 117.5,
        }
        for n in (1, 2)
    ]
    found = cameras(rows)
    assert [(c.id, c.name, c.latitude, c.longitude) for c in found] == [
        ("7101", "Simpang 1", 0.51, 117.5),
        ("7102", "Simpang 2", 0.52, 117.5),
    ]


@pytest.mark.parametrize(
    ("lat_key", "lng_key"),
    [
        ("breidd", "lengd"),
        ("leveys", "pituus"),
        ("leveysaste", "pituusaste"),
        ("breiddargráða", "lengdargráða"),
        ("breedtegraad", "lengtegraad"),
        ("szerokosc", "dlugosc"),
        ("laiuskraad", "pikkuskraad"),
        ("latitudine", "longitudine"),
    ],
)
def test_coordinate_words(lat_key: str, lng_key: str) -> None:
    rows = [
        {"id": n, "nimi": f"Tie {n}", "kuva": JPG.format(n), lat_key: "65,73", lng_key: 24.56}
        for n in (1, 2)
    ]
    assert {(c.latitude, c.longitude) for c in cameras(rows)} == {(65.73, 24.56)}


def test_width_and_length_of_a_picture_are_no_position() -> None:
    rows = [
        {"id": n, "navn": f"Kamera {n}", "bilde": JPG.format(n), "breidd": 640, "lengd": 480}
        for n in (1, 2)
    ]
    assert [(c.latitude, c.longitude) for c in cameras(rows)] == [(None, None), (None, None)]


def test_one_width_word_alone_is_no_coordinate() -> None:
    rows = [{"id": n, "navn": f"K {n}", "bilde": JPG.format(n), "breidd": 60.4} for n in (1, 2)]
    assert [c.latitude for c in cameras(rows)] == [None, None]


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("tunnus", "C14502", "C14502"),
        ("stasjon_nr", "3000123", "3000123"),
        ("station_no", 42, "42"),
        ("kamera_numer", "K-7", "K-7"),
        ("auðkenni", "V12", "V12"),
    ],
)
def test_foreign_id_words(key: str, value: object, expected: str) -> None:
    rows = [{key: value, "name": "Simpang", "bild": JPG.format(1)}]
    rows.append({key: f"{value}-2", "name": "Kabo", "bild": JPG.format(2)})
    assert cameras(rows)[0].id == expected


def test_road_number_is_no_id() -> None:
    rows = [{"NrVegur": "1", "Myndavel": f"Simpang {n}", "Slod": JPG.format(n)} for n in (1, 2)]
    assert all(c.id.startswith("k-") for c in cameras(rows))


@pytest.mark.parametrize("key", ["bilete", "bild", "billede", "mynd", "kuva", "imagen", "pilt"])
def test_picture_words_give_the_still(key: str) -> None:
    url = "https://webkamera.kutim.example/kamera?id={}"
    rows = [{"id": n, "navn": f"Kamera {n}", key: url.format(n)} for n in (1, 2)]
    assert [c.snapshot_url for c in cameras(rows)] == [url.format(1), url.format(2)]


def test_nordic_county_and_municipality() -> None:
    rows = [
        {"tunnus": n, "nimi": f"Tie {n}", "kuva": JPG.format(n), "maakunta": "Lappi"}
        | ({"kunta": "Kemi"} if n == 1 else {})
        for n in (1, 2)
    ]
    assert [c.area for c in cameras(rows)] == ["Kemi", "Lappi"]


def test_many_coordinate_like_fields_are_bounded() -> None:
    row: dict[str, object] = {f"breidd_{i}": i for i in range(3000)}
    rows = [row | {"id": n, "navn": "K", "bilde": JPG.format(n)} for n in range(1, 21)]
    found = cameras(rows)
    assert len(found) == 20
    assert all(c.latitude is None for c in found)
