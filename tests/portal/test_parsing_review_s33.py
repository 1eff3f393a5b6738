"""Negative cases of the readers added for holdout 35's classes.

- A place holding its own list of cameras beside a live stream of its own (a resort's
  stream beside its webcams) is a camera itself and places them; a portal's answer is no
  such place: a title naming cameras (``CCTV Kabupaten …``) or an office places nothing
  and is no camera. A video page or file counts as the place's own camera only under a
  field named for a live stream (``live``, ``liveStream``, ``stream``): a district's
  profile ``video`` is none.
"""

from __future__ import annotations

import json

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.example.go.id/"


def _cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


_HLS = "https://cctv.example.go.id/hls/{}.m3u8"


def test_a_portal_answer_with_a_featured_stream_is_no_place() -> None:
    payload = {
        "title": "CCTV Kabupaten Kutai Timur",
        "live": _HLS.format("featured"),
        "cameras": [
            {"name": "Simpang Lima", "hls": _HLS.format(1)},
            {"name": "Pasar Induk", "kecamatan": "Sangatta Selatan", "hls": _HLS.format(2)},
            {"name": "Bundaran", "hls": _HLS.format(3)},
        ],
    }
    cameras = _cameras(json.dumps(payload))
    assert [(c.name, c.area) for c in cameras] == [
        ("Simpang Lima", None),
        ("Pasar Induk", "Sangatta Selatan"),
        ("Bundaran", None),
    ]


def test_a_district_profile_video_is_no_camera_of_its_own() -> None:
    payload = {
        "data": [
            {
                "name": district,
                "video": f"https://www.youtube.com/watch?v=profile{n}Vid0",
                "cameras": [
                    {"name": f"{district} {m}", "hls": _HLS.format(f"{n}-{m}")} for m in (1, 2)
                ],
            }
            for n, district in enumerate(["Sangatta Utara", "Sangatta Selatan"])
        ]
    }
    cameras = _cameras(json.dumps(payload))
    assert [c.name for c in cameras] == [
        "Sangatta Utara 1",
        "Sangatta Utara 2",
        "Sangatta Selatan 1",
        "Sangatta Selatan 2",
    ]
    assert all(c.stream_url and c.stream_url.endswith(".m3u8") for c in cameras)


def test_a_place_live_page_under_a_live_field_stays_a_camera() -> None:
    payload = {
        "resorts": [
            {
                "caption": "Sierra Alta",
                "live": "https://www.youtube.com/watch?v=abcDEF12345",
                "webcams": [
                    {"caption": "Gipfel", "image": "https://img.example.com/gipfel.jpg"},
                    {"caption": "Tal", "image": "https://img.example.com/tal.jpg"},
                ],
            }
        ]
    }
    cameras = _cameras(json.dumps(payload))
    assert [(c.name, c.area) for c in cameras] == [
        ("Sierra Alta", None),
        ("Gipfel", "Sierra Alta"),
        ("Tal", "Sierra Alta"),
    ]
