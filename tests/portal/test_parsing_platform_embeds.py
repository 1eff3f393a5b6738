"""Video platforms' embeds under a camera's live field, and balloons' labelled areas.

A YouTube embed address (``/embed/{id}``, ``/embed/live_stream?channel=…``) under a field
named for the camera's live media (``stream_url``, ``streamUrl``, ``video_url``,
``Webcam_URL``) is its stream beside its still too; a watch page, a channel page, a
generic link or a field named for the platform only (``youtube_link``) only stands in
when the camera has no media. A KML balloon's labelled line (``County: …``,
``Kecamatan: …``) gives the placemark's area; a town's district named by a compass
point (``city: Sangatta`` beside ``county: Sangatta Utara``) refines the area.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.playerpage import is_platform_embed

BASE = "https://peta.kutimkab.example/data/webcams.json"
STILL = "https://cdn.kutimkab.example/thumbs/pelangi.jpg"
EMBED = "https://www.youtube.com/embed/kTmPelangi1?autoplay=1&mute=1"
CHANNEL_EMBED = "https://www.youtube.com/embed/live_stream?channel=UCkutimPelangi"


def parse(records: list[dict[str, Any]], base: str = BASE) -> list[Camera]:
    text = json.dumps(records)
    return list(parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras)


def one(record: dict[str, Any]) -> Camera:
    filler = [
        {"name": f"Simpang {n}", "stream_url": f"https://cctv.kutimkab.example/hls/{n}.m3u8"}
        for n in ("Kabo", "Tiga")
    ]
    cameras = parse([{"name": "Bukit Pelangi", **record}, *filler])
    return next(camera for camera in cameras if camera.name == "Bukit Pelangi")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (EMBED, True),
        (CHANNEL_EMBED, True),
        ("https://www.youtube-nocookie.com/embed/kTmPelangi1", True),
        ("https://player.vimeo.com/video/900100205", True),
        ("https://www.youtube.com/watch?v=kTmPelangi1", False),
        ("https://www.youtube.com/channel/UCkutimPelangi", False),
        ("https://vimeo.com/900100205", False),
        ("https://cctv.kutimkab.example/embed/pelangi", False),
        ("http://192.168.1.20/embed/cam1", False),
    ],
)
def test_platform_embed_addresses(url: str, expected: bool) -> None:
    assert is_platform_embed(url) is expected


@pytest.mark.parametrize("key", ["stream_url", "streamUrl", "video_url", "Webcam_URL", "live_cam"])
@pytest.mark.parametrize("embed", [EMBED, CHANNEL_EMBED])
def test_embed_under_a_live_field_is_the_stream_beside_the_still(key: str, embed: str) -> None:
    camera = one({key: embed, "thumbnail": STILL})
    assert camera.stream_url == embed
    assert camera.snapshot_url == STILL


def test_data_portal_url_cell_is_read_like_its_text() -> None:
    camera = one({"video_url": {"url": EMBED}, "imageurl": {"url": STILL}})
    assert camera.stream_url == EMBED
    assert camera.snapshot_url == STILL


@pytest.mark.parametrize(
    "record",
    [
        # A recorded video's watch page, a channel's page: no player of the camera.
        {"stream_url": "https://www.youtube.com/watch?v=kTmPelangi1", "thumbnail": STILL},
        {"stream_url": "https://www.youtube.com/channel/UCkutimPelangi", "thumbnail": STILL},
        # A field named for the platform only, a generic link, a framed player's source.
        {"youtube_link": EMBED, "thumbnail": STILL},
        {"url": EMBED, "thumbnail": STILL},
        {"iframe_src": EMBED, "thumbnail": STILL},
        # A Vimeo page that is no embed (a CMS's video field), an embed page of the portal.
        {"video_url": "https://vimeo.com/871203455", "thumbnail": STILL},
        {"stream_url": "https://cctv.kutimkab.example/embed/pelangi", "thumbnail": STILL},
    ],
)
def test_other_pages_beside_a_still_are_no_stream(record: dict[str, Any]) -> None:
    camera = one(record)
    assert camera.stream_url is None
    assert camera.snapshot_url == STILL


def test_a_live_address_of_its_own_is_kept_before_the_embed() -> None:
    playlist = "https://cctv.kutimkab.example/hls/pelangi/index.m3u8"
    camera = one({"video_url": EMBED, "hls_url": playlist, "thumbnail": STILL})
    assert camera.stream_url == playlist


def test_embed_without_a_still_still_stands_in() -> None:
    camera = one({"youtube_link": EMBED})
    assert camera.stream_url == EMBED


def test_lan_stream_beside_an_embed_field_is_not_taken_for_it() -> None:
    camera = one({"stream_url": "http://192.168.1.20/embed/cam1", "thumbnail": STILL})
    assert camera.stream_url is None


KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Kamera Pesisir</name>
<Folder><name>Bengalon</name>{placemarks}</Folder></Document></kml>"""


