"""A GIS layer's province column places a feature nothing finer places."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

QUERY = "https://services.arcgis.example/x/ArcGIS/rest/services/cctv/FeatureServer/0/query?f=json"
GEOJSON = "https://gis.kutim.example/cctv.geojson"
API = "https://cctv.kutim.example/api/cameras"


def cameras(body: object, url: str) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=url, prettify=False).cameras


def _esri(*rows: dict[str, object]) -> dict[str, object]:
    features = [
        {"attributes": {"OBJECTID": n, **row}, "geometry": {"x": 117.5 + n / 100, "y": 0.5}}
        for n, row in enumerate(rows, 1)
    ]
    return {
        "objectIdFieldName": "OBJECTID",
        "spatialReference": {"wkid": 4326},
        "features": features,
    }


def _geojson(*rows: dict[str, object]) -> dict[str, object]:
    features = [
        {
            "type": "Feature",
            "id": n,
            "geometry": {"type": "Point", "coordinates": [117.5 + n / 100, 0.5]},
            "properties": row,
        }
        for n, row in enumerate(rows, 1)
    ]
    return {"type": "FeatureCollection", "features": features}


def _still(n: int) -> str:
    return f"https://cctv.kutim.example/snap/{n}.jpg"


def test_esri_feature_province_column_is_its_area() -> None:
    body = _esri(
        {"Nombre": "Somport", "Provincia": "Huesca", "Imagen": _still(1)},
        {"name": "Kabo", "province": "Sangatta Selatan", "stillImageUrl": _still(2)},
    )
    assert [(c.name, c.area) for c in cameras(body, QUERY)] == [
        ("Somport", "Huesca"),
        ("Kabo", "Sangatta Selatan"),
    ]


def test_geojson_feature_province_yields_to_a_finer_place() -> None:
    body = _geojson(
        {
            "NAMA_CCTV": "Simpang Lima",
            "PROVINSI": "Kalimantan Timur",
            "KECAMATAN": "Samarinda Ilir",
            "URL_FOTO": _still(1),
        },
        {
            "NAMA_CCTV": "Jembatan Mahakam",
            "PROVINSI": "Kalimantan Timur",
            "KECAMATAN": None,
            "URL_FOTO": _still(2),
        },
    )
    assert [c.area for c in cameras(body, GEOJSON)] == ["Samarinda Ilir", "Kalimantan Timur"]


def test_plain_record_province_stays_no_area() -> None:
    # A plain JSON list (no GIS feature, search hit or CMS entry): its province is too
    # coarse to group cameras by.
    body = {
        "data": [
            {
                "id": 1,
                "nama": "Simpang Tiga",
                "provinsi": "Kalimantan Timur",
                "snapshot": _still(1),
            },
            {"id": 2, "nama": "Polder", "provinsi": "Kalimantan Timur", "snapshot": _still(2)},
        ]
    }
    assert [c.area for c in cameras(body, API)] == [None, None]


def test_record_with_attributes_but_no_geometry_is_no_feature() -> None:
    # A record whose fields sit under ``attributes`` without a geometry (a JSON:API
    # resource) is no GIS feature: its province stays no area.
    body = {
        "data": [
            {
                "type": "camera",
                "id": "1",
                "attributes": {
                    "name": "Simpang Tiga",
                    "province": "Kalimantan Timur",
                    "snapshot": _still(1),
                },
            },
            {
                "type": "camera",
                "id": "2",
                "attributes": {
                    "name": "Polder",
                    "province": "Kalimantan Timur",
                    "snapshot": _still(2),
                },
            },
        ]
    }
    assert [c.area for c in cameras(body, API)] == [None, None]


def test_feature_province_naming_an_office_is_no_area() -> None:
    body = _esri({"name": "Kabo", "province": "Dinas Perhubungan", "stillImageUrl": _still(1)})
    assert [c.area for c in cameras(body, QUERY)] == [None]


def test_feature_road_and_owner_columns_are_no_area() -> None:
    body = _esri(
        {"Nombre": "Monrepós", "Carretera": "A-23", "Titularidad": "Estado", "Imagen": _still(1)}
    )
    assert [c.area for c in cameras(body, QUERY)] == [None]
