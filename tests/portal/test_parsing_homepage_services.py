"""Homepage (gethomepage) service groups: the /api/services answer and services.yaml."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import MAX_CAMERAS, Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.startpages import (
    start_page_cameras,
    start_page_kind,
)

BASE = "https://home.kominfo.kutimkab.example/api/services"


def parse(data: object, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(data), profile=Profile.AUTO, base_url=base_url, prettify=False
    ).cameras


def service(name: str, href: str, icon: str = "mdi-cctv", description: str = "") -> object:
    return {"name": name, "icon": icon, "href": href, "description": description, "weight": 0}


def group(name: str, *services: object, groups: list[object] | None = None) -> object:
    return {"name": name, "services": list(services), "groups": groups or []}


def test_api_services_groups_give_camera_services_with_group_area() -> None:
    data = [
        group(
            "CCTV Sangatta",
            service("Simpang Tiga", "https://cctv.kutimkab.example/stream.html?src=simpang"),
            service("Taman", "https://cctv.kutimkab.example/hls/taman/index.m3u8"),
            groups=[
                group(
                    "Kamera Pelabuhan",
                    service("Dermaga", "https://port.kutimkab.example/viewer/dermaga"),
                )
            ],
        )
    ]
    cameras = parse(data)
    assert [(c.name, c.area, c.stream_url) for c in cameras] == [
        ("Simpang Tiga", "CCTV Sangatta", "https://cctv.kutimkab.example/stream.html?src=simpang"),
        ("Taman", "CCTV Sangatta", "https://cctv.kutimkab.example/hls/taman/index.m3u8"),
        ("Dermaga", "Kamera Pelabuhan", "https://port.kutimkab.example/viewer/dermaga"),
    ]
    assert start_page_kind(data) == "Homepage"


def test_services_yaml_shape_is_read_like_the_answer() -> None:
    data = [
        {
            "Kamera Bengalon": [
                {"Pasar": {"href": "https://cam.kutimkab.example/mjpg/pasar/video.mjpg"}},
                {"Jembatan": {"href": "https://cam.kutimkab.example/snap/jembatan.jpg"}},
            ]
        }
    ]
    cameras = parse(data)
    assert [(c.name, c.area, c.mjpeg_url, c.snapshot_url) for c in cameras] == [
        ("Pasar", "Kamera Bengalon", "https://cam.kutimkab.example/mjpg/pasar/video.mjpg", None),
        ("Jembatan", "Kamera Bengalon", None, "https://cam.kutimkab.example/snap/jembatan.jpg"),
    ]


def test_lan_and_loopback_hrefs_are_never_media_from_a_public_answer() -> None:
    data = [
        group(
            "CCTV",
            service("Gudang", "http://192.168.1.40:1984/stream.html?src=gudang"),
            service("Lokal", "http://127.0.0.1:1984/stream.html?src=lokal"),
            service("Nama", "http://nvr/stream.html?src=pos"),
            service("Metadata", "http://169.254.169.254/viewer/x"),
        )
    ]
    assert start_page_cameras(data, BASE) == []


def test_applications_audio_and_pages_saying_no_camera_are_not_cameras() -> None:
    data = [
        group(
            "Aplikasi",
            service("Grafana", "https://grafana.kutimkab.example/d/x", icon="grafana.png"),
            service("Profil", "https://www.youtube.com/watch?v=Zq3Lm8Vt2Xa", icon="youtube"),
            service("Berita", "https://news.kutimkab.example/viewer/berita-hari-ini", icon="rss"),
        ),
        group(
            "CCTV",
            service("Frigate", "https://nvr.kutimkab.example/", icon="frigate.png"),
            service("Radio", "https://radio.kutimkab.example/live/siaran.mp3"),
            service("Peta CCTV", "https://peta.kutimkab.example/map/viewer/cctv"),
        ),
    ]
    assert start_page_cameras(data, BASE) == []


def test_credentials_in_href_are_not_copied() -> None:
    data = [
        group("CCTV", service("Pos", "https://admin:rahasia@cam.kutimkab.example/hls/pos.m3u8"))
    ]
    (camera,) = parse(data)
    assert camera.stream_url == "https://cam.kutimkab.example/hls/pos.m3u8"
    assert "rahasia" not in camera.name


def test_other_lists_are_not_homepage_groups() -> None:
    # Groups without any href, a list of cameras, and a list mixing groups with records.
    assert start_page_kind([{"name": "CCTV", "services": [{"name": "a", "url": "x"}]}]) is None
    assert start_page_kind([{"name": "Pasar", "stream": "https://c.example/a.m3u8"}]) is None
    mixed = [group("CCTV", service("A", "https://c.example/a.m3u8")), {"name": "B"}]
    assert start_page_kind(mixed) is None
    assert start_page_kind([]) is None


def test_deep_groups_are_bounded() -> None:
    inner: object = group("Dalam", service("Kamera X", "https://c.example/hls/x/index.m3u8"))
    for depth in range(10):
        inner = group(f"CCTV {depth}", groups=[inner])
    data = [group("CCTV", service("Atas", "https://c.example/hls/a/index.m3u8"), groups=[inner])]
    cameras = start_page_cameras(data, BASE)
    assert cameras is not None
    assert [c["name"] for c in cameras if isinstance(c, dict)] == ["Atas"]


def test_viewing_verbs_name_no_viewer_page_without_a_camera_word_before_them() -> None:
    packages = [
        {
            "name": "Layanan CCTV",
            "services": [
                {
                    "name": "Paket Pemasangan CCTV 4 kamera",
                    "href": "https://vendor.example/paket/view/12",
                    "description": "Harga mulai Rp 3.500.000",
                },
                {"name": "Paket 8 kamera", "href": "https://vendor.example/paket/view/13"},
            ],
        }
    ]
    news = [
        {
            "name": "Berita",
            "services": [
                {
                    "name": "Kamera baru dipasang di pasar",
                    "href": "https://news.example/berita/lihat/2024-05-01-kamera",
                },
                {"name": "CCTV rusak", "href": "https://news.example/berita/lihat/8812"},
            ],
        }
    ]
    assert start_page_cameras(packages, "https://home.example.net/api/services") == []
    assert start_page_cameras(news, "https://home.example.net/api/services") == []
    # Under a camera word of the path or the host, the verbs still name a viewer page.
    data = [
        group(
            "Kamera",
            service("Pasar", "https://cctv.kutimkab.example/lihat/pasar"),
            service("Dermaga", "https://port.kutimkab.example/cctv/view/4"),
            service("Berita", "https://cctv.kutimkab.example/berita/lihat/4"),
        )
    ]
    assert [c.stream_url for c in parse(data)] == [
        "https://cctv.kutimkab.example/lihat/pasar",
        "https://port.kutimkab.example/cctv/view/4",
    ]


def test_services_are_read_only_up_to_one_more_than_the_camera_limit() -> None:
    data = [
        group(
            f"G{i}",
            *(
                service(f"Cam {i}-{j}", f"https://cctv.example.org/viewer/c{i}-{j}", "kamera")
                for j in range(50)
            ),
        )
        for i in range(200)
    ]
    cameras = start_page_cameras(data, BASE)
    assert cameras is not None and len(cameras) == MAX_CAMERAS + 1
    assert len(parse(data)) == MAX_CAMERAS
