"""Start-page apps, JSON snapshot documents and key-only records beside a LAN input."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.fieldurls import url_host, url_kind
from custom_components.kutim_cctv.portal.media import is_data_document
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.startpages import (
    start_page_cameras,
    start_page_kind,
)
from custom_components.kutim_cctv.portal.policy import is_public_host

BASE = "https://dash.kaliorang.kutimkab.example/api/configs/kaliorang"


def parse(data: object, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(data), profile=Profile.AUTO, base_url=base_url, prettify=False
    ).cameras


def _addresses(camera: Camera) -> list[str]:
    return [u for u in (camera.stream_url, camera.snapshot_url, camera.mjpeg_url) if u]


# --- Homarr 0.x boards ---------------------------------------------------------------


def homarr_app(key: str, name: str, url: str, external: str = "", category: str = "c1") -> object:
    return {
        "id": key,
        "name": name,
        "url": url,
        "appearance": {"iconUrl": "/imgs/logo/app.png"},
        "network": {"enabledStatusChecker": True, "statusCodes": ["200"]},
        "behaviour": {"isOpeningNewTab": True, "externalUrl": external},
        "area": {"type": "category", "properties": {"id": category}},
    }


def homarr_board(apps: list[object]) -> dict[str, object]:
    return {
        "schemaVersion": 2,
        "configProperties": {"name": "kaliorang"},
        "categories": [
            {"id": "c1", "position": 1, "name": "Kaliorang"},
            {"id": "c2", "position": 2, "name": "Layanan Kantor"},
        ],
        "wrappers": [{"id": "default", "position": 0}],
        "apps": apps,
        "widgets": [{"id": "w1", "type": "date", "properties": {}}],
        "settings": {"customization": {"pageTitle": "Kecamatan Kaliorang"}},
    }


BOARD = homarr_board(
    [
        homarr_app(
            "a1",
            "Pasar Kaliorang",
            "http://192.168.10.21:1984/stream.html?src=pasar",
            "https://cctv.kaliorang.kutimkab.example/stream.html?src=pasar",
        ),
        homarr_app("a2", "Dermaga", "https://cctv.kaliorang.kutimkab.example/hls/dermaga.m3u8"),
        homarr_app("a3", "Lapangan", "http://192.168.11.5:1984/stream.html?src=lapangan"),
        homarr_app("a4", "Portainer", "http://192.168.10.2:9000", category="c2"),
        homarr_app("a5", "Webmail", "https://mail.kaliorang.kutimkab.example", category="c2"),
    ]
)


def test_homarr_board_reads_public_external_urls_and_category_names() -> None:
    cameras = {camera.id: camera for camera in parse(BOARD)}
    assert set(cameras) == {"a1", "a2"}
    assert cameras["a1"].stream_url == (
        "https://cctv.kaliorang.kutimkab.example/stream.html?src=pasar"
    )
    assert cameras["a2"].stream_url == "https://cctv.kaliorang.kutimkab.example/hls/dermaga.m3u8"
    assert {camera.area for camera in cameras.values()} == {"Kaliorang"}
    assert cameras["a1"].name == "Pasar Kaliorang"


def test_homarr_board_never_takes_lan_addresses() -> None:
    for camera in parse(BOARD):
        for url in _addresses(camera):
            assert is_public_host(url_host(url)), url


def test_homarr_lan_external_url_is_not_read_over_a_public_url() -> None:
    board = homarr_board(
        [
            homarr_app(
                "b1",
                "Simpang",
                "https://cctv.kaubun.kutimkab.example/stream.html?src=simpang",
                "http://10.0.0.5:1984/stream.html?src=simpang",
            )
        ]
    )
    entries = start_page_cameras(board, BASE)
    assert entries == [
        {
            "id": "b1",
            "name": "Simpang",
            "area": "Kaliorang",
            "stream": "https://cctv.kaubun.kutimkab.example/stream.html?src=simpang",
        }
    ]


def test_homarr_picture_needs_a_camera_word() -> None:
    board = homarr_board(
        [
            homarr_app("p1", "Grafik Curah Hujan", "https://bmkg.kutimkab.example/chart.png"),
            homarr_app("p2", "CCTV Pasar", "https://cctv.kutimkab.example/snap/pasar.jpg"),
        ]
    )
    entries = start_page_cameras(board, BASE)
    assert entries == [
        {
            "id": "p2",
            "name": "CCTV Pasar",
            "area": "Kaliorang",
            "snapshot": "https://cctv.kutimkab.example/snap/pasar.jpg",
        }
    ]


def test_homarr_board_of_applications_only_gives_no_camera() -> None:
    board = homarr_board([homarr_app("x", "Portainer", "https://docker.kutimkab.example")])
    assert start_page_kind(board) == "Homarr"
    assert start_page_cameras(board, BASE) == []
    assert parse(board) == ()


def test_apps_and_categories_without_a_board_shape_are_no_homarr_board() -> None:
    # An app store's answer: apps and categories, no wrappers or configProperties.
    store = {
        "categories": [{"id": "c1", "name": "Video"}],
        "apps": [{"id": "1", "name": "Player", "url": "https://x.example/a.m3u8"}],
    }
    assert start_page_kind(store) is None
    assert start_page_cameras(store, BASE) is None


def test_homarr_app_count_is_bounded() -> None:
    apps = [
        homarr_app(str(n), f"CCTV {n}", f"https://cctv.kutimkab.example/hls/{n}.m3u8")
        for n in range(6000)
    ]
    entries = start_page_cameras(homarr_board(apps), BASE)
    assert entries is not None
    assert len(entries) == 5000


def test_homarr_media_apps_are_no_cameras() -> None:
    media = [
        ("Jellyfin", "https://jellyfin.example.org/web/index.html#!/video"),
        ("YouTube", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("Twitch", "https://www.twitch.tv/somestreamer"),
        ("Plex", "https://app.plex.tv/desktop/#!/"),
        ("Owncast", "https://live.example.org/embed/video"),
        ("IPTV", "https://iptv.example.org/live/channel1.m3u8"),
        ("MediaMTX", "https://mtx.example.org/cam1/"),
        ("Radio", "https://radio.example.org/stream.mp3"),
    ]
    board = homarr_board(
        [
            homarr_app(f"m{n}", name, "http://192.168.1.5:8096", url)
            for n, (name, url) in enumerate(media)
        ]
    )
    board["categories"] = [{"id": "c1", "position": 1, "name": "Media"}]
    assert start_page_cameras(board, "https://home.example.org/api/configs/default") == []


def test_homarr_icon_file_name_does_not_make_a_picture_app_a_camera() -> None:
    apps = []
    for n in range(3):
        app = homarr_app(
            f"s{n}",
            f"Sonarr {n}",
            "http://192.168.1.5/",
            f"https://media.example.org/poster/{n}.jpg",
        )
        app["appearance"] = {"iconUrl": "https://cdn.example/icons/camera.png"}  # type: ignore[index]
        apps.append(app)
    board = homarr_board(apps)
    assert start_page_cameras(board, "https://home.example.org/api/configs/default") == []
    # A recorder's icon says camera.
    for app in apps:
        app["appearance"] = {"iconUrl": "https://cdn.example/icons/frigate.png"}  # type: ignore[index]
    assert len(start_page_cameras(board, "https://home.example.org/api/configs/default") or []) == 3


# --- a site's front page among apps ----------------------------------------------------

APPS_BASE = "https://start.bpbd.kutimkab.example/api/apps"


def flame_apps(rows: list[tuple[int, str, str]]) -> dict[str, object]:
    return {
        "success": True,
        "data": [
            {"id": key, "name": name, "url": url, "icon": "mdi", "isPinned": True}
            for key, name, url in rows
        ],
    }


def test_front_pages_of_applications_are_left_out_beside_cameras() -> None:
    cameras = parse(
        flame_apps(
            [
                (1, "CCTV Wahau", "https://cctv.wahau.kutimkab.example/hls/simpang/index.m3u8"),
                (2, "Kamera Pasar", "https://pantau.kutimkab.example/snap/pasar.jpg"),
                (3, "Frigate", "https://nvr.bpbd.kutimkab.example"),
                (4, "Grafana", "https://grafana.bpbd.kutimkab.example/"),
            ]
        ),
        APPS_BASE,
    )
    assert sorted(camera.id for camera in cameras) == ["1", "2"]


def test_front_page_named_or_hosted_as_a_camera_is_kept() -> None:
    cameras = parse(
        flame_apps(
            [
                (1, "Simpang Tiga", "https://video.kutimkab.example/hls/simpang/index.m3u8"),
                (2, "CCTV Pelabuhan", "https://pelabuhan.kutimkab.example"),
                (3, "Pos Jaga", "https://cctv.posjaga.kutimkab.example/"),
                (4, "Grafana", "https://grafana.kutimkab.example"),
            ]
        ),
        APPS_BASE,
    )
    assert sorted(camera.id for camera in cameras) == ["1", "2", "3"]


def test_cameras_published_as_front_pages_stay_beside_a_single_still() -> None:
    cameras = parse(
        [
            {
                "id": "1",
                "name": "Simpang Tiga",
                "snapshot": "https://cctv.kutim.example/snap/1.jpg",
            },
            {"id": "2", "name": "Pasar Induk", "url": "https://pasarinduk-kutim.ddns.example/"},
            {"id": "3", "name": "Bundaran", "url": "https://bundaran-kutim.ddns.example/"},
            {"id": "4", "name": "Dermaga", "url": "https://dermaga-kutim.ddns.example"},
        ],
        "https://cctv.kutim.example/api/cams",
    )
    assert sorted(camera.id for camera in cameras) == ["1", "2", "3", "4"]


def test_application_front_pages_go_even_when_they_outnumber_the_cameras() -> None:
    cameras = parse(
        flame_apps(
            [
                (1, "CCTV Wahau", "https://cctv.wahau.kutimkab.example/hls/simpang/index.m3u8"),
                (2, "Grafana", "https://grafana.bpbd.kutimkab.example/"),
                (3, "Jellyfin", "https://media.bpbd.kutimkab.example"),
                (4, "Kata Sandi", "https://vault.bpbd.kutimkab.example"),
            ]
        ),
        APPS_BASE,
    )
    assert [camera.id for camera in cameras] == ["1"]


def test_front_page_with_a_path_is_not_a_site_root() -> None:
    cameras = parse(
        flame_apps(
            [
                (1, "Simpang Tiga", "https://video.kutimkab.example/hls/simpang/index.m3u8"),
                (2, "Dermaga", "https://pelabuhan.kutimkab.example/viewer/dermaga"),
            ]
        ),
        APPS_BASE,
    )
    assert sorted(camera.id for camera in cameras) == ["1", "2"]


def test_list_of_front_pages_only_is_kept_whole() -> None:
    # No entry gives media or a player page: nothing tells the front pages apart.
    cameras = parse(
        flame_apps(
            [
                (1, "Watt Auburn", "https://watt-auburn.traffic.kutimkab.example"),
                (2, "Sunrise", "https://sunrise.traffic.kutimkab.example/"),
            ]
        ),
        APPS_BASE,
    )
    assert sorted(camera.id for camera in cameras) == ["1", "2"]


# --- JSON documents are no pictures ----------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://its.kutimkab.example/snapshots/KTM-01.json",
        "https://its.kutimkab.example/snapshots/KTM-01.JSON?t=1",
        "https://its.kutimkab.example/layers/cctv.geojson",
    ],
)
def test_json_documents_are_data_not_media(url: str) -> None:
    assert is_data_document(url)
    assert url_kind(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://its.kutimkab.example/snapshots/KTM-01.jpg",
        "https://its.kutimkab.example/snapshot?format=json",
        "https://its.kutimkab.example/json/snapshots/KTM-01.jpg",
    ],
)
def test_pictures_named_near_json_stay_pictures(url: str) -> None:
    assert not is_data_document(url)


def test_snapshot_json_document_gives_no_still() -> None:
    data = {
        "cameras": [
            {"id": "1", "name": "Simpang", "snapshot_url": "https://its.kutimkab.example/s/1.jpg"},
            {"id": "2", "name": "Pasar", "snapshot_url": "https://its.kutimkab.example/s/2.json"},
            {
                "id": "3",
                "name": "Dermaga",
                "image": "https://its.kutimkab.example/s/3.jpg",
                "snapshot_url": "https://its.kutimkab.example/snapshots/3.json",
            },
        ]
    }
    cameras = {camera.id: camera for camera in parse(data, "https://its.kutimkab.example/api")}
    assert set(cameras) == {"1", "3"}
    assert cameras["3"].snapshot_url == "https://its.kutimkab.example/s/3.jpg"
    assert cameras["3"].stream_url is None


# --- a stream key alone beside a LAN input ----------------------------------------------

KEY_BASE = "https://cctv.sangatta.kutimkab.example/live/api/cameras.php"


def key_rows(rows: list[tuple[str, str, str]]) -> dict[str, object]:
    return {
        "success": True,
        "data": {
            "cameras": [
                {
                    "id": key,
                    "name": name,
                    "rtsp_url": url,
                    "stream_key": f"{key}f9c2a7e51b84d06a1e7c5b2d8f04e6a",
                    "status": "active",
                }
                for key, name, url in rows
            ],
            "count": len(rows),
        },
    }


PUBLIC_KEY_ROWS = [
    ("1", "Simpang Tiga", "rtsp://rtsp.cctv.kutimkab.example:8554/simpang-tiga"),
    ("2", "Bundaran", "rtsp://rtsp.cctv.kutimkab.example:8554/bundaran"),
    ("3", "Polder", "rtsp://polder.kutimkab.example:554/Streaming/Channels/101"),
]


def test_key_only_camera_beside_its_lan_login_address_is_left_out() -> None:
    rows = [*PUBLIC_KEY_ROWS, ("4", "Lobi", "rtsp://admin:ZmSecret9@192.168.10.21:554/s1")]
    cameras = parse(key_rows(rows), KEY_BASE)
    assert sorted(camera.id for camera in cameras) == ["1", "2", "3"]
    for camera in cameras:
        assert camera.stream_url is not None
        assert is_public_host(url_host(camera.stream_url))
        assert "ZmSecret9" not in repr(camera)


def test_key_only_camera_beside_loopback_login_address_is_left_out() -> None:
    rows = [*PUBLIC_KEY_ROWS, ("4", "Server", "rtsp://viewer:pw123@127.0.0.1:8554/cam")]
    cameras = parse(key_rows(rows), KEY_BASE)
    assert sorted(camera.id for camera in cameras) == ["1", "2", "3"]
    assert all("pw123" not in repr(camera) for camera in cameras)


def test_public_login_address_keeps_the_camera_without_its_login() -> None:
    rows = [*PUBLIC_KEY_ROWS, ("4", "Dermaga", "rtsp://viewer:Rahasia1@dermaga.kutimkab.example/x")]
    cameras = {camera.id: camera for camera in parse(key_rows(rows), KEY_BASE)}
    assert cameras["4"].stream_url == "rtsp://dermaga.kutimkab.example/x"
    assert "Rahasia1" not in repr(cameras["4"])
