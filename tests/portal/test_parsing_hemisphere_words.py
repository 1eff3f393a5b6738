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
from custom_components.kutim_cctv.portal.values import (
    _number,
    hemisphere_degrees,
    hemisphere_pair,
    number_axis,
)

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


@pytest.mark.parametrize(
    ("text", "axis"),
    [
        ("0,5 LU", "lat"),
        ("7.99° LS", "lat"),
        ("117,52° BT", "lng"),
        ("73°59′24″W", "lng"),
        ("33.86° S", "lat"),
        ("117.52", None),
        ("1.5E3", None),
        ("-7.5° LU", None),
        ("Sangatta", None),
    ],
)
def test_the_axis_a_value_names(text: str, axis: str | None) -> None:
    """A hemisphere letter or word names its axis; a bare or contradicted number none."""
    assert number_axis(text) == axis


def _posko(lintang: str, bujur: str, key: tuple[str, str] = ("Lintang", "Bujur")) -> list[object]:
    """Return one camera record with the two coordinate fields as written."""
    return [
        {
            "kode": "PSK-09",
            "Nama": "Pos Pantau Bengalon",
            key[0]: lintang,
            key[1]: bujur,
            "Kamera": "https://bpbd.kutimkab.example/kamera/psk-09/index.m3u8",
        }
    ]


@pytest.mark.parametrize(
    ("lintang", "bujur", "expected"),
    [
        # The words say the numbers were written in each other's fields.
        ("117,86° BT", "0,72° LU", (0.72, 117.86)),
        ("117.86 E", "0.72 N", (0.72, 117.86)),
        # One word naming the other axis beside a bare number: the word decides.
        ("117,86° BT", "0,72", (0.72, 117.86)),
        ("0,72", "0,72° LU", (0.72, 0.72)),
        # Both numbers on one axis: no position (not the first read as a latitude).
        ("1,5° BT", "117,86° BT", (None, None)),
        # The word makes the bare number a latitude beyond the pole: no position, never
        # swapped back against the word.
        ("5.5 E", "-95.0", (None, None)),
        ("117,86° BT", "95,0", (None, None)),
        ("0,72° LU", "1,5° LS", (None, None)),
        # Words that agree with their fields, and bare numbers, read as before.
        ("0,72° LU", "117,86° BT", (0.72, 117.86)),
        ("0.72", "117.86", (0.72, 117.86)),
    ],
)
def test_a_word_naming_the_other_axis_decides_which_number_is_which(
    lintang: str, bujur: str, expected: tuple[float | None, float | None]
) -> None:
    """A latitude field holding a longitude word is no latitude: the words say the axes."""
    for key in (("Lintang", "Bujur"), ("lat", "lng"), ("cctv_lat", "cctv_long")):
        doc = json.dumps(_posko(lintang, bujur, key))
        camera = parse_body(doc, profile=Profile.AUTO, base_url=BASE).cameras[0]
        assert (camera.latitude, camera.longitude) == expected, key


def test_nested_position_and_csv_columns_follow_the_words() -> None:
    """A position object and a CSV's Lintang/Bujur columns follow the words the same way."""
    doc = [
        {
            "id": 1,
            "name": "Dermaga Kenyamukan",
            "position": {"lat": "117,55° BT", "lng": "0,49° LU"},
            "hls": "https://bpbd.kutimkab.example/kamera/1/index.m3u8",
        },
        {
            "id": 2,
            "name": "Simpang Tiga",
            "position": {"lat": "1,5° BT", "lng": "117,55° BT"},
            "hls": "https://bpbd.kutimkab.example/kamera/2/index.m3u8",
        },
    ]
    cameras = parse_body(json.dumps(doc), profile=Profile.AUTO, base_url=BASE).cameras
    assert [(c.latitude, c.longitude) for c in cameras] == [(0.49, 117.55), (None, None)]
    table = (
        "Nama;Lintang;Bujur;Stream\r\n"
        "Pertigaan Bengalon;117,86 BT;0,72 LU;https://x.kutimkab.example/a/index.m3u8\r\n"
        "Simpang Kabo;1,5 BT;117,5 BT;https://x.kutimkab.example/b/index.m3u8\r\n"
    )
    rows = parse_body(table, profile=Profile.AUTO, base_url=BASE + "/daftar.csv").cameras
    assert [(c.name, c.latitude, c.longitude) for c in rows] == [
        ("Pertigaan Bengalon", 0.72, 117.86),
        ("Simpang Kabo", None, None),
    ]
