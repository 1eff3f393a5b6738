"""Coordinate pairs under a pair word (``kordinat``) or a place word (``lokasi``)."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.position import _read_position

BASE = "https://cctv.kutim.example/api/cctv"


def _cams(rows: list[dict[str, object]]) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps({"data": rows}), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def _row(number: int, **extra: object) -> dict[str, object]:
    return {
        "id": str(number),
        "nama": f"Simpang {number}",
        "hls": f"https://cctv.kutim.example/live/{number}/index.m3u8",
        **extra,
    }


@pytest.mark.parametrize(
    "value",
    [
        [-7.573851, 110.82831],
        ["-7.573851", "110.828310"],
        "-7.573851,110.828310",
        "-7.573851, 110.82831",
    ],
)
def test_kordinat_pair_is_latitude_first(value: object) -> None:
    """``kordinat`` (the one-o spelling) is a pair field like ``koordinat``."""
    cameras = _cams([_row(1, kordinat=value), _row(2, kordinat=[-7.5, 110.8])])
    assert (cameras[0].latitude, cameras[0].longitude) == (-7.573851, 110.82831)
    assert (cameras[1].latitude, cameras[1].longitude) == (-7.5, 110.8)


def test_lokasi_gps_text_places_and_names_stay() -> None:
    """A ``lokasi`` written as a GPS fix places the camera; ``nama`` still names it."""
    cameras = _cams([_row(1, lokasi="0.508310,117.548620"), _row(2, lokasi="0.512004, 117.552731")])
    assert [(c.name, c.latitude, c.longitude) for c in cameras] == [
        ("Simpang 1", 0.50831, 117.54862),
        ("Simpang 2", 0.512004, 117.552731),
    ]


@pytest.mark.parametrize(
    "value",
    [
        "Jl. Yos Sudarso 12, Sangatta",  # an address
        "Simpang Empat",  # a place name
        [3, 5],  # a pair of ids
        "12, 40",  # whole numbers: no GPS fix
        "1.5,2.5",  # short fractions: no GPS fix
        [3.5, 4.5],
        "0.0, 0.0",  # null island
        "95.5, 117.5",  # beyond a latitude
        "",
    ],
)
def test_lokasi_that_is_no_gps_fix_places_nothing(value: object) -> None:
    """A place word's value is a position only as a pair of fractional degrees."""
    assert _read_position({"lokasi": value, "nama": "Kabo"}) is None


def test_other_place_words_read_a_fix() -> None:
    """Other languages' place words holding a fix (``ubicacion``, ``standort``) are read too."""
    assert _read_position({"ubicacion": "-33.4489, -70.6693"}) == (-33.4489, -70.6693)
    assert _read_position({"standort": [52.5163, 13.3777]}) == (52.5163, 13.3777)
