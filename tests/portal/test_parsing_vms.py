"""VMS device lists: a camera plays at the VMS's own route, never at its device input."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.vms import een_items, nx_items

SECRET = "RahasiaKutim1"
LAN_INPUT = f"rtsp://admin:{SECRET}@192.168.1.20:554/Streaming/Channels/101"
GUID_A = "{5326b322-9d30-4c61-7e53-cd83dfbb680f}"
GUID_B = "{669411bf-7ce1-c981-20e7-0de6d968f864}"
TYPE_ID = "{7d99e0b1-0a98-e5af-563e-51ddd66c2a4f}"


def cameras(body: object, base: str) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    text = body if isinstance(body, str) else json.dumps(body)
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def _no_input(found: tuple[Camera, ...]) -> None:
    """Assert no camera carries a device's input address or its credentials."""
    text = repr(found)
    assert SECRET not in text
    assert "192.168." not in text
    assert "rtsp://" not in text


# --- Nx Witness ---------------------------------------------------------------


def _nx(device_id: str, name: str, status: str, **extra: object) -> dict[str, object]:
    return {
        "id": device_id,
        "physicalId": "AC-CC-8E-6E-21-DF",
        "url": LAN_INPUT,
        "typeId": TYPE_ID,
        "name": name,
        "credentials": {"user": "admin", "password": SECRET},
        "status": status,
        **extra,
    }


@pytest.mark.parametrize(
    ("url", "base"),
    [
        ("https://vms.kutim.example:7001/rest/v3/devices", "https://vms.kutim.example:7001"),
        (
            "https://vms.kutim.example:7001/rest/v2/devices?_with=id",
            "https://vms.kutim.example:7001",
        ),
        ("https://cctv.kutim.example/nx/ec2/getCamerasEx", "https://cctv.kutim.example/nx"),
        ("https://cctv.kutim.example/nx/ec2/getCameras", "https://cctv.kutim.example/nx"),
    ],
)
def test_nx_devices_play_at_the_servers_hls(url: str, base: str) -> None:
    """Each device plays at /hls/{id}.m3u8 on the server; its url and login never show."""
    body = [
        _nx(GUID_A, "Simpang Tiga", "Recording", group={"id": "g1", "name": "Sangatta"}),
        _nx(GUID_B, "Jembatan Telen", "Unauthorized"),
    ]
    found = cameras(body, url)
    assert [(c.id, c.raw_name, c.area, c.online, c.stream_url) for c in found] == [
        (GUID_A, "Simpang Tiga", "Sangatta", True, f"{base}/hls/{GUID_A[1:-1]}.m3u8"),
        (GUID_B, "Jembatan Telen", None, False, f"{base}/hls/{GUID_B[1:-1]}.m3u8"),
    ]
    _no_input(found)


def test_nx_ec2_group_names_and_unknown_states() -> None:
    """A renamed recorder group wins over groupName; NotDefined and a repeat add nothing."""
    body = [
        _nx(GUID_A, "Gerbang 1", "NotDefined", groupName="DVR-01", userDefinedGroupName="Kantor"),
        _nx(GUID_B, "Gerbang 2", "Online", groupName="DVR-01", userDefinedGroupName=""),
        _nx(GUID_B, "Gerbang 2", "Online", groupName="DVR-01", userDefinedGroupName=""),
    ]
    found = cameras(body, "http://nvr.kutim.example:7001/ec2/getCamerasEx")
    assert [(c.raw_name, c.area, c.online) for c in found] == [
        ("Gerbang 1", "Kantor", None),
        ("Gerbang 2", "DVR-01", True),
    ]


@pytest.mark.parametrize(
    "record",
    [
        # An id without braces, no type id or no physical id: not Nx's shape.
        {"id": GUID_A[1:-1], "typeId": TYPE_ID, "physicalId": "x", "name": "a"},
        {"id": GUID_A, "physicalId": "x", "name": "a", "url": "https://x.example/a.m3u8"},
        {"id": GUID_A, "typeId": TYPE_ID, "name": "a", "url": "https://x.example/a.m3u8"},
        {"id": "{not-a-guid}", "typeId": TYPE_ID, "physicalId": "x", "name": "a"},
    ],
)
def test_nx_needs_its_exact_shape(record: dict[str, object]) -> None:
    """A list only near Nx's record shape is not read as an Nx device list."""
    assert nx_items([record, record], "https://vms.kutim.example/rest/v3/devices") is None


