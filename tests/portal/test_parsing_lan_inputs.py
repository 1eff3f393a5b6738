"""A device's connection settings served publicly: its LAN address is no media."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.deviceinputs import connection_record, lan_address
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.parsing import parse_body

PUBLIC = "https://cctv.kutimkab.example/api/cameras"
LOCAL = "http://192.168.1.2:8080/api/cameras"


def parse(records: list[dict[str, Any]], base_url: str = PUBLIC) -> dict[str, Any]:
    text = json.dumps({"cameras": records})
    result = parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False)
    return {camera.name: camera for camera in result.cameras}


def record(name: str, stream: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "stream": stream, "status": "online", **extra}


PUBLIC_CAMERA = record("Dermaga Kenyamukan", "rtsp://cam-kn04.kutimkab.example:554/stream1")


@pytest.mark.parametrize(
    "extra",
    [
        {"ip": "192.168.1.102", "port": 8080},  # Open-Eye: the device's own address
        {"ip_address": "10.8.4.15"},
        {"host": "172.16.30.7", "port": "554"},
        {"onvif_username": "", "onvif_password": ""},  # LightNVR: the login it connects with
        {"username": "admin", "password": ""},
        {"credentials": {"username": "", "password": ""}},  # nested login fields
    ],
)
def test_a_connection_records_lan_address_from_a_public_answer_is_not_listed(
    extra: dict[str, Any],
) -> None:
    lan = record("Lobi Pelayanan", "rtsp://192.168.1.102:554/stream1", **extra)
    found = parse([PUBLIC_CAMERA, lan])
    assert set(found) == {"Dermaga Kenyamukan"}
    assert found["Dermaga Kenyamukan"].stream_url == PUBLIC_CAMERA["stream"]


def test_a_lan_still_of_a_connection_record_is_no_still_either() -> None:
    lan = record(
        "Parkir Belakang",
        "rtsp://192.168.1.181:554/",
        snapshot="http://192.168.1.181/cgi-bin/snapshot.cgi",
        host="192.168.1.181",
    )
    assert set(parse([PUBLIC_CAMERA, lan])) == {"Dermaga Kenyamukan"}


def test_a_connection_record_keeps_its_public_media_beside_the_lan_input() -> None:
    lan = record(
        "Lobi Pelayanan",
        "rtsp://10.20.0.44:554/Streaming/Channels/101",
        hls="https://relay.kutimkab.example/hls/lobi/index.m3u8",
        ip="10.20.0.44",
    )
    found = parse([PUBLIC_CAMERA, lan])
    assert (
        found["Lobi Pelayanan"].stream_url == "https://relay.kutimkab.example/hls/lobi/index.m3u8"
    )


def test_a_connection_record_on_a_public_host_keeps_its_address() -> None:
    relay = record(
        "Simpang Tiga",
        "rtsp://relay.kutimkab.example:8554/simpang-tiga",
        onvif_username="",
        onvif_password="",
        host="relay.kutimkab.example",
    )
    found = parse([PUBLIC_CAMERA, relay])
    assert found["Simpang Tiga"].stream_url == "rtsp://relay.kutimkab.example:8554/simpang-tiga"


def test_a_list_served_from_the_local_network_keeps_its_neighbours() -> None:
    lan = record("Lobi Pelayanan", "rtsp://192.168.1.102:554/stream1", ip="192.168.1.102")
    found = parse([lan], base_url=LOCAL)
    assert found["Lobi Pelayanan"].stream_url == "rtsp://192.168.1.102:554/stream1"


def test_a_device_host_field_beside_public_media_changes_nothing() -> None:
    # A city export naming the camera's address inside its network next to the public HLS.
    malang = {
        "name": "Jl. Merdeka Utara",
        "status": {"code": 1, "label": "Online"},
        "stream": {"host": "10.0.2.10", "hls": "https://stream.kutimkab.example/s/1.m3u8"},
    }
    found = parse([malang])
    assert found["Jl. Merdeka Utara"].stream_url == "https://stream.kutimkab.example/s/1.m3u8"


def test_fields_that_only_look_like_a_connection_do_not_count() -> None:
    index: dict[str, Any] = {"ip": "cam-bp01.kutimkab.example", "hostel": "x", "pinned": True}
    assert not connection_record(index, frozenset(index))
    index = {"ip": "36.89.12.7"}  # a public address
    assert not connection_record(index, frozenset(index))
    index = {"ip": "203.0.113.22"}  # a documentation address stands in for a public one
    assert not connection_record(index, frozenset(index))
    index = {"host": "10.0.0.5"}
    assert connection_record(index, frozenset(index))
    assert not connection_record(index, frozenset())  # a nested object's host (stream.host)
    assert not connection_record({}, frozenset({"requires_auth", "owner", "user_agent"}))
    assert connection_record({}, frozenset({"rtsp_password"}))


@pytest.mark.parametrize(
    ("url", "base_url", "expected"),
    [
        ("rtsp://192.168.1.5/live", PUBLIC, True),
        ("http://10.0.0.7/snap.jpg", PUBLIC, True),
        ("rtsp://[fd00::5]/live", PUBLIC, True),
        ("rtsp://127.0.0.1:8554/cam", PUBLIC, True),
        ("rtsp://36.89.12.7/live", PUBLIC, False),
        ("rtsp://203.0.113.5/live", PUBLIC, False),  # stands in for a public address
        ("rtsp://0.0.0.0/live", PUBLIC, True),
        ("rtsp://cam.kutimkab.example/live", PUBLIC, False),
        ("rtsp://192.168.1.5/live", LOCAL, False),
        ("not a url", PUBLIC, False),
    ],
)
def test_lan_address(url: str, base_url: str, expected: bool) -> None:
    assert lan_address(url, base_url) is expected


@pytest.mark.parametrize(
    "stream",
    [
        "rtsp://0.0.0.0:554/stream1",  # unspecified
        "rtsp://198.18.0.23:554/stream1",  # benchmark range
        "rtsp://cam6.local:554/stream1",  # a local name
        "rtsp://nvr:554/stream1",  # a single label
        "rtsp://[::ffff:192.168.1.25]:554/stream1",  # IPv4-mapped
        "rtsp://3232235801:554/stream1",  # 192.168.1.25 written as a number
    ],
)
def test_a_connection_records_unreachable_address_is_refused_as_policy_says(
    stream: str,
) -> None:
    lan = record("Lobi Pelayanan", stream, ip="192.168.1.25", username="admin", password="")
    assert set(parse([PUBLIC_CAMERA, lan])) == {"Dermaga Kenyamukan"}
    assert lan_address(stream, PUBLIC)


def test_a_connection_records_unspecified_or_benchmark_ip_is_the_devices_own() -> None:
    for ip in ("0.0.0.0", "198.18.0.23", "::ffff:192.168.1.25"):
        index: dict[str, Any] = {"ip": ip}
        assert connection_record(index, frozenset(index))


def test_key_only_cameras_never_surface_their_lan_inputs_from_a_public_list() -> None:
    # A relay's stream keys (no server to build an address on) beside each camera's own
    # login-bearing LAN address: neither plays, whatever share of the list is such.
    gates = [
        {
            "name": f"Gate {n}",
            "stream_key": f"gate{n}",
            "rtsp": f"rtsp://admin:S3cret@192.168.1.{n + 10}:554/ch1",
        }
        for n in range(3)
    ]
    text = json.dumps(gates)
    try:
        found = parse_body(text, profile=Profile.AUTO, base_url=PUBLIC, prettify=False).cameras
    except PortalFormatError:
        found = ()
    for camera in found:
        assert "192.168." not in (camera.stream_url or "")
        assert "192.168." not in (camera.snapshot_url or "")
