"""A keyed object of camera configurations with no id inside: each key names its camera."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutimkab.example/api/config"
CAM = "rtsp://cam.kutimkab.example"
HOST = "https://cctv.kutimkab.example"


def cameras(payload: object) -> tuple[Camera, ...]:
    """Parse a JSON payload as an Automatic portal answer."""
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def rows(found: tuple[Camera, ...]) -> list[tuple[str, str, str | None, str | None]]:
    """Return each camera's id, name, stream and still."""
    return [(c.id, c.name, c.stream_url, c.snapshot_url) for c in found]


CONFIGS = {
    "Simpang Tiga": {"rtsp": f"{CAM}/1", "snapshot": f"{HOST}/s1.jpg"},
    "Pasar Induk": {"rtsp": f"{CAM}/2", "snapshot": f"{HOST}/s2.jpg"},
}


@pytest.mark.parametrize("payload", [{"cameras": CONFIGS}, CONFIGS])
def test_each_key_is_the_cameras_name_and_id(payload: object) -> None:
    assert rows(cameras(payload)) == [
        ("Simpang Tiga", "Simpang Tiga", f"{CAM}/1", f"{HOST}/s1.jpg"),
        ("Pasar Induk", "Pasar Induk", f"{CAM}/2", f"{HOST}/s2.jpg"),
    ]


@pytest.mark.parametrize("field", ["hls", "url"])
def test_a_playlist_under_hls_or_url_is_the_stream(field: str) -> None:
    payload = {
        "cameras": {
            "Simpang Tiga": {field: f"{HOST}/hls/1.m3u8"},
            "Pasar Induk": {field: f"{HOST}/hls/2.m3u8"},
        }
    }
    assert rows(cameras(payload)) == [
        ("Simpang Tiga", "Simpang Tiga", f"{HOST}/hls/1.m3u8", None),
        ("Pasar Induk", "Pasar Induk", f"{HOST}/hls/2.m3u8", None),
    ]


def test_a_slug_key_is_kept_as_written() -> None:
    payload = {
        "streams": {
            "simpang_tiga": {"url": f"{HOST}/hls/1.m3u8"},
            "pasar_induk": {"url": f"{HOST}/hls/2.m3u8"},
        }
    }
    assert rows(cameras(payload)) == [
        ("simpang_tiga", "simpang_tiga", f"{HOST}/hls/1.m3u8", None),
        ("pasar_induk", "pasar_induk", f"{HOST}/hls/2.m3u8", None),
    ]


def test_keyed_objects_without_media_are_no_list() -> None:
    payload = {"settings": {"Simpang Tiga": {"theme": "dark"}, "Pasar Induk": {"theme": "light"}}}
    with pytest.raises(PortalFormatError) as raised:
        cameras(payload)
    assert str(raised.value) == (
        "No camera list found in the portal answer (found 0 list(s), the largest with 0"
        " entries, 4 object(s); no field looked like a stream or image address)"
    )


# A title key names a record carrying its own id and media under a camera-list key.


@pytest.mark.parametrize("holder", ["cameras", "cctv", "kamera", "webcams", "cams"])
def test_a_title_key_names_a_record_with_its_own_id(holder: str) -> None:
    payload = {
        holder: {
            "Simpang Tiga": {"id": 7, "rtsp": f"{CAM}/1"},
            "Pasar Induk": {"camera_id": "cam8", "rtsp": f"{CAM}/2"},
            "Sîmpang": {"id": 10, "name": "", "rtsp": f"{CAM}/4"},
        }
    }
    assert rows(cameras(payload)) == [
        ("7", "Simpang Tiga", f"{CAM}/1", None),
        ("cam8", "Pasar Induk", f"{CAM}/2", None),
        ("10", "Sîmpang", f"{CAM}/4", None),
    ]


@pytest.mark.parametrize("holder", ["cameras", "webcams"])
def test_a_title_key_with_its_own_id_alone(holder: str) -> None:
    payload = {"generated": "2026-11-30", holder: {"Simpang Tiga": {"id": 7, "rtsp": f"{CAM}/1"}}}
    assert rows(cameras(payload)) == [("7", "Simpang Tiga", f"{CAM}/1", None)]


def test_a_record_naming_itself_or_a_slug_key_is_left_as_it_was() -> None:
    named = {
        "cameras": {
            "Simpang Tiga": {"id": 7, "name": "Bundaran", "rtsp": f"{CAM}/1"},
            "Pasar Induk": {"id": 8, "title": "Pasar Lama", "rtsp": f"{CAM}/2"},
            "Jalan Kaliorang": {"id": 9, "nama_titik": "Jl. Yos Sudarso", "rtsp": f"{CAM}/3"},
        }
    }
    assert rows(cameras(named)) == [
        ("7", "Bundaran", f"{CAM}/1", None),
        ("8", "Pasar Lama", f"{CAM}/2", None),
        ("9", "Jl. Yos Sudarso", f"{CAM}/3", None),
    ]
    slugs = {
        "cameras": {
            "simpang_tiga": {"id": 7, "rtsp": f"{CAM}/1"},
            "cam8": {"id": 8, "rtsp": f"{CAM}/2"},
        }
    }
    assert rows(cameras(slugs)) == [("7", "7", f"{CAM}/1", None), ("8", "8", f"{CAM}/2", None)]


def test_a_title_key_without_an_id_stays_the_id_and_name() -> None:
    payload = {"cameras": {"Simpang Tiga": {"id": True, "rtsp": f"{CAM}/1"}}}
    assert rows(cameras(payload)) == [("Simpang Tiga", "Simpang Tiga", f"{CAM}/1", None)]


def test_places_keying_playlists_by_code_under_a_camera_holder_are_unchanged() -> None:
    # A title key over a group of playlists (no id, no media of its own) names no record:
    # the place stays the area of the cameras keyed by code.
    stream = "https://streaming1.jalan.kutim.example/Phase1/{}.stream/playlist.m3u8"
    payload = {
        "cameras": {
            "Sangatta Utara": {
                "PER-1-003": stream.format("PER_1_003"),
                "PER-1-004": stream.format("PER_1_004"),
            },
            "Bengalon": {"PER-2-011": stream.format("PER_2_011")},
        }
    }
    found = cameras(payload)
    assert [(c.id, c.name, c.area) for c in found] == [
        ("PER-1-003", "PER-1-003", "Sangatta Utara"),
        ("PER-1-004", "PER-1-004", "Sangatta Utara"),
        ("PER-2-011", "PER-2-011", "Bengalon"),
    ]


def test_a_record_without_media_of_its_own_is_no_camera_named_by_its_key() -> None:
    payload = {
        "cameras": {
            "Simpang Tiga": {"id": 7, "note": "dipindah"},
            "Pasar Induk": {"id": 8, "note": "rusak"},
        }
    }
    with pytest.raises(PortalFormatError):
        cameras(payload)
