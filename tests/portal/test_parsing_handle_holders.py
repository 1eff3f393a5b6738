"""Handle→playlist maps in a page's script data, under a holder and under ``data``."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

LAN = "http://192.168.1.10/cctv/"
PUBLIC = "https://cctv.kutimkab.example/"
LAN_HANDLES = {
    "simpang-tiga": "http://192.168.1.21/hls/simpang-tiga/index.m3u8",
    "bundaran-kabo": "http://192.168.1.22/hls/bundaran-kabo/index.m3u8",
}


def _parse(text: str, base: str) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _rows(cameras: list[Camera]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(camera.id, camera.name, camera.area, camera.stream_url) for camera in cameras]


def _page_with_card(card_stream: str) -> str:
    return (
        "<html><head><title>CCTV Kutim</title></head><body><h1>Pantauan CCTV</h1>"
        f"<div class='cam' data-name='Taman Bersemi' data-stream='{card_stream}'></div>"
        f"<script>var streams = {json.dumps(LAN_HANDLES)};</script></body></html>"
    )


def test_lan_page_keeps_its_script_handle_map_beside_a_card() -> None:
    card = "http://192.168.1.30/hls/taman/index.m3u8"
    assert _rows(_parse(_page_with_card(card), LAN)) == [
        ("simpang-tiga", "simpang-tiga", None, LAN_HANDLES["simpang-tiga"]),
        ("bundaran-kabo", "bundaran-kabo", None, LAN_HANDLES["bundaran-kabo"]),
        ("k-aafc7ad27602", "Taman Bersemi", None, card),
    ]


def test_public_page_never_gives_a_script_handle_maps_lan_playlists() -> None:
    card = "https://cdn.kutimkab.example/hls/taman/index.m3u8"
    cameras = _parse(_page_with_card(card), PUBLIC)
    assert [(camera.name, camera.stream_url) for camera in cameras] == [("Taman Bersemi", card)]


def test_public_page_with_only_a_lan_handle_map_is_no_list() -> None:
    page = f"<html><body><script>var streams = {json.dumps(LAN_HANDLES)};</script></body></html>"
    with pytest.raises(PortalFormatError, match="No camera list found in the portal page"):
        _parse(page, PUBLIC)


def test_a_declared_lan_base_makes_no_public_page_local() -> None:
    page = (
        "<html><head><base href='http://192.168.1.10/'></head><body>"
        f"<script>var streams = {json.dumps(LAN_HANDLES)};</script></body></html>"
    )
    with pytest.raises(PortalFormatError, match="No camera list found in the portal page"):
        _parse(page, PUBLIC)


CDN = "https://cdn.x.example/hls"
ONE = {"simpang-tiga": f"{CDN}/simpang-tiga/index.m3u8"}
TWO = {**ONE, "bundaran-kabo": f"{CDN}/bundaran-kabo/index.m3u8"}
API = "https://cctv.kutimkab.example/api/cctv"


def _answer(data: object, base: str = API) -> list[tuple[str, str | None, str | None]]:
    cameras = _parse(json.dumps(data), base)
    return [(camera.id, camera.name, camera.stream_url) for camera in cameras]


def _no_list(data: object, base: str = API) -> None:
    with pytest.raises(PortalFormatError, match="No camera list found in the portal answer"):
        _parse(json.dumps(data), base)


@pytest.mark.parametrize("holder", ["cctv", "cameras", "kamera", "webcams", "CCTV"])
def test_one_pair_under_a_holder_naming_cameras_is_a_camera(holder: str) -> None:
    assert _answer({"status": "ok", holder: ONE}) == [
        ("k-c7fafb392bb7", "simpang-tiga", f"{CDN}/simpang-tiga/index.m3u8")
    ]


@pytest.mark.parametrize(
    "data",
    [
        ONE,  # a bare one-pair object at the top stays no list
        {"data": ONE},  # a holder naming no camera is no evidence
        {"streams": ONE},
        {"radio": ONE},
        {"cctv": {"simpang-tiga": "https://admin:rahasia@cdn.x.example/hls/a/index.m3u8"}},
        {"cctv": {"simpang-tiga": "http://192.168.1.21/hls/simpang-tiga/index.m3u8"}},
        {"cctv": {"simpang-tiga": f"{CDN}/simpang-tiga/index.mp3"}},  # no playlist
    ],
)
def test_one_pair_near_misses_are_no_list(data: object) -> None:
    _no_list(data)


def test_a_one_pair_map_under_a_camera_holder_on_the_lan_keeps_its_lan_playlist() -> None:
    lan = {"cctv": {"simpang-tiga": "http://192.168.1.21/hls/simpang-tiga/index.m3u8"}}
    assert _answer(lan, "http://192.168.1.10/api/cctv") == [
        ("k-fd0775a3f119", "simpang-tiga", "http://192.168.1.21/hls/simpang-tiga/index.m3u8")
    ]


@pytest.mark.parametrize("holder", ["data", "streams"])
def test_handle_map_under_a_holder_is_read_as_a_handle_map(holder: str) -> None:
    assert _answer({holder: TWO}) == [
        ("simpang-tiga", "simpang-tiga", f"{CDN}/simpang-tiga/index.m3u8"),
        ("bundaran-kabo", "bundaran-kabo", f"{CDN}/bundaran-kabo/index.m3u8"),
    ]


def test_handle_map_under_a_camera_holder_names_cameras_with_derived_ids() -> None:
    assert _answer({"cctv": TWO}) == [
        ("k-c7fafb392bb7", "simpang-tiga", f"{CDN}/simpang-tiga/index.m3u8"),
        ("k-721d86c357cf", "bundaran-kabo", f"{CDN}/bundaran-kabo/index.m3u8"),
    ]
    lan = {
        "simpang-tiga": "http://192.168.1.21/hls/a/index.m3u8",
        "bundaran-kabo": "http://192.168.1.22/hls/b/index.m3u8",
    }
    _no_list({"cctv": lan})  # a public answer's LAN playlists, as at the top


def test_public_answer_never_gives_a_held_handle_maps_lan_playlists() -> None:
    lan = {
        "simpang-tiga": "http://192.168.1.21/hls/simpang-tiga/index.m3u8",
        "bundaran-kabo": "http://192.168.1.22/hls/bundaran-kabo/index.m3u8",
    }
    _no_list({"data": lan})
    assert _answer({"data": lan}, "http://192.168.1.10/api/cctv") == [
        ("simpang-tiga", "simpang-tiga", lan["simpang-tiga"]),
        ("bundaran-kabo", "bundaran-kabo", lan["bundaran-kabo"]),
    ]


def test_held_map_without_camera_evidence_under_data_is_no_list() -> None:
    # Named as a handle map is, and like one at the top: no camera host, live folder or
    # handle in the playlist's path, so no camera list (a radio's or a course's file).
    _no_list(
        {
            "data": {
                "pagi": "https://media.example.org/a/playlist.m3u8",
                "sore": "https://media.example.org/b/playlist.m3u8",
            }
        }
    )


def test_named_picture_map_under_cameras_is_read_as_before() -> None:
    cameras = _parse(
        json.dumps({"cameras": {"Nordwest": "/snap/nw.jpg", "Sudost": "/snap/so.jpg"}}), API
    )
    assert [(camera.name, camera.snapshot_url) for camera in cameras] == [
        ("Nordwest", "https://cctv.kutimkab.example/snap/nw.jpg"),
        ("Sudost", "https://cctv.kutimkab.example/snap/so.jpg"),
    ]


FOOTBALL = "https://api.football.example/match/77.json"


@pytest.mark.parametrize(
    ("data", "base"),
    [
        # a team's helmet cam under ``cams``: a recorded clip by name, no camera list
        (
            {"team": "Arema", "cams": {"helmet": "https://cdn.sport.example/vod/helmet-cam.m3u8"}},
            FOOTBALL,
        ),
        # one recorded clip under ``cameras``: the holder alone is no live camera
        ({"cameras": {"review": "https://cdn.shop.example/videos/review-hikvision.m3u8"}}, API),
        ({"webcams": {"north": "https://cdn.x.example/vod/clip.m3u8"}}, API),
        ({"cctv": {"pagi": "https://media.example.org/a/playlist.m3u8"}}, API),
        # ``camera``, ``cctvs`` and ``cams`` name no camera list for one pair
        ({"camera": ONE}, API),
        ({"cctvs": ONE}, API),
        ({"cams": ONE}, API),
    ],
)
def test_one_pair_without_live_evidence_or_under_another_holder_is_no_list(
    data: object, base: str
) -> None:
    _no_list(data, base)


@pytest.mark.parametrize(
    ("playlist", "camera_id"),
    [
        ("https://cdn.x.example/live/a1/index.m3u8", "k-136dc2035834"),  # a live folder
        ("https://stream.kamera.example/a1/index.m3u8", "k-a4270da9e747"),  # a camera host
        ("https://cdn.x.example/hls/north/index.m3u8", "k-4c0e8e076b61"),  # its handle's folder
    ],
)
def test_one_live_pair_under_a_holder_naming_cameras_is_a_camera(
    playlist: str, camera_id: str
) -> None:
    assert _answer({"cctv": {"north": playlist}}) == [(camera_id, "north", playlist)]


def test_two_pairs_under_a_holder_naming_cameras_need_no_live_evidence() -> None:
    plain = {
        "pagi": "https://media.example.org/a/playlist.m3u8",
        "sore": "https://media.example.org/b/playlist.m3u8",
    }
    assert _answer({"cameras": plain}) == [
        ("k-f8c5124ae6ee", "pagi", plain["pagi"]),
        ("k-43851382e43e", "sore", plain["sore"]),
    ]
    _no_list({"cams": plain})  # ``cams`` asks for the evidence asked for at the top


def test_two_live_pairs_under_cams_are_read_as_at_the_top() -> None:
    assert _answer({"cams": TWO}) == [
        ("simpang-tiga", "simpang-tiga", f"{CDN}/simpang-tiga/index.m3u8"),
        ("bundaran-kabo", "bundaran-kabo", f"{CDN}/bundaran-kabo/index.m3u8"),
    ]


def test_every_holder_of_an_answer_is_read_in_its_order() -> None:
    a = "https://cam.example.com/hls/a/index.m3u8"
    b = "https://cam.example.com/hls/b/index.m3u8"
    c = "https://cam.example.com/hls/c/index.m3u8"
    assert _answer({"cameras": {"x": a}, "cctv": {"y": b}}) == [
        ("k-882de1a73b36", "x", a),
        ("k-4d4051221e51", "y", b),
    ]
    assert _answer({"cctv": {"y": b}, "cameras": {"x": a}}) == [
        ("k-4d4051221e51", "y", b),
        ("k-882de1a73b36", "x", a),
    ]
    # a holder map under ``data`` keeps its handles as ids beside a camera holder's
    assert _answer({"data": {"x": a, "z": c}, "cctv": {"y": b}}) == [
        ("x", "x", a),
        ("z", "z", c),
        ("k-4d4051221e51", "y", b),
    ]
    # the same playlist under two holders is one camera
    assert _answer({"cameras": {"x": a}, "cctv": {"x": a}}) == [("k-882de1a73b36", "x", a)]
    # ``cams`` holding one pair is no camera holder: only the ``cctv`` map is read
    assert _answer({"cams": {"x": a}, "cctv": {"y": b}}) == [("k-4d4051221e51", "y", b)]
