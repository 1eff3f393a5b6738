"""Coordinates written with the Indonesian hemisphere words (LU, LS, BT, BB).

Indonesian agencies write a position as ``7,99° LS`` and ``106,51° BT`` (Lintang
Selatan, Bujur Timur), north of the equator ``0°30'15" LU``, often as one text joined by
``dan`` (``7,5° LS dan 110,4° BT``), with a decimal comma, and sometimes with the sign
kept beside the word (``-8.0358° LS``).
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import _number, hemisphere_degrees, hemisphere_pair

BASE = "https://bpbd.kutimkab.example/api/posko"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7.99 LS", (-7.99, "lat")),
        ("7,99° LS", (-7.99, "lat")),
        ("0°30'15\" LU", (0.504167, "lat")),
        ("1,21870 LU", (1.2187, "lat")),
        ("106.51 BT", (106.51, "lng")),
        ("117° 45' 36\" BT", (117.76, "lng")),
        ("176,66° BB", (-176.66, "lng")),
        ("-8.0358° LS", (-8.0358, "lat")),
        ("LS 7.5", (-7.5, "lat")),
    ],
)
def test_one_coordinate_with_an_indonesian_word(text: str, expected: tuple[float, str]) -> None:
    """LU is north, LS south, BT east and BB west; a decimal comma is a decimal point."""
    assert hemisphere_degrees(text) == expected
    assert _number(text) == expected[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7,5° LS dan 110,4° BT", (-7.5, 110.4)),
        ("7.99° LS dan 106.51° BT", (-7.99, 106.51)),
        ("0°29'50\" LU, 117°33'18\" BT", (0.497222, 117.555)),
        ("0.99120 LU 117.98135 BT", (0.9912, 117.98135)),
        ("107.576° BT, -6.874° LS", (-6.874, 107.576)),
        ("51,88° LU, 176,66° BB", (51.88, -176.66)),
        ("33.86° S and 151.21° E", (-33.86, 151.21)),
    ],
)
def test_pair_with_indonesian_words(text: str, expected: tuple[float, float]) -> None:
    """The words say which number is the latitude, whatever the order and the joiner."""
    assert hemisphere_pair(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "-7.5° LU",  # the sign says south, the word north
        "-110.4 BT",
        "7 LS",  # a bare whole number
        "95,5° LU",  # beyond the pole
        "0°75' LU",  # minutes past 60
        "7,3°–7,5° LS",  # a range, no position
        "BLUS",
        "LS",
    ],
)
def test_values_that_are_no_coordinate_with_a_word(text: str) -> None:
    """A sign against the word, a whole number, out-of-range values or no number: none."""
    assert hemisphere_degrees(text) is None
    assert _number(text) is None


@pytest.mark.parametrize(
    "text",
    ["7,5° LS dan 7,6° LS", "110,4° BT dan 117,5° BT", "-7.5° LU, 110.4° BT", "7,5 LS dan"],
)
def test_pairs_that_are_no_position_with_words(text: str) -> None:
    """Two latitudes, two longitudes, a contradicting sign or one number make no pair."""
    assert hemisphere_pair(text) is None


def test_json_lintang_bujur_fields_with_words_place_each_camera() -> None:
    """Separate ``Lintang``/``Bujur`` fields written with the words are signed numbers."""
    doc = {
        "posko": [
            {
                "kode": "PSK-01",
                "Nama": "Pos Pantau Sungai Sangatta",
                "Lintang": "0,51234 LU",
                "Bujur": "117,5642 BT",
                "Kamera": "https://bpbd.kutimkab.example/kamera/psk-01/index.m3u8",
            },
            {
                "kode": "PSK-04",
                "Nama": "Pos Pantau Muara Sandaran",
                "Lintang": "0.0412 LS",
                "Bujur": "118.0230 BT",
                "Kamera": "https://bpbd.kutimkab.example/kamera/psk-04/index.m3u8",
            },
            {
                "kode": "PSK-05",
                "Nama": "Pos Pantau Kaliorang",
                "Lintang": "-0.9 LU",
                "Bujur": "117.8 BT",
                "Kamera": "https://bpbd.kutimkab.example/kamera/psk-05/index.m3u8",
            },
        ]
    }
    cameras = parse_body(json.dumps(doc), profile=Profile.AUTO, base_url=BASE).cameras
    assert [(c.id, c.latitude, c.longitude) for c in cameras] == [
        ("PSK-01", 0.51234, 117.5642),
        ("PSK-04", -0.0412, 118.023),
        ("PSK-05", None, None),
    ]


def test_table_koordinat_column_joined_by_dan() -> None:
    """A table's Koordinat column written ``… LU dan … BT`` places each row's camera."""
    page = (
        "<table><thead><tr><th>Nama Titik</th><th>Koordinat</th><th>Siaran</th></tr></thead>"
        "<tbody>"
        "<tr><td>Simpang Empat Sangatta</td><td>0,50233° LU dan 117,52310° BT</td>"
        "<td><a href='/live/simpang4/index.m3u8'>Lihat</a></td></tr>"
        "<tr><td>Simpang Pendidikan</td><td>belum ada</td>"
        "<td><a href='/live/pendidikan/index.m3u8'>Lihat</a></td></tr>"
        "</tbody></table>"
    )
    cameras = parse_body(
        page, profile=Profile.AUTO, base_url="https://dishub.kutimkab.example/atcs"
    ).cameras
    assert [(c.name, c.latitude, c.longitude) for c in cameras] == [
        ("Simpang Empat Sangatta", 0.50233, 117.5231),
        ("Simpang Pendidikan", None, None),
    ]
