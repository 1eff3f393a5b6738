"""A media server's camera holding its own streams, one marked primary, is one camera."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://vms.kutim.example/cameras/"
MEDIA = "https://media.kutim.example"


def stream(uid: str, primary: bool | None, state: str = "running", **urls: str) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "uid": uid,
        "subtitle": f"{uid} - {'utama' if primary else 'sub'}",
        "state": state,
        "urls": {"hls_live": f"{MEDIA}/live/{uid}/playlist.m3u8", **urls},
    }
    if primary is not None:
        entry["primary"] = primary
    return entry


def parse(answer: Any) -> tuple[Camera, ...]:
    text = json.dumps(answer)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def test_a_camera_is_shown_by_its_primary_stream_wherever_it_stands() -> None:
    answer = [
        {
            "camera": "cam-sgt-01",
            "title": "Simpang Tiga",
            "streams": [stream("cam-sgt-01-2", False), stream("cam-sgt-01-1", True)],
        },
        {"camera": "cam-bgl-02", "title": "Jembatan Bengalon", "streams": [stream("b-1", True)]},
    ]
    found = parse(answer)
    assert [(c.id, c.raw_name, c.area) for c in found] == [
        ("cam-sgt-01", "Simpang Tiga", None),
        ("cam-bgl-02", "Jembatan Bengalon", None),
    ]
    assert found[0].stream_url == f"{MEDIA}/live/cam-sgt-01-1/playlist.m3u8"
    assert found[0].online is True


def test_the_primary_streams_state_is_the_cameras_and_its_preview_video_no_still() -> None:
    answer = {
        "cameras": [
            {
                "camera": "cam-1",
                "title": "Polder Ilham Maulana",
                "streams": [
                    stream("cam-1-1", True, "stopped", preview=f"{MEDIA}/live/cam-1-1/preview.mp4"),
                    stream("cam-1-2", False, "running"),
                ],
            }
        ]
    }
    (camera,) = parse(answer)
    assert camera.online is False
    assert camera.snapshot_url is None


def test_one_cameras_answer_is_the_camera_not_its_streams() -> None:
    answer = {
        "camera": "pos-1",
        "title": "Pos Pantau Sungai",
        "streams": [stream("pos-1-1", True), stream("pos-1-2", False)],
    }
    (camera,) = parse(answer)
    assert (camera.id, camera.raw_name) == ("pos-1", "Pos Pantau Sungai")


def test_a_login_in_the_streams_urls_is_dropped_and_hls_stands_in() -> None:
    login = "https://admin:kutim2026@media.kutim.example"
    primary = stream("p-1", True)
    primary["urls"] = {
        "rtsp_live": "rtsp://admin:kutim2026@media.kutim.example:5554/live/p-1/",
        "hls_live": f"{login}/live/p-1/playlist.m3u8",
    }
    answer = [{"camera": "p", "title": "Bundaran Pelangi", "streams": [primary]}]
    (camera,) = parse(answer)
    assert camera.stream_url == f"{MEDIA}/live/p-1/playlist.m3u8"
    assert "kutim2026" not in repr(camera)


def test_independent_streams_without_primary_flags_stay_cameras_of_their_own() -> None:
    answer = [
        {
            "title": "Kecamatan Sangatta Utara",
            "streams": [stream("a", None), stream("b", None)],
        }
    ]
    found = parse(answer)
    assert len(found) == 2
    assert {c.area for c in found} == {"Kecamatan Sangatta Utara"}


def test_two_streams_marked_primary_are_not_one_camera() -> None:
    answer = [
        {
            "camera": "x",
            "title": "Pasar Induk",
            "streams": [stream("x-1", True), stream("x-2", True)],
        }
    ]
    assert len(parse(answer)) == 2


def test_a_featured_webcam_of_a_resort_is_no_primary_stream() -> None:
    # ``main`` on a place's webcam list marks the featured camera, not one camera's stream.
    answer = [
        {
            "name": "Pantai Teluk Lombok",
            "webcams": [
                {"name": "Dermaga", "main": True, "image": f"{MEDIA}/a.jpg"},
                {"name": "Pantai Utara", "main": False, "image": f"{MEDIA}/b.jpg"},
            ],
        }
    ]
    assert [c.raw_name for c in parse(answer)] == ["Dermaga", "Pantai Utara"]
