"""Axes named by their axis and datum: opendata.si's ``x_wgs``/``y_wgs`` (lng/lat)."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.position import _read_position
from custom_components.kutim_cctv.portal.values import index_keys

BASE = "https://opendata.kutim.example/promet/kamere/"
JPG = "https://lalin.kutim.example/kamere/{}.jpg"


def _cams(data: object) -> tuple[Camera, ...]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _record(ident: str, **fields: object) -> dict[str, object]:
    return {"Id": ident, "Title": f"Simpang {ident}", "Image": JPG.format(ident), **fields}


@pytest.mark.parametrize(
    ("x", "y"),
    [(117.5231, 0.50233), ("117.5231", "0.50233")],
)
def test_x_wgs_is_the_longitude_and_y_wgs_the_latitude(x: object, y: object) -> None:
    """The datum-named axes give the position, as numbers or as strings."""
    cameras = _cams([_record("A", x_wgs=x, y_wgs=y), _record("B", x_wgs=117.6, y_wgs=0.6)])
    assert [(c.id, c.latitude, c.longitude) for c in cameras] == [
        ("A", 0.50233, 117.5231),
        ("B", 0.6, 117.6),
    ]


@pytest.mark.parametrize("keys", [("x_wgs84", "y_wgs84"), ("xWgs", "yWgs"), ("X_WGS", "Y_WGS")])
def test_datum_axis_spellings(keys: tuple[str, str]) -> None:
    """The datum may carry its year or be written in camel or upper case."""
    index = index_keys({keys[0]: 117.5231, keys[1]: 0.50233})
    assert _read_position(index) == (0.50233, 117.5231)


def test_national_grid_metres_are_no_position() -> None:
    """X/Y in national-grid metres beside the added x_wgs/y_wgs never give the position."""
    grid = {"CrsId": "EPSG:23850", "X": 502918.0, "Y": 55612.0}
    cameras = _cams([_record("A", **grid, x_wgs=117.5231, y_wgs=0.50233), _record("B", **grid)])
    assert [(c.id, c.latitude, c.longitude) for c in cameras] == [
        ("A", 0.50233, 117.5231),
        ("B", None, None),
    ]


@pytest.mark.parametrize(
    "fields",
    [
        {"x_wgs": 117.5231},  # one axis only
        {"x_wgs": 502918.0, "y_wgs": 55612.0},  # metres, whatever the name says
        {"box_wgs": 117.5231, "y_wgs": 0.50233},  # another word ending like an axis
        {"max_wgs": 117.5231, "may_wgs": 0.50233},
        {"x_wgs": "Jl. Yos Sudarso", "y_wgs": "Sangatta"},
    ],
)
def test_near_misses_give_no_position(fields: dict[str, object]) -> None:
    """Only a full pair of x/y axes in degrees is a position."""
    assert _read_position(index_keys(fields)) is None


def test_location_views_take_the_location_position() -> None:
    """A location's pictures are placed at its x_wgs/y_wgs; a LAN picture is never media."""
    item = {
        "Id": "KNY",
        "Title": "Pelabuhan Kenyamukan",
        "x_wgs": "117.58311",
        "y_wgs": "0.45877",
        "Kamere": [
            {"Region": "Sangatta Utara", "Image": JPG.format("a"), "Text": "Kenyamukan - gerbang"},
            {"Region": "Sangatta Utara", "Image": "http://10.1.2.3/b.jpg", "Text": "dermaga"},
            {"Region": "Sangatta Utara", "Image": JPG.format("c"), "Text": "Kenyamukan - parkir"},
        ],
    }
    cameras = _cams({"updated": 1, "Contents": [{"Data": {"Items": [item]}}]})
    assert [(c.id, c.name, c.area, c.latitude, c.longitude) for c in cameras] == [
        ("KNY-1", "Kenyamukan - gerbang", "Sangatta Utara", 0.45877, 117.58311),
        ("KNY-3", "Kenyamukan - parkir", "Sangatta Utara", 0.45877, 117.58311),
    ]
    assert all("10.1.2.3" not in (c.snapshot_url or "") for c in cameras)
