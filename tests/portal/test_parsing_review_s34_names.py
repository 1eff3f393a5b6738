"""A heading over one picture names it only when the picture's alt is no label.

Articles and webcam pages give each camera a section of its own, and such a heading
names its picture before an alt text that is a file stem (``skycam_new``) or says what
the picture is (``Yasur latest image``). A page grouping one camera per district
(``<h2>Kecamatan Bengalon</h2>`` or a bare ``<h2>Bengalon</h2>`` over a camera card or a
plain picture) keeps each picture's own alt label ("Pasar Bengalon"): a district's
heading never names a camera so, nor does any heading over an alt that is a label.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import _area_heading, _picture_alt

BASE = "https://cctv.example.go.id/"
Layout = Callable[[str, str, int], str]
ALTS = ["Simpang Empat Sangatta", "Pasar Bengalon", "Jembatan Wahau"]


def _cameras(body: str) -> list[Camera]:
    page = f"<html><body><h1>CCTV Kutim</h1>{body}</body></html>"
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _card(heading: str, alt: str, number: int) -> str:
    return f'<h2>{heading}</h2><div class="cctv"><img src="/snap/{number}.jpg" alt="{alt}"></div>'


def _plain(heading: str, alt: str, number: int) -> str:
    return f'<h2>{heading}</h2><img src="/snap/{number}.jpg" alt="{alt}">'


def _section(heading: str, alt: str, number: int) -> str:
    return f'<h3>{heading}</h3><p><img src="/snap/{number}.jpg" alt="{alt}" width="640"></p><hr>'


BARE = ["Sangatta Utara", "Bengalon", "Muara Wahau"]
KECAMATAN = [f"Kecamatan {place}" for place in BARE]
DISTRICT = [f"{place} District" for place in BARE]


@pytest.mark.parametrize("headings", [BARE, KECAMATAN, DISTRICT], ids=["bare", "kec", "district"])
@pytest.mark.parametrize("layout", [_card, _plain, _section], ids=["card", "plain", "section"])
@pytest.mark.parametrize("count", [2, 3])
def test_district_heading_over_one_picture_keeps_its_alt_label(
    headings: list[str], layout: Layout, count: int
) -> None:
    body = "".join(layout(headings[i], ALTS[i], i + 1) for i in range(count))
    cameras = _cameras(body)
    assert [c.name for c in cameras] == ALTS[:count]
    assert [c.snapshot_url for c in cameras] == [f"{BASE}snap/{i + 1}.jpg" for i in range(count)]


def test_probe_card_page_keeps_alt_names() -> None:
    body = (
        '<h2>Sangatta Utara</h2><div class="cctv"><img src="/snap/1.jpg" alt="Simpang Empat'
        ' Sangatta"></div><h2>Bengalon</h2><div class="cctv"><img src="/snap/2.jpg"'
        ' alt="Pasar Bengalon"></div>'
    )
    assert [(c.name, c.area) for c in _cameras(body)] == [
        ("Simpang Empat Sangatta", None),
        ("Pasar Bengalon", None),
    ]


def test_kecamatan_heading_never_names_even_a_file_stem_alt() -> None:
    body = _section("Kecamatan Sangatta Utara", "cam_01", 1) + _section(
        "Kecamatan Bengalon", "cam_02", 2
    )
    assert [c.name for c in _cameras(body)] == ["cam_01", "cam_02"]


@pytest.mark.parametrize(
    ("alts", "layout"),
    [
        (["skycam_new", "kayangan_cam"], _section),
        (["eastcam", "soputan_silian"], _section),
        (["Yasur latest image", "Lokon latest image"], _section),
        (["Gambar terbaru Poto Tano", "Karangetang gambar terbaru"], _section),
        (["skycam_new", "eastcam"], _card),
    ],
)
def test_camera_heading_still_names_a_file_or_picture_alt(alts: list[str], layout: Layout) -> None:
    headings = ["Yasur – crater rim camera", "Dermaga Poto Tano"]
    body = "".join(layout(headings[i], alts[i], i + 1) for i in range(2))
    assert [c.name for c in _cameras(body)] == headings


def test_picture_alt_words() -> None:
    for alt in ("skycam_new", "skycam", "allsky_current", "cam2", "Webcam", "Latest Groundcam"):
        assert _picture_alt(alt), alt
    for alt in ("Bengalon", "Simpang Empat Sangatta", "Pasar Bengalon", "Live Simpang Empat", ""):
        assert not _picture_alt(alt), alt


def test_area_heading_words() -> None:
    for heading in ("Kecamatan Bengalon", "Kelurahan Loa Bakung", "Desa Jone", "Distrik Abepura"):
        assert _area_heading(heading), heading
    assert _area_heading("Sangatta Utara District")
    for heading in ("Kecamatan", "Bengalon", "Yasur – crater rim camera", "Dermaga Poto Tano"):
        assert not _area_heading(heading), heading
