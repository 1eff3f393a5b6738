"""Indonesian connection states: ``terhubung``/``terkoneksi`` is online, ``terputus`` offline."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutimkab.example/api/kamera"


def state(**fields: Any) -> bool | None:
    record = {
        "id": "K1",
        "nama": "Simpang Tiga Sangatta",
        "stream_url": "https://cctv.kutimkab.example/hls/k1/index.m3u8",
        **fields,
    }
    result = parse_body(
        json.dumps({"data": [record]}), profile=Profile.AUTO, base_url=BASE, prettify=False
    )
    (camera,) = result.cameras
    return camera.online


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"terkoneksi": True}, True),
        ({"terkoneksi": False}, False),
        ({"terhubung": "ya"}, True),
        ({"is_terhubung": 0}, False),
        ({"tersambung": "true"}, True),
        ({"terputus": True}, False),
        ({"terputus": False}, True),
        ({"status_koneksi": "Terhubung"}, True),
        ({"status_koneksi": "Terputus"}, False),
        ({"status_koneksi": "Tidak Terhubung"}, False),
        ({"status_koneksi": "TIDAK TERKONEKSI"}, False),
    ],
)
def test_connection_state_is_read(fields: dict[str, Any], expected: bool) -> None:
    assert state(**fields) is expected


@pytest.mark.parametrize(
    "fields",
    [
        {"terhubung_ke": "Command Center Diskominfo"},  # what it is linked to, not a state
        {"jenis_koneksi": "Fiber Optik"},  # the kind of link
        {"koneksi": "Radio Link"},
        {"terkoneksi": "2026-11-30 08:00"},  # a time, not a yes/no value
        {"jumlah_terhubung": 3},
    ],
)
def test_fields_that_only_look_like_a_connection_say_nothing(fields: dict[str, Any]) -> None:
    assert state(**fields) is None


def test_a_known_status_field_still_comes_first() -> None:
    assert state(status="offline", terkoneksi=True) is False
    assert state(status="offline", koneksi="Terhubung") is False
    assert state(status="Aktif", koneksi="Terputus") is True
    assert state(koneksi="Terputus") is False
    assert state(status="online", terputus=False) is True
