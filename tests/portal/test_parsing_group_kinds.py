"""M3U groups naming a kind of camera, not a place: no area (``parsing.kindnames``)."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.kindnames import camera_kind_name

BASE = "https://tv.kutimkab.example/playlist.m3u"


def _areas(group: str) -> list[str | None]:
    text = (
        "#EXTM3U\n"
        f'#EXTINF:-1 tvg-id="cam-1" group-title="{group}",Simpang Tiga\n'
        "https://tv.kutimkab.example/hls/cam-1/index.m3u8\n"
        f'#EXTINF:-1 tvg-id="cam-2" group-title="{group}",Bundaran Pelangi\n'
        "https://tv.kutimkab.example/hls/cam-2/index.m3u8\n"
    )
    cameras = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras
    assert [camera.id for camera in cameras] == ["cam-1", "cam-2"]
    return [camera.area for camera in cameras]


@pytest.mark.parametrize(
    "group", ["CCTV TMA", "Kamera ATCS", "CCTV PTZ", "Kamera PTZ 360", "Live CCTV", "Titik CCTV"]
)
def test_group_naming_a_camera_kind_is_no_area(group: str) -> None:
    assert _areas(group) == [None, None]


@pytest.mark.parametrize(
    "group", ["Sangatta Utara", "CCTV Sangatta Utara", "CCTV Kutim", "Kamera Bengalon", "Bengalon"]
)
def test_group_naming_a_place_stays_the_area(group: str) -> None:
    assert _areas(group) == [group, group]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("CCTV TMA", True),
        ("cctv 360", True),
        ("Kamera Dome Publik", True),
        ("TMA", False),  # no camera word: an acronym alone may be a place's
        ("VOD", False),
        ("360", False),
        ("Live", False),
        ("CCTV Pasar Baru", False),
        ("cctv tma", False),  # a lower-case word is no acronym: it may be a place
        ("CCTV SIAK", False),  # a regency written in capitals is a place
        ("CCTV KUTIM", False),
        ("Kamera BIMA", False),
        ("CCTV ANPR", True),
        ("Kamera CTZ", True),
        ("", False),
        ("CCTV " + "PTZ " * 20, False),  # too many words for a kind name
    ],
)
def test_camera_kind_name(name: str, kind: bool) -> None:
    assert camera_kind_name(name) is kind
