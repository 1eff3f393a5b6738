"""Places holding their own cameras and resorts' webcam links, read after holdout 29.

A region answer listing its places (a surf forecast's ``spots``, a ski region's
``resorts``, a coast's ``beaches``), each named and holding its cameras, makes the place
the area of every camera it holds, even when the cameras are named after it. A list of
map points under any other key keeps reading a point's name as a place, not an area.

A resort's list of webcam links (``webcam: [{title, link}]``) gives one camera per link,
named by its title (a YouTube watch page as its stream); the resort's trail map
(``mapLink``, ``trailMap``) is no camera's picture.

An answer for one stream or camera (Astra's ``{"get-stream": "ok", "stream": {…}}``, a
portal's ``{status, message, camera: {…}}``) is that one camera.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://places.kutim.example/api/regions/1"


def cameras(value: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    text = json.dumps(value)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _spot(name: str, *titles: str) -> dict[str, object]:
    slug = name.lower().replace(" ", "-")
    return {
        "_id": f"spot-{slug}",
        "name": name,
        "lat": -8.8,
        "lon": 115.1,
        "cameras": [
            {
                "_id": f"{slug}-{number}",
                "title": title,
                "streamUrl": f"https://cams.kutim.example/{slug}-{number}/playlist.m3u8",
            }
            for number, title in enumerate(titles)
        ],
    }


def test_spot_is_the_area_of_cameras_named_after_it() -> None:
    answer = {
        "data": {
            "name": "Bali",
            "spots": [
                _spot("Uluwatu", "ID - Uluwatu Overview", "ID - Uluwatu Peak"),
                _spot("Keramas", "ID - Keramas"),
                _spot("Medewi"),
            ],
        }
    }
    assert [(c.name, c.area, c.latitude) for c in cameras(answer)] == [
        ("ID - Uluwatu Overview", "Uluwatu", -8.8),
        ("ID - Uluwatu Peak", "Uluwatu", -8.8),
        ("ID - Keramas", "Keramas", -8.8),
    ]


def test_resorts_and_beaches_lists_place_their_webcams() -> None:
    answer = {
        "region": {
            "name": "Hokkaido",
            "resorts": [
                {
                    "name": "Niseko United",
                    "lat": 42.86,
                    "lng": 140.69,
                    "webcams": [
                        {"id": "n1", "title": "Niseko Summit", "image": "https://c.example/n1.jpg"}
                    ],
                }
            ],
        }
    }
    assert [(c.id, c.area) for c in cameras(answer)] == [("n1", "Niseko United")]
    beaches = {"region": {"name": "Coast", "beaches": [_spot("Noosa Heads", "Noosa Main")]}}
    assert [c.area for c in cameras(beaches)] == ["Noosa Heads"]


def test_map_points_under_another_key_stay_places() -> None:
    # Map points listed as ``locations`` hold views of themselves: no area.
    answer = {"data": {"name": "Bali", "locations": [_spot("Uluwatu", "Uluwatu Arah Utara")]}}
    assert [(c.name, c.area) for c in cameras(answer)] == [("Uluwatu Arah Utara", None)]


def test_camera_own_area_and_unnamed_spot() -> None:
    spot = _spot("Uluwatu", "ID - Uluwatu Overview")
    unnamed = _spot("Keramas", "ID - Keramas")
    del unnamed["name"]
    answer = {"data": {"name": "Bali", "spots": [spot, unnamed]}}
    areas = [c.area for c in cameras(answer)]
    assert areas == ["Uluwatu", None]
    # The answer itself is never changed while it is read.
    assert "area_served" not in json.dumps(answer)


def test_many_places_and_wide_objects_stay_bounded() -> None:
    # 3,000 places of three cameras each beside 20,000 nested objects: the walk stops at
    # its object budget and the list at the camera limit.
    wide = {f"k{number}": {"inner": {"more": {"deeper": {}}}} for number in range(20_000)}
    spots = [_spot(f"Spot {number}", "Cam A", "Cam B", "Cam C") for number in range(3_000)]
    answer = {"associated": wide, "data": {"name": "Region", "spots": spots}}
    found = cameras(answer)
    assert len(found) == 2000
    assert found[0].area == "Spot 0"
    # Places past the limit are kept: a camera after 3,000 empty spots is still read.
    empty = [_spot(f"Spot {number}") for number in range(3_000)]
    last = {"data": {"name": "Region", "spots": [*empty, _spot("Last", "Cam Z")]}}
    assert [(c.name, c.area) for c in cameras(last)] == [("Cam Z", "Last")]


def _resort(name: str, *links: tuple[str, str]) -> dict[str, object]:
    slug = name.lower().replace(" ", "-")
    resort: dict[str, object] = {
        "resortName": name,
        "city": "Somewhere",
        "position": {"lat": 46.2, "lng": -74.5},
        "mapLink": f"https://skimap.kutim.example/{slug}/trails.jpg",
    }
    if links:
        resort["webcam"] = [{"title": title, "link": link} for title, link in links]
    return resort


def test_webcam_links_of_a_resort_are_its_cameras() -> None:
    answer = [
        _resort(
            "Mont Tremblant",
            ("Sommet Nord", "https://www.youtube.com/watch?v=Tr3mbSomN01"),
            ("Village", "https://www.youtube.com/watch?v=Tr3mbVilg02"),
        ),
        _resort("Le Relais"),
    ]
    assert [(c.name, c.area, c.stream_url, c.snapshot_url) for c in cameras(answer)] == [
        ("Sommet Nord", "Mont Tremblant", "https://www.youtube.com/watch?v=Tr3mbSomN01", None),
        ("Village", "Mont Tremblant", "https://www.youtube.com/watch?v=Tr3mbVilg02", None),
    ]


def test_empty_webcam_list_and_trail_map_alone_give_no_camera() -> None:
    empty = _resort("Mont Orford")
    empty["webcam"] = []
    answer = [empty, _resort("Le Relais"), _resort("Bromont", ("Base", "https://c.example/b.jpg"))]
    assert [(c.name, c.snapshot_url) for c in cameras(answer)] == [
        ("Base", "https://c.example/b.jpg")
    ]


def test_map_named_fields_keep_streams_and_words_holding_the_letters() -> None:
    answer = [
        {"name": "Simpang Tiga", "map_stream": "https://cctv.kutim.example/hls/tiga.m3u8"},
        {"name": "Simpang Lima", "bitmap": "https://cctv.kutim.example/still/lima.jpg"},
        {"name": "Simpang Empat", "trailMap": "https://cctv.kutim.example/plan/empat.jpg"},
    ]
    assert [(c.name, c.stream_url, c.snapshot_url) for c in cameras(answer)] == [
        ("Simpang Tiga", "https://cctv.kutim.example/hls/tiga.m3u8", None),
        ("Simpang Lima", None, "https://cctv.kutim.example/still/lima.jpg"),
    ]


def test_webcam_entries_without_an_address_are_no_cameras() -> None:
    answer = [
        {
            "name": "Whiteface",
            "lat": 44.36,
            "lng": -73.9,
            "stream": "https://cams.kutim.example/whiteface/index.m3u8",
            "webcams": [{"title": "Summit"}, {"title": "Base"}],
        }
    ]
    assert [(c.name, c.stream_url) for c in cameras(answer)] == [
        ("Whiteface", "https://cams.kutim.example/whiteface/index.m3u8")
    ]


ASTRA = "https://tv.kutim.example/control/"


def astra(value: object) -> tuple[Camera, ...]:
    """Parse a streaming server's control answer."""
    return parse_body(json.dumps(value), profile=Profile.AUTO, base_url=ASTRA).cameras


