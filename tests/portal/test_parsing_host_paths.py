"""Camera-database records: host/port/paths, legacy ids and per-medium activity flags."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.hostpaths import hosted_paths

BASE = "https://cctv.kutim.example/api/cameras"


def parse(answer: Any) -> tuple[Camera, ...]:
    text = json.dumps(answer)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def ip_camera(host: str, port: Any = 8080, **extra: Any) -> dict[str, Any]:
    return {
        "cameraID": "5f1c0e7a9b2d4c18a3e6f0b3",
        "description": "Pelabuhan Kenyamukan",
        "retrieval": {
            "ip": host,
            "port": port,
            "image_path": "/axis-cgi/jpg/image.cgi",
            "video_path": "/axis-cgi/mjpg/video.cgi",
        },
        **extra,
    }


def test_paths_are_on_the_records_own_host_and_port() -> None:
    (camera,) = parse([ip_camera("cam.ksop.example")])
    assert camera.snapshot_url == "http://cam.ksop.example:8080/axis-cgi/jpg/image.cgi"
    assert camera.mjpeg_url == "http://cam.ksop.example:8080/axis-cgi/mjpg/video.cgi"


@pytest.mark.parametrize(
    ("port", "origin"),
    [
        (80, "http://cam.ksop.example"),
        ("443", "https://cam.ksop.example"),
        (None, "http://cam.ksop.example"),
    ],
)
def test_default_ports_are_not_written(port: Any, origin: str) -> None:
    record = hosted_paths({"ip": "cam.ksop.example", "port": port, "image_path": "/snap.jpg"})
    assert isinstance(record, dict)
    assert record["image_path"] == f"{origin}/snap.jpg"


@pytest.mark.parametrize(
    "host",
    [
        "192.168.10.21",
        "127.0.0.1",
        "169.254.169.254",
        "camera",
        "cam.local",
        "http://cam.example",
        "admin@cam.example",
    ],
)
def test_a_host_that_is_no_public_name_is_never_taken(host: str) -> None:
    record = {"ip": host, "port": 80, "image_path": "/snap.jpg"}
    assert hosted_paths(record) is record


def test_a_port_that_is_no_port_is_never_taken() -> None:
    record = {"host": "cam.ksop.example", "port": 70000, "image_path": "/snap.jpg"}
    assert hosted_paths(record) is record


def test_a_recording_servers_lan_camera_keeps_its_path_on_the_server() -> None:
    # Surveillance Station lists its cameras by LAN address beside paths on the NAS.
    record = {
        "id": 1,
        "name": "Simpang Tiga",
        "ip": "192.168.10.21",
        "port": 80,
        "snapshot_path": "/webapi/entry.cgi?api=SYNO.SurveillanceStation.Camera&cameraId=1",
    }
    assert hosted_paths(record) is record
    assert hosted_paths({"cameras": [record]}) == {"cameras": [record]}


def test_logins_and_other_fields_are_never_written_into_the_address() -> None:
    record = hosted_paths(
        {
            "ip": "cam.ksop.example",
            "username": "admin",
            "password": "rahasia",
            "video_path": "/v.cgi",
            "path": "/x",
        }
    )
    assert isinstance(record, dict)
    assert record["video_path"] == "http://cam.ksop.example/v.cgi"
    assert record["path"] == "/x"  # a path naming no medium is left alone
    assert "rahasia" not in record["video_path"]


def test_a_path_is_joined_as_an_address_not_as_text() -> None:
    record = hosted_paths(
        {
            "ip": "cam5.example.com",
            "port": 8080,
            "video_path": "/live/../../admin/stream.m3u8",
            "image_path": "/./snap/./a.jpg",
        }
    )
    assert isinstance(record, dict)
    assert record["video_path"] == "http://cam5.example.com:8080/admin/stream.m3u8"
    assert record["image_path"] == "http://cam5.example.com:8080/snap/a.jpg"
    secure = hosted_paths({"ip": "cam5.example.com", "port": 8443, "image_path": "/snap.jpg"})
    assert isinstance(secure, dict)
    assert secure["image_path"] == "https://cam5.example.com:8443/snap.jpg"


def test_the_first_host_and_port_written_are_taken() -> None:
    record = {
        "Host": "cam.ksop.example",
        "ip": "cam2.ksop.example",
        "HTTP-Port": "8081",
        "port": 9000,
        "imagePath": "/snap.jpg",
    }
    assert hosted_paths(record) == {**record, "imagePath": "http://cam.ksop.example:8081/snap.jpg"}


def test_only_an_objects_first_fields_are_read() -> None:
    filler = {f"note_{number}": number for number in range(64)}
    late_path = {"ip": "cam.ksop.example", **filler, "image_path": "/snap.jpg"}
    assert hosted_paths(late_path) == late_path
    late_host = {"image_path": "/snap.jpg", **filler, "ip": "cam.ksop.example"}
    assert hosted_paths(late_host) == late_host
    early = {"ip": "cam.ksop.example", "image_path": "/snap.jpg", **filler}
    assert hosted_paths(early) == {**early, "image_path": "http://cam.ksop.example/snap.jpg"}
    nested = {**{f"note_{number}": number for number in range(64)}, "retrieval": early}
    assert hosted_paths(nested) == nested


def test_a_legacy_id_yields_to_the_current_hash_id_but_stays_when_alone() -> None:
    record = {
        "description": "Simpang Tiga",
        "retrieval": {"snapshot_url": "https://d.example/a.jpg"},
    }
    both = [
        {**record, "cameraID": f"5f1c0e7a9b2d4c18a3e6f0b{i}", "legacy_cameraID": 41200 + i}
        for i in range(3)
    ]
    assert [c.id for c in parse(both)] == [f"5f1c0e7a9b2d4c18a3e6f0b{i}" for i in range(3)]
    alone = [{**record, "legacy_cameraID": 41200 + i} for i in range(3)]
    assert [c.id for c in parse(alone)] == ["41200", "41201", "41202"]


def test_an_old_counter_or_price_is_no_superseded_id() -> None:
    # old_views, old_price: an earlier value of no id, never the camera's id.
    for field, values in (("old_views", (15230, 9811, 4410)), ("old_price", (520000, 700000, 1))):
        rows = [
            {"name": name, "stream": f"https://cctv.kutim.example/{n}.m3u8", field: value}
            for n, (name, value) in enumerate(
                zip(("Simpang", "Bundaran", "Jembatan"), values, strict=True)
            )
        ]
        ids = [camera.id for camera in parse({"cameras": rows})]
        assert all(camera_id.startswith("k-") for camera_id in ids), ids
    old = [{"name": "Pasar", "stream": "https://d.example/p.m3u8", "old_id": 7}]
    assert [camera.id for camera in parse(old)] == ["7"]


@pytest.mark.parametrize(
    ("image", "video", "online"), [(True, False, True), (False, True, True), (False, False, False)]
)
def test_per_medium_activity_flags_say_the_state(image: bool, video: bool, online: bool) -> None:
    answer = [
        {
            "cameraID": "a1",
            "description": "Simpang Tiga",
            "snapshot_url": "https://d.example/a.jpg",
            "is_active_image": image,
            "is_active_video": video,
        }
    ]
    assert parse(answer)[0].online is online


def test_activity_flags_of_other_things_say_nothing() -> None:
    answer = [
        {
            "id": "a1",
            "name": "Simpang Tiga",
            "snapshot_url": "https://d.example/a.jpg",
            "is_active_user": False,
            "active_image": "yes please",
        }
    ]
    assert parse(answer)[0].online is None
