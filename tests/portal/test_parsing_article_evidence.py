"""An article or product reading of a record takes strong evidence, and no uploaded clip plays it."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.example.com/api/cams.json"
NAMES = ("Sudirman", "Thamrin", "Gatot")


def parse(payload: object) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def refusal(payload: object) -> str:
    with pytest.raises(PortalFormatError) as caught:
        parse(payload)
    return str(caught.value)


def roads(page: str, still_key: str = "image") -> list[dict[str, object]]:
    return [
        {
            "id": n,
            "name": f"Jl. {name}",
            "url": page.format(n=n),
            still_key: f"https://traffic.example.gov/images/{n}.jpg",
        }
        for n, name in enumerate(NAMES)
    ]


# --- camera lists a generic folder or two loose fields no longer refuse -----------


@pytest.mark.parametrize(
    ("page", "still_key"),
    [
        ("https://traffic.example.gov/item/{n}", "image"),
        ("https://traffic.example.gov/roads/items/{n}", "snapshot"),
        ("https://traffic.example.gov/news/{n}", "snapshot"),
        ("https://traffic.example.gov/2024/{n}", "snapshot"),
        ("https://traffic.example.gov/product/{n}", "image"),
    ],
)
def test_a_generic_or_bare_page_keeps_the_camera_list(page: str, still_key: str) -> None:
    cameras = parse(roads(page, still_key))
    assert [(c.id, c.name, c.snapshot_url) for c in cameras] == [
        (str(n), f"Jl. {name}", f"https://traffic.example.gov/images/{n}.jpg")
        for n, name in enumerate(NAMES)
    ]
    assert all(c.stream_url is None for c in cameras)


def test_item_pages_among_a_place_cams_stay_cameras() -> None:
    payload = [
        {
            "name": place,
            "cams": [
                {
                    "name": f"Simpang {n}",
                    "url": f"https://traffic.example.gov/item/{n}",
                    "image": f"https://traffic.example.gov/images/{n}.jpg",
                }
                for n in numbers
            ],
        }
        for place, numbers in (("Sangatta", (0, 1)), ("Bengalon", (5, 6)))
    ]
    cameras = parse(payload)
    assert sorted((c.name, c.area, c.snapshot_url) for c in cameras) == [
        ("Simpang 0", "Sangatta", "https://traffic.example.gov/images/0.jpg"),
        ("Simpang 1", "Sangatta", "https://traffic.example.gov/images/1.jpg"),
        ("Simpang 5", "Bengalon", "https://traffic.example.gov/images/5.jpg"),
        ("Simpang 6", "Bengalon", "https://traffic.example.gov/images/6.jpg"),
    ]


@pytest.mark.parametrize(
    ("extra", "folder"),
    [
        ({"content": "Pantauan jembatan"}, "detail"),
        ({"author": "Admin"}, "lokasi"),
        ({"summary": "Pantauan jembatan"}, "detail"),
    ],
)
def test_two_loose_article_fields_keep_the_camera_list(extra: dict[str, str], folder: str) -> None:
    payload = [
        {
            "id": f"c{n}",
            "title": f"Jembatan {n}",
            "slug": f"jembatan-{n}",
            "url": f"https://pantau.example.id/{folder}/jembatan-{n}",
            "image": f"https://pantau.example.id/snap/{n}.jpg",
        }
        | extra
        for n in range(3)
    ]
    cameras = parse(payload)
    assert [(c.id, c.name, c.snapshot_url) for c in cameras] == [
        (f"c{n}", f"Jembatan {n}", f"https://pantau.example.id/snap/{n}.jpg") for n in range(3)
    ]


# --- strong article evidence still refuses ---------------------------------------


@pytest.mark.parametrize(
    "payload",
    [
        # a news folder holding a slugged page
        roads("https://traffic.example.gov/news/banjir-surut-{n}"),
        roads("https://traffic.example.gov/berita/banjir-surut-{n}.html"),
        # a shop folder holding a slugged page
        roads("https://shop.example.id/product/kaos-polos-{n}"),
        # a dated permalink
        roads("https://traffic.example.gov/2024/05/banjir-{n}"),
        # WordPress's rendered fields
        [
            {
                "id": n,
                "title": {"rendered": f"Banjir {n}"},
                "link": f"https://berita.example.id/?p={n}",
                "jetpack_featured_media_url": f"https://berita.example.id/img/{n}.jpg",
            }
            for n in range(3)
        ],
        # a post's type beside its excerpt
        [
            {
                "id": n,
                "type": "post",
                "title": f"Banjir {n}",
                "excerpt": "Hujan deras",
                "url": f"https://berita.example.id/p/{n}",
                "image": f"https://berita.example.id/img/{n}.jpg",
            }
            for n in range(3)
        ],
        # an excerpt and a slug beside a root-level permalink that is the slug
        [
            {
                "title": f"Artikel {n}",
                "slug": f"a-{n}",
                "excerpt": "x y",
                "url": f"https://blog.example.id/a-{n}",
                "thumbnail": f"https://blog.example.id/img/{n}.jpg",
            }
            for n in range(3)
        ],
    ],
)
def test_strong_article_evidence_refuses_the_list(payload: object) -> None:
    message = refusal(payload)
    assert "No camera list found" in message
    assert "3 of them read as articles, posts or products" in message
    assert "has a stream or image URL" not in message


def test_a_type_post_alone_or_an_empty_excerpt_is_no_evidence() -> None:
    payload = [
        {
            "id": n,
            "type": "post",
            "title": f"Simpang {n}",
            "excerpt": "",
            "url": f"https://pantau.example.id/lokasi/{n}",
            "image": f"https://pantau.example.id/snap/{n}.jpg",
        }
        for n in range(3)
    ]
    assert [c.snapshot_url for c in parse(payload)] == [
        f"https://pantau.example.id/snap/{n}.jpg" for n in range(3)
    ]


# --- a platform embed of an uploaded video does not make an article a camera ----


def news_clips(embed: str, key: str = "embed") -> list[dict[str, object]]:
    return [
        {
            "id": n,
            "title": f"Banjir di Sangatta {n}",
            "url": f"https://news.example.id/berita/2024/05/banjir-{n}",
            "thumbnail": f"https://news.example.id/img/{n}.jpg",
            key: embed.format(n=n),
        }
        for n in range(3)
    ]


@pytest.mark.parametrize(
    ("embed", "key"),
    [
        ("https://www.youtube.com/embed/abcdEFGH00{n}", "embed"),
        ("https://www.youtube.com/embed/abcdEFGH00{n}", "embedUrl"),
        ("https://player.vimeo.com/video/7654321{n}", "embed"),
        ("https://www.youtube.com/embed/abcdEFGH00{n}", "iframe"),
    ],
)
def test_a_news_clip_embed_leaves_the_article_no_camera(embed: str, key: str) -> None:
    message = refusal(news_clips(embed, key))
    assert "3 of them read as articles, posts or products" in message


def test_a_live_embed_beside_an_article_still_plays() -> None:
    cameras = parse(news_clips("https://www.youtube.com/embed/live_stream?channel=UCabc{n}"))
    assert [c.stream_url for c in cameras] == [
        f"https://www.youtube.com/embed/live_stream?channel=UCabc{n}" for n in range(3)
    ]


def test_an_uploaded_video_embed_of_a_camera_list_still_plays() -> None:
    payload = [
        {
            "id": n,
            "title": f"Simpang {n}",
            "url": f"https://traffic.example.gov/item/{n}",
            "thumbnail": f"https://traffic.example.gov/img/{n}.jpg",
            "embed": f"https://www.youtube.com/embed/abcdEFGH00{n}",
        }
        for n in range(3)
    ]
    cameras = parse(payload)
    assert [(c.stream_url, c.snapshot_url) for c in cameras] == [
        (f"https://www.youtube.com/embed/abcdEFGH00{n}", f"https://traffic.example.gov/img/{n}.jpg")
        for n in range(3)
    ]


def test_a_news_clip_among_a_place_cams_is_left_out() -> None:
    payload = {
        "places": [
            {
                "name": "Sangatta",
                "cams": [
                    {
                        "name": "Pasar",
                        "url": "https://kutimkab.example/lokasi/pasar",
                        "image": "https://kutimkab.example/snap/pasar.jpg",
                    },
                    {
                        "name": "Banjir surut",
                        "url": "https://kutimkab.example/berita/banjir-surut",
                        "image": "https://kutimkab.example/uploads/banjir.jpg",
                        "embed": "https://www.youtube.com/embed/abcdEFGH000",
                    },
                ],
            }
        ]
    }
    assert [c.name for c in parse(payload)] == ["Pasar"]


@pytest.mark.parametrize(
    "says",
    [
        {"tags": [{"name": "#cctv", "slug": "hash-cctv"}, {"name": "Sangatta Utara"}]},
        {"excerpt": "Siaran langsung dermaga penyeberangan."},
        {"title": "LIVE Pelabuhan Kaliorang 24 Jam"},
    ],
)
def test_a_post_saying_camera_or_live_keeps_its_platform_embed(says: dict[str, object]) -> None:
    payload = [
        {
            "id": n,
            "title": f"Pelabuhan {n}",
            "slug": f"pelabuhan-{n}",
            "excerpt": "Dermaga penyeberangan.",
            "url": f"https://pantau.example.id/pelabuhan-{n}/",
            "embed": f"https://www.youtube.com/embed/Xk4tQm9Rb2{n}",
        }
        | says
        for n in range(3)
    ]
    cameras = parse(payload)
    assert [c.stream_url for c in cameras] == [
        f"https://www.youtube.com/embed/Xk4tQm9Rb2{n}" for n in range(3)
    ]


def test_the_same_post_without_a_live_word_is_no_camera() -> None:
    payload = [
        {
            "id": n,
            "title": f"Pelabuhan {n}",
            "slug": f"pelabuhan-{n}",
            "excerpt": "Dermaga penyeberangan.",
            "url": f"https://pantau.example.id/pelabuhan-{n}/",
            "embed": f"https://www.youtube.com/embed/Xk4tQm9Rb2{n}",
            "tags": [{"name": "Kaliorang"}],
        }
        for n in range(3)
    ]
    assert "3 of them read as articles, posts or products" in refusal(payload)
