"""Weather satellite pictures beside webcams: never a camera's still."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.satellite import satellite_picture

BASE = "https://cuaca.kutimkab.example/api/board.json"
CAM = "https://cam.kutimkab.example/webcam"


def parse(entries: list[dict[str, str]]) -> tuple[Camera, ...]:
    body = json.dumps({"images": entries})
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def board(extra: dict[str, str]) -> list[dict[str, str]]:
    return [
        {"name": "Dermaga Sangatta", "url": f"{CAM}/dermaga.jpg"},
        extra,
        {"name": "Pantai Teluk Lingga", "url": f"{CAM}/teluk-lingga.jpg"},
    ]


@pytest.mark.parametrize(
    ("name", "url"),
    [
        (
            "GOES-18 GeoColor",
            "https://cdn.star.nesdis.example/GOES18/ABI/FD/GEOCOLOR/1808x1808.jpg",
        ),
        (
            "Himawari-9 Kalimantan",
            "https://cdn.satelit.example/HIMAWARI9/AHI/SECTOR/kal/TRUECOLOR/latest.jpg",
        ),
        (
            "Full disk",
            "https://rammb.example/images/latest_hi_res/himawari-9/full_disk_ahi_true_color.jpg",
        ),
        ("Infrared", "https://www.data.jma.example/mscweb/data/himawari/img/se2/se2_b13.jpg"),
        ("Cloud cover", "https://www.cwa.example/Data/satellite/LCC_IR1_RGB_1024.jpg"),
        ("Natural colour", "https://view.example/latest/EUMETSAT_MSG_RGBNatColour.jpg"),
        ("Awan", "https://satelit.bmkg.example/IMAGE/latest.png"),
        ("Meteosat-11 Europe", "https://img.example/latest/europe.jpg"),
        ("GOES 16 (East)", "https://img.example/latest/east.jpg"),
    ],
)
def test_satellite_pictures_are_no_cameras(name: str, url: str) -> None:
    cameras = parse(board({"name": name, "url": url}))
    assert [c.name for c in cameras] == ["Dermaga Sangatta", "Pantai Teluk Lingga"]


@pytest.mark.parametrize(
    ("name", "url"),
    [
        ("Satellite Beach Pier Cam", f"{CAM}/satellite-beach-pier.jpg"),
        ("Simpang Jl. Satelit", f"{CAM}/simpang-satelit.jpg"),
        ("Menara Satelit Telkom", f"{CAM}/menara-satelit.jpg"),
        ("Himawari Park", f"{CAM}/himawari-park.jpg"),
        ("Where the river goes", f"{CAM}/where-it-goes.jpg"),
        ("Satellite Beach", "https://satellite-beach-cams.example/pier.jpg"),
    ],
)
def test_places_named_for_satellites_stay_cameras(name: str, url: str) -> None:
    cameras = parse(board({"name": name, "url": url}))
    assert [c.name for c in cameras] == ["Dermaga Sangatta", name, "Pantai Teluk Lingga"]
    assert cameras[1].snapshot_url == url


def test_a_satellite_named_entry_that_plays_stays() -> None:
    entry = {"name": "Himawari-9 Loop", "stream": "https://tv.example/live/himawari/index.m3u8"}
    cameras = parse(board(entry))
    assert [c.name for c in cameras] == [
        "Dermaga Sangatta",
        "Himawari-9 Loop",
        "Pantai Teluk Lingga",
    ]


def test_satellite_picture_helper() -> None:
    assert satellite_picture("https://cdn.example/GOES16/ABI/FD/GEOCOLOR/678x678.jpg", None)
    assert satellite_picture(None, "Himawari-8 True Color")
    assert not satellite_picture(None, "Himawari")
    assert not satellite_picture("https://cam.example/webcam/satelit.jpg", "Satelit")
    assert not satellite_picture(None, None)


def test_satellite_figure_on_a_page_is_no_camera() -> None:
    html = (
        "<html><head><title>Webcam</title></head><body><div class='grid'>"
        f"<figure><img src='{CAM}/dermaga.jpg' alt='Dermaga'><figcaption>Dermaga</figcaption></figure>"
        "<figure><img src='https://cdn.star.nesdis.example/GOES16/ABI/FD/GEOCOLOR/678x678.jpg' "
        "alt='GOES-16 (East)'><figcaption>GOES-16 (East)</figcaption></figure>"
        f"<figure><img src='{CAM}/pantai.jpg' alt='Pantai'><figcaption>Pantai</figcaption></figure>"
        "</div></body></html>"
    )
    cameras = parse_body(html, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert [c.name for c in cameras] == ["Dermaga", "Pantai"]


@pytest.mark.parametrize(
    ("name", "url"),
    [
        # a folder or host label named for the place, no satellite's number beside it
        ("Taman Himawari", "https://cams.example.jp/himawari/latest.jpg"),
        ("Jl. Satelit Indah", "https://cctv.example.id/satelit/cam03.jpg"),
        ("Perumahan Satelite", "https://cctv.example.id/satelite/gerbang.jpg"),
        ("Satellite Beach Pier Cam", "https://cams.example.com/satellite/pier.jpg"),
        ("Meteosat Road", "https://cams.example.com/meteosat/road.jpg"),
    ],
)
def test_folders_named_for_a_place_keep_their_cameras(name: str, url: str) -> None:
    cameras = parse(board({"name": name, "url": url}))
    assert [c.name for c in cameras] == ["Dermaga Sangatta", name, "Pantai Teluk Lingga"]


@pytest.mark.parametrize(
    "url",
    [
        "https://x.example/himawari8/latest.jpg",
        "https://himawari-9.example/latest.jpg",
        "https://x.example/meteosat11/latest.jpg",
        # the imagery word beside another mark of imagery
        "https://x.example/satelit/ir1/latest.jpg",
        "https://x.example/satellite/geocolor/latest.jpg",
        "https://satelit.bmkg.example/latest.jpg",
        "https://x.example/himawari/img/b13_latest.jpg",
    ],
)
def test_numbered_satellites_and_marked_imagery_folders_are_no_cameras(url: str) -> None:
    cameras = parse(board({"name": "Awan", "url": url}))
    assert [c.name for c in cameras] == ["Dermaga Sangatta", "Pantai Teluk Lingga"]
    assert satellite_picture(url, None)
