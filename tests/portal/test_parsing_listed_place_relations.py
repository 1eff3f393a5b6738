"""A camera's place relation that is a record of a sibling place list: area, no point."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

API = "https://peta.kutim.example/api/home"
_PLACES = [
    {"id": 1, "nama_lokasi": "Sangatta Utara", "latitude": "0.5233", "longitude": "117.5410"},
    {"id": 3, "nama_lokasi": "Bengalon", "latitude": "0.7512", "longitude": "117.7401"},
]


def _cameras(doc: object) -> tuple[Camera, ...]:
    return parse_body(json.dumps(doc), profile=Profile.AUTO, base_url=API, prettify=False).cameras


def _camera(ident: int, name: str, lokasi: object, **own: object) -> dict[str, object]:
    return {
        "id": ident,
        "nama": name,
        "url_stream": f"https://hls.peta.kutim.example/{ident}/index.m3u8",
        "lokasi": lokasi,
        **own,
    }


def test_listed_relation_gives_area_and_no_position() -> None:
    doc = {
        "locations": _PLACES,
        "cctvs": [
            _camera(9, "CCTV Simpang Kabo", _PLACES[0]),
            _camera(8, "CCTV Pasar Bengalon", _PLACES[1]),
        ],
    }
    cams = {cam.id: cam for cam in _cameras(doc)}
    assert set(cams) == {"9", "8"}
    assert cams["9"].area == "Sangatta Utara"
    assert cams["8"].area == "Bengalon"
    assert all(cam.latitude is None and cam.longitude is None for cam in cams.values())


def test_own_position_and_area_win() -> None:
    doc = {
        "lokasi": _PLACES,
        "cctv": [
            _camera(9, "CCTV Simpang Kabo", _PLACES[0], latitude=0.5102, longitude=117.5311),
            _camera(8, "CCTV Pasar Bengalon", _PLACES[1], area="Bengalon Kota"),
        ],
    }
    cams = {cam.id: cam for cam in _cameras(doc)}
    assert (cams["9"].latitude, cams["9"].longitude) == (0.5102, 117.5311)
    assert cams["9"].area == "Sangatta Utara"
    assert cams["8"].area == "Bengalon Kota"


def test_relation_not_in_the_list_keeps_its_point() -> None:
    # A spot of its own (a guard post), not one of the listed districts: it places the camera.
    post = {"id": 7, "nama_lokasi": "Pos Kabo", "latitude": "0.5101", "longitude": "117.5302"}
    renamed = {**_PLACES[1], "nama_lokasi": "Pasar Bengalon"}  # same id, another name
    doc = {
        "locations": _PLACES,
        "cctvs": [_camera(9, "CCTV Pos Kabo", post), _camera(8, "CCTV Pasar", renamed)],
    }
    cams = {cam.id: cam for cam in _cameras(doc)}
    assert cams["9"].area is None
    assert (cams["9"].latitude, cams["9"].longitude) == (0.5101, 117.5302)
    assert cams["8"].area is None
    assert cams["8"].latitude == 0.7512


def test_sibling_list_not_named_for_places_joins_nothing() -> None:
    # A list of owners or categories holding the same ids and names is no place list.
    doc = {
        "users": _PLACES,
        "cctvs": [_camera(9, "CCTV Simpang Kabo", _PLACES[0])],
    }
    (cam,) = _cameras(doc)
    assert cam.area is None
    assert cam.latitude == 0.5233


def test_relation_under_another_word_joins_nothing() -> None:
    doc = {
        "locations": _PLACES,
        "cctvs": [
            {
                "id": 9,
                "nama": "CCTV Simpang Kabo",
                "url_stream": "https://hls.peta.kutim.example/9/index.m3u8",
                "operator": _PLACES[0],
            }
        ],
    }
    (cam,) = _cameras(doc)
    assert cam.area is None


def test_lan_stream_beside_listed_relation_is_no_camera() -> None:
    doc = {
        "locations": _PLACES,
        "cctvs": [
            {
                "id": 5,
                "nama": "CCTV Dermaga",
                "url_stream": "http://10.12.0.45:8080/dermaga/stream.m3u8",
                "lokasi": _PLACES[0],
            },
            _camera(9, "CCTV Simpang Kabo", _PLACES[0]),
        ],
    }
    cams = _cameras(doc)
    assert [cam.id for cam in cams] == ["9"]
