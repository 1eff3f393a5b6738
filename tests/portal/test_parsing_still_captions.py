"""A still without alt text or title is named by the one caption line of its box."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://www.lebuhraya.kutimkab.example/assets/ajax.vigroot.php?h=BGL"
NAMES = ["KM 2.10 Susun Pelabuhan", "KM 41.60 Jembatan Bengalon", "KM 88.20 Kaliorang"]


def parse(text: str) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def boxes(img_attrs: str = 'alt=""', lines: tuple[str, ...] = tuple(NAMES)) -> str:
    body = "".join(
        f'<div class="cctv-item"><a href="/vigroot/cam_root/web/BGL/CAM_0{n}.web.jpg">'
        f'<img class="border" src="/vigroot/cam_root/web/BGL/CAM_0{n}.web.jpg" {img_attrs}></a>'
        f'<div style="width:320px;">{line}</div></div>'
        for n, line in enumerate(lines, start=1)
    )
    return f'<div class="cctv-wrap"><h5>Jalan Pesisir Sangatta - Kaliorang (BGL)</h5>{body}</div>'


@pytest.mark.parametrize("img_attrs", ['alt=""', "", 'width="320" height="240"'])
def test_caption_line_names_each_still(img_attrs: str) -> None:
    cameras = parse(boxes(img_attrs))
    assert [camera.name for camera in cameras] == NAMES
    assert cameras[0].snapshot_url == (
        "https://www.lebuhraya.kutimkab.example/vigroot/cam_root/web/BGL/CAM_01.web.jpg"
    )


def test_title_still_names_the_camera_before_the_caption() -> None:
    text = boxes('title="Kamera Satu"').replace('title="Kamera Satu"', 'title="Simpang Sepaso"', 1)
    assert parse(text)[0].name == "Simpang Sepaso"


def test_alt_text_still_names_the_camera_before_the_caption() -> None:
    text = boxes('alt="ALT"')
    for name in ("Simpang Sepaso", "Bundaran Pelangi", "Teluk Lingga"):
        text = text.replace('alt="ALT"', f'alt="{name}"', 1)
    names = [camera.name for camera in parse(text)]
    assert names == ["Simpang Sepaso", "Bundaran Pelangi", "Teluk Lingga"]


def test_one_line_under_every_picture_is_no_name() -> None:
    cameras = parse(boxes(lines=("Diperbarui tiap 2 menit",) * 3))
    assert all(camera.name != "Diperbarui tiap 2 menit" for camera in cameras)


@pytest.mark.parametrize("line", ["Online", "Offline", "12/06/2026 19:40"])
def test_a_caption_that_names_nothing_is_no_name(line: str) -> None:
    cameras = parse(boxes(lines=(line, *NAMES[1:])))
    assert cameras[0].name != line
    assert [camera.name for camera in cameras[1:]] == NAMES[1:]


def test_a_box_with_two_lines_has_no_caption_name() -> None:
    lines = tuple(f"{name}</div><div>Arah Utara" for name in NAMES)
    cameras = parse(boxes(lines=lines))
    assert all(camera.name not in NAMES for camera in cameras)


def test_news_page_pictures_are_not_named_by_captions() -> None:
    text = (
        "<article><h1>Jalan baru dibuka</h1>"
        '<div class="photo"><img src="/uploads/2026/12/jalan-baru.jpg" alt=""><div>Foto: Humas</div></div>'
        "<p>Pemerintah kabupaten membuka jalan baru hari ini.</p></article>"
    )
    try:
        cameras = parse(text)
    except PortalFormatError:
        return  # no camera list on a news page
    assert all(camera.name != "Foto: Humas" for camera in cameras)
