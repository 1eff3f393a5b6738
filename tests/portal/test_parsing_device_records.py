"""Device records naming their protocol, host, port and picture path; 'ing' longitudes."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.hostpaths import hosted_paths

BASE = "https://domoticz.rumah.kutim.example/json.htm?type=cameras"


def parse(answer: Any, base: str = BASE) -> tuple[Camera, ...]:
    text = json.dumps(answer)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def domoticz(address: str, **extra: Any) -> dict[str, Any]:
    return {
        "Address": address,
        "Enabled": "true",
        "ImageURL": "image/jpeg.cgi",
        "Name": "Garasi",
        "Password": "rahasia",
        "Port": 8080,
        "Protocol": 0,
        "Username": "admin",
        "idx": "4",
        **extra,
    }


def answer(*records: dict[str, Any]) -> dict[str, Any]:
    return {"result": list(records), "status": "OK", "title": "Cameras"}


def test_a_domoticz_camera_picture_is_on_its_own_host_and_port() -> None:
    (camera,) = parse(answer(domoticz("cam.rumah.kutim.example")))
    assert camera.snapshot_url == "http://cam.rumah.kutim.example:8080/image/jpeg.cgi"
    assert camera.id == "4"
    assert camera.name == "Garasi"


@pytest.mark.parametrize(
    ("protocol", "port", "origin"),
    [
        (1, 443, "https://cam.rumah.kutim.example"),
        (1, 8443, "https://cam.rumah.kutim.example:8443"),
        (0, 80, "http://cam.rumah.kutim.example"),
        ("https", "8443", "https://cam.rumah.kutim.example:8443"),
        ("HTTP", "", "http://cam.rumah.kutim.example"),
    ],
)
def test_the_protocol_names_the_scheme_and_its_own_port_is_left_out(
    protocol: Any, port: Any, origin: str
) -> None:
    record = hosted_paths(domoticz("cam.rumah.kutim.example", Protocol=protocol, Port=port))
    assert isinstance(record, dict)
    assert record["ImageURL"] == f"{origin}/image/jpeg.cgi"


@pytest.mark.parametrize(
    "address",
    ["192.168.1.108", "10.0.0.45", "127.0.0.1", "169.254.169.254", "camera", "cam.local"],
)
def test_a_lan_camera_picture_never_becomes_the_servers(address: str) -> None:
    assert parse(answer(domoticz(address), domoticz("cam.rumah.kutim.example", idx="5"))) == (
        parse(answer(domoticz("cam.rumah.kutim.example", idx="5")))
    )
    record = hosted_paths(domoticz(address))
    assert isinstance(record, dict)
    assert "ImageURL" not in record


LAN_BASE = "http://192.168.1.10:8080/json.htm?type=cameras"


def test_an_answer_from_the_lan_writes_its_lan_cameras_pictures_on_their_hosts() -> None:
    # The user's own Domoticz lists its neighbours by their LAN addresses.
    cameras = parse(
        answer(
            domoticz("192.168.1.20", Port=80, idx="1", Name="Kamera Depan"),
            domoticz("192.168.1.21", Port=80, idx="2", Name="Kamera Belakang", ImageURL="snap.jpg"),
        ),
        LAN_BASE,
    )
    assert [(c.id, c.name, c.snapshot_url) for c in cameras] == [
        ("1", "Kamera Depan", "http://192.168.1.20/image/jpeg.cgi"),
        ("2", "Kamera Belakang", "http://192.168.1.21/snap.jpg"),
    ]
    record = hosted_paths(domoticz("camera", Port=80), base_url=LAN_BASE)
    assert isinstance(record, dict)
    assert record["ImageURL"] == "http://camera/image/jpeg.cgi"


@pytest.mark.parametrize("address", ["169.254.169.254", "fe80::1", "[fe80::1]"])
def test_a_link_local_camera_is_never_written_even_from_the_lan(address: str) -> None:
    record = hosted_paths(domoticz(address), base_url=LAN_BASE)
    assert isinstance(record, dict)
    assert "ImageURL" not in record


@pytest.mark.parametrize(
    "address",
    [
        "[::1]",
        "::ffff:127.0.0.1",
        "fe80::1",
        "[2606:4700::1111]",
        "cam1.example.net.",
        "localhost.",
    ],
)
def test_an_ip_literal_or_a_dotted_host_drops_the_path_rather_than_read_it_on_the_server(
    address: str,
) -> None:
    base = "https://home.example.org/json.htm?type=cameras"
    with pytest.raises(PortalFormatError):
        parse(answer(domoticz(address)), base)
    record = hosted_paths(domoticz(address))
    assert isinstance(record, dict)
    assert "ImageURL" not in record
    assert record["idx"] == "4"


@pytest.mark.parametrize(
    "address",
    ["admin:rahasia@cam.rumah.kutim.example", "http://cam.rumah.kutim.example", "cam.x/y"],
)
def test_a_host_written_with_a_login_scheme_or_path_is_never_taken(address: str) -> None:
    record = hosted_paths(domoticz(address))
    assert isinstance(record, dict)
    assert "ImageURL" not in record
    with pytest.raises(PortalFormatError):
        parse(answer(domoticz(address)))


@pytest.mark.parametrize(("protocol", "port"), [(5, 80), ("rtsp", 554), (True, 80), (0, 70000)])
def test_a_protocol_or_port_that_cannot_be_read_drops_the_path(protocol: Any, port: Any) -> None:
    record = hosted_paths(domoticz("cam.rumah.kutim.example", Protocol=protocol, Port=port))
    assert isinstance(record, dict)
    assert "ImageURL" not in record


def test_a_full_address_in_the_picture_field_stays_as_written() -> None:
    full = "https://pantau.rumah.kutim.example/snap/garasi.jpg"
    record = domoticz("cam.rumah.kutim.example", ImageURL=full)
    assert hosted_paths(record) is record
    (camera,) = parse(answer(record))
    assert camera.snapshot_url == full


def test_an_address_written_from_its_host_is_not_a_path() -> None:
    record = domoticz("cam.rumah.kutim.example", ImageURL="other.kutim.example/snap.jpg")
    assert hosted_paths(record) is record


def test_a_street_address_is_no_host_and_leaves_the_record_alone() -> None:
    record = {
        "name": "Toko Kamera Sangatta",
        "address": "Jl. Yos Sudarso No. 5, Sangatta",
        "protocol": "https",
        "image_url": "img/toko.jpg",
    }
    assert hosted_paths(record) is record


def test_address_is_read_as_the_host_only_beside_a_protocol() -> None:
    record = {"address": "cam.rumah.kutim.example", "port": 8080, "image_url": "snap.jpg"}
    assert hosted_paths(record) is record


def test_logins_never_reach_the_address() -> None:
    record = hosted_paths(domoticz("cam.rumah.kutim.example"))
    assert isinstance(record, dict)
    assert "rahasia" not in str(record["ImageURL"])
    assert "admin" not in str(record["ImageURL"])


def test_a_jeedom_configuration_is_read_in_its_eqlogic() -> None:
    eq_logic = {
        "id": "12",
        "name": "Gerbang Kantor Camat",
        "eqType_name": "camera",
        "configuration": {
            "ip": "cam1.kantor.kutim.example",
            "port": "8000",
            "protocole": "http",
            "username": "admin",
            "password": "rahasia",
            "urlStream": "/cgi-bin/snapshot.cgi?chn=1",
            "cameraStreamAccessUrl": "rtsp://cam1.kantor.kutim.example:554/live/ch1",
        },
    }
    lan = {
        **eq_logic,
        "id": "15",
        "name": "Ruang Arsip",
        "configuration": {
            **eq_logic["configuration"],
            "ip": "192.168.1.64",
            "cameraStreamAccessUrl": "rtsp://192.168.1.64:554/live/ch1",
        },
    }
    base = "https://jeedom.kantor.kutim.example/core/api/jeeApi.php"
    (camera,) = parse({"jsonrpc": "2.0", "id": "7", "result": [eq_logic, lan]}, base)
    assert camera.id == "12"
    assert camera.snapshot_url == "http://cam1.kantor.kutim.example:8000/cgi-bin/snapshot.cgi?chn=1"
    assert camera.stream_url == "rtsp://cam1.kantor.kutim.example:554/live/ch1"


def test_an_index_is_the_id_only_of_a_device_record_without_one() -> None:
    with_id = hosted_paths(domoticz("cam.rumah.kutim.example", id="cam-7"))
    assert isinstance(with_id, dict)
    assert with_id["id"] == "cam-7"
    # A list row's position (Frappe ``idx: 0``) on a record that is no device stays.
    row = {"name": "KAM-0003", "idx": 0, "image_url": "/files/kam3.jpg"}
    assert hosted_paths(row) is row


def test_ing_beside_lat_is_the_longitude() -> None:
    (camera,) = parse(
        {
            "CctvsName": [
                {
                    "id": "11",
                    "name": "Loket Kecamatan",
                    "ip_nvr": "https://nvr.kutim.example/hls/loket/index.m3u8",
                    "lat": "0.51744",
                    "ing": "117.53902",
                }
            ]
        },
        "https://pantau.kutim.example/api/getCctvs.php",
    )
    assert (camera.latitude, camera.longitude) == (0.51744, 117.53902)


@pytest.mark.parametrize(
    "place",
    [
        {"ing": "117.53902"},
        {"lat": "0.51744", "ing": "Jl. Pendidikan"},
        {"lat": "0.51744", "ing": "317.2"},
        {"lat": 0, "ing": 0},
        {"ing": "Kopi, gula", "lat": "0.5"},
    ],
)
def test_ing_alone_or_not_a_longitude_is_no_position(place: dict[str, Any]) -> None:
    (camera,) = parse(
        [{"id": "1", "name": "Loket", "stream": "https://nvr.kutim.example/a.m3u8", **place}],
        "https://pantau.kutim.example/api/cctv",
    )
    assert camera.latitude is None
    assert camera.longitude is None
