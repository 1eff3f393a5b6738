"""Web map documents: features carried inline by operational layers (map notes, CSV layers)."""

from __future__ import annotations

import contextlib
import json
import math

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.webmaps import webmap_features

BASE = "https://kutim.maps.arcgis.example/sharing/rest/content/items/abc/data?f=json"
HLS = "https://atcs.kutim.example/hls/{}/index.m3u8"
JPG = "https://atcs.kutim.example/still/{}.jpg"
MERCATOR = {"wkid": 102100, "latestWkid": 3857}


def cameras(body: object) -> tuple[Camera, ...]:
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _xy(lat: float, lng: float) -> tuple[float, float]:
    radius = 6378137.0
    return math.radians(lng) * radius, math.log(
        math.tan(math.pi / 4 + math.radians(lat) / 2)
    ) * radius


def _note(oid: int, title: str, lat: float, lng: float, **attributes: object) -> dict[str, object]:
    x, y = _xy(lat, lng)
    return {
        "geometry": {"x": x, "y": y, "spatialReference": MERCATOR},
        "attributes": {"VISIBLE": 1, "TITLE": title, "TYPEID": 0, "OBJECTID": oid, **attributes},
        "symbol": {
            "type": "esriPMS",
            "url": "https://static.arcgis.example/Symbols/RedStickpin.png",
        },
    }


def _webmap(*layers: dict[str, object], services: bool = True) -> dict[str, object]:
    operational: list[dict[str, object]] = []
    if services:
        operational.append(
            {
                "id": "Batas_1",
                "layerType": "ArcGISFeatureLayer",
                "title": "Batas Kecamatan",
                "url": "https://services.arcgis.example/kutim/arcgis/rest/services/Batas/FeatureServer/0",
            }
        )
    operational.append(
        {"id": "mapNotes_1", "title": "Catatan", "featureCollection": {"layers": list(layers)}}
    )
    return {
        "operationalLayers": operational,
        "baseMap": {
            "baseMapLayers": [{"url": "https://services.arcgis.example/World_Imagery/MapServer"}]
        },
        "spatialReference": MERCATOR,
        "version": "2.31",
    }


def _points(*features: dict[str, object], oid: str = "OBJECTID") -> dict[str, object]:
    return {
        "layerDefinition": {
            "name": "Points",
            "geometryType": "esriGeometryPoint",
            "objectIdField": oid,
        },
        "featureSet": {"geometryType": "esriGeometryPoint", "features": list(features)},
    }


def test_map_notes_points_read_in_degrees() -> None:
    body = _webmap(
        _points(
            _note(
                0,
                "Simpang Empat",
                0.512367,
                117.553118,
                IMAGE_URL=JPG.format(0),
                IMAGE_LINK_URL=HLS.format(0),
            ),
            _note(1, "Bundaran", 0.455603, 117.562185, IMAGE_URL=JPG.format(1)),
            _note(2, "Posko Dishub", 0.5166, 117.562, DESCRIPTION="Kantor"),
        ),
        {
            "layerDefinition": {"name": "Lines"},
            "featureSet": {
                "features": [
                    {"geometry": {"paths": [[[1, 2], [3, 4]]]}, "attributes": {"TITLE": "Jalur"}}
                ]
            },
        },
    )
    cams = cameras(body)
    assert [(c.id, c.name) for c in cams] == [("0", "Simpang Empat"), ("1", "Bundaran")]
    assert cams[0].latitude == pytest.approx(0.512367, abs=1e-6)
    assert cams[0].longitude == pytest.approx(117.553118, abs=1e-6)
    assert (cams[0].stream_url, cams[0].snapshot_url) == (HLS.format(0), JPG.format(0))
    # The stickpin picture drawing a note is never its still.
    assert all("Stickpin" not in (c.snapshot_url or "") for c in cams)


def test_imported_layer_object_id_field_and_set_reference() -> None:
    x, y = _xy(0.846301, 117.978522)
    layer = _points(
        {
            "geometry": {"x": x, "y": y},
            "attributes": {"__OBJECTID": 7, "NAMA": "Bengalon", "URL_HLS": HLS.format(7)},
        },
        oid="__OBJECTID",
    )
    layer["featureSet"] = {**layer["featureSet"], "spatialReference": MERCATOR}  # type: ignore[dict-item]
    (cam,) = cameras(_webmap(layer, services=False))
    assert (cam.id, cam.name, cam.stream_url) == ("7", "Bengalon", HLS.format(7))
    assert cam.latitude == pytest.approx(0.846301, abs=1e-6)


def test_service_layers_alone_are_no_cameras() -> None:
    body = _webmap(_points(), services=True)
    assert webmap_features(body) == {"geometryType": "esriGeometryPoint", "features": []}
    with contextlib.suppress(PortalFormatError):  # no camera list at all is as good
        assert cameras(body) == ()
    # Without the web map's own keys, operational layers are not read as a web map.
    assert webmap_features({"operationalLayers": body["operationalLayers"]}) is None


@pytest.mark.parametrize(
    "value",
    [
        {"operationalLayers": "not a list"},
        {
            "operationalLayers": [
                {
                    "featureCollection": {
                        "layers": [
                            {
                                "featureSet": {
                                    "features": [
                                        {"geometry": {"x": True, "y": 1}, "attributes": {}}
                                    ]
                                }
                            }
                        ]
                    }
                }
            ]
        },
        {"operationalLayers": [{"featureCollection": {"layers": "x"}}]},
        [1, 2, 3],
    ],
)
def test_malformed_web_maps_give_no_features(value: object) -> None:
    assert webmap_features(value) is None  # type: ignore[arg-type]


def test_many_layers_and_notes_stay_bounded() -> None:
    note = _note(1, "n", 0.5, 117.5)
    body = {
        "operationalLayers": [{"featureCollection": {"layers": [_points(*[note] * 3000)] * 50}}]
        * 50
    }
    found = webmap_features(body)  # type: ignore[arg-type]
    assert found is not None
    assert len(found["features"]) == 5000  # type: ignore[arg-type]
