"""One generic picture several records of a list show alike is a stand-in, no still."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal.media import is_generic_picture
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/api/cameras"
SITE = "https://portal.kutim.example"


def cameras(payload: object) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal answer."""
    text = json.dumps(payload)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "url",
    [
        "https://a.example/assets/thumbnail.png?t=1769059550",
        "https://a.example/images/camera-thumb.png",
        "https://a.example/img/cctv_preview.jpg",
        "https://a.example/img/Default.jpg",
        "/static/CameraThumbnail.png",
    ],
)
def test_generic_file_names(url: str) -> None:
    """File names of picture words only, one a thumbnail's or default's, are generic."""
    assert is_generic_picture(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://a.example/cams/thumb_12.jpg",
        "https://a.example/img/kabo-thumbnail.jpg",
        "https://a.example/snapshot.jpg",
        "https://a.example/jpg/image.jpg",
        "https://a.example/stills/pasar-induk.jpg",
        "https://a.example/img/camera.png",
        "https://a.example/thumbnail/",
    ],
)
def test_named_file_names_are_not_generic(url: str) -> None:
    """A number, another word or no stand-in word names one camera's picture."""
    assert not is_generic_picture(url)


def _record(number: int, picture: str, **extra: object) -> dict[str, object]:
    return {"id": f"C{number}", "name": f"Simpang {number}", "thumbnail": picture, **extra}


def test_shared_generic_picture_is_no_still_and_no_camera() -> None:
    """Two records whose only picture is one shared thumbnail.png give no camera."""
    found = cameras(
        [
            _record(1, f"{SITE}/snap/c1.jpg"),
            _record(2, f"{SITE}/snap/c2.jpg"),
            _record(3, f"{SITE}/assets/thumbnail.png"),
            _record(4, f"{SITE}/assets/thumbnail.png"),
        ]
    )
    assert [camera.id for camera in found] == ["C1", "C2"]
    assert [camera.snapshot_url for camera in found] == [
        f"{SITE}/snap/c1.jpg",
        f"{SITE}/snap/c2.jpg",
    ]


def test_shared_generic_picture_beside_streams_is_dropped() -> None:
    """Records playing streams keep them, without the shared stand-in as still."""
    found = cameras(
        [
            _record(1, "/images/camera-thumb.png", streamUrl=f"{SITE}/hls/c1/index.m3u8"),
            _record(2, "/images/camera-thumb.png", streamUrl=f"{SITE}/hls/c2/index.m3u8"),
        ]
    )
    assert [camera.stream_url for camera in found] == [
        f"{SITE}/hls/c1/index.m3u8",
        f"{SITE}/hls/c2/index.m3u8",
    ]
    assert all(camera.snapshot_url is None for camera in found)


def test_one_records_generic_picture_is_its_still() -> None:
    """A generic file name shown by one record only (its own folder) is its still."""
    found = cameras(
        [
            _record(1, f"{SITE}/cams/1/thumbnail.jpg"),
            _record(2, f"{SITE}/cams/2/thumbnail.jpg"),
        ]
    )
    assert [camera.snapshot_url for camera in found] == [
        f"{SITE}/cams/1/thumbnail.jpg",
        f"{SITE}/cams/2/thumbnail.jpg",
    ]


def test_shared_named_picture_is_kept() -> None:
    """Two records reusing one named picture (no generic file name) both keep it."""
    found = cameras(
        [
            _record(1, f"{SITE}/stills/pasar-induk.jpg"),
            _record(2, f"{SITE}/stills/pasar-induk.jpg"),
        ]
    )
    assert [camera.id for camera in found] == ["C1", "C2"]
    assert {camera.snapshot_url for camera in found} == {f"{SITE}/stills/pasar-induk.jpg"}


def test_typed_image_record_with_stand_in_takes_no_page() -> None:
    """A ``type: image`` record whose picture is the stand-in takes no page as its still."""
    found = cameras(
        {
            "cameras": [
                {
                    "id": "A1",
                    "name": "Simpang Tiga",
                    "url": f"{SITE}/cam/?id=A1",
                    "type": "image",
                    "imageUrl": f"{SITE}/snap/a1.jpg",
                },
                {
                    "id": "B1",
                    "name": "Jembatan Pinang",
                    "url": f"{SITE}/cam/?id=B1",
                    "type": "image",
                    "imageUrl": f"{SITE}/assets/thumbnail.png?t=1",
                },
                {
                    "id": "B2",
                    "name": "Jembatan Lama",
                    "url": f"{SITE}/cam/?id=B2",
                    "type": "image",
                    "imageUrl": f"{SITE}/assets/thumbnail.png?t=1",
                },
            ]
        }
    )
    assert [(camera.id, camera.snapshot_url) for camera in found] == [("A1", f"{SITE}/snap/a1.jpg")]


def test_stand_in_records_do_not_vote_on_districts() -> None:
    """Records showing only the stand-in leave the other records' districts as areas."""
    found = cameras(
        [
            {**_record(1, f"{SITE}/snap/c1.jpg"), "location": "Sangatta Utara"},
            {**_record(2, f"{SITE}/snap/c2.jpg"), "location": "Sangatta Utara"},
            {**_record(3, f"{SITE}/snap/c3.jpg"), "location": "Sangatta Selatan"},
            {**_record(4, f"{SITE}/assets/thumbnail.png"), "location": "Kutai Timur, Bengalon"},
            {**_record(5, f"{SITE}/assets/thumbnail.png"), "location": "Kutai Timur, Bengalon"},
        ]
    )
    assert [(camera.id, camera.area) for camera in found] == [
        ("C1", "Sangatta Utara"),
        ("C2", "Sangatta Utara"),
        ("C3", "Sangatta Selatan"),
    ]


def test_one_cameras_record_listed_twice_keeps_its_own_picture() -> None:
    """A repeated record is one record: its ``/cam12/preview.jpg`` stays its still."""
    still = "https://cams.kutim.example/cam12/preview.jpg"
    record = {"id": 12, "name": "Simpang Lima", "snapshot": still}
    found = cameras(
        [
            record,
            dict(record),
            {
                "id": 13,
                "name": "Pasar Baru",
                "snapshot": "https://cams.kutim.example/cam13/preview.jpg",
            },
        ]
    )
    assert [(camera.name, camera.snapshot_url) for camera in found] == [
        ("Simpang Lima", still),
        ("Pasar Baru", "https://cams.kutim.example/cam13/preview.jpg"),
    ]


def test_two_different_records_sharing_a_generic_picture_still_lose_it() -> None:
    shared = f"{SITE}/assets/thumbnail.png"
    found = cameras(
        [
            {"id": 1, "name": "Simpang", "image": shared, "hls": f"{SITE}/hls/1.m3u8"},
            {"id": 2, "name": "Pasar", "image": shared, "hls": f"{SITE}/hls/2.m3u8"},
        ]
    )
    assert [camera.snapshot_url for camera in found] == [None, None]
