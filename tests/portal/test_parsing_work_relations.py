"""A related work project, activity or programme is no place; a related place is."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/api/cctv"
HLS = "https://cctv.kutim.example/hls/{}/index.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _records(key: str, related: dict[str, object]) -> list[dict[str, object]]:
    return [
        {"id": f"c{n}", "name": name, "embedUrl": HLS.format(n), "status": "online", key: related}
        for n, name in enumerate(("Gerbang Utama Site Sangatta", "Pos Timbang Kaubun"))
    ]


@pytest.mark.parametrize(
    ("key", "related"),
    [
        ("project", {"id": "p1", "name": "Pemantauan Proyek Jalan Poros Kutim"}),
        ("proyek", {"id": 3, "nama": "Pembangunan Jembatan Sepaso"}),
        ("kegiatan", {"id": 7, "nama": "Rehabilitasi Landasan Pacu 2026"}),
        ("program", {"id": 2, "title": "Program Preservasi Jalan Kabupaten"}),
        ("work_project", {"id": 9, "name": "Pengawasan Angkutan Barang"}),
    ],
)
def test_work_relation_is_no_area(key: str, related: dict[str, object]) -> None:
    found = cameras({"success": True, "data": _records(key, related)})
    assert [c.name for c in found] == ["Gerbang Utama Site Sangatta", "Pos Timbang Kaubun"]
    assert all(c.area is None for c in found)


@pytest.mark.parametrize(
    ("key", "related", "area"),
    [
        ("bandara", {"id": 1, "nama": "Bandara Tanjung Bara"}, "Bandara Tanjung Bara"),
        ("aerodrome", {"id": 4, "name": "Sangatta Airstrip", "icao": "WALS"}, "Sangatta Airstrip"),
    ],
)
def test_place_relation_stays_the_area(key: str, related: dict[str, object], area: str) -> None:
    found = cameras({"success": True, "data": _records(key, related)})
    assert [c.area for c in found] == [area, area]
