"""Lists whose ``location`` or ``lokasi`` names each camera's own district.

A list whose records each stand in a district or village of their own (every value
different, so none is shared) reads those values as areas when every record is named
otherwise than its location and each name names a spot beyond it: a word that is
neither the location's nor a camera word (``Simpang Cileunyi`` at ``Cileunyi``,
``Pasar Induk Teluk Lingga`` at ``Teluk Lingga``), in JSON and in XML items alike. A
record whose location is blank (a group row) places nothing and is not counted. Not read
so: a name that is its location with camera words (``CCTV Simpang Lembuswana`` at
``Simpang Lembuswana``), a name equal to its location, fewer than three placed records,
a location that is a street address.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://atcs.kutim.example/api/cctv"
PLACES = (
    ("Simpang Cileunyi", "Cileunyi"),
    ("Bundaran Rancaekek", "Rancaekek"),
    ("Pos Nagreg (Lingkar)", "Nagreg"),
    ("Simpang Tiga Jalan Poros Sangatta", "Sangatta Utara"),
)


def rows(places: tuple[tuple[str, str], ...] = PLACES, key: str = "lokasi") -> list[dict[str, str]]:
    """Return camera rows named by ``nama`` with their location under ``key``."""
    return [
        {"id": str(n), "nama": name, key: place, "url_hls": f"/hls/{n}/index.m3u8"}
        for n, (name, place) in enumerate(places, start=1)
    ]


def parse(records: list[dict[str, str]]) -> tuple[Camera, ...]:
    """Parse a JSON list of records the way an Automatic portal is read."""
    return parse_body(json.dumps({"data": records}), profile=Profile.AUTO, base_url=BASE).cameras


def test_each_camera_in_a_district_of_its_own() -> None:
    assert [(c.raw_name, c.area) for c in parse(rows())] == list(PLACES)


def test_xml_items_read_as_their_json() -> None:
    items = "".join(
        f"<item><id>{n}</id><nama>{name}</nama><lokasi>{place}</lokasi>"
        f"<stream_url>/hls/{n}/index.m3u8</stream_url></item>"
        for n, (name, place) in enumerate(PLACES, start=1)
    )
    text = f'<?xml version="1.0" encoding="UTF-8"?><response>{items}</response>'
    found = parse_body(text, profile=Profile.AUTO, base_url=BASE).cameras
    assert [(c.raw_name, c.area) for c in found] == list(PLACES)


def test_a_blank_location_is_not_counted() -> None:
    records = rows()
    records.insert(0, {"id": "0", "nama": "Semua Kamera", "lokasi": "", "url_hls": ""})
    found = parse(records)
    assert [(c.raw_name, c.area) for c in found] == list(PLACES)


def test_three_placed_records_are_needed() -> None:
    records = rows(PLACES[:2])
    records.append({"id": "9", "nama": "Terminal", "lokasi": " ", "url_hls": "/hls/9/index.m3u8"})
    assert all(c.area is None for c in parse(records))


def test_a_name_after_its_location_with_camera_words_places_nothing() -> None:
    places = (*PLACES[:3], ("CCTV Simpang Lembuswana", "Simpang Lembuswana"))
    assert all(c.area is None for c in parse(rows(places)))


def test_a_name_equal_to_its_location_places_nothing() -> None:
    places = (*PLACES[:3], ("Soreang", "Soreang"))
    assert all(c.area is None for c in parse(rows(places)))


def test_a_street_address_location_places_nothing() -> None:
    places = (*PLACES[:3], ("Depan Kantor Bupati", "Jl. Kusuma Bangsa"))
    assert all(c.area is None for c in parse(rows(places)))


@pytest.mark.parametrize("key", ["location", "lokasi"])
def test_english_and_indonesian_fields_alike(key: str) -> None:
    records = [
        {"id": str(n), "name": name, key: place, "url_hls": f"/hls/{n}/index.m3u8"}
        for n, (name, place) in enumerate(PLACES, start=1)
    ]
    assert [c.area for c in parse(records)] == [place for _name, place in PLACES]


def test_a_lokasi_without_a_name_of_its_own_names_the_camera() -> None:
    records = [
        {"id": str(n), "lokasi": place, "url_hls": f"/hls/{n}/index.m3u8"}
        for n, (_name, place) in enumerate(PLACES, start=1)
    ]
    assert [(c.raw_name, c.area) for c in parse(records)] == [(p, None) for _n, p in PLACES]
