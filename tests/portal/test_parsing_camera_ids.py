"""Camera ids: no login, no huge number and no endless text is copied into an id."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.normalise import derive_id
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/api/cams.json"


def cameras(body: object, url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=url, prettify=False).cameras


def _records(*ids: object) -> list[dict[str, object]]:
    return [
        {"id": cid, "name": f"Kamera {n}", "hls_url": f"https://cam.kutim.example/{n}.m3u8"}
        for n, cid in enumerate(ids)
    ]


def _derived(n: int) -> str:
    return derive_id(f"https://cam.kutim.example/{n}.m3u8")


@pytest.mark.parametrize(
    "login_id",
    [
        "rtsp://admin:pw@10.0.0.1/",
        "rtsp://admin:pw@cam.kutim.example/1",
        "admin:pw@cam.kutim.example",
        "admin@10.0.0.5",
        "http://cam.kutim.example/video.cgi?user=admin&pwd=rahasia",
    ],
)
def test_an_id_written_with_a_login_is_derived_instead(login_id: str) -> None:
    found = cameras(_records(login_id, 2))
    assert [(c.id, c.name) for c in found] == [(_derived(0), "Kamera 0"), ("2", "Kamera 1")]


def test_ids_without_a_login_are_kept_as_written() -> None:
    found = cameras(_records("rtsp://cam.kutim.example/1", "10.0.0.1", "cam@simpang", 2**60))
    assert [c.id for c in found] == [
        "rtsp://cam.kutim.example/1",
        "10.0.0.1",
        "cam@simpang",
        "1152921504606846976",
    ]


def test_float_ids_beyond_exact_integers_are_derived() -> None:
    found = cameras(_records(1e308, 7.0, 7.5, -3.0, 2.0**53, -1e300))
    ids = [c.id for c in found]
    assert ids == [_derived(0), "7", "7.5", "-3", _derived(4), _derived(5)]


def test_an_overlong_id_is_derived_and_a_long_one_kept() -> None:
    found = cameras(_records("x" * 257, "y" * 256))
    assert [c.id for c in found] == [_derived(0), "y" * 256]


def test_hub_device_and_agent_ids_with_a_login_are_derived() -> None:
    hub = [
        {
            "id": "rtsp://admin:pw@10.0.0.1/",
            "label": "CCTV Simpang",
            "capabilities": ["VideoCapture"],
            "attributes": {"video": "rtsp://cam.kutim.example/1"},
            "commands": [],
        }
    ]
    (camera,) = cameras(hub)
    assert camera.id == derive_id("rtsp://cam.kutim.example/1")
    assert "pw@" not in repr(camera)
    agent = {
        "key": "rtsp://admin:pw@10.0.0.1/",
        "friendly_name": "Pelabuhan",
        "capture": {"ipcamera": {"rtsp": "rtsp://cam.kutim.example/2", "sub_rtsp": ""}},
        "timetable": [],
        "region": {},
        "cloud": "s3",
        "mqtturi": "tcp://mqtt.kutim.example:1883",
    }
    (camera,) = cameras(agent)
    assert camera.id == derive_id("rtsp://cam.kutim.example/2")
    assert "pw@" not in repr(camera)
