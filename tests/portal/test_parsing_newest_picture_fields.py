"""A record's newest-picture field (``currentUrl``, ``latestImage``) holding a relative path."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.fieldurls import relative_media_kind
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.angin-kutim.example/cams"


def parse(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    text = json.dumps(records)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def two(key: str, first: str, second: str) -> list[dict[str, object]]:
    return [
        {"_id": "a1", "name": "Bukit Pelangi", key: first},
        {"_id": "a2", "name": "Teluk Lingga", key: second},
    ]


@pytest.mark.parametrize(
    "key",
    [
        "currentUrl",
        "current_url",
        "currentImage",
        "latestImage",
        "latestImageUrl",
        "last_image_path",
        "newestPicture",
        "currentSnapshotUrl",
    ],
)
def test_newest_picture_field_relative_path_is_the_still(key: str) -> None:
    cameras = parse(two(key, "cams/ts/a1/latest.jpg", "cams/ts/a2/latest.jpg"))
    assert [c.snapshot_url for c in cameras] == [
        "https://api.angin-kutim.example/cams/ts/a1/latest.jpg",
        "https://api.angin-kutim.example/cams/ts/a2/latest.jpg",
    ]
    assert all(c.stream_url is None for c in cameras)


def test_capture_time_file_name_keeps_its_colons() -> None:
    cameras = parse(
        two(
            "currentUrl",
            "cams/harvest/a1/2026-12-07T21:48:00.000Z.jpg",
            "cams/ts/a2/2026-12-07T21:59:41.000Z.jpg",
        )
    )
    assert cameras[0].snapshot_url == (
        "https://api.angin-kutim.example/cams/harvest/a1/2026-12-07T21:48:00.000Z.jpg"
    )
    assert cameras[1].snapshot_url == (
        "https://api.angin-kutim.example/cams/ts/a2/2026-12-07T21:59:41.000Z.jpg"
    )


@pytest.mark.parametrize(
    "key",
    [
        # Not named for the newest picture: a relative picture may be an icon.
        "logo",
        "icon_path",
        "previousImage",
        "marker_image",
        # A time or a count under a newest-picture name is no picture field.
        "lastImageUploaded",
        "currentImageUpdateFrequency",
        # A link to a page, not to a picture.
        "currentLink",
    ],
)
def test_relative_picture_under_other_names_is_not_taken(key: str) -> None:
    with pytest.raises(PortalFormatError):
        parse(two(key, "img/a1.png", "img/a2.png"))


def test_newest_picture_field_holding_a_time_or_a_page_is_no_still() -> None:
    records = [
        {"_id": "a1", "name": "Bukit Pelangi", "currentUrl": "2026-12-07T21:48:00.000Z"},
        {"_id": "a2", "name": "Teluk Lingga", "currentUrl": "kamera/teluk-lingga"},
    ]
    with pytest.raises(PortalFormatError):
        parse(records)


def test_colons_are_never_read_in_the_first_segment() -> None:
    # A scheme of its own is never a relative path, with or without colons read.
    assert relative_media_kind("javascript:alert(1).jpg", colons=True) is None
    assert relative_media_kind("c:/cams/x.jpg", colons=True) is None
    assert relative_media_kind("cams/x/12:00.jpg", colons=True) == "still"
    # Without colons (every other reader), a colon still ends the path.
    assert relative_media_kind("cams/x/12:00.jpg") is None
