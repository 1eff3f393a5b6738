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
