"""A camera's code in a name-like field yields to the description of where it stands."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import PortalFormatError, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://gis.dishub.kutim.example/arcgis/rest/services/Cameras/FeatureServer/0/query"
PLACES = ("Jl. Yos Sudarso @ Simpang Tiga", "Jl. Pendidikan @ Polder", "JL1 @ Jembatan Bengalon")
CODES = ("KTTV01", "KTTV07", "KTRW20_1")


def records(code_key: str = "ImageName", desc_key: str = "Desc_", **extra: Any) -> Any:
    return [
        {
            "device_id": 40100 + i,
            desc_key: place,
            "Route": "JL1",
            code_key: code,
            "ImageURL": f"https://atms.dishub.kutim.example/snapshots/{code}.jpg",
            "REGION": "Sangatta",
            **extra,
        }
        for i, (place, code) in enumerate(zip(PLACES, CODES, strict=True))
    ]


def names(items: Any) -> list[str | None]:
    result = parse_body(json.dumps(items), profile=Profile.AUTO, base_url=BASE, prettify=False)
    return [camera.raw_name for camera in result.cameras]


@pytest.mark.parametrize("desc_key", ["Desc_", "Desc", "description", "DESCR"])
@pytest.mark.parametrize("code_key", ["ImageName", "image_name", "device_name", "FileName"])
def test_the_description_names_a_camera_its_code_field_names_by_code(
    code_key: str, desc_key: str
) -> None:
    assert names(records(code_key, desc_key)) == list(PLACES)


def test_esri_json_features_are_named_by_their_description() -> None:
    answer = {
        "objectIdFieldName": "FID",
        "geometryType": "esriGeometryPoint",
        "features": [
            {"attributes": record, "geometry": {"x": 117.52 + i / 100, "y": 0.5}}
            for i, record in enumerate(records())
        ],
    }
    assert names(answer) == list(PLACES)


def test_the_code_is_kept_when_the_description_says_no_place() -> None:
    items = records()
    items[0]["Desc_"] = "Sangatta"  # one word: a place, not the camera's spot
    items[1]["Desc_"] = "KTTV99"  # a code again
    items[2]["Desc_"] = "Dinas Perhubungan Kutai Timur"  # who runs it
    assert names(items) == list(CODES)


def test_an_empty_or_missing_description_keeps_the_code() -> None:
    items = records()
    items[0]["Desc_"] = ""
    del items[1]["Desc_"]
    items[2]["Desc_"] = None
    assert names(items) == list(CODES)


def test_a_remark_sentence_is_no_name() -> None:
    items = records()
    remark = "Kamera ini sedang dalam perbaikan dan akan kembali aktif setelah suku cadang tiba minggu depan"
    for item in items:
        item["Desc_"] = remark
    assert names(items) == list(CODES)


def test_a_title_field_still_names_the_camera() -> None:
    items = records(title="Simpang Tiga Sangatta")
    assert names(items) == ["Simpang Tiga Sangatta"] * 3


def test_a_descriptive_name_field_is_not_replaced() -> None:
    items = records(code_key="ImageName")
    for item, place in zip(items, ("Simpang Tiga", "Polder Ilham", "Jembatan"), strict=True):
        item["CameraName"] = place
        del item["ImageName"]
    assert names(items) == ["Simpang Tiga", "Polder Ilham", "Jembatan"]


def test_a_short_code_in_name_beside_a_description_stays_the_name() -> None:
    # A ``name`` field's short device code keeps its place (only long codes yield there).
    items = records(code_key="name")
    assert names(items) == list(CODES)


def test_a_location_description_beside_a_code_name_keeps_the_code() -> None:
    items = records(code_key="name", desc_key="location_description")
    for item, code in zip(items, ("ATL-CAM-080", "ATL-CAM-020", "ATL-CAM-051"), strict=True):
        item["name"] = code
    assert names(items) == ["ATL-CAM-080", "ATL-CAM-020", "ATL-CAM-051"]


def test_a_lan_picture_is_never_taken_and_credentials_are_not_copied() -> None:
    items = records()
    items[1]["ImageURL"] = "http://192.168.1.20/snapshots/KTTV07.jpg"
    items[2]["Desc_"] = "admin:secret@Jl. Yos Sudarso"
    result = parse_body(json.dumps(items), profile=Profile.AUTO, base_url=BASE, prettify=False)
    urls = [camera.snapshot_url or "" for camera in result.cameras]
    assert all("192.168." not in url for url in urls)
    assert all("secret" not in (camera.raw_name or "") for camera in result.cameras)
    assert result.cameras[0].raw_name == PLACES[0]


def test_a_news_list_of_pictures_is_not_named_by_codes_or_read_as_cameras() -> None:
    articles = [
        {
            "id": i,
            "image_name": f"IMG{i:04d}",
            "description": f"Berita {i} tentang jalan",
            "url": "",
        }
        for i in range(3)
    ]
    with pytest.raises(PortalFormatError):  # no camera list at all
        parse_body(json.dumps(articles), profile=Profile.AUTO, base_url=BASE, prettify=False)


def _parse_list(data: Any) -> list[Any]:
    text = json.dumps(data)
    return list(
        parse_body(
            text, profile=Profile.AUTO, base_url="https://cctv.example/api", prettify=False
        ).cameras
    )


def test_a_device_kind_shared_by_every_record_leaves_the_codes_their_names() -> None:
    """A description the list repeats ("Kamera PTZ outdoor") would name all alike."""
    cameras = _parse_list(
        [
            {
                "device_name": f"SGT1{i}_334",
                "description": "Kamera PTZ outdoor",
                "snapshot": f"https://cctv.example/s/{i}.jpg",
            }
            for i in range(4)
        ]
    )
    assert [c.name for c in cameras] == [f"SGT1{i}_334" for i in range(4)]


def test_repeated_directions_leave_the_picture_codes_their_names() -> None:
    directions = ("Arah Utara", "Arah Selatan", "Arah Utara", "Arah Selatan")
    cameras = _parse_list(
        [
            {
                "ImageName": f"KTTV0{i + 1}",
                "description": direction,
                "image": f"https://cctv.example/img/KTTV0{i + 1}.jpg",
            }
            for i, direction in enumerate(directions)
        ]
    )
    names = [c.name for c in cameras]
    assert len(set(names)) == len(names) == 4
    assert all("KTTV0" in name for name in names)
