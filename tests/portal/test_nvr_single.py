"""NVR and restreamer answers for one camera: single objects, not lists."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import JSONValue

PRODUCERS: JSONValue = {
    "producers": [{"url": "rtsp://admin:Go2Pass@10.6.0.9/stream1", "remote_addr": "10.6.0.9:554"}],
    "consumers": None,
}


def cameras(body: JSONValue, url: str) -> list[Camera]:
    """Parse a JSON answer fetched from url."""
    result = parse_body(json.dumps(body), profile=Profile.AUTO, base_url=url, prettify=False)
    return list(result.cameras)


@pytest.mark.parametrize(
    ("url", "name", "api"),
    [
        ("http://nvr.kutim.example:1984/api/streams?src=gerbang", "gerbang", "http://nvr.kutim.example:1984/api"),
        ("https://k.example/go2rtc/api/streams?src=pasar+induk&x=1", "pasar induk", "https://k.example/go2rtc/api"),
        ("https://k.example/api/streams?src=simpang%203", "simpang 3", "https://k.example/api"),
    ],
)  # fmt: skip
def test_go2rtc_one_stream_is_named_by_its_src(url: str, name: str, api: str) -> None:
    """The stream's name comes from the question; media follow go2rtc's own paths."""
    for body in (PRODUCERS, {"producers": [], "consumers": []}, {"producers": None}):
        (camera,) = cameras(body, url)
        assert (camera.id, camera.raw_name) == (name, name)
        assert camera.stream_url is not None
        assert camera.stream_url.startswith(f"{api}/stream.m3u8?src=")
        assert camera.snapshot_url is not None
        assert camera.snapshot_url.startswith(f"{api}/frame.jpeg?src=")
        assert "Go2Pass" not in repr(camera)
        assert "10.6.0.9" not in repr(camera)


def test_go2rtc_one_stream_without_src_is_no_camera() -> None:
    """Without a name in the question, the producer's device address is never the stream."""
    found = cameras(PRODUCERS, "http://nvr.kutim.example:1984/api/streams")
    assert found == []


def test_mediamtx_path_get() -> None:
    """GET /v3/paths/get/{name} answers with one path object."""
    body = {"name": "cam/pasar", "confName": "cam/pasar", "source": {"type": "rtspSource"}}
    body |= {"ready": False, "tracks": []}
    (camera,) = cameras(body, "http://media.kutim.example:9997/v3/paths/get/cam/pasar")
    assert camera.id == "cam/pasar"
    assert camera.stream_url == "http://media.kutim.example:8888/cam/pasar/index.m3u8"
    assert camera.online is False


def test_zoneminder_monitor_view() -> None:
    """GET /api/monitors/{id}.json answers with one monitor under "monitor"."""
    body = {
        "monitor": {
            "Monitor": {"Id": "5", "Name": "Gerbang", "Function": "Modect",
                        "Path": "rtsp://admin:ZmSecret9@10.30.0.5/live"},
            "Monitor_Status": {"Status": "Connected"},
        }
    }  # fmt: skip
    (camera,) = cameras(body, "https://nvr.kutim.example/zm/api/monitors/5.json")
    assert (camera.id, camera.raw_name, camera.online) == ("5", "Gerbang", True)
    assert camera.mjpeg_url == "https://nvr.kutim.example/zm/cgi-bin/nph-zms?mode=jpeg&monitor=5"
    assert "ZmSecret9" not in repr(camera)


def test_antmedia_one_broadcast() -> None:
    """GET /{app}/rest/v2/broadcasts/{id} answers with one broadcast; its login is never read."""
    body = {
        "streamId": "gerbang",
        "status": "broadcasting",
        "name": "Gerbang Kota",
        "username": "admin",
        "password": "AntPass77",
        "streamUrl": "rtsp://admin:AntPass77@10.70.0.9/live",
    }
    (camera,) = cameras(body, "https://m.kutim.example:5443/LiveApp/rest/v2/broadcasts/gerbang")
    assert (camera.id, camera.raw_name, camera.online) == ("gerbang", "Gerbang Kota", True)
    assert camera.stream_url == "https://m.kutim.example:5443/LiveApp/streams/gerbang.m3u8"
    assert "AntPass77" not in repr(camera)
    assert "10.70.0.9" not in repr(camera)


def test_restreamer_one_process() -> None:
    """GET /api/v3/process/{id} answers with one process; its input address is never read."""
    body = {
        "id": "restreamer-ui:ingest:r1",
        "reference": "r1",
        "config": {
            "input": [{"address": "rtsp://admin:ReStream5@10.50.0.9/live"}],
            "output": [{"address": "{memfs}/r1.m3u8"}],
        },
        "state": {"exec": "failed"},
    }
    (camera,) = cameras(body, "https://live.kutim.example/api/v3/process/restreamer-ui:ingest:r1")
    assert (camera.id, camera.online) == ("r1", False)
    assert camera.stream_url == "https://live.kutim.example/memfs/r1.m3u8"
    assert "ReStream5" not in repr(camera)
    assert "10.50.0.9" not in repr(camera)


@pytest.mark.parametrize(
    "body",
    [
        {"reference": "r1", "config": "not an object"},
        {"streamId": "s1"},
        {"name": "x", "source": {"type": "rtspSource"}, "ready": True},
        {"monitor": "not an object"},
    ],
)
def test_lookalike_single_objects_are_no_nvr_answers(body: JSONValue) -> None:
    """Objects that only share a field name with an NVR answer give no NVR camera."""
    try:
        found = cameras(body, "https://cctv.kutim.example/api/cameras")
    except PortalFormatError:
        return
    assert found == []
