"""A station's named presets when half of them are out of collection."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.lalin.example/proxy/graphql"
JPG = "https://kamera.lalin.example/{}.jpg"


def cameras(stations: list[dict[str, object]]) -> tuple[Camera, ...]:
    text = json.dumps({"data": {"cameras": stations}})
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def station(ident: str, name: str, presets: list[dict[str, object]]) -> dict[str, object]:
    return {"cameraId": ident, "name": name, "lat": 0.5, "lon": 117.5, "presets": presets}


def preset(ident: str, name: str | None, picture: bool) -> dict[str, object]:
    return {
        "presetId": ident,
        "presentationName": name,
        "imageUrl": JPG.format(ident) if picture else None,
    }


def test_one_of_two_named_presets_with_a_picture_is_a_camera_of_its_own() -> None:
    found = cameras(
        [
            station(
                "C1",
                "Bundaran Pelangi",
                [
                    preset("C101", "Bundaran Pelangi - Jl. APT Pranoto", True),
                    preset("C102", "Bundaran Pelangi - Jl. Yos Sudarso", False),
                ],
            ),
            station(
                "C2",
                "Jembatan Kabo",
                [
                    preset("C201", "Kabo - arah Sangatta", False),
                    preset("C202", "Kabo - arah Bengalon", True),
                ],
            ),
        ]
    )
    assert [(c.id, c.name, c.snapshot_url) for c in found] == [
        ("C101", "Bundaran Pelangi - Jl. APT Pranoto", JPG.format("C101")),
        ("C202", "Kabo - arah Bengalon", JPG.format("C202")),
    ]
    assert {(c.latitude, c.longitude) for c in found} == {(0.5, 117.5)}


def test_fewer_than_half_or_unnamed_presets_stay_the_station_s() -> None:
    found = cameras(
        [
            # one picture of three named presets: the station's own picture
            station(
                "C3",
                "Kongbeng",
                [
                    preset("C301", "Kongbeng - arah Wahau", True),
                    preset("C302", "Kongbeng - arah Sangatta", False),
                    preset("C303", "Kongbeng - simpang", False),
                ],
            ),
            # a preset without a name of its own: a picture of the station's camera
            station(
                "C4",
                "Pelabuhan Maloy",
                [preset("C401", None, True), preset("C402", "Dermaga", False)],
            ),
            # no picture at all: no camera
            station(
                "C5",
                "Sepaso",
                [
                    preset("C501", "Sepaso - utara", False),
                    preset("C502", "Sepaso - selatan", False),
                ],
            ),
        ]
    )
    assert [(c.id, c.name, c.snapshot_url) for c in found] == [
        ("C3", "Kongbeng", JPG.format("C301")),
        ("C4", "Pelabuhan Maloy", JPG.format("C401")),
    ]
