"""A region classifier's fallback bucket names no area; real places stay."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://pantau.kutim.example/api/cameras"


def _cams(regions: list[str]) -> tuple[Camera, ...]:
    records = [
        {"id": index, "nama": f"Kamera {index}", "wilayah": region}
        | {"hls": f"https://stream.pantau.kutim.example/{index}/index.m3u8"}
        for index, region in enumerate(regions, start=1)
    ]
    return parse_body(
        json.dumps(records), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


@pytest.mark.parametrize(
    "bucket", ["Lainnya", "Lain-lain", "lain_lain", "OTHER", "Others", "Unknown"]
)
def test_fallback_bucket_is_no_area(bucket: str) -> None:
    cameras = _cams(["Sangatta Utara", bucket])
    assert [camera.area for camera in cameras] == ["Sangatta Utara", None]


@pytest.mark.parametrize(
    "place",
    ["Bengalon", "Desa Lainnya Jaya", "Other Side Beach", "Teluk Lain", "Kampung Lain-Lain Indah"],
)
def test_places_holding_such_words_stay(place: str) -> None:
    cameras = _cams(["Sangatta Utara", place])
    assert cameras[1].area == place
