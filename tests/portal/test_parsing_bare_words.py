"""A word alone under a media field is a note, never an address next to the list."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import PortalFormatError, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/cctv/"
NOTES = ["offline", "rusak", "cam1", "-", "N/A", "n.a.", "T/A", "Tidak ada", "Belum ada."]


def parse(body: str) -> list[tuple[str, str | None, str | None]]:
    result = parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return [(c.name, c.stream_url, c.snapshot_url) for c in result.cameras]


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize("field", ["stream", "link_stream", "url_cctv", "snapshot", "thumbnail"])
def test_a_note_under_a_media_field_is_no_address(field: str, note: str) -> None:
    items = [
        {"id": 1, "nama": "Simpang Tiga", field: note},
        {"id": 2, "nama": "Bundaran Kabo", "stream": "/hls/kabo/index.m3u8"},
    ]
    cameras = parse(json.dumps({"data": items}))
    assert ("Bundaran Kabo", "https://cctv.kutim.example/hls/kabo/index.m3u8", None) in cameras
    # The first camera has no media at all: it is not listed, and nothing points at
    # https://cctv.kutim.example/cctv/<note>.
    assert all("Simpang" not in name for name, _, _ in cameras)
    assert all(note.lower() not in (url or "").lower() for _, s, p in cameras for url in (s, p))


@pytest.mark.parametrize(
    ("value", "stream"),
    [
        ("live/cam1", "https://cctv.kutim.example/cctv/live/cam1"),
        ("embed.php?cam=1", "https://cctv.kutim.example/cctv/embed.php?cam=1"),
        ("/player/1", "https://cctv.kutim.example/player/1"),
        ("cam1.m3u8", "https://cctv.kutim.example/cctv/cam1.m3u8"),
    ],
)
def test_relative_addresses_still_count(value: str, stream: str) -> None:
    items = [
        {"id": 1, "nama": "Simpang Tiga", "stream": value},
        {"id": 2, "nama": "Bundaran Kabo", "stream": "/hls/kabo/index.m3u8"},
    ]
    assert ("Simpang Tiga", stream, None) in parse(json.dumps(items))


@pytest.mark.parametrize("note", NOTES)
def test_a_card_with_a_note_for_its_stream_is_its_picture(note: str) -> None:
    page = (
        f'<div class="cctv" data-id="1" data-name="Simpang Tiga" data-stream="{note}">'
        '<img src="/snap/1.jpg" alt="Simpang Tiga"></div>'
        '<div class="cctv" data-id="2" data-name="Bundaran Kabo" data-stream="/hls/2.m3u8">'
        '<img src="/snap/2.jpg" alt="Bundaran Kabo"></div>'
    )
    cameras = parse(page)
    assert sorted(cameras) == [
        (
            "Bundaran Kabo",
            "https://cctv.kutim.example/hls/2.m3u8",
            "https://cctv.kutim.example/snap/2.jpg",
        ),
        ("Simpang Tiga", None, "https://cctv.kutim.example/snap/1.jpg"),
    ]


@pytest.mark.parametrize("value", ["live/cam1", "/embed.php?cam=1", "player.html"])
def test_a_card_whose_stream_is_a_page_is_one_camera_with_its_picture(value: str) -> None:
    page = (
        f'<div class="cctv" data-id="1" data-name="Simpang Tiga" data-stream="{value}">'
        '<img src="/snap/1.jpg" alt="Simpang Tiga"></div>'
        '<div class="cctv" data-id="2" data-name="Bundaran Kabo" data-stream="/hls/2.m3u8">'
        '<img src="/snap/2.jpg" alt="Bundaran Kabo"></div>'
    )
    cameras = parse(page)
    # One camera per card: the picture is the card's still (a page only stands in for a
    # stream when a camera has no media at all).
    assert len(cameras) == 2
    assert ("Simpang Tiga", None, "https://cctv.kutim.example/snap/1.jpg") in cameras


def test_a_list_of_notes_only_is_no_camera_list() -> None:
    items = [{"id": n, "nama": f"Kamera {n}", "stream": "offline"} for n in range(3)]
    with pytest.raises(PortalFormatError):
        parse(json.dumps(items))
