"""GeoJSON structure words are never a camera's name or area.

A camera list that nests each camera's map feature (``feature: {type: "Feature",
geometry}``) or keeps a WFS answer per camera (``{type: "FeatureCollection", features:
[one Feature], crs}``) carries the format's own words beside the camera's fields: the
type words (``Feature``, ``FeatureCollection``, ``Point``), a WFS feature's
``geometry_name`` (``geom``) and the ``crs`` member's name
(``urn:ogc:def:crs:EPSG::4326``). None of them names a camera; a nameless camera is
named by its id. A real name beside them still wins, and a camera whose own name
merely contains such a word keeps it.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import JSONValue

BASE = "https://gis.kutim.example/cctv/data.json"
_HLS = "https://stream.kutim.example/live/cam{n}/index.m3u8"
_JPG = "https://stream.kutim.example/still/cam{n}.jpg"


def cameras(value: JSONValue) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def _per_camera_collection(n: int, **properties: JSONValue) -> JSONValue:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {
                    "id": n,
                    "url": _HLS.format(n=n),
                    "location": {"latitude": 0.5 + n / 100, "longitude": 117.5},
                    **properties,
                },
            }
        ],
    }


def test_per_camera_feature_collections_are_named_by_their_ids() -> None:
    found = cameras([_per_camera_collection(1), _per_camera_collection(2)])
    assert [(c.id, c.name) for c in found] == [("1", "1"), ("2", "2")]
    assert found[0].stream_url == _HLS.format(n=1)
    assert (found[1].latitude, found[1].longitude) == (0.52, 117.5)


def test_per_camera_feature_collection_keeps_a_real_name() -> None:
    found = cameras(
        [
            _per_camera_collection(1, nama="Simpang Tiga"),
            _per_camera_collection(2, nama="Jembatan Kabo"),
        ]
    )
    assert [c.name for c in found] == ["Simpang Tiga", "Jembatan Kabo"]


def _nested_feature_record(n: int, description: str | None) -> JSONValue:
    return {
        "id": f"PCF_{n}",
        "description": description,
        "media_url": _JPG.format(n=n),
        "feature": {
            "type": "Feature",
            "id": f"PCF_{n}",
            "geometry": {"type": "Point", "coordinates": [117.5, 0.5 + n / 100]},
            "properties": {"direction": 90},
        },
    }


def test_nested_feature_type_word_is_no_name() -> None:
    found = cameras(
        {
            "results": [
                _nested_feature_record(1, None),
                _nested_feature_record(2, "Menara Pantau Bengalon"),
            ]
        }
    )
    assert [(c.id, c.name) for c in found] == [
        ("PCF_1", "PCF_1"),
        ("PCF_2", "Menara Pantau Bengalon"),
    ]
    assert all(c.name not in {"Feature", "Point"} for c in found)


def _wfs_answer(n: int) -> JSONValue:
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": f"cam_punt.fid-{n}",
                "geometry": {"type": "Point", "coordinates": [117.5, 0.5 + n / 100]},
                "geometry_name": "geom",
                "properties": {"id_camera": 500 + n, "imatge": _JPG.format(n=n)},
            }
        ],
        "totalFeatures": 1,
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4326"}},
    }


def test_wfs_geometry_name_and_crs_name_no_name_or_area() -> None:
    found = cameras([_wfs_answer(1), _wfs_answer(2)])
    assert [(c.id, c.name, c.area) for c in found] == [("501", "501", None), ("502", "502", None)]
    assert found[0].snapshot_url == _JPG.format(n=1)


def test_a_name_containing_a_type_word_stays() -> None:
    """Near-miss: only the bare type word is dropped, not a name that contains it."""
    found = cameras(
        [
            _per_camera_collection(1, nama="Point Ujung Pandaran"),
            _per_camera_collection(2, nama="Feature Wall Taman Kota"),
        ]
    )
    assert [c.name for c in found] == ["Point Ujung Pandaran", "Feature Wall Taman Kota"]


def test_a_crs_text_that_is_not_an_object_is_kept_out_of_names_only() -> None:
    """Near-miss: a record's own ``crs`` text field is not dropped, but names nothing."""
    found = cameras(
        [
            {"id": 1, "nama": "Pasar Induk", "crs": "EPSG:4326", "snapshot": _JPG.format(n=1)},
            {"id": 2, "crs": "EPSG:4326", "snapshot": _JPG.format(n=2)},
        ]
    )
    assert [c.name for c in found] == ["Pasar Induk", "2"]
