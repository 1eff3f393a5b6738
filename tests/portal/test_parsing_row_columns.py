"""Positional rows read together: a repeated place column is their area, a trailing id."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.normalise import row_columns
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/api/kamera"
NAMES = ("Simpang Tiga", "Pasar Induk", "Terminal Sangatta", "Pelabuhan Kenyamukan")
PLACES = ("Sangatta Utara", "Sangatta Selatan", "Sangatta Utara", "Bengalon")


def rows(column: tuple[Any, ...], last: tuple[Any, ...]) -> list[list[Any]]:
    return [
        [name, 0.5 + i / 100, 117.5 + i / 100, f"https://cctv.kutim.example/snap/{i}.jpg", c, n]
        for i, (name, c, n) in enumerate(zip(NAMES, column, last, strict=True))
    ]


def read(value: list[list[Any]]) -> list[tuple[str, str | None]]:
    result = parse_body(json.dumps(value), profile=Profile.AUTO, base_url=BASE, prettify=False)
    return [(camera.id, camera.area) for camera in result.cameras]


def test_repeated_place_column_is_area_and_trailing_number_the_id() -> None:
    assert row_columns(rows(PLACES, (101, 102, 103, 105))) == (4, 5)  # type: ignore[arg-type]
    assert read(rows(PLACES, (101, 102, 103, 105))) == [
        ("101", "Sangatta Utara"),
        ("102", "Sangatta Selatan"),
        ("103", "Sangatta Utara"),
        ("105", "Bengalon"),
    ]


def test_map_loop_rows_take_area_and_id() -> None:
    data = json.dumps(rows(PLACES, (3301, 3302, 3310, 3305)))
    page = (
        f"<script>var cams = {data};\n"
        "for (var i = 0; i < cams.length; i++) { var c = cams[i];\n"
        "new google.maps.Marker({position: new google.maps.LatLng(c[1], c[2]), title: c[0]});"
        "}</script>"
    )
    result = parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert [(c.id, c.area) for c in result.cameras] == [
        ("3301", "Sangatta Utara"),
        ("3302", "Sangatta Selatan"),
        ("3310", "Sangatta Utara"),
        ("3305", "Bengalon"),
    ]


@pytest.mark.parametrize(
    "column",
    [
        ("PTZ", "Dome", "PTZ", "Dome"),  # a camera kind repeats but is no place
        ("Aktif", "Tidak Aktif", "Aktif", "Aktif"),  # a state is no place
        ("Kutai Timur",) * 4,  # one value on every row tells the rows nothing apart
        ("Sangatta Utara", "Sangatta Selatan", "Bengalon", "Rantau Pulung"),  # no repeat
        ("admin:kutim1", "admin:kutim1", "operator:ops", "admin:kutim1"),  # logins
        ("ch1", "ch2", "ch1", "ch2/sub"),  # paths
        ("CH1", "CH2", "CH1", "CH2"),  # channel codes
        ("12", "12", "14", "12"),  # numbers
    ],
)
def test_kind_state_constant_or_unique_columns_are_no_area(column: tuple[str, ...]) -> None:
    area, _ = row_columns(rows(column, (101, 102, 103, 105)))  # type: ignore[arg-type]
    assert area is None
    assert all(area is None for _, area in read(rows(column, (101, 102, 103, 105))))


@pytest.mark.parametrize(
    "last",
    [
        (4, 2, 1, 3),  # Google's zIndex: a stacking order 1..n
        (101, 101, 102, 103),  # repeated numbers
        (90, 180, 90, 270),  # headings
        (True, False, True, True),  # flags
        ("101", "102", "103", "104"),  # text is left to the other rules
    ],
)
def test_stacking_orders_and_repeated_numbers_are_no_id(last: tuple[Any, ...]) -> None:
    _, ident = row_columns(rows(PLACES, last))  # type: ignore[arg-type]
    assert ident is None


def test_uneven_or_few_rows_are_not_read_as_columns() -> None:
    table = rows(PLACES, (101, 102, 103, 105))
    assert row_columns(table[:2]) == (None, None)  # type: ignore[arg-type]
    table[1] = table[1][:5]
    assert row_columns(table) == (None, None)  # type: ignore[arg-type]


def test_rows_of_numbers_give_no_camera() -> None:
    stats = [[i, i * 1.5, i * 2.25, 1000 + i] for i in range(10)]
    with pytest.raises(PortalFormatError):
        parse_body(json.dumps(stats), profile=Profile.AUTO, base_url=BASE, prettify=False)


def test_many_rows_are_compared_in_bounded_time() -> None:
    many = [
        [
            f"Kamera {i}",
            0.5,
            117.5,
            f"https://cctv.kutim.example/s/{i}.jpg",
            "Sangatta",
            500_000 + i,
        ]
        for i in range(100_000)
    ]
    # How long it takes is measured by scripts/bench_hostile.py.
    assert row_columns(many) == (None, 5)  # type: ignore[arg-type]


PROBE_BASE = "https://atcs.kutim.example/api/rows"
PROBE_NAMES = ("Simpang Tiga", "Taman Bersemi", "Pasar Induk", "Bundaran Enggang")


def probe_rows(column: tuple[Any, ...], last: tuple[Any, ...]) -> list[list[Any]]:
    return [
        [
            name,
            0.51 + i / 100,
            117.61 + i / 100,
            f"https://atcs.kutim.example/snap/{i + 1}.jpg",
            c,
            n,
        ]
        for i, (name, c, n) in enumerate(zip(PROBE_NAMES, column, last, strict=True))
    ]


def probe_read(value: list[list[Any]]) -> list[tuple[str, str | None]]:
    result = parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=PROBE_BASE, prettify=False
    )
    return [(camera.id, camera.area) for camera in result.cameras]


def test_brand_column_and_epoch_are_no_area_and_no_id() -> None:
    table = probe_rows(
        ("Hikvision", "Dahua", "Hikvision", "Dahua"),
        (1733450011, 1733450022, 1733450033, 1733450044),
    )
    assert row_columns(table) == (None, None)  # type: ignore[arg-type]
    read_back = probe_read(table)
    assert len(read_back) == 4
    assert all(area is None for _, area in read_back)
    assert not any(ident.startswith("17334500") for ident, _ in read_back)


@pytest.mark.parametrize(
    "column",
    [
        ("Arah Utara", "Arah Selatan", "Arah Utara", "Arah Selatan"),  # the way it looks
        ("Utara", "Selatan", "Utara", "Timur"),  # compass words alone
        ("North East", "South", "North East", "South"),
        ("Hikvision", "Dahua", "Hikvision", "Dahua"),  # camera makers
        ("sangatta utara", "bengalon", "sangatta utara", "bengalon"),  # no place is written so
    ],
)
def test_direction_maker_and_lowercase_columns_are_no_area(column: tuple[str, ...]) -> None:
    area, _ = row_columns(probe_rows(column, (101, 102, 103, 105)))  # type: ignore[arg-type]
    assert area is None
    assert all(area is None for _, area in probe_read(probe_rows(column, (101, 102, 103, 105))))


@pytest.mark.parametrize(
    "last",
    [
        (8081, 8082, 8083, 8084),  # a recorder's ports
        (8084, 8082, 8081, 8083),  # in any order
        (1733450011, 1733450022, 1733450033, 1733450044),  # updated-at, seconds
        (1733450011000, 1733450022000, 1733450033000, 1733450044000),  # milliseconds
    ],
)
def test_ports_and_epochs_are_no_id(last: tuple[int, ...]) -> None:
    table = probe_rows(PLACES, last)
    _, ident = row_columns(table)  # type: ignore[arg-type]
    assert ident is None
    assert not {str(v) for v in last} & {ident for ident, _ in probe_read(table)}


def test_place_column_and_non_consecutive_id_still_read_beside_the_probes() -> None:
    table = probe_rows(PLACES, (1201, 1202, 1204, 1209))
    assert row_columns(table) == (4, 5)  # type: ignore[arg-type]
    assert probe_read(table) == [
        ("1201", "Sangatta Utara"),
        ("1202", "Sangatta Selatan"),
        ("1204", "Sangatta Utara"),
        ("1209", "Bengalon"),
    ]
    ward = ("Kampung Baru", "Teluk Lingga", "Kampung Baru", "Teluk Lingga")
    assert row_columns(probe_rows(ward, (8081, 8082, 8090, 8084))) == (4, 5)  # type: ignore[arg-type]
