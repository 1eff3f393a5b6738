"""A login or token a portal writes into a camera's name or area is never shown.

Names and areas come from whatever field or text a reader found them in: a place list's
name, a kecamatan field, a heading, a picture's ``alt``. A portal (or anyone changing its
answers) may have written a device address with its login there. Media addresses were
already cleaned; these texts now are too, and an area written as an address is none.
"""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

SECRET = "RahasiaKutim1"
BASE = "https://portal.example/api/cctv"


def _cameras(body: str) -> tuple[Camera, ...]:
    return parse_body(body, profile=Profile.AUTO, base_url=BASE).cameras


def _shown(camera: Camera) -> str:
    return " ".join(filter(None, (camera.id, camera.name, camera.raw_name, camera.area)))


@pytest.mark.parametrize(
    "body",
    [
        json.dumps(
            {
                "spots": [
                    {
                        "name": f"rtsp://admin:{SECRET}@192.168.1.5/live",
                        "cameras": [{"name": "Pantai", "stream": "https://x.example/a.m3u8"}],
                    }
                ]
            }
        ),
        json.dumps(
            [
                {
                    "name": "Simpang Tiga",
                    "kecamatan": f"rtsp://admin:{SECRET}@192.168.1.5/live",
                    "stream": "https://x.example/a.m3u8",
                }
            ]
        ),
        json.dumps(
            {
                "data": [
                    {
                        "kecamatan": f"http://admin:{SECRET}@10.0.0.2/",
                        "cameras": [{"name": "Pasar", "stream": "https://x.example/b.m3u8"}],
                    }
                ]
            }
        ),
    ],
    ids=["place-list-name", "kecamatan-field", "group-name"],
)
def test_an_area_written_as_an_address_is_none_and_shows_no_login(body: str) -> None:
    cameras = _cameras(body)
    assert cameras
    for camera in cameras:
        assert SECRET not in _shown(camera)
        assert camera.area is None
        assert camera.name in {"Pantai", "Simpang Tiga", "Pasar"}


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        (
            json.dumps(
                [
                    {
                        "name": f"https://viewer:{SECRET}@cam.example/p",
                        "kecamatan": "Sangatta Utara",
                        "stream": "https://x.example/a.m3u8",
                    }
                ]
            ),
            "https://***@cam.example/p",
        ),
        (
            '<div class="card"><h3>rtsp://admin:'
            + SECRET
            + '@1.2.3.4/x</h3><video src="https://x.example/a.m3u8"></video></div>'
            '<div class="card"><h3>Taman Bersemi</h3>'
            '<video src="https://x.example/b.m3u8"></video></div>',
            "rtsp://***@1.2.3.4/x",
        ),
        (
            '<img src="https://x.example/a.jpg" alt="Bundaran password=' + SECRET + '">',
            "Bundaran password=REDACTED",
        ),
    ],
    ids=["url-name", "heading", "alt-pair"],
)
def test_a_login_in_a_name_is_redacted(body: str, shown: str) -> None:
    cameras = _cameras(body)
    assert cameras[0].name == shown
    assert cameras[0].raw_name == shown
    for camera in cameras:
        assert SECRET not in _shown(camera)


@pytest.mark.parametrize(
    "name",
    [
        "Simpang 4: Jl. Sudirman",
        "Pos Jaga @ Taman Kota",
        "KM 5+200 = Gerbang Tol",
        "Bendungan Sermo - Spillway",
    ],
)
def test_ordinary_names_with_punctuation_are_kept(name: str) -> None:
    body = json.dumps(
        [{"name": name, "kecamatan": "Sangatta Utara", "stream": "https://x.example/a.m3u8"}]
    )
    camera = _cameras(body)[0]
    assert camera.name == name
    assert camera.area == "Sangatta Utara"


@pytest.mark.parametrize(
    "field", ["api_key", "apiKey", "apikey", "access_key", "accessKey", "session_id", "pw"]
)
def test_a_secret_fields_value_never_names_a_nameless_camera(field: str) -> None:
    records = [
        {field: f"{SECRET}{n}", "hls": f"https://cctv.kutim.example/hls/{n}/index.m3u8"}
        for n in (1, 2)
    ]
    cameras = _cameras(json.dumps(records))
    assert len(cameras) == 2
    assert all(SECRET not in _shown(camera) for camera in cameras)


@pytest.mark.parametrize("field", ["sessionId", "session_id", "csrf_token", "jwt_id"])
def test_a_session_or_token_field_is_no_camera_id(field: str) -> None:
    records = [
        {field: f"{SECRET}{n}", "name": f"Simpang {n}", "snapshot": f"https://x.example/{n}.jpg"}
        for n in (1, 2)
    ]
    cameras = _cameras(json.dumps(records))
    assert [camera.name for camera in cameras] == ["Simpang 1", "Simpang 2"]
    assert all(SECRET not in camera.id for camera in cameras)


def test_a_secret_beside_a_name_leaves_the_name() -> None:
    records = [
        {"api_key": SECRET, "title": "Bundaran Pelangi", "hls": "https://x.example/a.m3u8"},
    ]
    (camera,) = _cameras(json.dumps(records))
    assert camera.name == "Bundaran Pelangi"


@pytest.mark.parametrize(
    "field",
    [
        "hockey_arena",
        "keyword",
        "monkey_forest",
        "location_key",
        "key_location",
        "hotspot",
        "hotspot_lokasi",
    ],
)
def test_a_field_merely_holding_a_secrets_letters_still_names_a_camera(field: str) -> None:
    records = [{field: f"Tempat {n}", "image": f"https://img.kutim.example/{n}.jpg"} for n in "AB"]
    assert [camera.name for camera in _cameras(json.dumps(records))] == ["Tempat A", "Tempat B"]


@pytest.mark.parametrize("field", ["key", "license_key", "auth_token", "wifi_hotspot"])
def test_a_secret_or_network_field_read_by_its_words_names_nothing(field: str) -> None:
    records = [{field: f"{SECRET}{n}", "image": f"https://img.kutim.example/{n}.jpg"} for n in "AB"]
    cameras = _cameras(json.dumps(records))
    assert len(cameras) == 2
    assert all(SECRET not in _shown(camera) for camera in cameras)


@pytest.mark.parametrize(
    "field", ["api_key_label", "jwt_title", "signature_label", "bearer_name", "session_name"]
)
def test_a_secret_under_a_name_like_field_never_names_a_camera(field: str) -> None:
    records = [
        {field: f"{SECRET}{n}", "hls": f"https://cctv.kutim.example/hls/{n}/index.m3u8"}
        for n in (1, 2)
    ]
    cameras = _cameras(json.dumps(records))
    assert len(cameras) == 2
    assert all(SECRET not in _shown(camera) for camera in cameras)


@pytest.mark.parametrize(
    "field", ["hmac", "digest", "md5", "sha256", "ssh_key", "rtmp_key", "csrf", "nonce"]
)
def test_hashes_and_protocol_keys_never_name_a_camera(field: str) -> None:
    records = [
        {field: f"{SECRET}{n}", "hls": f"https://cctv.kutim.example/hls/{n}/index.m3u8"}
        for n in (1, 2)
    ]
    cameras = _cameras(json.dumps(records))
    assert len(cameras) == 2
    assert all(SECRET not in _shown(camera) for camera in cameras)
