"""Player frames named by their element id and numbered by their player's bare query."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.embeds import frame_id_name, player_query_id


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ifrm-simpang_tiga", "simpang_tiga"),
        ("frame-pelabuhan_kenyamukan", "pelabuhan_kenyamukan"),
        ("iframe_tanjung_bara", "tanjung_bara"),
        ("IFRM-Bundaran-Pelangi", "Bundaran-Pelangi"),
        ("frame-cam_simpang", "cam_simpang"),
    ],
)
def test_frame_id_carries_record_key(value: str, expected: str) -> None:
    assert frame_id_name(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "frame-1",
        "ifrm-3",
        "frame-video",
        "iframe_modal",
        "ifrm-player2",
        "frame-cctv-main",
        "frame-abc",
        "myIframe",
        "modal-video",
        "cam-kabo_sanjo",
        "simpang_tiga",
        "ifrm-" + "a" * 90,
    ],
)
def test_frame_id_near_misses(value: str | None) -> None:
    assert frame_id_name(value) is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://pantau.example/player/index.html?41", "41"),
        ("https://pantau.example/live/view.php?3", "3"),
        ("https://pantau.example/player/?7", "7"),
    ],
)
def test_player_bare_query_number(url: str, expected: str) -> None:
    assert player_query_id(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://pantau.example/player/index.html",
        "https://pantau.example/player/index.html?id=41",
        "https://pantau.example/player/index.html?41&t=1",
        "https://pantau.example/player/index.html?1712345678",
        "https://pantau.example/player/index.html?cam41",
        "https://pantau.example/hls/cam.m3u8?41",
        "https://pantau.example/player/watch?41",
    ],
)
def test_player_query_near_misses(url: str) -> None:
    assert player_query_id(url) is None


_GRID = """<div class="row">
<div class="col"><figure class="tm-video-item">
<iframe id="ifrm-simpang_tiga" src="https://pantau.example/player/index.html?41"
 allowfullscreen></iframe></figure></div>
<div class="col"><figure class="tm-video-item">
<iframe id="ifrm-jembatan_kabo" src="https://pantau.example/player/index.html?8"
 allowfullscreen></iframe></figure></div>
<div class="col"><figure class="tm-video-item">
<iframe id="ifrm-video" title="Pasar Induk" src="https://pantau.example/player/index.html?52"
 allowfullscreen></iframe></figure></div>
</div>"""


def test_grid_frames_named_by_id_numbered_by_query() -> None:
    cameras = parse_body(
        _GRID, profile=Profile.AUTO, base_url="https://pantau.example/grid", prettify=False
    ).cameras
    got = {(camera.id, camera.name) for camera in cameras}
    assert got == {("41", "simpang_tiga"), ("8", "jembatan_kabo"), ("52", "Pasar Induk")}


def test_generic_frame_id_gives_no_name() -> None:
    text = (
        '<div><iframe id="frame-video" src="https://pantau.example/player/embed.html?5"'
        " allowfullscreen></iframe></div>"
    )
    cameras = parse_body(
        text, profile=Profile.AUTO, base_url="https://pantau.example/", prettify=False
    ).cameras
    assert len(cameras) == 1
    assert cameras[0].id == "5"
    assert cameras[0].name != "video"
