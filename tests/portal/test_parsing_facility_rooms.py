"""Facility camera trees: rooms holding cameras and nested channels of one recorder."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.rutan.kutimkab.example/api/kamera"


def parse(data: object) -> tuple[Camera, ...]:
    return parse_body(json.dumps(data), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def kamera(key: str, name: str, url: str, room: str = "r1") -> dict[str, object]:
    return {"kamera_id": key, "nama_kamera": name, "url_rtsp": url, "ruangan_otmil_id": room}


NVR = "rtsp://admin:Rahasia1@nvr.rutan.kutimkab.example:554/Streaming/Channels/"


def room(key: str, name: str, *cameras: object) -> dict[str, object]:
    return {
        "ruangan_otmil_id": key,
        "nama_ruangan_otmil": name,
        "nama_zona": "Kuning",
        "posisi_X": 40,
        "posisi_Y": 5,
        "panjang": 12,
        "lebar": 8,
        "kamera": list(cameras),
    }


def tree(*rooms: object) -> object:
    floor = {"lantai_otmil_id": "f1", "nama_lantai": "Lantai 1", "ruangan": list(rooms)}
    return {"status": "OK", "records": {"gedung": [{"nama_gedung": "Gedung", "lantai": [floor]}]}}


def test_nested_channels_of_one_public_recorder_are_read_without_login() -> None:
    cameras = parse(
        tree(
            room(
                "r1",
                "Pos Portir",
                kamera("k1", "Pos Portir Utama", NVR + "101"),
                kamera("k2", "Pintu Sterilisasi", NVR + "102"),
            )
        )
    )
    assert [(c.id, c.name) for c in cameras] == [
        ("k1", "Pos Portir Utama"),
        ("k2", "Pintu Sterilisasi"),
    ]
    assert [c.stream_url for c in cameras] == [
        "rtsp://nvr.rutan.kutimkab.example:554/Streaming/Channels/101",
        "rtsp://nvr.rutan.kutimkab.example:554/Streaming/Channels/102",
    ]
    assert all("Rahasia1" not in (c.stream_url or "") for c in cameras)


def test_a_room_referred_back_gives_neither_its_zone_nor_its_plan_offsets() -> None:
    cameras = parse(
        tree(
            room(
                "r1",
                "Pos Portir",
                kamera("k1", "Pos Portir Utama", NVR + "101"),
                kamera("k2", "Pintu Sterilisasi", NVR + "102"),
            )
        )
    )
    assert [(c.area, c.latitude, c.longitude) for c in cameras] == [(None, None, None)] * 2


def test_private_recorder_channels_are_never_media() -> None:
    lan = "rtsp://admin:x@192.168.1.10:554/Streaming/Channels/"
    data = tree(
        room("r1", "Blok A", kamera("k1", "Lorong", lan + "101"), kamera("k2", "Sel", lan + "201")),
        room(
            "r2",
            "Pos",
            kamera("k3", "Pos Utama", NVR + "101", "r2"),
            kamera("k4", "Pintu", NVR + "102", "r2"),
        ),
    )
    cameras = parse(data)
    assert [c.id for c in cameras] == ["k3", "k4"]
    assert all("192.168" not in (c.stream_url or "") for c in cameras)


def test_devices_each_on_their_own_host_are_not_recorder_channels() -> None:
    # Two cameras each with its own login-bearing device address: a media server's inputs.
    data = tree(
        room(
            "r1",
            "Pos",
            kamera("k1", "Pos Utama", "rtsp://admin:x@cam1.rutan.kutimkab.example/live"),
            kamera("k2", "Pintu", "rtsp://admin:x@cam2.rutan.kutimkab.example/live"),
            kamera("k3", "Lobi", "https://cctv.rutan.kutimkab.example/hls/lobi.m3u8"),
        )
    )
    cameras = parse(data)
    assert [c.id for c in cameras] == ["k3"]


def test_a_place_holding_its_cameras_keeps_its_area_and_position() -> None:
    # A district record whose cameras name it by location_id, not a room of a building.
    data = [
        {
            "id": 7,
            "nama": "Sangatta Utara",
            "lat": 0.5023,
            "lng": 117.5231,
            "cctvs": [
                {"id": 1, "location_id": 7, "nama": "Simpang Tiga", "url": NVR + "101"},
                {"id": 2, "location_id": 7, "nama": "Pelangi", "url": NVR + "201"},
            ],
        }
    ]
    cameras = parse(data)
    assert [(c.name, c.area) for c in cameras] == [
        ("Simpang Tiga", "Sangatta Utara"),
        ("Pelangi", "Sangatta Utara"),
    ]
    assert all(c.latitude == 0.5023 and c.longitude == 117.5231 for c in cameras)


def test_a_room_referred_back_keeps_its_latitude_and_longitude() -> None:
    data = {
        "data": [
            {
                "id": 1,
                "name": "Gedung Rektorat",
                "latitude": -0.52,
                "longitude": 117.55,
                "zona": "Zona A",
                "kamera": [
                    {
                        "id": 11,
                        "room_id": 1,
                        "nama": "Lobby",
                        "stream_url": "https://cctv.example.ac.id/hls/11.m3u8",
                    },
                    {
                        "id": 12,
                        "room_id": 1,
                        "nama": "Parkir",
                        "stream_url": "https://cctv.example.ac.id/hls/12.m3u8",
                    },
                ],
            },
            {
                "id": 2,
                "name": "Gedung Perpustakaan",
                "latitude": -0.53,
                "longitude": 117.56,
                "kamera": [
                    {
                        "id": 21,
                        "room_id": 2,
                        "nama": "Pintu",
                        "stream_url": "https://cctv.example.ac.id/hls/21.m3u8",
                    }
                ],
            },
        ]
    }
    cameras = parse_body(
        json.dumps(data),
        profile=Profile.AUTO,
        base_url="https://campus.example.ac.id/api/rooms",
        prettify=False,
    ).cameras
    assert [(c.name, c.latitude, c.longitude) for c in cameras] == [
        ("Lobby", -0.52, 117.55),
        ("Parkir", -0.52, 117.55),
        ("Pintu", -0.53, 117.56),
    ]
