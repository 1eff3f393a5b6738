"""A list of plain category names files a camera under its first category, its area."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://traffic.dot.example/api/cameras"


def _parse(records: list[dict[str, object]]) -> list[Camera]:
    body = json.dumps(records)
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _record(n: int, **extra: object) -> dict[str, object]:
    return {
        "id": f"c{n}",
        "name": f"I-{n} at Main St",
        "videoUrl": f"https://video.dot.example/live/c{n}/playlist.m3u8",
        **extra,
    }


def test_the_first_category_name_is_the_area() -> None:
    found = _parse(
        [
            _record(1, cameraCategories=["Anne Arundel County", "Bay Bridge"]),
            _record(2, categories=["Howard County"]),
            _record(3, cameraCategories=[]),
        ]
    )
    assert [(c.id, c.area) for c in found] == [
        ("c1", "Anne Arundel County"),
        ("c2", "Howard County"),
        ("c3", None),
    ]


def test_lists_that_name_no_category_give_no_area() -> None:
    found = _parse(
        [
            # WordPress category ids, tags and a list of addresses name no place.
            _record(1, categories=[12, 5]),
            _record(2, tags=["Baltimore County"]),
            _record(3, categories=["https://traffic.dot.example/c/3", "x"]),
            _record(4, categories=["Uncategorized"]),
        ]
    )
    assert [c.area for c in found] == [None, None, None, None]


def test_a_named_area_field_wins_over_the_category() -> None:
    found = _parse([_record(1, county="Frederick", categories=["I-70 Corridor"])])
    assert [c.area for c in found] == ["Frederick"]


def test_listing_and_kind_categories_are_no_area() -> None:
    """A listing's or a camera kind's category names no place; a place after one does."""
    found = _parse(
        [
            _record(1, categories=["Featured", "Traffic"]),
            _record(2, categories=["PTZ", "4K"]),
            _record(3, categories=["Traffic Cameras"]),
            _record(4, categories=["Featured", "Howard County"]),
            _record(5, categories=[{"id": 3, "name": "Popular"}]),
        ]
    )
    assert [c.area for c in found] == [None, None, None, "Howard County", None]
