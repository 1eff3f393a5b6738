"""A record's own ``stream`` or ``unknown`` kind word decides what its address is."""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.kutim.example/api/webcams"
EMBED = "https://www.youtube.com/embed/live_stream?channel=UCk8cTb2fKtm0aLu5QjRxw3A"
THUMB = "https://img.kutim.example/live/jetty.jpg"
PAGE = "https://www.resort.example/live-beach-cam"


def cameras(payload: object) -> tuple[Camera, ...]:
    """Parse a payload as an Automatic portal answer."""
    text = json.dumps(payload)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _hls(number: int) -> dict[str, object]:
    return {
        "id": f"h{number}",
        "name": f"Dermaga {number}",
        "type": "stream",
        "url": f"https://live.kutim.example/hls/{number}/index.m3u8",
    }


def test_stream_typed_embed_plays_beside_its_thumbnail() -> None:
    """Under ``url`` of a ``type: stream`` record, a platform embed is the stream."""
    found = cameras(
        [
            _hls(1),
            {"id": "tb", "name": "Jetty", "type": "stream", "url": EMBED, "thumbnailUrl": THUMB},
        ]
    )
    jetty = next(camera for camera in found if camera.id == "tb")
    assert (jetty.stream_url, jetty.snapshot_url) == (EMBED, THUMB)


def test_untyped_embed_beside_thumbnail_stays_a_page() -> None:
    """Without the kind word, the embed under ``url`` only stands in: the still is kept."""
    found = cameras([_hls(1), {"id": "tb", "name": "Jetty", "url": EMBED, "thumbnailUrl": THUMB}])
    jetty = next(camera for camera in found if camera.id == "tb")
    assert (jetty.stream_url, jetty.snapshot_url) == (None, THUMB)


def test_stream_typed_web_page_is_no_camera() -> None:
    """A ``type: stream`` record whose address is a plain web page gives no camera."""
    found = cameras([_hls(1), {"id": "resort", "name": "Resort", "type": "stream", "url": PAGE}])
    assert [camera.id for camera in found] == ["h1"]


def test_untyped_web_page_still_stands_in() -> None:
    """Without a kind word, a lone page stands in for the camera as before."""
    found = cameras([_hls(1), {"id": "resort", "name": "Resort", "url": PAGE}])
    assert [(camera.id, camera.stream_url) for camera in found][-1] == ("resort", PAGE)


def test_unknown_typed_page_is_no_camera() -> None:
    """A scraper's ``type: unknown`` record with only its page gives no camera."""
    found = cameras(
        {
            "cameras": [
                {
                    "id": "A1",
                    "url": "https://portal.kutim.example/cam/?id=A1",
                    "name": "Simpang Tiga",
                    "type": "hls",
                    "hlsUrl": "https://live.kutim.example/hls/a1/index.m3u8",
                },
                {
                    "id": "B7",
                    "url": "https://portal.kutim.example/cam/?id=B7",
                    "name": "Simpang Bengalon",
                    "type": "unknown",
                },
            ]
        }
    )
    assert [camera.id for camera in found] == ["A1"]


def test_stream_typed_playlist_and_other_words_are_kept() -> None:
    """A playlist under a stream word plays; other kind words (``fixed``) change nothing."""
    found = cameras(
        [
            _hls(1),
            {"id": "f", "name": "Fixed", "type": "fixed", "url": PAGE},
            {"id": "u", "name": "Unknown still", "type": "unknown", "image": THUMB},
        ]
    )
    assert [(camera.id, camera.stream_url, camera.snapshot_url) for camera in found] == [
        ("h1", "https://live.kutim.example/hls/1/index.m3u8", None),
        ("f", PAGE, None),
        ("u", None, THUMB),
    ]


def test_live_typed_player_pages_are_cameras_when_nothing_else_plays() -> None:
    """A list of ``type: live`` records giving their camera's player pages keeps them."""
    pages = [
        "https://www.skylinewebcams.example/en/webcam/kutim/teluk-lingga.html",
        "https://rtsp.me/embed/Abc123De/",
        "https://ipcamlive.com/player/player.php?alias=5f1a2b3c",
        "https://cams.kutim.example/view/gate",
        "https://video.kutim.example/live/lobby",
    ]
    found = cameras(
        [
            {"id": str(n), "name": f"Kamera {n}", "type": "live" if n % 2 else "stream", "url": u}
            for n, u in enumerate(pages)
        ]
    )
    assert [camera.stream_url for camera in found] == pages


def test_a_live_typed_page_beside_its_thumbnail_still_plays_nothing() -> None:
    found = cameras([{"id": "r", "name": "Resort", "type": "live", "url": PAGE, "image": THUMB}])
    assert [(camera.stream_url, camera.snapshot_url) for camera in found] == [(None, THUMB)]
