"""A LAN address is no camera's media beside public media of its own (public answers)."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

PUBLIC = "https://cctv.kutimkab.example/api/kamera"
LOCAL = "http://192.168.1.2:8080/api/kamera"
STILL = "https://cctv.kutimkab.example/snap/k1.jpg"
HLS = "https://cctv.kutimkab.example/hls/k1/index.m3u8"


def parse(records: list[dict[str, Any]], base_url: str = PUBLIC) -> dict[str, Camera]:
    text = json.dumps({"data": records})
    result = parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False)
    return {camera.id: camera for camera in result.cameras}


def record(code: str, **urls: str) -> dict[str, Any]:
    return {"id": code, "nama": f"Simpang {code} Sangatta", **urls}


def test_a_private_stream_beside_a_public_still_is_dropped() -> None:
    camera = parse(
        [record("K1", stream_url="http://192.168.40.10/live/k1.m3u8", snapshot_url=STILL)]
    )["K1"]
    assert camera.stream_url is None
    assert camera.snapshot_url == STILL


def test_each_kind_of_lan_host_is_dropped_beside_public_media() -> None:
    hosts = [
        "rtsp://10.20.1.5:554/Streaming/Channels/101",
        "http://172.16.4.2/live/index.m3u8",
        "http://100.64.3.7:8080/live/index.m3u8",  # shared (CGNAT)
        "rtsp://127.0.0.1:8554/k1",
        "http://169.254.169.254/latest/live.m3u8",  # link-local, cloud metadata
        "http://nvr-kantor/live/index.m3u8",  # single label
        "http://kamera.local/live/index.m3u8",
        "http://[fd00::12]/live/index.m3u8",
        "http://metadata.google.internal/live/index.m3u8",
    ]
    records = [
        record(f"K{i}", stream_url=url, snapshot_url=f"https://cctv.kutimkab.example/snap/{i}.jpg")
        for i, url in enumerate(hosts)
    ]
    cameras = parse(records)
    assert len(cameras) == len(hosts)
    for code, camera in cameras.items():
        assert camera.stream_url is None
        assert camera.snapshot_url == f"https://cctv.kutimkab.example/snap/{code[1:]}.jpg"


def test_a_private_still_beside_a_public_stream_is_dropped() -> None:
    camera = parse([record("K1", stream_url=HLS, snapshot_url="http://10.0.5.21/capture.jpg")])[
        "K1"
    ]
    assert camera.stream_url == HLS
    assert camera.snapshot_url is None


def test_a_private_mjpeg_beside_a_public_still_is_dropped() -> None:
    mjpeg = "http://192.168.0.64/axis-cgi/mjpg/video.cgi"
    camera = parse([record("K1", mjpeg_url=mjpeg, snapshot_url=STILL)])["K1"]
    assert camera.mjpeg_url is None
    assert camera.snapshot_url == STILL


def test_a_lan_only_camera_in_a_plain_list_keeps_its_address() -> None:
    # No public media of its own: the list rule (lanoutliers) judges it, not this one.
    lan = "rtsp://192.168.1.64:554/Streaming/Channels/101"
    cameras = parse([record("K1", stream_url=HLS), record("L1", stream_url=lan)])
    assert cameras["L1"].stream_url == lan


def test_an_answer_from_the_local_network_keeps_its_lan_addresses() -> None:
    lan = "http://192.168.1.10/live/k1.m3u8"
    camera = parse([record("K1", stream_url=lan, snapshot_url=STILL)], base_url=LOCAL)["K1"]
    assert camera.stream_url == lan
    assert camera.snapshot_url == STILL


def test_a_documentation_range_address_stands_for_a_public_one() -> None:
    doc = "http://203.0.113.40/hls/k1/index.m3u8"
    camera = parse([record("K1", stream_url=doc, snapshot_url=STILL)])["K1"]
    assert camera.stream_url == doc


def test_public_media_on_several_hosts_is_unchanged() -> None:
    other = "https://cdn.kutim.example/thumbs/k1.jpg"
    camera = parse([record("K1", stream_url=HLS, snapshot_url=other)])["K1"]
    assert (camera.stream_url, camera.snapshot_url) == (HLS, other)


def test_a_csv_row_drops_its_lan_stream_beside_a_public_still() -> None:
    text = (
        "kode;nama_titik;url_live;url_pratinjau\r\n"
        f"K1;Kantor Camat Sangatta Selatan;http://192.168.40.10/live/k1.m3u8;{STILL}\r\n"
        f"K2;Taman Bersemi;{HLS};{STILL}\r\n"
    )
    result = parse_body(text, profile=Profile.AUTO, base_url=PUBLIC + ".csv", prettify=False)
    cameras = {camera.id: camera for camera in result.cameras}
    assert cameras["K1"].stream_url is None
    assert cameras["K1"].snapshot_url == STILL
    assert cameras["K2"].stream_url == HLS


def test_wildcard_dns_names_of_lan_addresses_are_dropped_beside_public_media() -> None:
    hosts = [
        "http://10.1.2.3.nip.io/live/index.m3u8",
        "http://192-168-1-5.sslip.io/live/index.m3u8",
        "http://cam.169.254.169.254.xip.io/latest/live.m3u8",
    ]
    records = [
        record(f"K{i}", stream_url=url, snapshot_url=f"https://cctv.kutimkab.example/snap/{i}.jpg")
        for i, url in enumerate(hosts)
    ]
    cameras = parse(records)
    assert len(cameras) == len(hosts)
    assert all(camera.stream_url is None for camera in cameras.values())


def test_a_wildcard_dns_name_of_a_public_address_is_kept() -> None:
    stream = "http://8.8.8.8.nip.io/live/index.m3u8"
    camera = parse([record("K1", stream_url=stream, snapshot_url=STILL)])["K1"]
    assert camera.stream_url == stream
