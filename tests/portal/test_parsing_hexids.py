"""Records keyed by hex/UUID ids, id references, fault flags and recorder channels."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.shapes import choose_id_key, id_shaped

BASE = "https://api.wisata.kutimkab.example/v1/webcams"
HEX_A = "7A1C3E5B9D2F40618293A4B5C6D7E8F9"
HEX_B = "8B2D4F6A0C1E3A5B7C9D1E3F5A7B9C0D"
AREA_REF = "0F0E0D0C0B0A09080706050403020100"


def _parse(body: object, base_url: str = BASE) -> list[Camera]:
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=base_url).cameras


def _webcam(rid: str, name: str, **extra: object) -> dict[str, object]:
    record: dict[str, object] = {
        "rid": rid,
        "name": {"en": name},
        "url": f"https://webcam.wisata.kutimkab.example/{rid[:4].lower()}/current.jpg",
        "areas": [{"rid": AREA_REF}],
    }
    record.update(extra)
    return record


def test_id_shaped_values() -> None:
    assert id_shaped(HEX_A)
    assert id_shaped("3f2a9c1e-5b7d-4e80-a1c3-d5e7f9b1c2a4")
    assert not id_shaped("Sangatta Utara")
    assert not id_shaped("deadbeef")  # too short for a record key
    assert not id_shaped("ABCDEFABCDEFABCDEF")  # letters only: no machine key
    assert not id_shaped("Kecamatan 12")


def test_rid_is_the_id_only_when_hex_or_guid() -> None:
    rows = [{"rid": HEX_A, "name": "a"}, {"rid": HEX_B, "name": "b"}]
    assert choose_id_key(rows) == "rid"
    words = [{"rid": "simpang-tiga", "name": "a"}, {"rid": "pasar", "name": "b"}]
    assert choose_id_key(words) is None
    named = [{"rid": HEX_A, "id": "1"}, {"rid": HEX_B, "id": "2"}]
    assert choose_id_key(named) == "id"  # a plain id goes first
    session = [{"sid": HEX_A}, {"sid": HEX_B}]
    assert choose_id_key(session) is None  # a session id names no record


def test_hex_record_id_taken_and_area_reference_refused() -> None:
    cameras = _parse(
        {"success": True, "data": [_webcam(HEX_A, "Pantai Tanjung Bara"), _webcam(HEX_B, "Batu")]}
    )
    assert [c.id for c in cameras] == [HEX_A, HEX_B]
    assert all(c.area is None for c in cameras)


def test_a_named_area_is_still_read() -> None:
    cameras = _parse(
        {
            "data": [
                _webcam(HEX_A, "Pantai", kecamatan="Sangatta Utara"),
                _webcam(HEX_B, "Batu", kecamatan="Bengalon"),
            ]
        }
    )
    assert [c.area for c in cameras] == ["Sangatta Utara", "Bengalon"]


def test_uuid_area_text_is_no_area() -> None:
    uuid = "9e8d7c6b-5a49-4382-b1a0-fedcba987654"
    cameras = _parse(
        {
            "items": [
                {
                    "id": "1",
                    "title": "Simpang",
                    "kecamatan": uuid,
                    "hls": "https://c.example/a.m3u8",
                },
                {"id": "2", "title": "Pasar", "kecamatan": uuid, "hls": "https://c.example/b.m3u8"},
            ]
        },
        "https://c.example/api",
    )
    assert [c.area for c in cameras] == [None, None]


@pytest.mark.parametrize(("id_key", "place_key"), [("area", "district_name"), ("wilayah", "city")])
def test_an_id_shaped_area_falls_through_to_the_next_area_field(
    id_key: str, place_key: str
) -> None:
    records = [
        {
            "id": n,
            "name": f"Simpang {n}",
            id_key: f"8b4c2f1e-3a5d-4c6e-9f7a-1b2c3d4e5f6{n}",
            place_key: "Sangatta Utara",
            "snapshot": f"https://cctv.kutim.example/{n}.jpg",
        }
        for n in range(3)
    ]
    cameras = _parse(records, "https://cctv.kutim.example/api")
    assert [c.area for c in cameras] == ["Sangatta Utara"] * 3


def test_out_of_order_flag_says_offline() -> None:
    cameras = _parse(
        {
            "data": [
                _webcam(HEX_A, "Pantai", isOutOfOrder=True),
                _webcam(HEX_B, "Batu", isOutOfOrder=False),
            ]
        }
    )
    assert [c.online for c in cameras] == [False, True]


def test_operator_player_keyed_after_embed_under_stream_field() -> None:
    page = "https://player.kamera-pesisir.example/embed/sangkulirang-dermaga"
    cameras = _parse({"data": [_webcam(HEX_A, "Dermaga", streamUrl=page), _webcam(HEX_B, "B")]})
    assert cameras[0].stream_url == page
    assert cameras[0].snapshot_url is not None


@pytest.mark.parametrize(
    "page",
    [
        "https://kamera.bengalon.kutimkab.example/embed/player",  # a generic page name
        "https://news.kutim.example/embed/berita-banjir",  # a news site's page
        "https://shop.kamera.example/embed/produk-12",  # a shop's goods
        "https://player.kutim.example/embed/dermaga-1",  # names no camera or stream
    ],
)
def test_embed_pages_that_are_no_camera_player(page: str) -> None:
    cameras = _parse({"data": [_webcam(HEX_A, "Dermaga", streamUrl=page), _webcam(HEX_B, "B")]})
    assert cameras[0].stream_url is None


NVR = "nvr.setda.kutimkab.example"


def _channel(n: int, url: str) -> dict[str, object]:
    return {"id_kamera": f"cam-{n}", "nama_kamera": f"Ruang {n}", "url_rtsp": url}


def test_recorder_channels_under_lone_url_rtsp_drop_login() -> None:
    rows = [
        _channel(1, f"rtsp://admin:Rahasia1@{NVR}:554/cam/realmonitor?channel=1&subtype=0"),
        _channel(2, f"rtsp://admin:Rahasia1@{NVR}:554/cam/realmonitor?channel=2&subtype=0"),
        _channel(3, "rtsp://admin:Rahasia1@pos-cam.setda.kutimkab.example:554/ch1"),
        _channel(4, "rtsp://admin:Rahasia1@192.168.1.108:554/cam/realmonitor?channel=4"),
    ]
    cameras = _parse({"data": rows}, "https://simpas.setda.kutimkab.example/api/kamera")
    assert [c.id for c in cameras] == ["cam-1", "cam-2"]
    assert cameras[0].stream_url == f"rtsp://{NVR}:554/cam/realmonitor?channel=1&subtype=0"
    assert all("Rahasia1" not in (c.stream_url or "") for c in cameras)


def test_device_hosts_of_their_own_stay_inputs() -> None:
    rows = [
        _channel(1, "rtsp://admin:Go2Pass@cam1.rtrw.example:554/Streaming/Channels/101"),
        _channel(2, "rtsp://admin:Go2Pass@cam2.rtrw.example:554/Streaming/Channels/101"),
    ]
    with pytest.raises(PortalFormatError):
        _parse(rows, "https://cctv.rtrw.example/api/cameras")


def test_shared_lan_recorder_is_never_media() -> None:
    rows = [
        _channel(1, "rtsp://admin:x@192.168.1.108:554/cam/realmonitor?channel=1"),
        _channel(2, "rtsp://admin:x@192.168.1.108:554/cam/realmonitor?channel=2"),
    ]
    with pytest.raises(PortalFormatError):
        _parse({"data": rows}, "https://simpas.setda.kutimkab.example/api/kamera")
