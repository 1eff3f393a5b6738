"""Rows that name the record holding them (``location_id``, ``volcano_id``) belong to it.

One check serves both readers: a place's own camera rows (a framework relation written
into each row) and a place's list of live links referring back to it.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cams.kutim.example/"


def _parse(text: str) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _place(reference: str, value: object = 4, padding: int = 0) -> str:
    def row(number: int) -> dict[str, object]:
        fields: dict[str, object] = {"id": number}
        fields.update({f"kolom_{n}": n for n in range(padding)})
        fields[reference] = value
        fields["name"] = f"Taman Bersemi Sisi {number}"
        fields["url"] = f"https://c.example/{number}.m3u8"
        return fields

    return json.dumps(
        [{"id": 4, "name": "Taman Bersemi", "lat": 0.51, "lon": 117.6, "cctvs": [row(5), row(6)]}]
    )


@pytest.mark.parametrize("reference", ["location_id", "lokasi_kode", "site_slug", "titik_key"])
def test_rows_naming_their_place_by_any_reference_word_take_its_name(reference: str) -> None:
    found = _parse(_place(reference))
    assert [(c.id, c.area) for c in found] == [("5", "Taman Bersemi"), ("6", "Taman Bersemi")]


def test_a_reference_written_as_text_with_spaces_is_the_same_id() -> None:
    assert [c.area for c in _parse(_place("location_id", " 4 "))] == ["Taman Bersemi"] * 2


def test_a_reference_after_many_other_fields_is_still_read() -> None:
    assert [c.area for c in _parse(_place("lokasi_id", padding=40))] == ["Taman Bersemi"] * 2


@pytest.mark.parametrize(
    ("reference", "value"),
    [("user_id", 4), ("camera_id", 4), ("location_id", 9), ("location_id", True)],
)
def test_references_to_other_records_make_no_area(reference: str, value: object) -> None:
    # A user or camera id that happens to equal the place's id, or a reference to another
    # place, says nothing about the holder.
    assert [c.area for c in _parse(_place(reference, value))] == [None, None]


def _volcano(reference: str, value: str = "etna") -> str:
    return json.dumps(
        [
            {
                "id": "etna",
                "name": "Etna",
                "region": "Sicilia",
                "lives": [
                    {reference: value, "name": "Versante Sud", "url": "https://v.example/s.m3u8"},
                    {reference: value, "name": "Versante Nord", "url": "https://v.example/n.m3u8"},
                ],
            },
            {
                "id": "stromboli",
                "name": "Stromboli",
                "region": "Sicilia",
                "lives": [
                    {"name": "Sciara", "url": "https://v.example/c.m3u8"},
                ],
            },
        ]
    )


def test_live_links_naming_their_place_take_its_name_before_its_region() -> None:
    found = _parse(_volcano("volcano_id"))
    assert [(c.raw_name, c.area) for c in found[:2]] == [
        ("Versante Sud", "Etna"),
        ("Versante Nord", "Etna"),
    ]


def test_live_links_naming_another_place_do_not_take_the_holders_name() -> None:
    found = _parse(_volcano("volcano_id", "vesuvio"))
    assert [c.area for c in found[:2]] != ["Etna", "Etna"]
