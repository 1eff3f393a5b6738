"""Stock pictures a site shows for a camera without a view are neither stills nor cameras."""

from __future__ import annotations

import json

import pytest

from custom_components.kutim_cctv.portal import PortalFormatError
from custom_components.kutim_cctv.portal.media import is_placeholder_picture
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/cctv/"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


@pytest.mark.parametrize(
    "url",
    [
        "https://a.example/images/no-signal.png",
        "https://a.example/static/img/no_image.png",
        "https://a.example/x/noImage.jpg",
        "https://a.example/assets/unavailable.jpg",
        "https://a.example/img/camera-offline.jpg",
        "https://a.example/img/placeholder.png",
        "https://a.example/Images/semimagem.jpg",
        "https://a.example/img/sin-imagen.png",
        "https://a.example/img/image_not_found.png",
        "https://a.example/img/loading.gif",
        "/img/NoSignal.PNG",
    ],
)
def test_placeholder_file_names(url: str) -> None:
    """File names whose words name a missing picture are stock pictures."""
    assert is_placeholder_picture(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://a.example/snap/simpang-tiga.jpg",
        "https://a.example/offline/12.jpg",  # a directory says nothing
        "https://a.example/img/unloading-dock.jpg",
        "https://a.example/img/notebook.png",
        "https://a.example/img/nonstop.jpg",
        "https://a.example/",
        "",
    ],
)
def test_real_stills_are_no_placeholders(url: str) -> None:
    """Pictures of places, and paths without such a file name, are kept."""
    assert not is_placeholder_picture(url)


def test_placeholder_thumbnail_is_no_still_in_json() -> None:
    """A list whose thumbnail falls back to a stock picture keeps the stream only."""
    body = json.dumps(
        [
            {
                "id": 1,
                "nama": "Simpang Tiga",
                "hls": "https://s.example/1/index.m3u8",
                "thumbnail": "https://s.example/thumb/1.jpg",
            },
            {
                "id": 2,
                "nama": "Bundaran Kabo",
                "hls": "https://s.example/2/index.m3u8",
                "thumbnail": "https://s.example/img/no-signal.png",
            },
        ]
    )
    found = cameras(body)
    assert [(c.raw_name, c.snapshot_url) for c in found] == [
        ("Simpang Tiga", "https://s.example/thumb/1.jpg"),
        ("Bundaran Kabo", None),
    ]
    assert found[1].stream_url == "https://s.example/2/index.m3u8"


def test_camera_with_only_a_placeholder_is_not_listed() -> None:
    """A record whose only picture is a stock one has no media: it is no camera."""
    body = json.dumps(
        [
            {"id": 1, "nama": "Simpang Tiga", "snapshot": "https://s.example/snap/1.jpg"},
            {"id": 2, "nama": "Pasar Induk", "snapshot": "https://s.example/img/offline.jpg"},
        ]
    )
    assert [c.raw_name for c in cameras(body)] == ["Simpang Tiga"]


def test_card_placeholder_beside_page_data_adds_no_camera() -> None:
    """A card's stock picture beside the same camera read from data adds nothing."""
    data = {
        "props": {
            "pageProps": {
                "cameras": [
                    {"slug": "a", "title": "Simpang Tiga", "hls": "https://s.example/a.m3u8"},
                    {"slug": "b", "title": "Kabo", "hls": "https://s.example/b.m3u8"},
                ]
            }
        }
    }
    page = (
        '<div class="card"><img alt="Simpang Tiga" src="https://s.example/snap/a.jpg">'
        "<h5>Simpang Tiga</h5></div>"
        '<div class="card"><img alt="Kabo" src="/images/no-signal.png"><h5>Kabo</h5></div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script>'
    )
    found = cameras(page)
    assert [c.raw_name for c in found if c.stream_url] == ["Simpang Tiga", "Kabo"]
    assert all("no-signal" not in (c.snapshot_url or "") for c in found)
    assert [c.raw_name for c in found].count("Kabo") == 1


def test_page_of_placeholders_only_has_no_cameras() -> None:
    """Cards showing only stock pictures are no camera list."""
    page = "".join(
        f'<div class="card"><img alt="{name}" src="/img/{picture}"></div>'
        for name, picture in (("Simpang Tiga", "no_image.png"), ("Kabo", "unavailable.jpg"))
    )
    with pytest.raises(PortalFormatError, match="No camera list found"):
        cameras(page)


def test_hostile_file_name_is_bounded() -> None:
    """A huge file name is read in bounded time."""
    url = "https://a.example/" + "aB1" * 200_000 + "-no-signal.png"
    assert not is_placeholder_picture(url)  # only the start of a file name is read
