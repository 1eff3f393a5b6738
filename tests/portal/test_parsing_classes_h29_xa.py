"""Resort webcam lists read after holdout 29: a country column never names a camera.

A CSV of ski resorts' webcam pages (``Skigebiet;Region;Land;Webcam-Seite``) names each
camera by its resort; the country (``Land``, ``Staat``, ``Nation``) repeats on every row
and is never a name, and the region is the area.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://resorts.kutim.example/data/webcams.csv"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a delimited table as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_resort_names_the_camera_and_the_land_column_is_no_name() -> None:
    text = (
        "Skigebiet;Region;Land;Webcam-Seite\n"
        "Brauneck;Oberbayern;Deutschland;https://www.brauneck.example/cam/live.m3u8\n"
        "Steinplatte;Tirol;Österreich;https://www.steinplatte.example/cam/live.m3u8\n"
    )
    assert [(c.name, c.area) for c in cameras(text)] == [
        ("Brauneck", "Oberbayern"),
        ("Steinplatte", "Tirol"),
    ]


def test_nation_column_never_names_a_camera_without_a_resort() -> None:
    text = (
        "Nation,Webcam URL\n"
        "Australia,https://cams.hotham.example/summit.m3u8\n"
        "Australia,https://cams.thredbo.example/valley.m3u8\n"
    )
    assert all(c.name != "Australia" for c in cameras(text))


def test_own_name_column_wins_over_the_resort() -> None:
    text = (
        "Name;Skigebiet;Land;Webcam\n"
        "Gipfelkamera;Brauneck;Deutschland;https://www.brauneck.example/cam/gipfel.m3u8\n"
    )
    assert [c.name for c in cameras(text)] == ["Gipfelkamera"]


def test_land_inside_a_longer_field_name_is_not_a_country() -> None:
    # ``landmark`` holds the word as a part: it is a place, read like any other.
    text = "landmark,stream\nMenara Pandang,https://cams.kutim.example/hls/menara.m3u8\n"
    assert [c.name for c in cameras(text)] == ["Menara Pandang"]
