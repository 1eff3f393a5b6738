"""A comma a playlist writer escaped as ``%2C`` in an #EXTINF title is written back."""

from __future__ import annotations

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.playlist import _extinf

BASE = "https://tv.sangatta.kutimkab.example/iptv/kamera.m3u"
HLS = "https://tv.sangatta.kutimkab.example/hls"


def parse(text: str) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def playlist(*extinf: str) -> str:
    lines = ["#EXTM3U"]
    for number, line in enumerate(extinf, 1):
        lines += [line, f"{HLS}/cam{number}/index.m3u8"]
    return "\n".join(lines) + "\n"


def test_escaped_commas_are_written_back() -> None:
    cameras = parse(
        playlist(
            '#EXTINF:-1 group-title="Bengalon",Bengalon%2C Pelabuhan Lubuk Tutung',
            '#EXTINF:-1 group-title="Sangatta",Bundaran Pelangi%2c arah Bontang',
            "#EXTINF:-1,Pelabuhan Maloy%2C Kaliorang%2C Kutai Timur",
        )
    )
    assert [camera.name for camera in cameras] == [
        "Bengalon, Pelabuhan Lubuk Tutung",
        "Bundaran Pelangi, arah Bontang",
        "Pelabuhan Maloy, Kaliorang, Kutai Timur",
    ]


def test_other_escapes_stay_as_written() -> None:
    """Only the comma's escape is read: ``%25``, ``%20`` and ``%2A`` stay in the title."""
    cameras = parse(
        playlist(
            "#EXTINF:-1,Jembatan 50%25 Selesai",
            "#EXTINF:-1,Simpang%20Tiga",
            "#EXTINF:-1,Pasar %2A Induk",
        )
    )
    assert [camera.name for camera in cameras] == [
        "Jembatan 50%25 Selesai",
        "Simpang%20Tiga",
        "Pasar %2A Induk",
    ]


def test_escape_in_an_attribute_value_is_not_touched() -> None:
    """Attribute values (a logo's address) keep their escapes; the title is read alone."""
    attributes, title = _extinf(
        '#EXTINF:-1 tvg-logo="https://img.example/a%2Cb.jpg" group-title="G",Sangatta%2C Kabo'
    )
    assert attributes["tvg-logo"] == "https://img.example/a%2Cb.jpg"
    assert title == "Sangatta, Kabo"
