"""Uploaded clips, watch pages and article or product records are no cameras' media."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.media import uploaded_clip
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutimkab.example/"


def parse(payload: object) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def no_cameras(payload: object) -> bool:
    try:
        return parse(payload) == ()
    except PortalFormatError as err:
        return "No camera list found" in str(err)


# --- uploaded clips ---------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://wisata.kutimkab.example/uploads/tour-2023.mp4",
        "/uploads/2023/05/festival.mp4",
        "/media/promo.mp4",
        "https://dispar.kutimkab.example/wp-content/uploads/2024/01/profil.webm",
        "https://cdn.kutimkab.example/video/video-profil-kutim.mp4",
    ],
)
def test_a_place_list_uploaded_film_is_no_stream(url: str) -> None:
    records = [
        {
            "name": f"Pantai {n}",
            "lat": -0.5 - n / 10,
            "lng": 117.5,
            "video": url.replace(".", f"{n}.", 0),
        }
        for n in range(3)
    ]
    assert no_cameras(records)
    events = {
        "events": [
            {
                "title": f"Festival {n}",
                "latitude": -0.5,
                "longitude": 117.5 + n / 10,
                "video_url": url,
            }
            for n in range(3)
        ]
    }
    assert no_cameras(events)


@pytest.mark.parametrize(
    ("record", "stream"),
    [
        # a live folder or a live server's file name
        (
            {"video": "https://stream.kutimkab.example/live/simpang.mp4"},
            "https://stream.kutimkab.example/live/simpang.mp4",
        ),
        (
            {"video": "https://stream.kutimkab.example/hls/2023/simpang.mp4"},
            "https://stream.kutimkab.example/hls/2023/simpang.mp4",
        ),
        # an address naming a camera
        (
            {"video": "https://kutimkab.example/uploads/cctv/simpang-2023.mp4"},
            "https://kutimkab.example/uploads/cctv/simpang-2023.mp4",
        ),
        # the record names a camera or says it is live
        (
            {"name": "CCTV Simpang", "video": "https://kutimkab.example/uploads/2023/a.mp4"},
            "https://kutimkab.example/uploads/2023/a.mp4",
        ),
        (
            {"is_live": True, "video": "https://kutimkab.example/uploads/promo.mp4"},
            "https://kutimkab.example/uploads/promo.mp4",
        ),
        # a loop named by no upload, year or promotion (a traffic camera's ``00001.07101.mp4``)
        (
            {"video": "https://s3.example.com/feeds/00001.07101.mp4"},
            "https://s3.example.com/feeds/00001.07101.mp4",
        ),
    ],
)
def test_a_camera_clip_with_a_position_stays(record: dict[str, object], stream: str) -> None:
    payload = [
        {"name": "Simpang", "lat": -0.5, "lng": 117.5} | record,
        {
            "name": "Pasar",
            "lat": -0.6,
            "lng": 117.6,
            "stream": "https://stream.kutimkab.example/hls/pasar/index.m3u8",
        },
    ]
    cameras = parse(payload)
    assert stream in [camera.stream_url for camera in cameras]


def test_uploaded_clip_vocabulary() -> None:
    assert uploaded_clip("https://x.example/uploads/a.mp4")
    assert uploaded_clip("https://x.example/a/tour-2023.mp4")
    assert uploaded_clip("https://x.example/a/promo.webm")
    assert not uploaded_clip("https://x.example/live/promo.mp4")
    assert not uploaded_clip("https://x.example/uploads/a.m3u8")
    assert not uploaded_clip("https://x.example/cam/s.mp4")
    assert not uploaded_clip("https://x.example/feeds/00001.07101.mp4")


# --- watch pages ------------------------------------------------------------------

WATCH = "https://customer-k7.cloudflarestream.com/0123456789abcdef0123456789abcdef/watch"
HLS = (
    "https://customer-k7.cloudflarestream.com/0123456789abcdef0123456789abcdef/manifest/video.m3u8"
)


@pytest.mark.parametrize(
    "page",
    [
        WATCH,
        "https://www.youtube.com/watch?v=abcdefghijk",
        "https://www.youtube.com/embed/abcdefghijk",
        "https://player.vimeo.com/video/12345",
        "https://video.kutimkab.example/v/9/iframe",
        "https://video.kutimkab.example/v/9/player",
    ],
)
def test_a_watch_page_is_never_a_still(page: str) -> None:
    payload = {
        "videos": [
            {"name": "Alun-alun", "preview": page, "hls": HLS},
            {"name": "Pasar", "thumbnail": page, "hls": HLS.replace("0123", "9999")},
        ]
    }
    cameras = parse(payload)
    assert len(cameras) == 2
    assert all(camera.snapshot_url is None for camera in cameras)
    assert {camera.stream_url for camera in cameras} == {HLS, HLS.replace("0123", "9999")}


def test_a_watch_page_yields_to_a_thumbnail() -> None:
    thumb = "https://customer-k7.cloudflarestream.com/0123456789abcdef0123456789abcdef/thumbnails/thumbnail.jpg"
    cameras = parse(
        {
            "videos": [
                {"name": "A", "preview": WATCH, "thumbnail": thumb},
                {"name": "B", "preview": WATCH, "thumbnail": thumb.replace("0123", "9999")},
            ]
        }
    )
    assert [camera.snapshot_url for camera in cameras] == [thumb, thumb.replace("0123", "9999")]


def test_a_lone_watch_page_stands_in_as_the_player_page() -> None:
    page = "https://www.youtube.com/watch?v=abcdefghijk"
    cameras = parse(
        {
            "cameras": [
                {"name": "Cam 1", "preview": page},
                {"name": "Cam 2", "image": "https://www.youtube.com/embed/zyxwvutsrqp"},
            ]
        }
    )
    assert [(c.stream_url, c.snapshot_url) for c in cameras] == [
        (page, None),
        ("https://www.youtube.com/embed/zyxwvutsrqp", None),
    ]
    assert not any(camera.has_stream for camera in cameras)


# --- article and product records ------------------------------------------------


def articles(link: str, key: str = "url", **extra: str) -> list[dict[str, str]]:
    return [
        {
            "title": f"Banjir surut {n}",
            key: link.format(n=n),
            "image": f"https://berita.kutimkab.example/uploads/2024/05/{n}.jpg",
        }
        | extra
        for n in range(3)
    ]


@pytest.mark.parametrize(
    "payload",
    [
        articles("https://berita.kutimkab.example/berita/2024/05/banjir-{n}"),
        {"news": articles("https://kutimkab.example/news/story-{n}", key="link")},
        {"data": {"posts": articles("/post/{n}", excerpt="Hujan deras", slug="banjir")}},
        articles("https://kutimkab.example/2024/05/01/banjir-{n}"),
        articles("https://kutimkab.example/banjir-{n}", summary="Hujan deras", slug="banjir"),
        articles("https://toko.kutimkab.example/product/kaos-{n}", key="permalink"),
    ],
)
def test_an_article_or_product_list_is_no_camera_list(payload: object) -> None:
    assert no_cameras(payload)


@pytest.mark.parametrize(
    "payload",
    [
        # the link is the camera's picture itself
        [
            {"title": f"Simpang {n}", "url": f"https://kutimkab.example/cam/{n}/snapshot.jpg"}
            for n in range(3)
        ],
        # a page link that is no article's, beside a picture
        [
            {
                "title": f"Simpang {n}",
                "url": f"https://kutimkab.example/lokasi/{n}",
                "image": f"https://kutimkab.example/img/{n}.jpg",
            }
            for n in range(3)
        ],
        # a camera word in the name, the page or the picture
        articles("https://kutimkab.example/berita/{n}", title="CCTV Simpang"),
        articles("https://cctv.kutimkab.example/berita/{n}"),
        [
            {
                "title": f"Simpang {n}",
                "url": f"https://kutimkab.example/berita/{n}",
                "image": f"https://kutimkab.example/kamera/{n}.jpg",
            }
            for n in range(3)
        ],
        # a record playing a stream beside an article link
        [
            {
                "title": f"Simpang {n}",
                "url": f"https://kutimkab.example/berita/{n}",
                "hls": f"https://kutimkab.example/hls/{n}/index.m3u8",
            }
            for n in range(3)
        ],
    ],
)
def test_a_camera_list_with_titles_and_links_still_reads(payload: object) -> None:
    assert len(parse(payload)) == 3


def test_news_and_products_among_a_place_cameras_are_left_out() -> None:
    payload = {
        "places": [
            {
                "name": "Sangatta",
                "lat": -0.5,
                "lng": 117.5,
                "cams": [
                    {
                        "name": "Simpang",
                        "stream": "https://stream.kutimkab.example/hls/simpang/index.m3u8",
                    },
                    {
                        "name": "Pasar",
                        "image": "https://kutimkab.example/snap/pasar.jpg",
                        "url": "https://kutimkab.example/lokasi/pasar",
                    },
                    {
                        "name": "Banjir surut",
                        "url": "https://kutimkab.example/berita/banjir-surut",
                        "image": "https://kutimkab.example/uploads/banjir.jpg",
                    },
                    {
                        "name": "Kaos",
                        "url": "https://toko.kutimkab.example/produk/kaos-1",
                        "image": "https://toko.kutimkab.example/img/kaos.jpg",
                    },
                ],
            }
        ]
    }
    cameras = parse(payload)
    assert sorted(camera.name for camera in cameras) == ["Pasar", "Simpang"]


def test_a_wordpress_or_ghost_posts_answer_is_no_camera_list() -> None:
    wordpress = [
        {
            "id": 101 + n,
            "date": f"2024-05-0{n + 1}T10:00:00",
            "slug": f"banjir-{n}",
            "type": "post",
            "link": f"https://berita.kutimkab.example/banjir-{n}/",
            "title": {"rendered": f"Banjir {n}"},
            "excerpt": {"rendered": "<p>Hujan deras.</p>"},
            "jetpack_featured_media_url": f"https://berita.kutimkab.example/wp-content/uploads/2024/05/b{n}.jpg",
        }
        for n in range(3)
    ]
    assert no_cameras(wordpress)
    ghost = {
        "posts": [
            {
                "id": f"65f1e2d3c4b5a60001f0a20{n}",
                "title": f"Banjir {n}",
                "slug": f"banjir-{n}",
                "url": f"https://blog.kutimkab.example/banjir-{n}/",
                "feature_image": f"https://blog.kutimkab.example/content/images/2024/05/b{n}.jpg",
                "excerpt": "Hujan deras mengguyur Sangatta.",
            }
            for n in range(3)
        ]
    }
    assert no_cameras(ghost)


def test_a_page_with_a_slug_and_an_empty_excerpt_keeps_its_picture() -> None:
    pages = {
        "pages": [
            {
                "title": f"Bukit {n}",
                "slug": f"bukit-{n}",
                "url": f"https://wisata.kutimkab.example/bukit-{n}/",
                "feature_image": f"https://wisata.kutimkab.example/content/images/bukit-{n}.jpg",
                "excerpt": "",
            }
            for n in range(3)
        ]
    }
    assert len(parse(pages)) == 3