def _stream(**extra: object) -> dict[str, object]:
    return {
        "enable": True,
        "type": "spts",
        "id": "k07",
        "name": "Simpang Tiga",
        "input": ["rtsp://admin:ReStream5@192.168.1.7:554/Streaming/Channels/101"],
        "output": ["http://tv.kutim.example:8000/k07/index.m3u8"],
        **extra,
    }


def test_get_stream_answer_is_one_camera() -> None:
    found = astra({"get-stream": "ok", "stream": _stream()})
    assert [(c.id, c.name, c.stream_url) for c in found] == [
        ("k07", "Simpang Tiga", "http://tv.kutim.example:8000/k07/index.m3u8")
    ]
    assert "ReStream5" not in repr(found)


def test_detail_answer_beside_status_fields_is_one_camera() -> None:
    answer = {
        "status": "success",
        "message": "Data ditemukan",
        "camera": {"id": 3, "nama": "Bundaran", "url_hls": "https://c.kutim.example/b.m3u8"},
    }
    assert [(c.id, c.name) for c in cameras(answer)] == [("3", "Bundaran")]


def test_answers_that_are_no_single_record_are_not_read_so() -> None:
    # A record under a key naming no camera or stream, a second object beside the
    # record, or a record with only the camera's own input: no camera.
    for answer in (
        {"status": "ok", "config": {"id": "a", "hls": "https://c.kutim.example/a.m3u8"}},
        {"get-stream": "ok", "stream": _stream(), "stats": {"bitrate": 4000}},
        {"get-stream": "ok", "stream": _stream(output=[])},
    ):
        with pytest.raises(PortalFormatError) as caught:
            astra(answer)
        assert "ReStream5" not in str(caught.value)
