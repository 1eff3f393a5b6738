"""A stream's channel played from the media server named beside it in the same record."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.hostpaths import _PREFIX, hosted_paths

BASE = "https://radar-api.kota.example/api/v2/cams/getAllCams"
LAN_BASE = "http://192.168.1.5/api/cams"


def parse(records: list[dict[str, Any]], base_url: str = BASE) -> dict[str | None, Camera]:
    text = json.dumps(records)
    result = parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False)
    return {camera.id: camera for camera in result.cameras}


def record(ident: int, server: Any, channel: Any = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": ident,
        "nama": f"Kamera {ident}",
        "channel": f"cam{ident}.m3u8" if channel is None else channel,
        "UrlStreamMediaServer": server,
        **extra,
    }


def server(host: str = "mbox-03.kota.example", **fields: Any) -> dict[str, Any]:
    return {"ip_url_ms": host, "output_port": 443, "name": "/hls/", "protocol": "https", **fields}


def test_channel_is_written_out_on_its_media_server() -> None:
    cameras = parse(
        [
            record(10, server()),
            record(11, server(output_port=8080, protocol="http")),
            record(12, server(name="/hls")),
            record(13, {"host": "mtx.kota.example", "port": 8888, "path": "/"}, "cam13/index.m3u8"),
            {
                "id": 14,
                "nama": "Kamera 14",
                "streamPath": "live/a.flv",
                "mediaServer": {"ip": "m7s.kota.example", "httpPort": 8080, "prefix": "/hdl/"},
            },
        ]
    )
    assert {key: camera.stream_url for key, camera in cameras.items()} == {
        "10": "https://mbox-03.kota.example/hls/cam10.m3u8",
        "11": "http://mbox-03.kota.example:8080/hls/cam11.m3u8",
        "12": "https://mbox-03.kota.example/hls/cam12.m3u8",
        "13": "http://mtx.kota.example:8888/cam13/index.m3u8",
        "14": "http://m7s.kota.example:8080/hdl/live/a.flv",
    }
    # the server's path prefix is no name of the camera
    assert cameras["10"].name == "Kamera 10"


def test_a_server_that_cannot_be_written_out_drops_the_channel() -> None:
    cameras = parse(
        [
            record(1, server()),
            record(2, None),
            record(3, server(host="192.168.10.4")),
            record(4, server(host="127.0.0.1")),
            record(5, server(host="169.254.169.254")),
            record(6, server(host="admin:rahasia@mbox.kota.example")),
            record(7, server(protocol="rtmp")),
            record(8, server(host="mbox.kota.example/hls")),
            record(9, server(output_port="http")),
        ]
    )
    assert list(cameras) == ["1"]
    assert all("rahasia" not in (c.stream_url or "") for c in cameras.values())


def test_a_lan_answer_may_name_a_lan_server_but_never_a_link_local_one() -> None:
    cameras = parse(
        [record(1, server(host="192.168.10.4")), record(2, server(host="169.254.169.254"))],
        base_url=LAN_BASE,
    )
    assert {key: c.stream_url for key, c in cameras.items()} == {
        "1": "https://192.168.10.4/hls/cam1.m3u8"
    }


def test_near_misses_are_left_as_they_are() -> None:
    # a channel number, a channel without a stream file, a full address, a path going up
    for channel in (3, "cam3", "https://cdn.kota.example/cam3.m3u8", "../cam3.m3u8"):
        item = record(3, server(), channel)
        assert hosted_paths(item, BASE) == item
    # a server field naming no stream or media (a recordings server), and a list of servers
    item = {"id": 4, "channel": "cam4.m3u8", "history_server": server()}
    assert hosted_paths(item, BASE) == item
    item = {"id": 5, "channel": "cam5.m3u8", "media_server": [server()]}
    assert hosted_paths(item, BASE) == item
    # two channel fields: which one the server plays is not said
    item = {"id": 6, "channel": "cam6.m3u8", "stream_path": "cam6b.m3u8", "media_server": server()}
    assert hosted_paths(item, BASE) == item


def test_a_channel_without_a_server_field_keeps_its_reading() -> None:
    cameras = parse([{"id": 1, "nama": "Kamera 1", "channel": "cam1.m3u8"}])
    assert cameras["1"].stream_url == "https://radar-api.kota.example/api/v2/cams/cam1.m3u8"


def test_local_and_internal_server_names_are_never_written_out() -> None:
    for host in ("localhost", "metadata.google.internal", "cam01.local", "camera", "[::1]"):
        item = {"id": 1, "channel": "c.m3u8", "media_server": {"host": host, "path": "/hls/"}}
        assert "channel" not in hosted_paths(item, BASE)
    item = {"id": 1, "channel": "c.m3u8", "media_server": {"host": "mbox.kota.example"}}
    assert hosted_paths(item, BASE)["channel"] == "http://mbox.kota.example/c.m3u8"


def test_the_web_outputs_port_is_taken_never_another_protocols() -> None:
    cameras = parse(
        [
            {
                "id": 14,
                "nama": "Kamera 14",
                "streamPath": "live/a.flv",
                "mediaServer": {
                    "ip": "m7s.kota.example",
                    "rtmpPort": 1935,
                    "httpPort": 8080,
                    "prefix": "/hdl/",
                },
            },
            {
                "id": 15,
                "nama": "Kamera 15",
                "channel": "cam15/index.m3u8",
                "stream_server": {"host": "mtx.kota.example", "rtsp_port": 8554, "hls_port": 8888},
            },
            {
                "id": 16,
                "nama": "Kamera 16",
                "channel": "cam16/index.m3u8",
                "stream_server": {"host": "mtx.kota.example", "rtsp_port": 8554},
            },
            {
                "id": 17,
                "nama": "Kamera 17",
                "channel": "cam17/index.m3u8",
                "stream_server": {"host": "mtx.kota.example", "api_port": 9997, "port": 8888},
            },
        ]
    )
    assert {key: camera.stream_url for key, camera in cameras.items()} == {
        "14": "http://m7s.kota.example:8080/hdl/live/a.flv",
        "15": "http://mtx.kota.example:8888/cam15/index.m3u8",
        "16": "http://mtx.kota.example/cam16/index.m3u8",
        "17": "http://mtx.kota.example:8888/cam17/index.m3u8",
    }


def test_long_prefix_values_failing_at_their_end_are_read_in_linear_time() -> None:
    """A reviewed hostile input: prefixes of 200 letters and a bad last character."""
    bad = "/" + "a" * 200 + "!"
    keys = ("path", "prefix", "base_path", "app", "application", "location", "name")
    records = [
        {
            "id": n,
            "name": f"Cam {n}",
            "channel": f"c{n}.m3u8",
            "media_server": {"host": "media.kota.example", **dict.fromkeys(keys, bad)},
        }
        for n in range(200)
    ]
    cameras = parse(records)
    assert len(cameras) == 200
    assert cameras["7"].stream_url == "http://media.kota.example/c7.m3u8"
    assert _PREFIX.fullmatch("/" + "a" * 64 + "/" + "a" * 5000 + "!") is None
    assert _PREFIX.fullmatch("/live/app/") is not None


def test_a_lan_answer_never_names_a_metadata_or_loopback_server() -> None:
    records = [
        record(1, {"host": "metadata.google.internal", "path": "/computeMetadata/v1/"}),
        record(2, {"host": "localhost", "port": 8123, "path": "/api/"}),
        record(3, {"host": "127.0.0.1", "port": 8888}),
        record(4, {"host": "169-254-169-254.sslip.io", "port": 80}),
        # a LAN server's name or address is the LAN answer's own
        record(5, {"host": "nvr.local", "port": 8080, "path": "/hls/"}),
        record(6, {"host": "192.168.1.9", "port": 8888}),
    ]
    streams = {key: camera.stream_url for key, camera in parse(records, LAN_BASE).items()}
    assert streams == {
        "5": "http://nvr.local:8080/hls/cam5.m3u8",
        "6": "http://192.168.1.9:8888/cam6.m3u8",
    }


def test_a_loopback_answer_may_name_its_own_loopback_server() -> None:
    records = [
        record(2, {"host": "localhost", "port": 8123, "path": "/api/"}),
        record(4, {"host": "metadata.google.internal", "path": "/computeMetadata/v1/"}),
    ]
    cameras = parse(records, "http://127.0.0.1:8080/api/cams")
    assert {key: c.stream_url for key, c in cameras.items()} == {
        "2": "http://localhost:8123/api/cam2.m3u8"
    }


def test_a_radio_servers_channel_is_no_camera() -> None:
    records = [
        {
            "id": n,
            "name": f"Radio {n}",
            "stream_path": f"live/radio{n}.m3u8",
            "stream_server": {"host": "radio.kota.example", "port": 8000},
        }
        for n in (1, 2)
    ]
    records.append(record(3, server()))
    cameras = parse(records)
    assert list(cameras) == ["3"]