def placemark(name: str, description: str) -> str:
    return (
        f"<Placemark><name>{name}</name><description>{description}</description>"
        "<Point><coordinates>117.58311,0.45877,0</coordinates></Point></Placemark>"
    )


def parse_kml(*placemarks: str) -> dict[str, Camera]:
    text = KML.format(placemarks="".join(placemarks))
    result = parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return {camera.name: camera for camera in result.cameras}


def cdata(lines: str) -> str:
    return f"<![CDATA[{lines}<img src='{STILL}' width='300'>]]>"


def test_balloon_labelled_lines_give_the_area_before_the_folder() -> None:
    cameras = parse_kml(
        placemark("Dermaga", cdata("<b>Dermaga</b><br>Source: KSOP<br>County: Sangatta Utara<br>")),
        placemark("Muara", cdata("<b>Muara</b><br><b>Kecamatan:</b> Sangatta Selatan<br>")),
        placemark("Sepaso", cdata("<b>Sepaso</b><br>Sumber: BPBD<br>Type: Coastal<br>")),
    )
    assert cameras["Dermaga"].area == "Sangatta Utara"
    assert cameras["Muara"].area == "Sangatta Selatan"
    assert cameras["Sepaso"].area == "Bengalon"  # no area line: its Folder's name


def test_escaped_balloon_markup_is_read_as_markup() -> None:
    escaped = (
        "&lt;![CDATA[&lt;b&gt;Dermaga&lt;/b&gt;&lt;br&gt;County: Sangatta Utara&lt;br&gt;"
        f'&lt;a href="{EMBED.replace("&", "&amp;amp;")}"&gt;Open Camera&lt;/a&gt;&lt;br&gt;'
        f'&lt;img src="{STILL}"&gt;]]&gt;'
    )
    camera = parse_kml(placemark("Dermaga", escaped))["Dermaga"]
    assert camera.area == "Sangatta Utara"
    assert camera.stream_url == EMBED
    assert camera.snapshot_url == STILL


def test_balloon_links_to_embeds_are_streams_but_frames_and_watch_pages_are_not() -> None:
    cameras = parse_kml(
        placemark("Link", cdata(f"<a href='{CHANNEL_EMBED}'>Lihat langsung</a><br>")),
        placemark("Watch", cdata("<a href='https://www.youtube.com/watch?v=kTm1'>Rekaman</a>")),
        placemark("Frame", cdata(f"<iframe src='{EMBED}'></iframe><br>")),
        placemark("News", cdata("<a href='https://berita.kutimkab.example/a'>Berita</a>")),
    )
    assert cameras["Link"].stream_url == CHANNEL_EMBED
    for name in ("Watch", "Frame", "News"):
        assert cameras[name].stream_url is None
        assert cameras[name].snapshot_url == STILL


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        ({"city": "Sangatta", "county": "Sangatta Utara"}, "Sangatta Utara"),
        ({"city": "Sangatta", "region": "Sangatta Selatan"}, "Sangatta Selatan"),
        ({"city": "Tampa", "county": "Hillsborough"}, "Tampa"),
        ({"city": "Tampa", "region": "Tampa Bay"}, "Tampa"),
        ({"city": "Sangatta", "county": "Sangatta Utara Kota Lama"}, "Sangatta"),
        ({"kecamatan": "Bengalon", "city": "Bengalon Timur"}, "Bengalon"),  # a town's only
    ],
)
def test_a_district_named_by_its_town_and_a_compass_point_refines_the_area(
    places: dict[str, str], expected: str
) -> None:
    assert one({"stream_url": EMBED, **places}).area == expected
