"""Camera clouds' live lists: device serials, HD renditions and fault flags."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kaliorang.kutim.example/api/live"
HLS = "https://hls.awan.kutim.example/openlive/{}.m3u8"
HD = "https://hls.awan.kutim.example/openlive/{}.hd.m3u8"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _channel(serial: str, name: str, **extra: object) -> dict[str, object]:
    return {"deviceSerial": serial, "channelNo": 1, "deviceName": name, **extra}


def test_hd_address_beats_the_smooth_one_and_serial_is_the_id() -> None:
    body = {
        "page": {"total": 2, "page": 0, "size": 10},
        "data": [
            _channel(
                "G1001",
                "Simpang Kaliorang",
                liveAddress=HLS.format("a"),
                hdAddress=HD.format("a"),
                status=1,
                exception=0,
            ),
            _channel(
                "G1002",
                "Pasar Kaliorang",
                liveAddress=HLS.format("b"),
                hdAddress=HD.format("b"),
                status=1,
                exception=1,
            ),
        ],
        "code": "200",
        "msg": "ok",
    }
    found = cameras(body)
    assert [(c.id, c.stream_url, c.online) for c in found] == [
        ("G1001", HD.format("a"), True),
        ("G1002", HD.format("b"), False),
    ]


def test_hls_hd_field_and_flv_renditions() -> None:
    body = {
        "data": [
            _channel(
                "E2001",
                "Dermaga Maloy",
                liveAddress="",
                hls=HLS.format("c"),
                hlsHd=HD.format("c"),
                flvHd="https://flv.awan.kutim.example/openlive/c.hd.flv",
                rtmpHd="rtmp://rtmp.awan.kutim.example/openlive/c.hd",
                status=1,
                exception=0,
            ),
            _channel("E2002", "Tanpa Alamat", hls="", hlsHd="", rtmp="", status=0),
        ]
    }
    found = cameras(body)
    assert len(found) == 1  # a channel whose addresses are empty is no camera
    assert found[0].stream_url == HD.format("c")
    assert found[0].name == "Dermaga Maloy"


def test_without_hd_rendition_the_smooth_one_stays() -> None:
    body = {"data": [_channel("K3001", "Jembatan", liveAddress=HLS.format("d"), exception=0)]}
    (camera,) = cameras(body)
    assert camera.stream_url == HLS.format("d")
    assert camera.id == "K3001"


def test_low_and_sd_renditions_are_never_preferred() -> None:
    body = {
        "data": [
            _channel("K4001", "Satu", hls=HLS.format("e"), hls_sd=HD.format("sd-e")),
            _channel("K4002", "Dua", hls=HLS.format("f"), hd_low=HD.format("low-f")),
        ]
    }
    assert [c.stream_url for c in cameras(body)] == [HLS.format("e"), HLS.format("f")]


def test_hd_field_holding_a_page_or_a_lan_address_is_not_the_stream() -> None:
    body = {
        "data": [
            _channel("K5001", "Satu", hls=HLS.format("g"), hdUrl="https://awan.kutim.example/p/g"),
            _channel("K5002", "Dua", hls=HLS.format("h"), hlsHd="http://192.168.1.20/h.hd.m3u8"),
        ]
    }
    assert [c.stream_url for c in cameras(body)] == [HLS.format("g"), HLS.format("h")]


def test_fault_flag_zero_keeps_the_status_and_words_count() -> None:
    body = {
        "data": [
            _channel("K6001", "Satu", hls=HLS.format("i"), status="online", exception=0),
            _channel("K6002", "Dua", hls=HLS.format("j"), status="online", fault=True),
            _channel("K6003", "Tiga", hls=HLS.format("k"), status="online", exception="1"),
        ]
    }
    assert [c.online for c in cameras(body)] == [True, False, False]


def test_serial_list_without_media_is_no_camera_list() -> None:
    body = {"data": [{"deviceSerial": "K7001", "deviceName": "Satu", "status": 1}]}
    try:
        found = cameras(body)
    except PortalFormatError:
        return
    assert found == ()


def test_many_hd_fields_are_bounded() -> None:
    channel: dict[str, object] = {f"note_hd_{n}": "x" for n in range(5000)}
    channel.update(deviceSerial="K8001", deviceName="Banyak", hls=HLS.format("m"))
    (camera,) = cameras({"data": [channel]})
    assert camera.stream_url == HLS.format("m")
