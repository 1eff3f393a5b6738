"""A pandas index column naming the rows of a CSV/TSV export; picture scripts as stills."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.media import is_image_url
from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://data.kutim.example/metadata.csv"


def _cameras(text: str) -> list[tuple[str, str | None, str | None]]:
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return [(c.name, c.snapshot_url, c.stream_url) for c in result.cameras]


def test_empty_header_index_column_names_rows() -> None:
    text = (
        ",lat,long,webcam_url\n"
        "Tanjung_Bara,0.55,117.64,https://cam.kutim.example/a.jpg\n"
        "Bukit Pelangi,0.49,117.54,https://cam.kutim.example/b.jpg\n"
    )
    assert [name for name, _, _ in _cameras(text)] == ["Tanjung_Bara", "Bukit Pelangi"]


def test_tab_separated_index_column_names_rows() -> None:
    text = "\tlat\tlng\turl\nPier_North\t0.5\t117.5\thttps://c.kutim.example/1.jpg\n"
    text += "Pier_South\t0.6\t117.6\thttps://c.kutim.example/2.jpg\n"
    assert [name for name, _, _ in _cameras(text)] == ["Pier_North", "Pier_South"]


@pytest.mark.parametrize(
    "cells",
    [
        ("0", "1"),  # a default row-number index
        ("Sangatta", "Sangatta"),  # repeated values: a group, no names
        ("2024-01-01", "2024-01-02"),  # dates
    ],
)
def test_index_column_that_names_no_rows_is_left(cells: tuple[str, str]) -> None:
    text = (
        ",lat,long,webcam_url\n"
        f"{cells[0]},0.55,117.64,https://cam.kutim.example/a.jpg\n"
        f"{cells[1]},0.49,117.54,https://cam.kutim.example/b.jpg\n"
    )
    names = [name for name, _, _ in _cameras(text)]
    assert not set(cells) & set(names)


def test_index_column_beside_a_name_column_is_left() -> None:
    text = (
        ",name,lat,long,webcam_url\n"
        "row_a,Harbour,0.55,117.64,https://cam.kutim.example/a.jpg\n"
        "row_b,Market,0.49,117.54,https://cam.kutim.example/b.jpg\n"
    )
    assert [name for name, _, _ in _cameras(text)] == ["Harbour", "Market"]


@pytest.mark.parametrize(
    "url",
    [
        "http://obs.kutim.example/v4webcams-i.php?cam=pelangi",
        "http://glider.kutim.example/modules/webcam_image.php?cam=1&sz=s&d=0",
        "https://www.earthcam.kutim.example/js/image.php?cam=burjkhalifa",
        "https://weather.kutim.example/lib/load_image.php?cam=outside_camera&width=450",
        "http://air.kutim.example/cam/camimg.php?camera=north",
        "http://wx.kutim.example/CreateMain.aspx?t=main&p=/images/photos-main/MWH1.jpg",
    ],
)
def test_picture_scripts_are_stills(url: str) -> None:
    assert is_image_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://reserve.kutim.example/mobile_webcam.php?cam=0",  # a viewer page
        "https://weather.kutim.example/webcam_control.php?cam=1&nav=left",  # pan control
        "https://cams.kutim.example/webcam_view.php?cam=3",  # a viewer page
        "https://cams.kutim.example/image_gallery.php?cam=3",  # a gallery page
        "https://www.kutim.example/media/image.php?file=logo",  # no camera asked for
        "https://www.kutim.example/media/image.php?cam=2&fps=5",  # a frame period: no still
        "https://cams.kutim.example/player.php?img=/images/poster.jpg",  # a player page
        "https://cams.kutim.example/upload_image.php?cam=2",  # an upload script
        "http://wx.kutim.example/CreateMain.aspx?p=//10.0.0.5/a.jpg",  # another host
        "http://wx.kutim.example/CreateMain.aspx?p=/images/../../etc/a.jpg",  # climbing out
    ],
)
def test_scripts_that_are_no_stills(url: str) -> None:
    assert not is_image_url(url)


def test_picture_script_in_a_public_table_stays_whole() -> None:
    text = (
        ",lat,long,webcam_url\n"
        "Muara_Wahau,1.05,116.87,http://wx.kutim.example/CreateMain.aspx?t=main&p=/images/m.jpg\n"
        "Pelangi,0.49,117.54,http://obs.kutim.example/v4webcams-i.php?cam=pelangi\n"
    )
    assert _cameras(text) == [
        ("Muara_Wahau", "http://wx.kutim.example/CreateMain.aspx?t=main&p=/images/m.jpg", None),
        ("Pelangi", "http://obs.kutim.example/v4webcams-i.php?cam=pelangi", None),
    ]
