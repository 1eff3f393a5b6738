"""A LAN-only camera among a public list's published cameras is not published."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

PUBLIC = "https://cctv.kutimkab.example/api/kamera"
LOCAL = "http://192.168.1.2:8080/api/kamera"
ATM = "http://192.168.1.64/ISAPI/Streaming/channels/102/httpPreview"


def ids(records: list[dict[str, Any]], base_url: str = PUBLIC) -> list[str]:
    text = json.dumps({"data": records})
    result = parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False)
    return sorted(camera.id for camera in result.cameras)


def relayed(count: int) -> list[dict[str, Any]]:
    return [
        {
            "id": f"K{index}",
            "nama": f"Simpang {index} Sangatta",
            "stream_url": f"https://cctv.kutimkab.example/relay/k{index}/index.m3u8",
        }
        for index in range(1, count + 1)
    ]


def lan(code: str, url: str = ATM) -> dict[str, Any]:
    return {"id": code, "nama": f"Ruang ATM {code}", "stream_url": url}


def test_a_lone_lan_camera_among_published_ones_is_left_out() -> None:
    assert ids([*relayed(5), lan("L1")]) == ["K1", "K2", "K3", "K4", "K5"]


def test_a_private_rtsp_address_among_published_ones_is_left_out() -> None:
    records = [*relayed(6), lan("L1", "rtsp://10.10.5.21:554/Streaming/Channels/102")]
    assert "L1" not in ids(records)


def test_a_camera_with_a_public_still_beside_its_lan_stream_stays() -> None:
    mixed = {**lan("L1"), "snapshot_url": "https://cctv.kutimkab.example/snap/l1.jpg"}
    assert "L1" in ids([*relayed(5), mixed])


def test_lan_cameras_common_in_the_list_stay() -> None:
    # Half or more: a recorder's or camera wall's own list keeps them.
    assert ids([*relayed(2), lan("L1"), lan("L2", "rtsp://10.0.0.9/ch1")]) == [
        "K1",
        "K2",
        "L1",
        "L2",
    ]
    assert ids([*relayed(1), lan("L1")]) == ["K1", "L1"]


def test_one_lan_camera_in_five_or_beside_few_published_is_left_out() -> None:
    # Fewer than half, whatever the list's size (was: under one in five, beside four).
    assert ids([*relayed(4), lan("L1")]) == ["K1", "K2", "K3", "K4"]
    assert "L1" not in ids([*relayed(3), lan("L1")])
    records = [*relayed(3), lan("L1"), lan("L2", "rtsp://10.0.0.9/ch1")]
    assert not {"L1", "L2"} & set(ids(records))


def test_a_list_served_from_the_local_network_keeps_its_addresses() -> None:
    assert "L1" in ids([*relayed(5), lan("L1")], base_url=LOCAL)


def test_documentation_addresses_stand_for_public_ones() -> None:
    records = [*relayed(5), lan("L1", "rtsp://203.0.113.41:554/Streaming/Channels/101")]
    assert "L1" in ids(records)
