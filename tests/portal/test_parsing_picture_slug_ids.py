"""A picture's element id spelling its camera's name as one slug is the camera's id."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://webcam.pesisir-kutim.example/"
SNAP = "https://cams.pesisir-kutim.example/snap"


def parse(html: str) -> tuple[Camera, ...]:
    return parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def wall(figures: list[tuple[str, str, str]]) -> str:
    """A wall of figures, each (img id, caption, picture folder)."""
    body = "".join(
        f'<figure><img id="{element_id}" src="{SNAP}/{folder}/latest.jpg" alt="">'
        f"<figcaption>{caption}</figcaption></figure>"
        for element_id, caption, folder in figures
    )
    return f"<html><head><title>Webcam Pesisir</title></head><body><section>{body}</section></body></html>"


def ids(cameras: tuple[Camera, ...]) -> dict[str, str]:
    return {camera.name: camera.id for camera in cameras}


@pytest.mark.parametrize(
    ("element_id", "caption"),
    [
        ("bukitpelangi2", "Bukit Pelangi 2"),  # the whole name run together
        ("kaliorang", "Kaliorang Ridge"),  # its leading word
        ("teluklombok", "Pantai Teluk Lombok"),  # its closing words
        ("dermaga-kecil", "Dermaga Kecil"),  # hyphens between the words
        ("muara_sangatta", "Muara Sangatta"),  # underscores
        ("MuaraSangatta", "Muara Sangatta"),  # camel case, kept as written
        ("rantaupulung", "Rantau Pulung (Bukit Batu)"),
    ],
)
def test_an_id_spelling_the_name_is_the_camera_id(element_id: str, caption: str) -> None:
    cameras = parse(wall([(element_id, caption, "a"), ("sekerat", "Pantai Sekerat", "b")]))
    assert ids(cameras) == {caption: element_id, "Pantai Sekerat": "sekerat"}
    assert cameras[0].snapshot_url == f"{SNAP}/a/latest.jpg"


@pytest.mark.parametrize(
    ("element_id", "caption"),
    [
        ("img4", "Dermaga Kabo"),  # a handle numbering the picture
        ("cam3", "Gudang Pakan"),
        ("kolamtimur-stream", "Kincir Kolam Timur"),  # a handle word after the key
        ("summitcam", "Summit Cam"),  # the run holds a camera word
        ("camSinga", "Simpang Singa"),
        ("tigasangatta", "Simpang Tiga Sangatta Utara"),  # middle words, not an end
        ("abc", "Abc"),  # too short
        ("sangattakota", "Sangatta"),  # more than the name says
        ("2024", "2024"),  # no letter
    ],
)
def test_an_id_not_spelling_the_name_gives_none(element_id: str, caption: str) -> None:
    cameras = parse(wall([(element_id, caption, "a"), ("sekerat", "Pantai Sekerat", "b")]))
    found = ids(cameras)
    assert found["Pantai Sekerat"] == "sekerat"
    assert found[caption] != element_id
    assert found[caption].startswith("k-")


def test_an_id_written_on_two_pictures_keys_neither() -> None:
    cameras = parse(
        wall(
            [
                ("pantai", "Pantai Sekerat", "a"),
                ("pantai", "Pantai Manubar", "b"),
                ("kenyamukan", "Pantai Kenyamukan", "c"),
            ]
        )
    )
    found = ids(cameras)
    assert found["Pantai Kenyamukan"] == "kenyamukan"
    assert found["Pantai Sekerat"].startswith("k-")
    assert found["Pantai Manubar"].startswith("k-")
    assert found["Pantai Sekerat"] != found["Pantai Manubar"]


def test_a_card_id_still_wins_over_the_picture_slug() -> None:
    html = (
        "<html><body>"
        '<div class="cam-card" data-id="KTM-07"><img id="kenyamukan" '
        f'src="{SNAP}/k/latest.jpg" alt=""><h3>Pantai Kenyamukan</h3></div>'
        '<div class="cam-card" data-id="KTM-08"><img id="sekerat" '
        f'src="{SNAP}/s/latest.jpg" alt=""><h3>Pantai Sekerat</h3></div>'
        "</body></html>"
    )
    assert ids(parse(html)) == {"Pantai Kenyamukan": "KTM-07", "Pantai Sekerat": "KTM-08"}
