"""Records that are an image element's attributes (``[{src, alt}]``): src is a picture."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://kamera.sangatta-cams.example/?_data=routes%2F_index"
RELAY = "https://kamera.sangatta-cams.example/hdrelay/b9/5d0c6a2e"


def parse(records: list[dict[str, object]]) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(records), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


@pytest.mark.parametrize(
    "src",
    [
        "/hdrelay/b9/5d0c6a2e",
        "hdrelay/b9/5d0c6a2e",
        RELAY,
    ],
)
def test_src_beside_alt_without_extension_is_the_still(src: str) -> None:
    cameras = parse(
        [
            {"src": src, "alt": "Bukit Pelangi"},
            {"src": "https://atcs.kutim.example/1_devices/aux1.jpeg", "alt": "Simpang Tiga"},
        ]
    )
    assert cameras[0].name == "Bukit Pelangi"
    assert cameras[0].snapshot_url == RELAY
    assert cameras[0].stream_url is None


def test_image_size_and_loading_attributes_keep_the_record_an_image() -> None:
    preview = "https://app.prism.example/helpers/realtime_preview.php?c=88&s=720"
    cameras = parse(
        [
            {"src": preview, "alt": "Gunung Menumbar", "width": 1280, "height": 720},
            {"src": RELAY, "alt": "Polder", "loading": "lazy", "title": "Polder"},
        ]
    )
    assert [c.snapshot_url for c in cameras] == [preview, RELAY]
    assert all(c.stream_url is None for c in cameras)


def test_stream_under_src_beside_alt_stays_a_stream() -> None:
    hls = "https://live.kutim.example/a/index.m3u8"
    cameras = parse([{"src": hls, "alt": "A"}, {"src": hls.replace("/a/", "/b/"), "alt": "B"}])
    assert cameras[0].stream_url == hls
    assert cameras[0].snapshot_url is None


def test_record_with_other_fields_is_no_image_element() -> None:
    # A kind, a type or a player field says the record is more than an <img>: its
    # extensionless src is not taken as a picture.
    page = "https://pano.kutim.example/teluk-lingga/"
    cameras = parse(
        [
            {"src": page, "alt": "Teluk Lingga", "kind": "iframe"},
            {"src": page.replace("teluk", "tanjung"), "alt": "Tanjung", "kind": "iframe"},
        ]
    )
    assert all(c.snapshot_url is None for c in cameras)


def test_video_player_under_src_beside_alt_is_no_picture() -> None:
    embed = "https://www.youtube.com/embed/abcdefghijk"
    cameras = parse(
        [
            {"src": embed, "alt": "Pantai Live"},
            {"src": embed.replace("abc", "xyz"), "alt": "Dermaga Live"},
        ]
    )
    assert all(c.snapshot_url is None for c in cameras)
    assert cameras[0].stream_url == embed
