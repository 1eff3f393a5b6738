"""A picture published in two definitions (``imageLD``/``imageHD``, ``image``/``image_hq``)."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://api.kutimwebcams.example/configuration.json"
LOW = "https://srv02.iboxcam.example/ftpcam/1280_bukit-pelangi.jpg"
HIGH = "https://www.iboxcam.example/ftpcam/mega_bukit-pelangi.jpg"


def parse(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    text = json.dumps({"webcams": records})
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def record(uid: int, **fields: object) -> dict[str, object]:
    return {"uid": uid, "title": f"Kamera {uid}", **fields}


@pytest.mark.parametrize(
    ("low_key", "high_key"),
    [
        ("imageLD", "imageHD"),
        ("imageSD", "imageHD"),
        ("image_lq", "image_hq"),
        ("imageLQ", "imageHQ"),
    ],
)
@pytest.mark.parametrize("high_first", [False, True])
def test_high_definition_picture_beats_its_low_definition_copy(
    low_key: str, high_key: str, *, high_first: bool
) -> None:
    pair = [(low_key, LOW), (high_key, HIGH)]
    if high_first:
        pair.reverse()
    cameras = parse([record(1, **dict(pair)), record(2, **dict(pair))])
    assert [c.snapshot_url for c in cameras] == [HIGH, HIGH]


def test_empty_high_definition_leaves_the_low_definition_still() -> None:
    cameras = parse([record(1, imageLD=LOW, imageHD=""), record(2, imageLD=LOW, imageHD=None)])
    assert [c.snapshot_url for c in cameras] == [LOW, LOW]


def test_hq_twin_of_a_plain_picture_field_is_the_still() -> None:
    plain = "https://img.pantau.example/cam/detail/001.jpg"
    full = "https://img.pantau.example/cam/full/001.jpg"
    cameras = parse([record(1, image=plain, image_hq=full), record(2, image=plain, image_hq=full)])
    assert [c.snapshot_url for c in cameras] == [full, full]


def test_definition_pair_of_video_folders_is_no_picture() -> None:
    # Base folders of a video host (no picture by their shape) are never a still.
    cameras = parse(
        [
            record(
                1,
                viewsurfLD="https://media.viewsurf.example/vod/a/media",
                viewsurfHD="https://media.viewsurf.example/vod/a-hd/media",
            ),
            record(2, imageLD=LOW),
        ]
    )
    assert [c.id for c in cameras] == ["2"]
    assert cameras[0].snapshot_url == LOW


def test_hq_stream_pair_is_not_read_as_pictures() -> None:
    sd = "https://live.kutim.example/a/sd/index.m3u8"
    hd = "https://live.kutim.example/a/hd/index.m3u8"
    cameras = parse([record(1, hlsSD=sd, hlsHD=hd), record(2, hlsSD=sd, hlsHD=hd)])
    assert all(c.snapshot_url is None for c in cameras)
    assert [c.stream_url for c in cameras] == [hd, hd]
