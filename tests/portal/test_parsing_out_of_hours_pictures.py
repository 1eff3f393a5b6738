"""A server's out-of-hours picture shown in place of a camera's view is no still."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.media import is_placeholder_picture
from custom_components.kutim_cctv.portal.parsing import parse_body


@pytest.mark.parametrize(
    "url",
    [
        "https://pti.example/camaras/img/fuera_de_horario.png",
        "https://pti.example/img/webcam-fuera-de-horario.jpg",
        "https://cam.example/static/out-of-hours.png",
        "https://cam.example/static/OutOfHours.jpg",
        "https://cam.example/static/after_hours.png",
        "https://cam.example/img/fora-de-horario.jpg",
        "https://cam.example/static/di-luar-jam-operasional.png",
    ],
)
def test_an_out_of_hours_picture_is_a_placeholder(url: str) -> None:
    assert is_placeholder_picture(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://cam.example/horario/latest.jpg",  # a folder named so
        "https://cam.example/cams/hours-12.jpg",
        "https://cam.example/cams/jam-gadang.jpg",  # a place (Jam Gadang)
        "https://cam.example/cams/luar-kota.jpg",
        "https://cam.example/img/fuera-de-la-bahia.jpg",
        "https://cam.example/snap/after-sunset.jpg",
    ],
)
def test_a_camera_picture_is_no_out_of_hours_placeholder(url: str) -> None:
    assert not is_placeholder_picture(url)


def test_a_plant_showing_only_its_out_of_hours_picture_is_no_camera() -> None:
    plants = [
        {"code": "A", "name": "Workshop Sangatta", "image": "https://k.example/cams/a/latest.jpg"},
        {
            "code": "B",
            "name": "Gudang Selatan",
            "image": "https://k.example/static/out-of-hours.png",
        },
    ]
    result = parse_body(
        json.dumps(plants), profile=Profile.AUTO, base_url="https://k.example/api", prettify=False
    )
    assert [c.id for c in result.cameras] == ["A"]
