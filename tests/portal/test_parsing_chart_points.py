"""Map points of chart libraries: ECharts ``value: [lng, lat, …]`` and [lng, lat] pairs."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.position import _read_position

BASE = "https://peta.kutim.example/cctv/"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"


def _cams(data: list[dict[str, object]], series_name: str | None = None) -> tuple[Camera, ...]:
    series: dict[str, object] = {"type": "effectScatter", "coordinateSystem": "geo", "data": data}
    if series_name is not None:
        series["name"] = series_name
    option = {"geo": {"map": "kutim", "center": [117.5, 0.5]}, "series": [series]}
    page = (
        "<!doctype html><html><head><title>Peta</title></head><body><div id='map'></div>"
        f"<script>var option = {json.dumps(option)}; chart.setOption(option);</script>"
        "</body></html>"
    )
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _point(name: str, value: list[object], **extra: object) -> dict[str, object]:
    return {"name": name, "value": value, "url": HLS.format(name.lower()), **extra}


@pytest.mark.parametrize(
    "value",
    [[117.54683, 0.50912], [117.54683, 0.50912, 1], [117.54683, 0.50912, 3, 12, "A"]],
)
def test_chart_value_is_longitude_first(value: list[object]) -> None:
    """A chart point's value list gives the longitude, then the latitude, then sizes."""
    cameras = _cams([_point("Kabo", value), _point("Tiga", [117.55722, 0.5317, 1])])
    assert [(c.name, c.latitude, c.longitude) for c in cameras] == [
        ("Kabo", 0.50912, 117.54683),
        ("Tiga", 0.5317, 117.55722),
    ]


@pytest.mark.parametrize(
    "value",
    [
        [1, 2, 3, 4, 5, 6],  # a series of values, not a point
        [500, 12],  # beyond any longitude
        [117.5, 95.0],  # beyond any latitude either way round
        [0, 0],  # the null island placeholder
        [True, False],
        ["a", "b"],
        42,
    ],
)
def test_chart_value_that_is_no_point_gives_no_position(value: object) -> None:
    """Only a short list of numbers in degree ranges is read as a position."""
    assert _read_position({"name": "Kabo", "value": value}) is None


def test_chart_value_order_is_kept_where_both_readings_fit() -> None:
    """Where both numbers could be a latitude the list is still read longitude first."""
    assert _read_position({"name": "Kabo", "value": [45.25, 12.5, 1]}) == (12.5, 45.25)


@pytest.mark.parametrize("key", ["lnglat", "lng_lat", "lonlat", "lon_lat", "longlat"])
def test_pair_named_longitude_first(key: str) -> None:
    """A pair whose field name puts the longitude first is read that way round."""
    assert _read_position({"name": "Kabo", key: [45.25, 12.5]}) == (12.5, 45.25)
    assert _read_position({"name": "Kabo", key: "45.25,12.5"}) == (12.5, 45.25)


def test_pair_named_latitude_first_is_unchanged() -> None:
    """``latlng`` stays latitude first."""
    assert _read_position({"name": "Kabo", "latlng": [12.5, 45.25]}) == (12.5, 45.25)


@pytest.mark.parametrize("series_name", ["CCTV", "Kamera", "Live CCTV"])
def test_series_named_for_what_it_holds_is_no_area(series_name: str) -> None:
    """A series named only "CCTV"/"Kamera" gives its points no area."""
    cameras = _cams([_point("Kabo", [117.5, 0.5]), _point("Tiga", [117.6, 0.6])], series_name)
    assert [c.area for c in cameras] == [None, None]


def test_series_named_for_a_place_is_the_area() -> None:
    """A series named for a place still groups its points under it."""
    cameras = _cams([_point("Kabo", [117.5, 0.5]), _point("Tiga", [117.6, 0.6])], "Sangatta Utara")
    assert [c.area for c in cameras] == ["Sangatta Utara", "Sangatta Utara"]


def test_own_area_field_wins_over_series_name() -> None:
    """A point's own kecamatan field names its area."""
    cameras = _cams(
        [_point("Kabo", [117.5, 0.5], kecamatan="Bengalon"), _point("Tiga", [117.6, 0.6])],
        "CCTV",
    )
    assert [c.area for c in cameras] == ["Bengalon", None]
