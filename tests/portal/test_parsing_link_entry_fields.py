"""Typed link entries: their field names are read in document order, their LAN pages never kept."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://portal.example/cams/"
STILL = "https://portal.example/snap/3.jpg"


def cameras(body: object) -> tuple[Camera, ...]:
    """Parse a JSON value as an Automatic portal answer."""
    return parse_body(json.dumps(body), profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def summary(found: tuple[Camera, ...]) -> list[tuple[str, str | None, str | None]]:
    """Return each camera's name, stream and still."""
    return [(camera.name, camera.stream_url, camera.snapshot_url) for camera in found]


def padded_links(fillers: int, *, camera_key_first: bool) -> list[dict[str, object]]:
    """Return two typed link entries with many filler fields and a ``cctv_id``, and a still."""
    entries: list[dict[str, object]] = []
    for ident in (1, 2):
        entry: dict[str, object] = {"cctv_id": ident} if camera_key_first else {}
        entry.update({f"f{key:03d}": "x" for key in range(fillers)})
        entry.update(
            {
                "id": ident,
                "type": "link",
                "title": f"Page {ident}",
                "url": f"https://portal.example/view.php?id={ident}",
            }
        )
        if not camera_key_first:
            entry["cctv_id"] = ident
        entries.append(entry)
    entries.append({"id": 3, "type": "image", "title": "Still", "url": STILL})
    return entries


PAGES = [
    ("Page 1", "https://portal.example/view.php?id=1", None),
    ("Page 2", "https://portal.example/view.php?id=2", None),
    ("Still", None, STILL),
]


def test_camera_field_name_among_the_first_names_keeps_the_link_pages() -> None:
    assert summary(cameras(padded_links(100, camera_key_first=True))) == PAGES


def test_camera_field_name_past_the_names_read_is_no_sign() -> None:
    assert summary(cameras(padded_links(300, camera_key_first=False))) == [("Still", None, STILL)]
    assert summary(cameras(padded_links(100, camera_key_first=False))) == [("Still", None, STILL)]


def test_few_fields_still_read_the_camera_field_name() -> None:
    assert summary(cameras(padded_links(3, camera_key_first=False))) == PAGES


def test_field_names_read_do_not_depend_on_the_hash_seed() -> None:
    script = (
        "import json, sys\n"
        "from custom_components.kutim_cctv.portal.models import Profile\n"
        "from custom_components.kutim_cctv.portal.parsing import parse_body\n"
        "found = parse_body(sys.stdin.read(), profile=Profile.AUTO,"
        f" base_url={BASE!r}, prettify=False).cameras\n"
        "print(json.dumps([camera.name for camera in found]))\n"
    )
    body = json.dumps(padded_links(300, camera_key_first=False))
    results = set()
    for seed in ("1", "2", "3", "5", "8"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script],
            input=body,
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        results.add(done.stdout.strip())
    assert results == {json.dumps(["Still"])}


def lan_links(page: str, *, beside: dict[str, object]) -> list[dict[str, object]]:
    """Return a typed link entry to ``page`` named for a camera, beside another entry."""
    return [{"id": 1, "type": "link", "title": "CCTV 1", "url": page}, beside]


@pytest.mark.parametrize(
    "page",
    [
        "http://192.168.1.10/view.php?id=1",
        "http://10.0.0.5/view.php?id=1",
        "http://127.0.0.1/view.php?id=1",
        "http://localhost/view.php?id=1",
        "http://nvr.local/view.php?id=1",
        "http://169.254.169.254/view.php?id=1",
    ],
)
def test_link_entry_lan_page_in_a_public_answer_is_dropped(page: str) -> None:
    still = {"id": 3, "type": "image", "title": "S", "url": "https://portal.example/img/3.jpg"}
    assert summary(cameras(lan_links(page, beside=still))) == [
        ("S", None, "https://portal.example/img/3.jpg")
    ]
    hls = {"id": 3, "kind": "hls", "title": "H", "url": "https://live.example/h/index.m3u8"}
    assert summary(cameras(lan_links(page, beside=hls))) == [
        ("H", "https://live.example/h/index.m3u8", None)
    ]


def test_link_entry_public_page_is_kept() -> None:
    still = {"id": 3, "type": "image", "title": "S", "url": "https://portal.example/img/3.jpg"}
    assert summary(cameras(lan_links("https://cams.example/view.php?id=1", beside=still))) == [
        ("CCTV 1", "https://cams.example/view.php?id=1", None),
        ("S", None, "https://portal.example/img/3.jpg"),
    ]


def test_link_entry_lan_page_in_a_lan_answer_is_kept() -> None:
    body = lan_links(
        "http://192.168.1.10/view.php?id=1",
        beside={"id": 3, "type": "image", "title": "S", "url": "http://192.168.1.10/img/3.jpg"},
    )
    found = parse_body(
        json.dumps(body), profile=Profile.AUTO, base_url="http://192.168.1.10/cams/", prettify=False
    ).cameras
    assert summary(found) == [
        ("CCTV 1", "http://192.168.1.10/view.php?id=1", None),
        ("S", None, "http://192.168.1.10/img/3.jpg"),
    ]
