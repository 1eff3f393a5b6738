"""A location detail answered beside its cameras, and thumbnail lists of one camera's views.

A map portal's location endpoint (``{location: {id, name, latitude, longitude}, cctv:
[…]}``) answers one place beside the cameras it holds: the location's name is their area
and its position theirs, only when the location carries its own id (a "cameras near me"
search echoing the searched point is no place).

A camera index's ``thumbLinks`` (``[{cacheLink, sourceLink, direction}]``), a register's
``thumbnails`` by direction: views of one camera, never cameras; the first view's source
picture is the still."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/api/v1/public/locations/7"


def _parse(value: object, base: str = BASE) -> list[Camera]:
    return parse_body(
        json.dumps(value), profile=Profile.AUTO, base_url=base, prettify=False
    ).cameras


def _cctv() -> list[dict[str, object]]:
    return [
        {"id": "a", "name": "Pelangi Timur", "hls_url": "/hls/timur/index.m3u8"},
        {"id": "b", "name": "Pelangi Barat", "thumbnail": "/thumbs/b.jpg"},
    ]


def _place(**extra: object) -> dict[str, object]:
    return {
        "id": "loc-7",
        "name": "Bundaran Pelangi",
        "latitude": "0.5011",
        "longitude": "117.549",
    } | extra


def test_location_beside_its_cameras_gives_area_and_position() -> None:
    cameras = _parse({"location": _place(address="Jl. Yos Sudarso"), "cctv": _cctv()})
    assert [(c.id, c.area, c.latitude, c.longitude) for c in cameras] == [
        ("a", "Bundaran Pelangi", 0.5011, 117.549),
        ("b", "Bundaran Pelangi", 0.5011, 117.549),
    ]
    assert cameras[0].stream_url == "https://cctv.kutim.example/hls/timur/index.m3u8"


def test_location_in_an_envelope_and_under_other_spellings() -> None:
    answer = {
        "success": True,
        "data": {"lokasi": {"id": 3, "nama": "Simpang Kabo"}, "kamera": _cctv()},
    }
    cameras = _parse(answer)
    assert [c.area for c in cameras] == ["Simpang Kabo", "Simpang Kabo"]
    assert cameras[0].latitude is None  # the location states no position


def test_location_name_key_names_the_place() -> None:
    place = {"id": 12, "location_name": "Terminal Bus Sangatta", "lat": 0.48, "lng": 117.56}
    cameras = _parse({"location": place, "cameras": _cctv()})
    assert {c.area for c in cameras} == {"Terminal Bus Sangatta"}
    assert {(c.latitude, c.longitude) for c in cameras} == {(0.48, 117.56)}


def test_camera_own_position_wins() -> None:
    cctv = [
        *_cctv(),
        {"id": "c", "name": "Pelangi Utara", "lat": 0.6, "lng": 117.6, "hls_url": "/hls/u.m3u8"},
    ]
    cameras = {c.id: c for c in _parse({"location": _place(), "cctv": cctv})}
    assert (cameras["c"].latitude, cameras["c"].longitude) == (0.6, 117.6)
    assert cameras["c"].area == "Bundaran Pelangi"


def test_near_me_search_location_without_id_is_no_place() -> None:
    point = {"latitude": 0.5, "longitude": 117.55, "name": "Lokasi Anda", "radius_km": 5}
    cameras = _parse({"location": point, "cameras": _cctv()})
    assert [(c.area, c.latitude) for c in cameras] == [(None, None), (None, None)]


def test_location_without_name_or_with_a_second_object_is_read_as_before() -> None:
    unnamed = {"id": "loc-7", "latitude": 0.5, "longitude": 117.55}
    assert {c.area for c in _parse({"location": unnamed, "cctv": _cctv()})} == {None}
    extra = {"location": _place(), "cctv": _cctv(), "user": {"id": 1, "name": "Budi"}}
    assert {c.area for c in _parse(extra)} == {None}


def _member(
    title: str, cell: str, views: list[dict[str, object]], **extra: object
) -> dict[str, object]:
    return {
        "s2cellId": cell,
        "lat": 0.5,
        "lng": 117.6,
        "isActive": True,
        "title": title,
        "thumbLinks": views,
    } | extra


def test_thumb_links_are_views_of_one_camera() -> None:
    views = [
        {
            "cacheLink": "thumb/1/38/1.jpg",
            "sourceLink": "https://pu.kutim.example/cam/n.jpg",
            "direction": 0,
        },
        {"sourceLink": "https://pu.kutim.example/cam/s.jpg", "direction": 180},
    ]
    members = [_member("Pos Pantau", "3818", views, sourceUrl="https://pu.kutim.example/")]
    cameras = _parse({"type": "leaf", "members": members}, "https://livecam.example/data/leaf.json")
    assert [(c.id, c.name, c.snapshot_url) for c in cameras] == [
        ("3818", "Pos Pantau", "https://pu.kutim.example/cam/n.jpg")
    ]


def test_cached_copy_alone_is_no_source_picture() -> None:
    members = [
        _member("A", "1", [{"cacheLink": "thumb/1/a.jpg"}]),
        _member("B", "2", [{"sourceLink": "https://pu.kutim.example/b.jpg"}]),
    ]
    cameras = _parse({"members": members}, "https://livecam.example/data/leaf.json")
    assert [c.id for c in cameras] == ["2"]
    assert all("thumb/1/a.jpg" not in (c.snapshot_url or "") for c in cameras)


def test_direction_thumbnails_make_one_camera() -> None:
    records = [
        {
            "id": 8004,
            "name": "Jl. Yos Sudarso / Jl. Pendidikan",
            "thumbnails": [
                {"direction": "North", "url": "https://od.kutim.example/loc8004N.jpg"},
                {"direction": "East", "url": "https://od.kutim.example/loc8004E.jpg"},
            ],
        },
        {"id": 8005, "name": "Jl. Kabo", "snapshot": "https://od.kutim.example/loc8005.jpg"},
    ]
    cameras = _parse({"cameras": records}, "https://od.kutim.example/cameras.json")
    assert [(c.id, c.snapshot_url) for c in cameras] == [
        ("8004", "https://od.kutim.example/loc8004N.jpg"),
        ("8005", "https://od.kutim.example/loc8005.jpg"),
    ]


def test_a_list_of_cameras_under_another_key_is_still_read_per_entry() -> None:
    record = {
        "id": 9,
        "name": "Terminal",
        "links": [
            {"name": "Pintu Masuk", "url": "https://cam.kutim.example/a.m3u8"},
            {"name": "Parkir", "url": "https://cam.kutim.example/b.m3u8"},
        ],
    }
    cameras = _parse({"cameras": [record]}, "https://cam.kutim.example/api")
    assert len(cameras) == 2
