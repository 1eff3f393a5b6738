"""A link entry's camera page written under its ``media`` field is its player page."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutimkab.example/api/cameras"
OTHER = "https://live.operator.example"


def cameras(payload: object) -> tuple[Camera, ...]:
    """Parse a JSON payload as an Automatic portal answer."""
    return parse_body(
        json.dumps(payload), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def rows(found: tuple[Camera, ...]) -> list[tuple[str, str, str | None, str | None]]:
    """Return each camera's id, name, stream and still."""
    return [(c.id, c.name, c.stream_url, c.snapshot_url) for c in found]


def entries(kind: str, media: tuple[str, str]) -> dict[str, object]:
    """Return a webcam list of two entries of one kind."""
    return {
        "cameras": [
            {"id": 88, "name": "Simpang Tiga", "type": kind, "media": media[0]},
            {"id": 89, "name": "Pasar Induk", "type": kind, "media": media[1]},
        ]
    }


@pytest.mark.parametrize("kind", ["page", "link", "website"])
def test_a_viewer_page_keyed_by_the_entry_is_its_stream(kind: str) -> None:
    pages = (f"{OTHER}/watch.php?id=88", f"{OTHER}/watch.php?id=89")
    assert rows(cameras(entries(kind, pages))) == [
        ("88", "Simpang Tiga", pages[0], None),
        ("89", "Pasar Induk", pages[1], None),
    ]


def test_beside_typed_media_entries() -> None:
    payload = {
        "webcams": [
            {
                "id": "bp-danau",
                "type": "stream",
                "caption": "Danau Kaubun",
                "media": f"{OTHER}/hls/danau.m3u8",
            },
            {
                "id": "bp-gerbang",
                "type": "page",
                "caption": "Gerbang Resort",
                "media": f"{OTHER}/cam/bp-gerbang",
            },
            {
                "id": "bp-resort",
                "type": "link",
                "caption": "Semua kamera",
                "media": f"{OTHER}/webcams",
            },
        ]
    }
    assert rows(cameras(payload)) == [
        ("bp-danau", "Danau Kaubun", f"{OTHER}/hls/danau.m3u8", None),
        ("bp-gerbang", "Gerbang Resort", f"{OTHER}/cam/bp-gerbang", None),
    ]


@pytest.mark.parametrize(
    ("kind", "pages"),
    [
        # general pages naming no camera
        ("page", (f"{OTHER}/live-cam/", f"{OTHER}/webcams")),
        # another record's route
        ("page", (f"{OTHER}/cctv/live/8", f"{OTHER}/cctv/live/9")),
        # an article's page
        ("link", (f"{OTHER}/berita/read.php?id=9912", f"{OTHER}/berita/read.php?id=9913")),
        # a page under another kind than a link
        ("stream", (f"{OTHER}/watch.php?id=88", f"{OTHER}/watch.php?id=89")),
    ],
)
def test_other_pages_under_media_give_no_camera(kind: str, pages: tuple[str, str]) -> None:
    with pytest.raises(PortalFormatError) as raised:
        cameras(entries(kind, pages))
    assert str(raised.value) == (
        "No camera list found in the portal answer: none of its 2 entries has a stream or"
        " image URL (found 1 list(s), the largest with 2 entries, 2 object(s); fields that"
        " looked like media: media)"
    )


def test_a_lan_page_in_a_public_answer_gives_no_camera() -> None:
    pages = ("http://192.168.1.20/watch.php?id=88", "http://192.168.1.21/watch.php?id=89")
    with pytest.raises(PortalFormatError) as raised:
        cameras(entries("page", pages))
    assert str(raised.value) == (
        "No camera list found in the portal answer: none of its 2 entries has a stream or"
        " image URL (found 1 list(s), the largest with 2 entries, 2 object(s); no field"
        " looked like a stream or image address; fields that looked like inputs (a"
        " device's or a pulled camera's own address): media)"
    )


def test_a_login_in_the_page_gives_no_camera() -> None:
    pages = ("https://op:pw@live.operator.example/watch.php?id=88",) * 2
    with pytest.raises(PortalFormatError):
        cameras(entries("page", pages))


def test_an_entry_with_its_own_still_keeps_it() -> None:
    payload = {
        "cameras": [
            {
                "id": 88,
                "name": "Simpang Tiga",
                "type": "page",
                "media": f"{OTHER}/watch.php?id=88",
                "image": f"{OTHER}/snap/88.jpg",
            },
        ]
    }
    assert rows(cameras(payload)) == [("88", "Simpang Tiga", None, f"{OTHER}/snap/88.jpg")]
