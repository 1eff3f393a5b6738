"""Typed link entries: their field names are read in document order."""

from __future__ import annotations

import json
import os
import subprocess
import sys

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
