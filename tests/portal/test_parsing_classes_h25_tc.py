"""Readers after holdout 25: operations states, GML boxes, player renditions, list cells, lives.

* a traffic system's communication or hardware failure state is offline;
* a GML ``Box`` or ``Envelope`` whose corners are one point places its feature;
* a player item's sources labelled only by quality are one camera's renditions;
* a delimited cell holding a list of quoted addresses is read as that list;
* a place's list of live links naming it by id holds its cameras, the place their area.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/api/"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


# --- operations state words -------------------------------------------------------


def _states(*states: str) -> str:
    rows = [
        {
            "id": f"c{number}",
            "name": f"Simpang {number}",
            "opStatus": state,
            "url": f"https://cctv.kutim.example/hls/c{number}.m3u8",
        }
        for number, state in enumerate(states, start=1)
    ]
    return json.dumps({"data": rows})


@pytest.mark.parametrize(
    "state",
    ["COMM_FAILURE", "HARDWARE_FAILURE", "Communication Failure", "Comm Loss", "Not Responding"],
)
def test_a_failure_state_is_offline(state: str) -> None:
    ok, failed = cameras(_states("OK", state))
    assert ok.online is True
    assert failed.online is False


@pytest.mark.parametrize("state", ["COMM_MARGINAL", "HARDWARE_WARNING", "FAILOVER_ACTIVE"])
def test_a_marginal_or_warning_state_says_nothing(state: str) -> None:
    (camera,) = cameras(_states(state))
    assert camera.online is None


# --- GML boxes of one point ---------------------------------------------------------


def _msgml(box: str) -> str:
    return (
        '<?xml version="1.0"?><msGMLOutput xmlns:gml="http://www.opengis.net/gml">'
        "<cctv_layer><cctv_feature><gml:boundedBy>"
        f"{box}"
        "</gml:boundedBy><kode>K-1</kode><nama>Bendung Kaubun</nama>"
        "<url_foto>https://cctv.kutim.example/snap/k1.jpg</url_foto></cctv_feature>"
        "</cctv_layer></msGMLOutput>"
    )


def test_a_gml_box_of_one_point_is_the_position() -> None:
    box = (
        '<gml:Box srsName="EPSG:4326"><gml:coordinates>117.51234,0.51128 '
        "117.51234,0.51128</gml:coordinates></gml:Box>"
    )
    (camera,) = cameras(_msgml(box))
    assert (camera.id, camera.name) == ("K-1", "Bendung Kaubun")
    assert (camera.latitude, camera.longitude) == (0.51128, 117.51234)


def test_a_gml3_envelope_of_one_point_is_the_position() -> None:
    box = (
        '<gml:Envelope srsName="EPSG:4326"><gml:lowerCorner>-0.50271 117.15362'
        "</gml:lowerCorner><gml:upperCorner>-0.50271 117.15362</gml:upperCorner></gml:Envelope>"
    )
    (camera,) = cameras(_msgml(box))
    assert (camera.latitude, camera.longitude) == (-0.50271, 117.15362)


@pytest.mark.parametrize(
    "box",
    [
        # A box with an extent is an area, not a camera's position.
        (
            '<gml:Box srsName="EPSG:4326"><gml:coordinates>117.35,0.45 117.62,0.70'
            "</gml:coordinates></gml:Box>"
        ),
        # One corner only, or a box of something else than numbers.
        '<gml:Box srsName="EPSG:4326"><gml:coordinates>117.35,0.45</gml:coordinates></gml:Box>',
        '<gml:Box srsName="EPSG:4326"><gml:coordinates>a,b a,b</gml:coordinates></gml:Box>',
    ],
)
def test_a_gml_box_with_an_extent_places_nothing(box: str) -> None:
    (camera,) = cameras(_msgml(box))
    assert (camera.latitude, camera.longitude) == (None, None)
    assert camera.snapshot_url == "https://cctv.kutim.example/snap/k1.jpg"


# --- player renditions ----------------------------------------------------------------


def _jw_rss(sources: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:jwplayer="http://rss.jwpcdn.com/">'
        "<channel><title>Webcam</title><item><title>Pantai Teluk Lombok</title>"
        '<guid isPermaLink="false">tl-1</guid>'
        "<jwplayer:image>https://cam.kutim.example/thumb/tl.jpg</jwplayer:image>"
        f"{sources}</item><item><title>Dermaga Gili</title><guid>gl-2</guid>"
        '<jwplayer:source file="https://cam.kutim.example/live/gili/index.m3u8" />'
        "</item></channel></rss>"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ('label="HD" type="hls"', 'label="SD"'),
        ('label="720p" type="hls"', 'label="360p" type="hls"'),
        ('label="Auto"', 'label="Low"'),
    ],
)
def test_sources_labelled_by_quality_are_one_camera(first: str, second: str) -> None:
    sources = (
        f'<jwplayer:source file="https://cam.kutim.example/live/tl/index.m3u8" {first} />'
        f'<jwplayer:source file="https://cam.kutim.example/vod/tl-360.mp4" {second} />'
    )
    if "360p" in second:
        sources = sources.replace("vod/tl-360.mp4", "live/tl/360p.m3u8")
    camera, other = cameras(_jw_rss(sources), "https://cam.kutim.example/feed.rss")
    assert other.id == "gl-2"
    assert (camera.id, camera.name) == ("tl-1", "Pantai Teluk Lombok")
    assert camera.stream_url == "https://cam.kutim.example/live/tl/index.m3u8"
    assert camera.snapshot_url == "https://cam.kutim.example/thumb/tl.jpg"


def test_sources_labelled_by_place_stay_cameras_of_their_own() -> None:
    sources = (
        '<jwplayer:source file="https://cam.kutim.example/live/utara.m3u8" label="Arah Utara" />'
        '<jwplayer:source file="https://cam.kutim.example/live/selatan.m3u8" '
        'label="Arah Selatan" />'
    )
    found = cameras(_jw_rss(sources), "https://cam.kutim.example/feed.rss")
    assert [camera.stream_url for camera in found] == [
        "https://cam.kutim.example/live/utara.m3u8",
        "https://cam.kutim.example/live/selatan.m3u8",
        "https://cam.kutim.example/live/gili/index.m3u8",
    ]


def test_a_previews_link_yields_to_the_items_image() -> None:
    feed = {
        "playlist": [
            {
                "title": "Pantai Tanjung Bira",
                "mediaid": "Bira0001",
                "link": "https://cdn.player.example/previews/Bira0001",
                "image": "https://cdn.player.example/v2/media/Bira0001/poster.jpg",
                "sources": [
                    {"file": "https://cdn.player.example/live/Bira0001.m3u8"},
                    {"file": "https://cdn.player.example/v/Bira0001-540.mp4", "label": "540p"},
                ],
            }
        ]
    }
    (camera,) = cameras(json.dumps(feed))
    assert camera.id == "Bira0001"
    assert camera.stream_url == "https://cdn.player.example/live/Bira0001.m3u8"
    assert camera.snapshot_url == "https://cdn.player.example/v2/media/Bira0001/poster.jpg"


# --- list cells of delimited exports --------------------------------------------------


def test_a_python_list_cell_holds_the_cameras_addresses() -> None:
    text = (
        "id;lat;lon;description;media\n"
        "A-1;0.51;117.52;Simpang Tiga;['https://cctv.kutim.example/snap/a1.jpg', "
        "'https://cctv.kutim.example/hls/a1.m3u8']\n"
        "A-2;0.52;117.53;Simpang Empat;[]\n"
        "A-3;0.53;117.54;Simpang Lima;['https://cctv.kutim.example/snap/a3.jpg']\n"
    )
    first, third = cameras(text)
    assert (first.id, first.name, first.latitude) == ("A-1", "Simpang Tiga", 0.51)
    assert first.stream_url == "https://cctv.kutim.example/hls/a1.m3u8"
    assert first.snapshot_url == "https://cctv.kutim.example/snap/a1.jpg"
    assert (third.id, third.stream_url) == ("A-3", None)
    assert third.snapshot_url == "https://cctv.kutim.example/snap/a3.jpg"


def test_a_json_array_cell_holds_the_cameras_addresses() -> None:
    text = (
        "kode,nama,urls\n"
        'B-1,Bundaran,"[""https://cctv.kutim.example/hls/b1.m3u8""]"\n'
        'B-2,Pelabuhan,"[""https://cctv.kutim.example/snap/b2.jpg""]"\n'
    )
    first, second = cameras(text)
    assert first.stream_url == "https://cctv.kutim.example/hls/b1.m3u8"
    assert second.snapshot_url == "https://cctv.kutim.example/snap/b2.jpg"


@pytest.mark.parametrize(
    "cell",
    [
        # Not a list of quoted texts: brackets around plain text, or a list of numbers.
        "[https://cctv.kutim.example/snap/a1.jpg]",
        "[1, 2, 3]",
        # A list of page addresses names no media.
        "['https://cctv.kutim.example/kamera/a1']",
    ],
)
def test_other_bracketed_cells_give_no_media(cell: str) -> None:
    text = f"id;description;media\nA-1;Simpang Tiga;{cell}\nA-2;Simpang Dua;{cell}\n"
    with pytest.raises(PortalFormatError):
        cameras(text)


def test_a_long_list_under_an_unknown_field_is_no_cameras_own() -> None:
    urls = [f"https://cctv.kutim.example/snap/{n}.jpg" for n in range(12)]
    rows = [{"id": "X-1", "name": "Galeri", "gallery_items": urls}]
    with pytest.raises(PortalFormatError):
        cameras(json.dumps(rows))


# --- places holding live links --------------------------------------------------------


def _places(reference: str = "volcano_id") -> str:
    places = [
        {
            "id": "bromo",
            "name": "Gunung Bromo",
            "region": "Jawa Timur",
            "lives": [
                {
                    reference: "bromo",
                    "url": "https://www.youtube.com/watch?v=BromoLive01",
                    "name": "Bromo dari Penanjakan",
                    "state": "active",
                },
                {
                    reference: "bromo",
                    "url": "https://www.youtube.com/watch?v=BromoLive02",
                    "name": "Kaldera Tengger",
                    "state": "offline",
                },
            ],
        },
        {"id": "semeru", "name": "Gunung Semeru", "region": "Jawa Timur", "lives": []},
        {
            "id": "merapi",
            "name": "Gunung Merapi",
            "region": "DI Yogyakarta",
            "lives": [
                {
                    reference: "merapi",
                    "url": "https://merapi.example/live/deles/",
                    "name": "Pos Deles",
                    "state": "active",
                }
            ],
        },
    ]
    return json.dumps(places)


def test_live_links_naming_their_place_have_the_place_as_area() -> None:
    first, second, third = cameras(_places())
    assert (first.name, first.area, first.online) == (
        "Bromo dari Penanjakan",
        "Gunung Bromo",
        True,
    )
    assert first.stream_url == "https://www.youtube.com/watch?v=BromoLive01"
    assert (second.area, second.online) == ("Gunung Bromo", False)
    assert (third.name, third.area) == ("Pos Deles", "Gunung Merapi")
    # The reference to the place is no id of the link's own.
    assert third.id.startswith("k-")


def test_live_links_not_naming_their_place_keep_its_region() -> None:
    first, _second, third = cameras(_places("owner"))
    assert first.area == "Jawa Timur"
    assert third.area == "DI Yogyakarta"


def test_many_long_list_cells_stay_bounded() -> None:
    # Thousands of rows whose cells open and close like lists but hold unclosed quotes
    # or thousands of short entries: each cell is matched once, its entries capped.
    unclosed = "['" + "a" * 4000 + "]"
    many = "[" + ", ".join(["'x'"] * 800) + "]"
    rows = [f"R-{n};Simpang {n};{unclosed};{many}" for n in range(3000)]
    text = "id;name;media;other\n" + "\n".join(rows) + "\n"
    with pytest.raises(PortalFormatError):
        cameras(text)
