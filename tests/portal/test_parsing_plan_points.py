"""Points on a floor or site plan (``x``/``y`` pixels, cells or fractions) are no degrees."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.position import plan_point

BASE = "https://denah.kutim.example/api/cameras"
JPG = "https://cctv.kutim.example/snap/{}.jpg"


def _cams(data: object) -> tuple[Camera, ...]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _record(ident: str, **fields: object) -> dict[str, object]:
    return {"id": ident, "name": f"Pos {ident}", "preview": JPG.format(ident), **fields}


def _positions(cameras: tuple[Camera, ...]) -> list[tuple[str, float | None, float | None]]:
    return [(c.id, c.latitude, c.longitude) for c in cameras]


@pytest.mark.parametrize(
    ("x", "y"),
    [(18, 9), (88, 52), ("42", "18"), (7.0, 25.0), (0, 45)],
)
def test_whole_plan_cells_are_no_position(x: object, y: object) -> None:
    """A site plan's percentages or pixels written as whole numbers place no camera."""
    cameras = _cams([_record("1", x=x, y=y), _record("2", x=7, y=25)])
    assert _positions(cameras) == [("1", None, None), ("2", None, None)]
    assert [c.snapshot_url for c in cameras] == [JPG.format("1"), JPG.format("2")]


@pytest.mark.parametrize(("x", "y"), [("0.795", "0.90"), (0.5, 0.5), (0.12, 0.375), (1, 0.25)])
def test_fractions_of_the_plan_picture_are_no_position(x: object, y: object) -> None:
    """Fractions of a plan picture's width and height (both 0..1) place no camera."""
    cameras = _cams([_record("1", x=x, y=y), _record("2", x=0.3, y=0.7)])
    assert _positions(cameras) == [("1", None, None), ("2", None, None)]


def test_axis_named_plan_pixels_are_no_position() -> None:
    """``pos_x``/``pos_y`` pixels on a plan picture are no degrees either."""
    cameras = _cams([_record("1", pos_x=12, pos_y=40), _record("2", posX=3, posY=8)])
    assert _positions(cameras) == [("1", None, None), ("2", None, None)]


def test_degree_valued_x_y_are_still_read() -> None:
    """Near miss: fractional degrees written as x/y (and swapped) keep their reading."""
    cameras = _cams(
        [
            _record("1", x=117.5523, y=0.5129),
            _record("2", x="117.6013", y="0.5342"),
            _record("3", x=0.4968, y=117.5521),
            _record("4", coord_x=117.5397, coord_y=0.4921),
        ]
    )
    assert _positions(cameras) == [
        ("1", 0.5129, 117.5523),
        ("2", 0.5342, 117.6013),
        ("3", 0.4968, 117.5521),
        ("4", 0.4921, 117.5397),
    ]


def test_datum_axes_and_named_fields_are_not_judged_as_plans() -> None:
    """Near miss: ``x_wgs``/``y_wgs`` and named latitude/longitude fields stay degrees."""
    cameras = _cams(
        [
            _record("1", x_wgs=117.5, y_wgs=0.5),
            _record("2", lat=1, lng=117, x=5, y=6),
        ]
    )
    assert _positions(cameras) == [("1", 0.5, 117.5), ("2", 1.0, 117.0)]


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        (18.0, 9.0, True),
        (0.795, 0.9, True),
        (0.0, 1.0, True),
        (117.55, 0.51, False),
        (0.51, 117.55, False),
        (1.5, 0.5, False),
        (-0.5, 0.5, False),
        (12.5, 3.0, False),
    ],
)
def test_plan_point(x: float, y: float, expected: bool) -> None:
    """Both whole, or both between 0 and 1, is a plan point; anything else may be degrees."""
    assert plan_point(x, y) is expected