def test_nx_io_modules_are_no_cameras() -> None:
    """A REST device whose deviceType is an I/O module has no video: no HLS route."""
    body = [
        _nx(GUID_A, "Gerbang", "Online", deviceType="Camera"),
        _nx(GUID_B, "Door I/O", "Online", deviceType="IoModule"),
        _nx("{0c6f5d1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f}", "Relay", "Online", deviceType="IOModule"),
    ]
    found = cameras(body, "https://vms.example.com:7001/rest/v3/devices")
    assert [(c.raw_name, c.stream_url) for c in found] == [
        ("Gerbang", "https://vms.example.com:7001/hls/5326b322-9d30-4c61-7e53-cd83dfbb680f.m3u8")
    ]


# --- Eagle Eye Networks ---------------------------------------------------------


def _een(
    esn: str, name: str, kind: str, service: str, status: int, location: object
) -> list[object]:
    row: list[object] = ["00014750", esn, name, kind, [["1002d096", "ATTD"]], service, "swr", []]
    row += ["c6d11f36-9e63-11e1-a5b0-00408cdf9191", "EEN-BR305-15721", status, "Asia/Makassar"]
    row += [28800, 0, "*192.168.8.100", 0, "Kutim", False, None, None, location]
    return row


def test_een_device_list_gives_attached_cameras_previews() -> None:
    """Cameras attached to a bridge, each with the asset API's preview; bridges are none."""
    body = [
        _een("1002d096", "Bridge Kantor", "bridge", "ATTD", 0x160037, [None] * 6),
        _een(
            "1000f60d", "Simpang Pinang", "camera", "ATTD", 0x160037, [0.5, 117.5, 1, 2, "Jl.", 0]
        ),
        _een("1000f60e", "Taman Bersemi", "camera", "ATTD", 0x120027, [None] * 6),
        _een("1000f60f", "Dermaga", "camera", "ATTD", 0x170037, [None] * 6),
        _een("1000f610", "Baru", "camera", "IGND", 0x000200, [None] * 6),
    ]
    found = cameras(body, "https://c001.eagleeyenetworks.example/g/device/list?t=camera")
    prev = "https://c001.eagleeyenetworks.example/asset/prev/image.jpeg?id={}&timestamp=now&asset_class=pre"
    assert [
        (c.id, c.raw_name, c.latitude, c.longitude, c.online, c.snapshot_url) for c in found
    ] == [
        ("1000f60d", "Simpang Pinang", 0.5, 117.5, True, prev.format("1000f60d")),
        ("1000f60e", "Taman Bersemi", None, None, False, prev.format("1000f60e")),
        ("1000f60f", "Dermaga", None, None, None, prev.format("1000f60f")),
    ]
    assert all(c.stream_url is None and c.area is None for c in found)
    assert "192.168." not in repr(found)


@pytest.mark.parametrize(
    "row",
    [
        # A table's rows, a short row, a kind or a service status outside the docs' lists.
        ["1000f60d", "a", "b", "camera", [], "ATTD"] + [None] * 15,
        ["00014750", "1000f60d", "a", "camera", [], "ATTD"],
        ["00014750", "1000f60d", "a", "sensor", [], "ATTD"] + [None] * 15,
        ["00014750", "1000f60d", "a", "camera", [], "ONLINE"] + [None] * 15,
        ["00014750", "1000f60d", "a", "camera", "b", "ATTD"] + [None] * 15,
    ],
)
def test_een_needs_its_exact_rows(row: list[object]) -> None:
    """Arrays of rows only near Eagle Eye's are not read as its device list."""
    assert een_items([row, row], "https://c001.eagleeyenetworks.example/g/device/list") is None


def test_een_bridges_alone_are_no_cameras() -> None:
    """A device list of bridges alone is read as the account's list, holding no camera."""
    body = [_een("1002d096", "Bridge", "bridge", "ATTD", 0x160037, [None] * 6)]
    assert cameras(body, "https://c001.eagleeyenetworks.example/g/device/list") == ()
