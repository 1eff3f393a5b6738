"""Panorama player pages under a field named for their service, and teaser pictures."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://www.wisata-kutim.example/cp-api/webcams/"


def parse(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    text = json.dumps({"data": records})
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "key", ["roundshot_url", "roundshotUrl", "panomaxUrl", "panorama_url", "panoLink"]
)
def test_panorama_player_page_is_the_stream(key: str) -> None:
    cameras = parse(
        [
            {"id": 1, "title": "Puncak", key: "https://webcams.kutim.example/puncak/#/"},
            {"id": 2, "title": "Teluk", key: "https://webcams.kutim.example/teluk/"},
        ]
    )
    assert [c.stream_url for c in cameras] == [
        "https://webcams.kutim.example/puncak/#/",
        "https://webcams.kutim.example/teluk/",
    ]
    assert all(c.snapshot_url is None for c in cameras)


def test_teaser_picture_is_no_still_beside_a_panorama_page() -> None:
    cameras = parse(
        [
            {
                "id": 1,
                "title": "Puncak",
                "roundshot_url": "https://webcams.kutim.example/puncak/#/",
                "teaser": {"url": "/media/webcams/teaser-puncak.jpg", "alt": "Puncak"},
            },
            {
                "id": 2,
                "title": "Teluk",
                "roundshot_url": "https://webcams.kutim.example/teluk/",
                "teaserImage": "https://www.wisata-kutim.example/files/teluk.jpg",
            },
        ]
    )
    assert [c.snapshot_url for c in cameras] == [None, None]
    assert cameras[0].stream_url == "https://webcams.kutim.example/puncak/#/"


def test_teaser_only_records_are_no_cameras() -> None:
    with pytest.raises(PortalFormatError):
        parse(
            [
                {"id": 1, "title": "A", "teaser_image": "https://x.example/files/a.jpg"},
                {"id": 2, "title": "B", "teaser_image": "https://x.example/files/b.jpg"},
            ]
        )


def test_picture_beside_a_panorama_page_stays_the_still() -> None:
    still = "https://cam.maloy.example/current/maloy.jpg"
    cameras = parse(
        [
            {"id": 1, "title": "Maloy", "image_url": still, "pano_link": "https://p.example/m/"},
            {"id": 2, "title": "Kabo", "image_url": still.replace("maloy", "kabo")},
        ]
    )
    assert cameras[0].snapshot_url == still
    assert cameras[0].stream_url is None


def test_teaser_words_inside_other_words_are_not_teasers() -> None:
    # ``teasersmith.jpg`` or a field ``steaser`` name no teaser; a stream is never one.
    cameras = parse(
        [
            {"id": 1, "title": "A", "image": "https://x.example/cams/teasersmith.jpg"},
            {"id": 2, "title": "B", "teaser_stream": "https://x.example/live/b/index.m3u8"},
        ]
    )
    assert cameras[0].snapshot_url == "https://x.example/cams/teasersmith.jpg"
    assert cameras[1].stream_url == "https://x.example/live/b/index.m3u8"


@pytest.mark.parametrize(
    "page",
    [
        "https://www.hotel-kutim.example/panorama.html",
        "https://tour.resort-kutim.example/360/lobby/",
        "https://www.resort-kutim.example/virtual-tour/#pano",
    ],
)
def test_a_virtual_tour_under_a_panorama_field_is_no_camera(page: str) -> None:
    with pytest.raises(PortalFormatError):
        parse(
            [
                {"id": 1, "title": "Resort A", "panorama_url": page},
                {"id": 2, "title": "Resort B", "pano_link": page + "?b"},
            ]
        )


@pytest.mark.parametrize(
    ("key", "page"),
    [
        ("panorama_url", "https://pano.menumbar.example/gunung/"),
        ("panoLink", "https://resort.panomax.example/lodge"),
        ("panorama_url", "https://teluklingga.example/webcam/pantai/#/"),
        ("roundshot_url", "https://resort-a.roundshot.example/"),
        ("panomaxUrl", "https://www.resort-kutim.example/lodge/"),
    ],
)
def test_a_panorama_camera_page_stays_the_stream(key: str, page: str) -> None:
    cameras = parse([{"id": 1, "title": "Puncak", key: page}])
    assert [c.stream_url for c in cameras] == [page]


def test_a_virtual_tour_beside_a_panorama_camera_is_left_out() -> None:
    cameras = parse(
        [
            {"id": 1, "title": "Puncak", "roundshot_url": "https://resort-a.roundshot.example/"},
            {"id": 2, "title": "Lobby", "panorama_url": "https://www.hotel.example/tour.html"},
        ]
    )
    assert [c.id for c in cameras] == ["1"]
