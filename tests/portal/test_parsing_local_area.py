"""Open-data exports name a city's local area (geo_local_area, localarea): the area."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://opendata.kutim.example/explore/dataset/webcams/exports/json"


@pytest.mark.parametrize("key", ["geo_local_area", "localarea", "local_area", "local_area_name"])
def test_the_local_area_is_the_area_before_the_city(key: str) -> None:
    record = {
        "mapid": "WC-01",
        "name": "Taman Bersemi",
        "city": "Sangatta",
        key: "Sangatta Utara",
        "photourl": "https://webcam.kutim.example/img/wc-01.jpg",
        "geo_point_2d": {"lon": 117.52904, "lat": 0.50312},
    }
    result = parse_body(json.dumps([record]), profile=Profile.AUTO, base_url=BASE, prettify=False)
    (camera,) = result.cameras
    assert camera.area == "Sangatta Utara"
    assert (camera.latitude, camera.longitude) == (0.50312, 117.52904)


def test_a_semicolon_export_reads_its_local_area_column() -> None:
    text = (
        "mapid;name;url;geo_local_area;geo_point_2d\n"
        "WC-01;Taman Bersemi;https://webcam.kutim.example/site/wc-01.html;Sangatta Utara;0.50312, 117.52904\n"
        "WC-02;Dermaga Kenyamukan;https://webcam.kutim.example/site/wc-02.html;Sangatta Selatan;0.45877, 117.58311\n"
    )
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    assert [c.area for c in result.cameras] == ["Sangatta Utara", "Sangatta Selatan"]
    assert result.cameras[0].latitude == 0.50312


def test_a_local_area_beside_no_media_makes_no_camera() -> None:
    record = {"mapid": "WC-01", "name": "Taman Bersemi", "geo_local_area": "Sangatta Utara"}
    other = {**record, "mapid": "WC-02", "photourl": "https://webcam.kutim.example/img/b.jpg"}
    result = parse_body(
        json.dumps([record, other]), profile=Profile.AUTO, base_url=BASE, prettify=False
    )
    assert [c.id for c in result.cameras] == ["WC-02"]
