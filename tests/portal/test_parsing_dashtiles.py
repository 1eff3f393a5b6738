"""Application dashboards' tiles (Heimdall) and recorded videos in bookmark lists."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.normalise import recorded_video
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.dashtiles import _MAX_TILES, dashboard_tiles

BASE = "https://start.kutimkab.example/"


def parse(text: str, base: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base, prettify=False).cameras


def tile(title: str, url: str, key: str | None = "1", *, icon: str = "app.png") -> str:
    data = f' data-id="{key}"' if key else ""
    return (
        f'<section class="item-container"{data}><div class="item" style="background-color: #123">'
        f'<img class="app-icon" src="{BASE}storage/icons/{icon}" />'
        f'<div class="details"><div class="title white">{title}</div></div>'
        f'<a title="" class="link white" target="_blank" href="{url}"><i class="fas"></i></a>'
        f'</div><a class="item-edit" href="{BASE}items/{key}/edit"><i></i></a></section>'
    )


def bare_tile(title: str, url: str) -> str:
    return (
        '<section class="item-container"><div class="item" style="background-color: #123">'
        f'<i class="fas fa-app-store-ios"></i>\n{title}\nItem\n'
        f'<a class="link" href="{url}"><i class="fas"></i></a></div></section>'
    )


def page(*tiles: str) -> str:
    return (
        '<html><head><title>Heimdall</title></head><body><main id="main">'
        f'<div id="sortable">{"".join(tiles)}<div class="add-item">'
        f'<a id="add-item" href="{BASE}items/create">Pin Item</a></div></div></main></body></html>'
    )


def test_tiles_give_stream_still_mjpeg_and_viewer_page_with_data_ids() -> None:
    cameras = parse(
        page(
            tile("CCTV Simpang Tiga", "https://cctv.kutimkab.example/viewer/simpang-tiga", "3"),
            tile("CCTV Bundaran", "https://cctv.kutimkab.example/snap/bundaran.jpg", "4"),
            tile("CCTV Polder", "https://cctv.kutimkab.example/hls/polder/index.m3u8", "5"),
            tile("Dermaga &amp; Pasar", "https://cam.kutimkab.example/mjpg/video.mjpg", "8"),
        )
    )
    found = {c.id: c for c in cameras}
    assert set(found) == {"3", "4", "5", "8"}
    assert found["3"].stream_url == "https://cctv.kutimkab.example/viewer/simpang-tiga"
    assert found["4"].snapshot_url == "https://cctv.kutimkab.example/snap/bundaran.jpg"
    assert found["4"].stream_url is None
    assert found["5"].stream_url == "https://cctv.kutimkab.example/hls/polder/index.m3u8"
    assert found["8"].mjpeg_url == "https://cam.kutimkab.example/mjpg/video.mjpg"
    assert found["8"].name == "Dermaga & Pasar"


def test_first_template_drops_the_fixed_item_word_and_derives_ids() -> None:
    cameras = parse(
        page(
            bare_tile("CCTV Simpang Wahau", "https://cctv.kutimkab.example/hls/wahau/index.m3u8"),
            bare_tile("CCTV Pasar", "/cctv/pasar.jpg"),
        )
    )
    assert sorted(c.name for c in cameras) == ["CCTV Pasar", "CCTV Simpang Wahau"]
    assert all(c.id.startswith("k-") for c in cameras)
    assert {c.snapshot_url for c in cameras} == {
        None,
        "https://start.kutimkab.example/cctv/pasar.jpg",
    }


def test_item_word_kept_when_not_every_bare_title_ends_with_it() -> None:
    records = dashboard_tiles(
        page(
            bare_tile("CCTV Menu", "https://cctv.kutimkab.example/hls/a/index.m3u8").replace(
                "\nItem\n", "\n"
            ),
            bare_tile("CCTV Rumah", "https://cctv.kutimkab.example/hls/b/index.m3u8"),
        ),
        BASE,
    )
    assert records is not None
    assert {r["name"] for r in records if isinstance(r, dict)} == {"CCTV Menu", "CCTV Rumah Item"}


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Pi-hole", "http://192.168.1.2/admin"),  # an application on a LAN
        ("CCTV Ruang Server", "http://10.0.0.9/cgi-bin/mjpg/video.cgi"),  # a LAN camera
        ("CCTV Loopback", "http://127.0.0.1:8080/hls/a/index.m3u8"),
        ("Bengalon", f"{BASE}tag/bengalon"),  # a tag tile: the dashboard's own page
        ("CCTV Sangatta", f"{BASE}tag/cctv-sangatta"),  # a camera-named tag tile
        ("Berita Kecamatan", "https://berita.kutimkab.example/2026/11/banjir"),  # news
        ("Toko Kamera", "https://toko.example/produk/kamera-bullet-2mp"),  # a shop's product
        ("Peta CCTV", "https://www.google.com/maps/d/embed?mid=1abc"),  # a map
        ("Panduan CCTV", "https://docs.kutimkab.example/panduan-cctv.pdf"),  # a document
        ("Grafana", "https://grafana.kutimkab.example/"),  # an application's front page
        ("CCTV Portal", "https://cctv.kutimkab.example/"),  # a bare site root
        ("Grafik Lalu Lintas", "https://grafana.kutimkab.example/render/lalin.png"),  # a chart
    ],
)
def test_tiles_that_are_no_camera(title: str, url: str) -> None:
    assert dashboard_tiles(page(tile(title, url)), BASE) == []


def test_credentials_are_not_copied_into_names() -> None:
    records = dashboard_tiles(
        page(tile("CCTV Gerbang", "https://user:secret@cctv.kutimkab.example/hls/g/index.m3u8")),
        BASE,
    )
    assert records is not None
    assert all("secret" not in str(r.get("name")) for r in records if isinstance(r, dict))


def test_pages_without_the_dashboard_frame_are_not_read() -> None:
    html = page(tile("CCTV A", "https://cctv.kutimkab.example/hls/a/index.m3u8"))
    assert dashboard_tiles(html.replace('id="sortable"', 'id="list"'), BASE) is None
    assert dashboard_tiles('<html><body><div id="sortable"></div></body></html>', BASE) is None


def test_tile_count_is_capped() -> None:
    many = [
        tile(f"CCTV {n}", f"https://cctv.kutimkab.example/hls/{n}/index.m3u8", str(n))
        for n in range(_MAX_TILES + 20)
    ]
    records = dashboard_tiles(page(*many), BASE)
    assert records is not None and len(records) == _MAX_TILES


def test_news_page_with_item_sections_but_no_tiles_is_not_a_dashboard() -> None:
    html = (
        '<html><body><div id="sortable"><section class="item-container"><h2>Berita</h2>'
        "<p>Isi artikel</p></section></div></body></html>"
    )
    assert dashboard_tiles(html, BASE) is None


@pytest.mark.parametrize(
    ("url", "recorded"),
    [
        ("https://doc.kutimkab.example/rekaman/banjir-2025-01.mp4", True),
        ("https://video.kutimkab.example/recordings/2026/simulasi.webm", True),
        ("https://video.kutimkab.example/arsip/2025/banjir.mp4?token=1", True),
        ("https://cctv.kutimkab.example/live/pasar/stream.mp4", False),
        ("https://cctv.kutimkab.example/rekaman/live/pasar.mp4", False),
        ("https://cctv.kutimkab.example/rekaman/banjir.jpg", False),
        ("https://cctv.kutimkab.example/video/pasar.mp4", False),
        ("https://cctv.kutimkab.example/rekaman/pasar/index.m3u8", False),
    ],
)
def test_recorded_video(url: str, recorded: bool) -> None:
    assert recorded_video(url) is recorded


def test_bookmark_list_leaves_out_recorded_video_keeps_live_mp4() -> None:
    answer = {
        "count": 3,
        "next": None,
        "previous": None,
        "results": [
            {
                "id": 1,
                "url": "https://cctv.kutimkab.example/live/pasar/stream.mp4",
                "title": "CCTV Pasar",
                "tag_names": ["cctv"],
            },
            {
                "id": 2,
                "url": "https://doc.kutimkab.example/rekaman/banjir-2025-01.mp4",
                "title": "Rekaman banjir",
                "tag_names": ["arsip"],
            },
            {
                "id": 3,
                "url": "https://cctv.kutimkab.example/snap/kabo.jpg",
                "title": "CCTV Kabo",
                "tag_names": ["cctv"],
            },
        ],
    }
    cameras = parse(json.dumps(answer), "https://links.kutimkab.example/api/bookmarks/")
    assert sorted(c.id for c in cameras) == ["1", "3"]


def test_bookmark_list_of_recordings_only_gives_no_camera() -> None:
    answer = [
        {"id": 1, "url": "https://doc.kutimkab.example/rekaman/a.mp4", "title": "Rekaman A"},
        {"id": 2, "url": "https://doc.kutimkab.example/recordings/b.webm", "title": "Rekaman B"},
    ]
    try:
        cameras = parse(json.dumps(answer), "https://links.kutimkab.example/api/v1/links")
    except PortalFormatError:
        return
    assert cameras == ()
