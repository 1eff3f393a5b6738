"""Recorder channel numbers as camera ids, read after holdout 33.

A gateway's or relay's channel list of one DVR/NVR often gives each channel only its
number on the recorder: the channel number (``channel``, ``channelNo``, ``chn``, a
Dahua relay's ``chan``) or the video input the channel is wired to (Hikvision
``inputPort``). When nothing named for the camera identifies it, that number is the
camera's id, provided its values are small whole numbers (0 to 1024) unique across the
list. A number that repeats (channel 1 on each of several recorders), a value that is no
channel number (a port such as 8554, a GB28181 code, a word) and a list with an id of its
own (``id``, ``channelId``) keep their ids; device login fields are never read.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.shapes import choose_id_key

BASE = "https://cctv.gateway.example/api/devices/nvr1/channels"


def _parse(payload: object) -> tuple[Camera, ...]:
    text = json.dumps(payload)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _channel(key: str, number: object, name: str) -> dict[str, object]:
    return {
        key: number,
        "name": name,
        "online": True,
        "hls": f"/live/nvr1/ch{name[-1]}/index.m3u8",
    }


def _ids(cameras: tuple[Camera, ...]) -> list[str]:
    return [camera.id for camera in cameras]


def test_input_port_is_the_channel_id() -> None:
    payload = {
        "model": "DS-7608NI-K2",
        "user": "admin",
        "password": "RahasiaKutim1",
        "channels": [_channel("inputPort", n, f"Gerbang {n}") for n in (1, 2, 3)],
    }
    cameras = _parse(payload)
    assert _ids(cameras) == ["1", "2", "3"]
    assert [camera.name for camera in cameras] == ["Gerbang 1", "Gerbang 2", "Gerbang 3"]
    assert cameras[0].stream_url == "https://cctv.gateway.example/live/nvr1/ch1/index.m3u8"
    assert "RahasiaKutim1" not in repr(cameras)


def test_chan_counted_from_zero_is_the_id() -> None:
    cameras = _parse({"cameras": [_channel("chan", n, f"Simpang {n}") for n in (0, 1, 2)]})
    assert _ids(cameras) == ["0", "1", "2"]


def test_channel_numbers_written_as_text() -> None:
    rows = [{"chan_no": "01", "name": "A"}, {"chan_no": "02", "name": "B"}]
    assert choose_id_key(rows) == "chan_no"
    rows = [{"chn_no": "3", "name": "A"}, {"chn_no": "4", "name": "B"}]
    assert choose_id_key(rows) == "chn_no"


def test_repeated_channel_numbers_are_no_id() -> None:
    rows = [
        {"recorder": "A", "chan": 1, "name": "Terminal 1"},
        {"recorder": "A", "chan": 2, "name": "Terminal 2"},
        {"recorder": "B", "chan": 1, "name": "Apron 1"},
    ]
    assert choose_id_key(rows) is None
    cameras = _parse({"cameras": [{**row, "hls": f"/h/{i}.m3u8"} for i, row in enumerate(rows)]})
    assert all(camera.id.startswith("k-") for camera in cameras)


def test_values_that_are_no_channel_numbers_are_no_id() -> None:
    # Ports, GB28181 channel codes, words and negative numbers number no channel.
    for values in ((8554, 8555), ("34020000001320000001", "34020000001320000002")):
        rows = [{"input_port": v, "name": str(i)} for i, v in enumerate(values)]
        assert choose_id_key(rows) is None
    rows = [{"channel": "main", "name": "A"}, {"channel": "sub", "name": "B"}]
    assert choose_id_key(rows) is None
    rows = [{"chan": -1, "name": "A"}, {"chan": -2, "name": "B"}]
    assert choose_id_key(rows) is None
    rows = [{"chan": 1.5, "name": "A"}, {"chan": 2.5, "name": "B"}]
    assert choose_id_key(rows) is None


def test_an_id_of_its_own_beats_the_channel_number() -> None:
    # Hikvision's own video input records carry their id beside the input port.
    rows = [
        {"id": 101, "input_port": 1, "name": "A"},
        {"id": 201, "input_port": 2, "name": "B"},
    ]
    assert choose_id_key(rows) == "id"
    rows = [
        {"channel_id": "34020000001320000001", "channel": 1, "name": "A"},
        {"channel_id": "34020000001320000002", "channel": 2, "name": "B"},
    ]
    assert choose_id_key(rows) == "channel_id"
    rows = [{"device_serial": "D1", "chan": 1}, {"device_serial": "D2", "chan": 1}]
    assert choose_id_key(rows) == "device_serial"
    rows = [{"code": "CAM-01", "chan": 1}, {"code": "CAM-02", "chan": 2}]
    assert choose_id_key(rows) == "chan"  # a channel number before a bare code, as before


def test_other_ports_are_no_channel_number() -> None:
    rows = [{"port": 1, "name": "A"}, {"port": 2, "name": "B"}]
    assert choose_id_key(rows) is None
    rows = [{"http_port": 81, "name": "A"}, {"http_port": 82, "name": "B"}]
    assert choose_id_key(rows) is None
