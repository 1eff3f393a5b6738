"""Organizr tab lists and Uptime Kuma status pages: tabs and monitors as cameras."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tablists import tab_list_records

ORGANIZR = "https://portal.kaubun.kutimkab.example/api/?v1/tab/list"
KUMA = "https://status.kaubun.kutimkab.example/api/status-page/kamera"


def parse(data: object, base_url: str) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(data), profile=Profile.AUTO, base_url=base_url, prettify=False
    ).cameras


def tab(key: int, name: str, url: str, category: int = 1, local: str = "") -> dict[str, object]:
    return {
        "id": key,
        "order": key,
        "category_id": category,
        "name": name,
        "url": url,
        "url_local": local,
        "default": 0,
        "enabled": 1,
        "group_id": 999,
        "image": "plugins/images/tabs/cctv.png",
        "type": 1,
    }


CATEGORIES = [
    {"id": 1, "order": 1, "category": "Unsorted", "category_id": 0, "image": "x.png"},
    {"id": 2, "order": 2, "category": "Kaubun", "category_id": 1, "image": "c.png"},
    {"id": 3, "order": 3, "category": "Bengalon", "category_id": 2, "image": "c.png"},
]
GROUPS = [{"id": 1, "group": "Admin", "group_id": 0, "image": "plugins/images/groups/admin.png"}]


def v1(tabs: list[dict[str, object]]) -> dict[str, object]:
    return {
        "request": "v1/tab/list",
        "status": "success",
        "data": {"tabs": tabs, "categories": CATEGORIES, "groups": GROUPS},
    }


def by_id(cameras: tuple[Camera, ...]) -> dict[str | None, Camera]:
    return {camera.id: camera for camera in cameras}


def test_organizr_tabs_are_cameras_with_the_category_named_by_category_id() -> None:
    cameras = by_id(
        parse(
            v1(
                [
                    tab(
                        3,
                        "CCTV Simpang Kaubun",
                        "https://cctv.kaubun.kutimkab.example/viewer/simpang",
                    ),
                    tab(
                        4, "CCTV Pasar", "https://cctv.kaubun.kutimkab.example/hls/pasar/index.m3u8"
                    ),
                    tab(
                        5, "CCTV Jembatan", "https://cctv.pu.kutimkab.example/snap/jembatan.jpg", 2
                    ),
                ]
            ),
            ORGANIZR,
        )
    )
    assert set(cameras) == {"3", "4", "5"}
    assert cameras["3"].stream_url == "https://cctv.kaubun.kutimkab.example/viewer/simpang"
    assert cameras["3"].area == "Kaubun"  # category_id 1, not the category whose id is 1
    assert cameras["4"].stream_url == "https://cctv.kaubun.kutimkab.example/hls/pasar/index.m3u8"
    assert cameras["5"].snapshot_url == "https://cctv.pu.kutimkab.example/snap/jembatan.jpg"
    assert cameras["5"].area == "Bengalon"
    for camera in cameras.values():
        assert camera.area != "tabs"
        assert camera.snapshot_url is None or "plugins/images" not in camera.snapshot_url


def test_organizr_leaves_out_its_own_pages_maps_apps_lan_and_front_pages() -> None:
    cameras = parse(
        v1(
            [
                tab(1, "Settings", "api/?v1/settings/page", 0),
                tab(6, "Peta Banjir", "https://peta.bpbd.kutimkab.example/banjir", 0),
                tab(7, "Grafana", "https://grafana.bpbd.kutimkab.example/d/uptime/kamera", 0),
                tab(8, "Situs CCTV", "https://cctv.kaubun.kutimkab.example/", 0),
                tab(9, "CCTV Gudang", "http://192.168.20.14/cgi-bin/snapshot.cgi"),
                tab(10, "CCTV Kantor", "", local="http://10.0.0.5/live.m3u8"),
                tab(11, "CCTV Logistik", "rtmp://cctv.kaubun.kutimkab.example/live/gudang"),
                tab(12, "Laporan Harian", "https://docs.bpbd.kutimkab.example/laporan.pdf", 0),
            ]
        ),
        ORGANIZR,
    )
    assert cameras == ()


def test_organizr_v2_launch_and_credentials_removed() -> None:
    data = {
        "response": {
            "result": "success",
            "data": {
                "categories": CATEGORIES,
                "tabs": [
                    tab(
                        2,
                        "Kamera Dermaga",
                        "https://op:Secret1@kamera.dermaga.example/mjpg/video.mjpg",
                    ),
                    tab(3, "Dermaga Live", "https://www.youtube.com/embed/Xk2LmQ7pR4s"),
                    tab(4, "Homepage", "api/v2/page/homepage", 0),
                ],
                "user": {"username": "Guest", "image": "plugins/images/groups/guest.png"},
            },
        }
    }
    cameras = by_id(parse(data, "https://portal.example/api/v2/launch"))
    assert set(cameras) == {"2", "3"}
    assert cameras["2"].mjpeg_url == "https://kamera.dermaga.example/mjpg/video.mjpg"
    assert cameras["3"].stream_url == "https://www.youtube.com/embed/Xk2LmQ7pR4s"


def monitor(key: int, name: str, url: str | None, kind: str = "http") -> dict[str, object]:
    entry: dict[str, object] = {
        "id": key,
        "name": name,
        "sendUrl": int(url is not None),
        "type": kind,
    }
    if url is not None:
        entry["url"] = url
    return entry


def status_page(groups: list[dict[str, object]]) -> dict[str, object]:
    return {
        "config": {"id": 1, "slug": "kamera", "title": "Kamera", "published": True},
        "incident": {"id": 2, "title": "Kamera putus", "content": "https://cctv.x.example/a.jpg"},
        "publicGroupList": groups,
        "maintenanceList": [{"id": 1, "title": "Pemeliharaan", "status": "scheduled"}],
    }


def test_status_page_monitors_take_their_group_as_area() -> None:
    data = status_page(
        [
            {
                "id": 1,
                "name": "Jalan Poros",
                "monitorList": [
                    monitor(
                        11,
                        "Kamera Simpang Kabo",
                        "https://cctv.dishub.kutimkab.example/snap/kabo.jpg",
                    ),
                    monitor(
                        12, "Kamera Pasar", "https://cctv.dishub.kutimkab.example/viewer/pasar"
                    ),
                    monitor(13, "NVR Kabo", None, "ping"),
                ],
            },
        ]
    )
    cameras = by_id(parse(data, KUMA))
    assert set(cameras) == {"11", "12"}
    assert {camera.area for camera in cameras.values()} == {"Jalan Poros"}
    assert cameras["12"].stream_url == "https://cctv.dishub.kutimkab.example/viewer/pasar"


def test_status_page_refuses_lan_rtmp_front_pages_and_endpoints() -> None:
    data = status_page(
        [
            {
                "id": 1,
                "name": "Server",
                "monitorList": [
                    monitor(21, "Kamera Kantor", "http://192.168.30.2/snapshot.jpg"),
                    monitor(22, "Kamera Lokal", "http://127.0.0.1:8080/live/index.m3u8"),
                    monitor(23, "Kamera Poros", "rtmp://cctv.example/live/poros"),
                    monitor(24, "Portal CCTV", "https://cctv.dishub.kutimkab.example/"),
                    monitor(
                        25, "API Kamera", "https://kamera.kutimkab.example/api/health", "keyword"
                    ),
                    monitor(26, "Toko Online", "https://toko.example/produk/kamera-cctv-murah"),
                ],
            }
        ]
    )
    cameras = parse(data, KUMA)
    assert [camera.id for camera in cameras] == []


def test_only_organizr_and_status_page_shapes_are_read() -> None:
    assert tab_list_records({"tabs": [tab(1, "CCTV", "https://c.example/a.m3u8")]}, KUMA) is None
    assert (
        tab_list_records({"data": {"tabs": [{"name": "x", "url": "https://c.example/"}]}}, KUMA)
        is None
    )
    assert tab_list_records({"publicGroupList": [{"name": "A", "monitorList": []}]}, KUMA) is None
    assert tab_list_records([{"publicGroupList": []}], KUMA) is None
    records = tab_list_records(
        {"config": {"slug": "a"}, "publicGroupList": [{"name": "A", "monitorList": []}]}, KUMA
    )
    assert records == []


def test_tab_lists_are_bounded() -> None:
    tabs = [tab(i, f"CCTV {i}", f"https://cctv.example/hls/{i}/index.m3u8") for i in range(6000)]
    records = tab_list_records(v1(tabs), ORGANIZR)
    assert records is not None
    assert len(records) == 5000
