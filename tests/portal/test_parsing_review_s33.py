"""Negative cases of the readers added for holdout 35's classes.

- A place holding its own list of cameras beside a live stream of its own (a resort's
  stream beside its webcams) is a camera itself and places them; a portal's answer is no
  such place: a title naming cameras (``CCTV Kabupaten …``) or an office places nothing
  and is no camera. A video page or file counts as the place's own camera only under a
  field named for a live stream (``live``, ``liveStream``, ``stream``): a district's
  profile ``video`` is none.
- A bare ``port`` field names a harbour only as a proper name without digits: a
  device's port label (``PoE 1``, ``eth0``, ``LAN``, ``HTTP 80``) or ``n/a`` places nothing.
- A script table keyed like the page's cameras gives their state only when its entries
  read as states: a table of users (``active``, ``role``, ``age``) gives none, and the
  page's ids are looked up before any entry is read.
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


def _snapshot_record(name: str, port: str) -> dict[str, str]:
    host = f"{name.lower()}.cams.example.com"
    return {"name": name, "ip": host, "port": port, "snapshot": f"https://{host}/snap.jpg"}


def test_a_device_port_label_is_no_harbour() -> None:
    labels = ["PoE 1", "eth0", "n/a", "none", "HTTP 80", "LAN"]
    names = ["Lobby", "Gate", "Yard", "Dock", "Roof", "Hall"]
    payload = {"cameras": [_snapshot_record(n, p) for n, p in zip(names, labels, strict=True)]}
    cameras = _cameras(json.dumps(payload))
    assert [c.name for c in cameras] == names
    assert [c.area for c in cameras] == [None] * 6


def test_a_harbour_named_under_port_still_places_its_cameras() -> None:
    payload = {
        "cameras": [
            _snapshot_record("Westerplatte", "Port of Gdańsk"),
            _snapshot_record("Maasvlakte", "Rotterdam"),
        ]
    }
    cameras = _cameras(json.dumps(payload))
    assert [c.area for c in cameras] == ["Port of Gdańsk", "Rotterdam"]


def _card_page(script: str) -> str:
    cards = "".join(
        f'<div class="card" data-id="{n}"><h3>{name}</h3><img src="/snap/{n}.jpg"></div>'
        for n, name in ((12, "Simpang Lima"), (13, "Pasar Baru"), (14, "Terminal"))
    )
    return f"<html><body><h1>CCTV Kota</h1>{cards}<script>{script}</script></body></html>"


def test_a_table_of_users_keyed_like_the_cards_gives_no_state() -> None:
    users = {
        "12": {"active": True, "role": "operator", "age": 31},
        "13": {"active": False, "role": "viewer", "age": 40},
        "14": {"active": True, "role": "admin", "age": 28},
    }
    cameras = _cameras(_card_page(f"var users = {json.dumps(users)};"))
    assert [c.id for c in cameras] == ["12", "13", "14"]
    assert [c.online for c in cameras] == [None, None, None]


def test_a_state_table_keyed_like_the_cards_still_gives_their_state() -> None:
    states = {"12": {"online": True}, "13": {"online": False}, "14": {"online": True}}
    cameras = _cameras(_card_page(f"var camStatus = {json.dumps(states)};"))
    assert [c.online for c in cameras] == [True, False, True]


def test_many_large_tables_of_other_keys_stay_bounded() -> None:
    """60 script objects of 2,000 state entries, none keyed by the page's cameras.

    Each is a state table's shape; the page's ids are looked up before any entry's state
    is read. The time it takes is measured by ``scripts/bench_hostile.py``.
    """
    blocks = []
    for table in range(60):
        entries = ",".join(f'"k{table}_{n}":{{"cameraOnline":true}}' for n in range(1999))
        blocks.append(f'<script type="application/json">{{{entries},"z":{{"x":1}}}}</script>')
    cards = "".join(
        f'<div class="card" data-id="c{n}"><h3>Kamera {n}</h3><img src="/snap/{n}.jpg"></div>'
        for n in range(3)
    )
    cameras = _cameras(f"<html><body>{cards}{''.join(blocks)}</body></html>")
    assert [c.id for c in cameras] == ["c0", "c1", "c2"]
    assert all(c.online is None for c in cameras)
