"""Cameras nested in a named place (a resort, a beach) and code fields looked up in a
table of names beside the camera list."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.lookups import (
    resolve_document_lookups,
    resolve_lookups,
)

BASE = "https://cams.kutim.example/js/data.js"


def _parse(text: str, base: str = BASE) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


# Cameras nested in a named place.


def test_a_resort_holding_its_cameras_is_their_area_not_its_region() -> None:
    script = """
    window.RESORTS = [
      {id: 'hotham', name: 'Mount Hotham', region: 'Victoria', lat: -36.98, lng: 147.14,
       cameras: [
         {name: 'Village Chair', url: 'https://cams.kutim.example/hotham/village.jpg'},
         {name: 'Summit Quad', url: 'https://cams.kutim.example/hotham/summit.jpg'},
       ]},
      {id: 'falls', name: 'Falls Creek', region: 'Victoria', lat: -36.86, lng: 147.28,
       cameras: [{name: 'Drovers Dream', url: 'https://cams.kutim.example/falls/dd.jpg'}]},
    ];
    """
    found = _parse(script)
    assert [(c.raw_name, c.area) for c in found] == [
        ("Village Chair", "Mount Hotham"),
        ("Summit Quad", "Mount Hotham"),
        ("Drovers Dream", "Falls Creek"),
    ]
    # No id of the resort's: the cameras have none of their own.
    assert all(c.id.startswith("k-") for c in found)
    assert found[0].latitude == -36.98 and found[2].longitude == 147.28


def test_views_named_after_their_point_stay_the_points_views() -> None:
    # A map point's views carry its name: the point is a place, not a group.
    data = {
        "titik": [
            {
                "id": 4,
                "nama": "Simpang Lembuswana",
                "kecamatan": "Samarinda Ulu",
                "lat": -0.47,
                "lng": 117.15,
                "cctv": [
                    {"nama": "Lembuswana Arah Mall", "hls": "https://hls.kutim.example/a.m3u8"},
                    {"nama": "Lembuswana Arah Bandara", "hls": "https://hls.kutim.example/b.m3u8"},
                ],
            }
        ]
    }
    found = _parse(json.dumps(data), "https://cams.kutim.example/api/titik")
    assert [c.area for c in found] == ["Samarinda Ulu", "Samarinda Ulu"]
    assert [c.id for c in found] == ["4-1", "4-2"]


def test_views_named_by_their_direction_stay_the_points_views() -> None:
    data = {
        "titik": [
            {
                "id": 9,
                "nama": "Bundaran Kabo",
                "lat": 0.51,
                "lng": 117.55,
                "cctv": [
                    {"nama": "Arah Utara", "hls": "https://hls.kutim.example/u.m3u8"},
                    {"nama": "Northbound", "hls": "https://hls.kutim.example/n.m3u8"},
                ],
            }
        ]
    }
    found = _parse(json.dumps(data), "https://cams.kutim.example/api/titik")
    assert [c.area for c in found] == [None, None]
    assert [c.id for c in found] == ["9-1", "9-2"]


# Code fields looked up in a table of names.


def test_a_region_key_is_looked_up_in_the_script_table_of_names() -> None:
    script = """
    const camRegions = {
      'north_coast': { name: 'North Coast - Byron' },
      'gold_coast': { name: 'Gold Coast Beaches' }
    };
    const cams = [
      { id: 'wategos', region: 'north_coast', name: 'Wategos', image: 'https://c.kutim.example/w.jpg' },
      { id: 'snapper', region: 'gold_coast', name: 'Snapper Rocks', image: 'https://c.kutim.example/s.jpg' }
    ];
    """
    found = _parse(script)
    assert [(c.id, c.area) for c in found] == [
        ("wategos", "North Coast - Byron"),
        ("snapper", "Gold Coast Beaches"),
    ]


def test_an_id_keyed_table_names_the_kecamatan_of_each_row() -> None:
    data = {
        "data": {
            "kecamatan": {"3": "Sangatta Utara", "5": "Bengalon"},
            "cctv": [
                {
                    "id": 1,
                    "nama": "Simpang Tiga",
                    "kecamatanId": 3,
                    "hls": "https://h.kutim.example/1.m3u8",
                },
                {
                    "id": 2,
                    "nama": "Pelabuhan",
                    "kecamatanId": 5,
                    "hls": "https://h.kutim.example/2.m3u8",
                },
            ],
        }
    }
    found = _parse(json.dumps(data), "https://cams.kutim.example/api/cctv")
    assert [(c.id, c.area) for c in found] == [("1", "Sangatta Utara"), ("2", "Bengalon")]


def test_a_field_with_a_code_missing_from_the_table_is_not_looked_up() -> None:
    table = {"a": "Alpha Zone", "b": "Beta Zone"}
    cams: list[object] = [{"zone": "a", "url": "x"}, {"zone": "c", "url": "y"}]
    assert resolve_lookups([table, cams]) == [table, cams]


def test_a_status_table_gives_no_area() -> None:
    # Only fields named for an area or a group are looked up.
    table = {"1": "Online", "0": "Offline"}
    cams: list[object] = [{"status": 1, "url": "x"}, {"status": 0, "url": "y"}]
    assert resolve_lookups([table, cams]) == [table, cams]


def test_a_zone_key_becomes_the_area_and_tables_are_bounded() -> None:
    doc = {"zones": {"n": {"label": "North"}, "s": {"label": "South"}}, "cams": [{"zone": "n"}]}
    assert resolve_document_lookups(doc) == {
        "zones": doc["zones"],
        "cams": [{"zone": "North", "area": "North"}],
    }
    huge = {str(n): f"Place {n}" for n in range(10_000)}
    cams: list[object] = [{"region": "1", "url": "x"}]
    assert resolve_lookups([huge, cams]) == [huge, cams]
