"""Camera vendors' CGI routes, and one place answered with its own cameras.

Vendors' CGI documents name routes whose addresses carry no picture or stream word:
Panasonic's ``/cgi-bin/camera?resolution=…`` and Sony's ``oneshotimage`` (``1``…``4``)
answer one JPEG, webcamXP's ``/cam_N.cgi`` is its multipart MJPEG. A Panasonic address
carrying a command, a longer or other name and a deeper path are none of them.

A detail endpoint answering one place (``{status, resort: {name, lat, lon, cameras}}``,
a surf forecast's ``spot``) gives its cameras the place's name as area and its
position, as a region's list of places does; a camera answered alone, a place without a
camera list and an answer holding a second object are read as before.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.media import is_image_url, is_mjpeg_url
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

PAGE = "https://pesisir.kutim.example/kamera/"
API = "https://api.pesisir.kutim.example/resorts/batu-putih"


def parse(body: str, base_url: str) -> tuple[Camera, ...]:
    """Parse an answer from its text."""
    return parse_body(body, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


@pytest.mark.parametrize(
    "url",
    [
        "http://cam.kutim-ip.example:84/cgi-bin/camera?resolution=640&quality=1&Language=0",
        "http://cam.kutim-ip.example/cgi-bin/camera",
        "http://sony.kutim-ip.example/oneshotimage1?1796530011",
        "http://sony.kutim-ip.example/oneshotimage",
        "http://sony.kutim-ip.example/oneshotimage4",
        "http://xp.kutim-ip.example:8080/cam_1.jpg",
    ],
)
def test_vendor_single_picture_routes_are_stills(url: str) -> None:
    assert is_image_url(url)
    assert not is_mjpeg_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://xp.kutim-ip.example:8080/cam_1.cgi",
        "http://xp.kutim-ip.example:8080/cam_12.cgi",
        "http://pana.kutim-ip.example/nphMotionJpeg?Resolution=640x480",
    ],
)
def test_vendor_motion_routes_are_mjpeg(url: str) -> None:
    assert is_mjpeg_url(url)
    assert not is_image_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "http://cam.kutim-ip.example/cgi-bin/camera?action=ptz&move=left",
        "http://cam.kutim-ip.example/cgi-bin/camera?cmd=reboot",
        "http://cam.kutim-ip.example/cgi-bin/cameras",
        "http://cam.kutim-ip.example/cgi-bin/camera/list",
        "http://cam.kutim-ip.example/admin-cgi-bin/camera.php",
        "http://sony.kutim-ip.example/oneshotimage9",
        "http://sony.kutim-ip.example/myoneshotimage1",
        "http://xp.kutim-ip.example:8080/cam_123.cgi",
        "http://xp.kutim-ip.example:8080/webcam_1.cgi",
        "http://xp.kutim-ip.example:8080/cam.cgi",
    ],
)
def test_near_miss_routes_are_neither(url: str) -> None:
    assert not is_image_url(url)
    assert not is_mjpeg_url(url)


def _card(name: str, src: str) -> str:
    return f'<div class="cam-card"><a href="/kamera/{len(name)}/"><img src="{src}" alt="{name}"></a></div>'


def test_cards_take_vendor_stills_and_mjpeg() -> None:
    body = (
        "<html><body><h1>Kamera Pesisir</h1><div class='row'>"
        + _card(
            "Dermaga Kenyamukan",
            "http://pana.kutim-ip.example/cgi-bin/camera?resolution=640&amp;quality=1",
        )
        + _card("Pantai Teluk Lingga", "http://sony.kutim-ip.example/oneshotimage1?1796531000")
        + _card("Pantai Sekerat", "http://xp.kutim-ip.example:8080/cam_1.cgi")
        + "</div><img src='/assets/banner/sewa-perahu.gif' alt='Sewa perahu'></body></html>"
    )
    found = {camera.name: camera for camera in parse(body, PAGE)}
    assert set(found) == {"Dermaga Kenyamukan", "Pantai Teluk Lingga", "Pantai Sekerat"}
    assert found["Dermaga Kenyamukan"].snapshot_url == (
        "http://pana.kutim-ip.example/cgi-bin/camera?resolution=640&quality=1"
    )
    assert found["Dermaga Kenyamukan"].mjpeg_url is None
    assert found["Pantai Teluk Lingga"].snapshot_url == (
        "http://sony.kutim-ip.example/oneshotimage1?1796531000"
    )
    assert found["Pantai Sekerat"].mjpeg_url == "http://xp.kutim-ip.example:8080/cam_1.cgi"
    assert found["Pantai Sekerat"].snapshot_url is None


def test_cards_never_take_a_lan_vendor_route_from_a_public_page() -> None:
    body = (
        "<html><body><div class='row'>"
        + _card("Dermaga Kenyamukan", "http://pana.kutim-ip.example/cgi-bin/camera?resolution=640")
        + _card("Pantai Teluk Lingga", "http://sony.kutim-ip.example/oneshotimage1")
        + _card("Pantai Sekerat", "http://xp.kutim-ip.example:8080/cam_1.cgi")
        + _card("Gudang", "http://192.168.1.20/cgi-bin/camera?resolution=640")
        + _card("Kantor", "http://127.0.0.1:8080/cam_2.cgi")
        + "</div></body></html>"
    )
    found = parse(body, PAGE)
    addresses = " ".join(str(c.snapshot_url) + str(c.mjpeg_url) for c in found)
    assert "192.168." not in addresses
    assert "127.0.0.1" not in addresses
    assert {c.name for c in found} == {
        "Dermaga Kenyamukan",
        "Pantai Teluk Lingga",
        "Pantai Sekerat",
    }


def test_json_list_vendor_routes_keep_no_credentials() -> None:
    body = json.dumps(
        {
            "webcams": [
                {
                    "id": "kt-1",
                    "title": "Pasar Pagi",
                    "img_url": "http://admin:rahasia@pasar.kutim-ip.example/cgi-bin/camera?resolution=320",
                },
                {
                    "id": "kt-2",
                    "title": "Simpang Pinang",
                    "img_url": "http://sony.kutim-ip.example/oneshotimage2",
                },
                {
                    "id": "kt-3",
                    "title": "Dermaga",
                    "img_url": "http://xp.kutim-ip.example:8080/cam_2.cgi",
                },
            ]
        }
    )
    found = {camera.id: camera for camera in parse(body, "https://webcam.kutim.example/api")}
    for camera in found.values():
        for url in (camera.snapshot_url, camera.mjpeg_url, camera.stream_url):
            assert url is None or "rahasia" not in url
    assert found["kt-2"].snapshot_url == "http://sony.kutim-ip.example/oneshotimage2"
    assert found["kt-3"].mjpeg_url == "http://xp.kutim-ip.example:8080/cam_2.cgi"


RESORT = {
    "id": "bukit-batu-putih",
    "name": "Bukit Batu Putih",
    "lat": 0.93811,
    "lon": 117.40322,
    "logo": "https://batuputih.kutim.example/assets/logo.png",
    "cameras": [
        {
            "id": "puncak",
            "name": "Puncak Batu Putih",
            "url": "https://batuputih.kutim.example/webcam/puncak.jpg",
        },
        {
            "id": "gardu",
            "name": "Gardu Pandang",
            "url": "https://stream.batuputih.kutim.example/live/gardu/index.m3u8",
        },
    ],
}


@pytest.mark.parametrize("key", ["resort", "spot", "beach", "skiResort"])
def test_one_place_answered_gives_its_cameras_area_and_position(key: str) -> None:
    found = parse(json.dumps({"status": "ok", key: RESORT, "updated": "2026-12-06"}), API)
    assert [camera.id for camera in found] == ["puncak", "gardu"]
    for camera in found:
        assert camera.area == "Bukit Batu Putih"
        assert (camera.latitude, camera.longitude) == (0.93811, 117.40322)


def test_one_spot_beside_other_blocks_gives_its_name_as_area() -> None:
    spot = dict(RESORT, name="Pantai Sekerat", subregion={"_id": "x", "name": "Kutai Timur"})
    found = parse(json.dumps({"associated": {"units": {"waveHeight": "M"}}, "spot": spot}), API)
    assert {camera.area for camera in found} == {"Pantai Sekerat"}


def test_a_camera_answered_alone_is_no_place() -> None:
    camera = {
        "id": "cam-7",
        "name": "Simpang Tiga",
        "stream": "https://cctv.kutim.example/live/7/index.m3u8",
    }
    found = parse(json.dumps({"status": "ok", "camera": camera}), API)
    assert [(c.id, c.area) for c in found] == [("cam-7", None)]


def test_place_keys_elsewhere_change_nothing() -> None:
    # A camera list whose entries name their spot by a plain field: no place holds them.
    body = json.dumps(
        {
            "data": [
                {
                    "id": 1,
                    "name": "Dermaga",
                    "spot": "Pantai Sekerat",
                    "snapshot": "https://cctv.kutim.example/1.jpg",
                },
                {
                    "id": 2,
                    "name": "Pasar",
                    "spot": "Sangatta",
                    "snapshot": "https://cctv.kutim.example/2.jpg",
                },
            ]
        }
    )
    found = parse(body, API)
    assert [c.id for c in found] == ["1", "2"]
    assert all(c.latitude is None for c in found)


def test_a_place_without_a_camera_list_is_no_list_of_cameras() -> None:
    place = {k: v for k, v in RESORT.items() if k != "cameras"}
    place["webcamsUrl"] = "https://batuputih.kutim.example/webcams/"
    with pytest.raises(PortalFormatError):
        parse(json.dumps({"status": "ok", "resort": place}), API)
