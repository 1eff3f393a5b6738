"""A record's only stream on the office LAN gives way to its public viewer page."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

PUBLIC = "https://pantau.kaubun.kutimkab.example/api/cameras"
LOCAL = "http://192.168.0.5:3000/api/cameras"
PAGE = "https://pantau.kaubun.kutimkab.example/live/k1"


def parse(records: list[dict[str, Any]], base_url: str = PUBLIC) -> dict[str, Camera]:
    text = json.dumps(records)
    result = parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False)
    return {camera.id: camera for camera in result.cameras}


def record(code: str, **fields: Any) -> dict[str, Any]:
    return {"id": code, "name": f"Simpang {code} Kaubun", **fields}


def published() -> list[dict[str, Any]]:
    """Cameras the answer publishes on public hosts, beside which a LAN-only one is none."""
    return [
        record(f"p{n}", rtspUrl=f"rtsp://cam{n}.kaubun.example:554/h264", streamUrl=f"/live/p{n}")
        for n in range(1, 4)
    ]


def test_a_lan_rtsp_without_login_gives_way_to_the_public_page() -> None:
    cameras = parse(
        [
            record("k1", rtspUrl="rtsp://10.10.4.21:554/h264/ch1", streamUrl="/live/k1"),
            record("k2", rtspUrl="rtsp://192.168.0.65:554/S/101", streamUrl="/live/k2"),
        ]
    )
    assert cameras["k1"].stream_url == PAGE
    assert cameras["k2"].stream_url == PAGE.replace("k1", "k2")


def test_the_other_stream_field_spellings_and_hosts() -> None:
    cameras = parse(
        [
            record("k1", stream_url="rtsp://172.16.4.21:554/live", live_url="/live/k1"),
            record("k2", rtsp="rtsp://100.64.3.7:554/live", live_url="/live/k2"),
            record("k3", rtsp_url="rtsp://[fd00::12]:554/live", stream="/live/k3"),
        ]
    )
    assert cameras["k1"].stream_url == PAGE
    assert cameras["k2"].stream_url == PAGE.replace("k1", "k2")
    assert cameras["k3"].stream_url == PAGE.replace("k1", "k3")


def test_a_public_rtsp_stays_beside_the_page() -> None:
    camera = parse(
        [record("k1", rtspUrl="rtsp://cam.kaubun.example:554/S/101", streamUrl="/live/k1")]
    )["k1"]
    assert camera.stream_url == "rtsp://cam.kaubun.example:554/S/101"


def test_a_page_on_a_lan_or_loopback_host_is_no_viewer() -> None:
    cameras = parse(
        [
            record(
                "k1",
                rtspUrl="rtsp://10.10.4.21:554/h264",
                streamUrl="http://192.168.1.10:8080/live/k1",
            ),
            record(
                "k2", rtspUrl="rtsp://10.10.4.22:554/h264", streamUrl="http://127.0.0.1/live/k2"
            ),
            record("k3", rtspUrl="rtsp://cam.kaubun.example:554/h264", streamUrl="/live/k3"),
            *published(),
        ]
    )
    assert "k1" not in cameras
    assert "k2" not in cameras
    assert "k3" in cameras


def test_a_page_with_a_login_never_copies_it() -> None:
    cameras = parse(
        [
            record(
                "k1",
                rtspUrl="rtsp://10.10.4.21:554/h264",
                streamUrl="https://op:Rahasia1@pantau.kaubun.kutimkab.example/live/k1",
            ),
            *published(),
        ]
    )
    assert cameras["k1"].stream_url == PAGE
    assert all("Rahasia1" not in (camera.stream_url or "") for camera in cameras.values())


def test_a_record_without_a_page_stays_out() -> None:
    cameras = parse(
        [
            record("k1", rtspUrl="rtsp://10.10.4.21:554/h264"),
            record("k2", rtspUrl="rtsp://cam.kaubun.example:554/h264", streamUrl="/live/k2"),
            *published(),
        ]
    )
    assert "k1" not in cameras
    assert cameras["k2"].stream_url == "rtsp://cam.kaubun.example:554/h264"


def test_a_public_still_keeps_the_page_out() -> None:
    still = "https://pantau.kaubun.kutimkab.example/snap/k1.jpg"
    camera = parse(
        [
            record(
                "k1",
                rtspUrl="rtsp://10.10.4.21:554/h264",
                streamUrl="/halaman/k1",
                snapshot=still,
            )
        ]
    )["k1"]
    assert camera.snapshot_url == still
    assert camera.stream_url is None


def test_an_answer_from_the_lan_keeps_its_own_stream() -> None:
    camera = parse(
        [record("k1", rtspUrl="rtsp://10.10.4.21:554/h264", streamUrl="/live/k1")],
        base_url=LOCAL,
    )["k1"]
    assert camera.stream_url == "rtsp://10.10.4.21:554/h264"


def test_a_page_under_a_detail_field_is_no_viewer() -> None:
    cameras = parse(
        [
            record("k1", rtspUrl="rtsp://10.10.4.21:554/h264", detail_url="/cameras/k1"),
            record("k2", rtspUrl="rtsp://cam.kaubun.example:554/h264", streamUrl="/live/k2"),
            *published(),
        ]
    )
    assert "k1" not in cameras


LAN_RTSP = "rtsp://10.10.4.21:554/h264"
OTHER_LAN = record("k2", rtspUrl="rtsp://192.168.0.65:554/S/101", streamUrl="/live/k2")


def streams(records: list[dict[str, Any]], base_url: str = PUBLIC) -> dict[str, str | None]:
    return {code: camera.stream_url for code, camera in parse(records, base_url).items()}


def test_only_the_cameras_own_page_on_the_answers_site_stands_in() -> None:
    # Mostly on the LAN: the record keeps its LAN address unless the page is its viewer.
    for page in (
        "https://evil.example.net/phish",
        "https://evil.example.net/live/k1",
        "/admin/logout",
        "https://pantau.kaubun.kutimkab.example/admin/delete?id=k1",
        "/live/k2",
        "/",
        "/live/xk1",
        "/live/k1/settings",
    ):
        records = [record("k1", rtspUrl=LAN_RTSP, streamUrl=page), OTHER_LAN]
        assert streams(records) == {"k1": LAN_RTSP, "k2": PAGE.replace("k1", "k2")}, page


def test_a_foreign_page_is_refused_alike_in_a_mostly_public_list() -> None:
    for page in ("https://evil.example.net/phish", "/admin/logout", "/live/p1"):
        records = [record("k1", rtspUrl=LAN_RTSP, streamUrl=page), *published()]
        assert sorted(streams(records)) == ["p1", "p2", "p3"], page
    records = [record("k1", rtspUrl=LAN_RTSP, streamUrl="/live/k1"), *published()]
    assert streams(records)["k1"] == PAGE


def test_a_login_bearing_lan_address_takes_no_foreign_page_either() -> None:
    login = "rtsp://op:Rahasia1@10.10.4.21:554/h264"
    records = [record("k1", rtspUrl=login, streamUrl="https://evil.example.net/phish"), OTHER_LAN]
    assert streams(records) == {"k1": LAN_RTSP, "k2": PAGE.replace("k1", "k2")}
    records = [record("k1", rtspUrl=login, streamUrl="https://evil.example.net/phish")]
    assert streams([*records, *published()]) == {
        f"p{n}": f"rtsp://cam{n}.kaubun.example:554/h264" for n in range(1, 4)
    }
    records = [record("k1", rtspUrl=login, streamUrl="/live/k1"), *published()]
    assert streams(records)["k1"] == PAGE


def test_the_viewer_may_name_the_camera_after_a_camera_word_or_on_the_portals_site() -> None:
    records = [
        {
            "id": 1,
            "name": "Balai Desa",
            "stream_url": "rtsp://192.168.1.142/s1",
            "live_url": "/live/camera_1",
        },
        {
            "id": 2,
            "name": "Pos Ronda",
            "stream_url": "rtsp://192.168.1.143/s1",
            "live_url": "/view/cam-2",
        },
        {
            "id": 3,
            "name": "Lapangan",
            "stream_url": "rtsp://192.168.1.144/s1",
            "live_url": "/live/camera_13",
        },
        {
            "id": 4,
            "name": "Pasar",
            "stream_url": "rtsp://192.168.1.145/s1",
            "live_url": "https://cctv.kutimkab.example/live/4",
        },
        {"id": 5, "name": "Gudang", "stream_url": "rtsp://192.168.1.150/s2"},
        {"id": 6, "name": "Masjid", "stream_url": "rtsp://172.16.4.21/s1", "live_url": "/live/6x"},
    ]
    assert streams(records) == {
        "1": "https://pantau.kaubun.kutimkab.example/live/camera_1",
        "2": "https://pantau.kaubun.kutimkab.example/view/cam-2",
        "3": "rtsp://192.168.1.144/s1",
        "4": "https://cctv.kutimkab.example/live/4",
        "5": "rtsp://192.168.1.150/s2",
        "6": "rtsp://172.16.4.21/s1",
    }
