"""Traffic (DOT/511) camera layers: code names beside descriptions, one nested media
entry, and GeoJSON points holding camera lists."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://lalin.dishub.kutimkab.example/api/cameras"
STILL = "https://lalin.dishub.kutimkab.example/snap/{}.jpg"
HLS = "https://vid.lalin.kutimkab.example/live/{}/playlist.m3u8"


def _cams(payload: Any) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def _records(names: list[str], descriptions: list[str | None]) -> list[dict[str, Any]]:
    return [
        {
            "id": 500 + n,
            "name": name,
            "description": description,
            "latitude": 0.5 + n / 100,
            "longitude": 117.5 + n / 100,
            "image_url": STILL.format(f"c{n}"),
        }
        for n, (name, description) in enumerate(zip(names, descriptions, strict=True))
    ]


# --- A camera code as name beside its description ------------------------------------------


@pytest.mark.parametrize(
    "code", ["KTM-CCTV-0012", "CCTV 5101", "CAM-12", "Kamera_07", "TCAM-0001", "cctv 44"]
)
def test_code_name_gives_way_to_description(code: str) -> None:
    cams = _cams(_records([code, code + "9"], ["Jl. Yos Sudarso at Simpang Tiga", "Pasar Induk"]))
    assert [c.name for c in cams] == ["Jl. Yos Sudarso at Simpang Tiga", "Pasar Induk"]
    assert [c.id for c in cams] == ["500", "501"]  # the record's id stays its id


@pytest.mark.parametrize(
    ("name", "description"),
    [
        ("Simpang Tiga", "Menghadap ke arah utara"),  # a place name: a remark stays a remark
        ("Bundaran Sangatta", "Jl. Ahmad Yani at Bundaran"),  # no code: the name stays
        ("KTM-CCTV-0012", None),  # nothing else names it
        ("KTM-CCTV-0012", ""),
        ("KTM-CCTV-0012", "KTM-CCTV-0012"),  # the description repeats the code
        ("CCTV 5101", "CAM-5101"),  # a code again
        ("CCTV 5101", "Sangatta"),  # one word: a town, no spot
        ("CCTV 5101", "Dinas Perhubungan Kabupaten Kutai Timur"),  # who runs it
        ("CCTV 5101", "https://lalin.dishub.kutimkab.example/cctv/5101"),  # a link
        ("CCTV 5101", "admin@192.168.1.9"),  # a network address
        (
            "CCTV 5101",
            " ".join(["Kamera ini dipasang pada tahun 2019 oleh dinas untuk memantau"] * 2),
            # a sentence of remarks, no spot
        ),
        ("Kamera Pantau Lalu Lintas 5101", "Jl. Ahmad Yani"),  # words, not a bare code
    ],
)
def test_name_kept(name: str, description: str | None) -> None:
    cams = _cams(_records([name, "Pasar Induk Sangatta"], [description, None]))
    assert cams[0].name == name


def test_location_description_is_not_read_as_the_plain_description() -> None:
    records = _records(["ATL-CAM-080", "ATL-CAM-081"], [None, None])
    for record in records:
        del record["description"]
        record["location_description"] = "SR 3 N @ MM 5.7 (Metropolitan Pkwy at University Ave)"
    assert [c.name for c in _cams(records)] == ["ATL-CAM-080", "ATL-CAM-081"]


def test_code_stands_in_for_a_missing_id() -> None:
    records = _records(["KTM-CCTV-0012", "KTM-CCTV-0015"], ["Jl. Yos Sudarso", "Jl. APT Pranoto"])
    for record in records:
        del record["id"]
    cams = _cams(records)
    assert [(c.id, c.name) for c in cams] == [
        ("KTM-CCTV-0012", "Jl. Yos Sudarso"),
        ("KTM-CCTV-0015", "Jl. APT Pranoto"),
    ]


# --- A camera's one nested media entry ---------------------------------------------------


def _tour(details: list[list[dict[str, Any]]]) -> dict[str, Any]:
    names = ["Simpang Tiga Sangatta", "Pelabuhan Kenyamukan", "Pasar Wahau"]
    return {
        "Data": {
            "CameraData": [
                {
                    "id": 3101 + n,
                    "name": names[n],
                    "latitude": str(0.5 + n / 10),
                    "longitude": str(117.5 + n / 10),
                    "CameraMainDetail": detail,
                }
                for n, detail in enumerate(details)
            ],
            "TourName": "Sangatta",
        },
        "IsSuccess": True,
    }


def test_one_media_entry_is_the_camera_itself() -> None:
    cams = _cams(_tour([[{"URL": HLS.format(f"s{n}"), "cameratype": "Video"}] for n in range(3)]))
    assert [(c.id, c.name) for c in cams] == [
        ("3101", "Simpang Tiga Sangatta"),
        ("3102", "Pelabuhan Kenyamukan"),
        ("3103", "Pasar Wahau"),
    ]
    assert cams[0].stream_url == HLS.format("s0")
    assert cams[0].latitude == pytest.approx(0.5)


def test_several_entries_stay_numbered_views() -> None:
    two = [
        {"URL": HLS.format("a"), "cameratype": "Video"},
        {"URL": HLS.format("b"), "cameratype": "Video"},
    ]
    cams = _cams(_tour([two, two[:1], two[1:]]))
    assert [c.id for c in cams][:2] == ["3101-1", "3101-2"]


def test_a_named_entry_keeps_its_own_name() -> None:
    detail = [[{"URL": HLS.format(f"s{n}"), "title": f"Arah Utara {n}"}] for n in range(3)]
    cams = _cams(_tour(detail))
    assert cams[0].name == "Arah Utara 0"


def test_an_empty_entry_list_is_no_camera() -> None:
    cams = _cams(_tour([[{"URL": HLS.format("s0"), "cameratype": "Video"}], [], []]))
    assert [c.id for c in cams] == ["3101"]


def test_an_entry_placed_elsewhere_is_a_camera_of_its_own() -> None:
    detail = [
        [{"URL": HLS.format(f"s{n}"), "cameratype": "Video", "lat": 1.2 + n, "lng": 116.1}]
        for n in range(3)
    ]
    cams = _cams(_tour(detail))
    assert cams[0].id == "3101-1"  # its own spot: not the holder's one output


# --- GeoJSON points holding camera lists ---------------------------------------------------


def _points(*, geometry: bool = True) -> dict[str, Any]:
    sites = [
        ("SGT05", "Simpang Tiga Sangatta", 117.5231, 0.50233, ["Arah Bandara", "Arah Kota"]),
        ("BGL02", "Jembatan Bengalon", 117.80511, 0.83322, ["Arah Sangatta"]),
    ]
    features = []
    for site_id, name, lng, lat, views in sites:
        feature: dict[str, Any] = {
            "type": "Feature",
            "properties": {
                "Id": site_id,
                "Name": name,
                "Cameras": [
                    {
                        "Description": f"{name} - {view}",
                        "FullPath": STILL.format(f"{site_id}{n}"),
                    }
                    for n, view in enumerate(views)
                ],
            },
        }
        feature["geometry"] = {"type": "Point", "coordinates": [lng, lat]} if geometry else None
        features.append(feature)
    return {"type": "FeatureCollection", "features": features}


def test_point_places_each_camera_of_its_list() -> None:
    cams = _cams(_points())
    assert [c.name for c in cams] == [
        "Simpang Tiga Sangatta - Arah Bandara",
        "Simpang Tiga Sangatta - Arah Kota",
        "Jembatan Bengalon - Arah Sangatta",
    ]
    assert [(c.latitude, c.longitude) for c in cams] == [
        (0.50233, 117.5231),
        (0.50233, 117.5231),
        (0.83322, 117.80511),
    ]
    assert all(c.area is None for c in cams)  # the point's name is their place
    assert all(c.id.startswith("k-") for c in cams)  # the site's id is no view's


def test_feature_without_geometry_keeps_the_place_rules() -> None:
    cams = _cams(_points(geometry=False))
    assert all(c.latitude is None for c in cams)
    assert cams[0].area == "Simpang Tiga Sangatta"  # a named place holding its cameras
