"""KML folders naming a camera's role, and viewer links writing the code first."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.kindnames import camera_kind_name
from custom_components.kutim_cctv.portal.viewerlinks import viewer_code, viewer_page

BASE = "https://atcs.kutimkab.example/kml/atcs.kml"


def parse(text: str) -> list[Camera]:
    return list(parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras)


def _kml(folder: str, href: str, code: str = "CTL-01", still: str = "ctl01/snap.jpg") -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Folder>'
        f"<name>{folder}</name>"
        f'<Placemark id="{code}"><name>Simpang Tiga</name>'
        f'<description>&lt;img src="https://atcs.kutimkab.example/cctv/{still}"/&gt;'
        f'&lt;a href="{href}"&gt;Tonton&lt;/a&gt;</description>'
        "<Point><coordinates>117.5231,0.50233,0</coordinates></Point></Placemark>"
        "</Folder></Document></kml>"
    )


@pytest.mark.parametrize(
    "folder", ["Kamera Pengendali", "Kamera Monitoring", "CCTV Pemantau", "Kamera Kontrol"]
)
def test_role_folder_is_no_area(folder: str) -> None:
    assert camera_kind_name(folder)
    (camera,) = parse(_kml(folder, "https://atcs.kutimkab.example/cctv/ctl01/live"))
    assert camera.area is None
    assert camera.stream_url == "https://atcs.kutimkab.example/cctv/ctl01/live"


@pytest.mark.parametrize("folder", ["Sangatta Utara", "Pengendali Banjir", "Monitoring Sangatta"])
def test_place_folder_stays_the_area(folder: str) -> None:
    assert not camera_kind_name(folder)
    (camera,) = parse(_kml(folder, "https://atcs.kutimkab.example/cctv/ctl01/live"))
    assert camera.area == folder


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("https://atcs.kutimkab.example/cctv/ctl01/live", "ctl01"),
        ("https://atcs.kutimkab.example/kamera/PMT-04/player", "PMT-04"),
        ("https://atcs.kutimkab.example/atcs/su_01/stream", "su_01"),
    ],
)
def test_code_then_viewer_word(url: str, code: str) -> None:
    assert viewer_code(url) == code


@pytest.mark.parametrize(
    "url",
    [
        "https://atcs.kutimkab.example/berita/ctl01/live",  # a news path
        "https://atcs.kutimkab.example/cctv/ctl01/cctv",  # no viewer word
        "https://atcs.kutimkab.example/cctv/ctl01/detail",
        "https://atcs.kutimkab.example/admin/cctv/ctl01/live",  # an admin page
        "https://atcs.kutimkab.example/cctv/ctl01/live?token=1",  # a query
        "https://atcs.kutimkab.example/cctv/pasar-baru/live",  # a slug, no code
        "http://192.168.1.20/cctv/ctl01/live",  # a LAN host
        "https://user:pw@atcs.kutimkab.example/cctv/ctl01/live",  # credentials
        "https://www.youtube.example/ctl01/watch",  # no camera word before the code
    ],
)
def test_code_then_viewer_near_misses(url: str) -> None:
    assert viewer_code(url) is None


def test_code_then_viewer_must_be_the_cameras_own_code() -> None:
    assert viewer_page("https://atcs.kutimkab.example/cctv/ctl02/live", ["CTL-01"]) is None
    assert viewer_page("https://atcs.kutimkab.example/cctv/ctl01/live", ["CTL-01"]) == "ctl01"
    (camera,) = parse(_kml("Kamera Pengendali", "https://atcs.kutimkab.example/cctv/ctl09/live"))
    assert camera.stream_url is None
    assert camera.snapshot_url == "https://atcs.kutimkab.example/cctv/ctl01/snap.jpg"
