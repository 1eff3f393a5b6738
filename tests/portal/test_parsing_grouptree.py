"""Trees of groups holding cameras and groups of their own kind, at any depth."""

from __future__ import annotations

import json
from typing import Any

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.grouptree import group_tree_items

BASE = "https://peta.lalin.kutim.example/cam/list.json"


def parse(answer: Any) -> list[Camera]:
    text = json.dumps(answer)
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def cam(camera_id: str, url: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": camera_id,
        "url": url or f"kutim/{camera_id}.jpg",
        "location": f"Simpang {camera_id}",
        **extra,
    }


def road_tree() -> dict[str, Any]:
    return {
        "version": 3,
        "roads": [
            {"name": "Jl. Poros Sangatta-Bontang", "webcams": [cam("a1"), cam("a2")], "roads": []},
            {
                "name": "Jl. Yos Sudarso",
                "webcams": [cam("a2"), cam("b1")],
                "roads": [{"name": "Jl. Pelabuhan", "webcams": [cam("c1")], "roads": []}],
            },
        ],
    }


def test_a_road_tree_gives_every_webcam_once_with_its_relative_picture() -> None:
    cameras = parse(road_tree())
    assert [camera.id for camera in cameras] == ["a1", "a2", "b1", "c1"]
    assert cameras[3].snapshot_url == "https://peta.lalin.kutim.example/cam/kutim/c1.jpg"
    assert cameras[0].name == "Simpang a1"
    # Roads name where a camera stands along them, never an area.
    assert {camera.area for camera in cameras} == {None}


def test_a_place_tree_gives_each_camera_its_innermost_place() -> None:
    answer = {
        "name": "Kutai Timur",
        "children": [
            {
                "name": "Sangatta Utara",
                "webcams": [cam("su1")],
                "children": [{"name": "Teluk Lingga", "webcams": [cam("tl1")], "children": []}],
            },
            {"name": "Bengalon", "webcams": [cam("bg1")], "children": []},
        ],
    }
    areas = {camera.id: camera.area for camera in parse(answer)}
    assert areas == {"su1": "Sangatta Utara", "tl1": "Teluk Lingga", "bg1": "Bengalon"}


def test_flat_groups_are_no_tree() -> None:
    answer = {
        "groups": [
            {"name": "Sangatta", "cameras": [cam("a1")]},
            {"name": "Bengalon", "cameras": [cam("b1")]},
        ]
    }
    assert group_tree_items(answer) is None


def test_a_menu_tree_without_camera_lists_is_no_tree() -> None:
    menu = {
        "children": [
            {
                "name": "Berita",
                "url": "berita/index.html",
                "children": [{"name": "Foto", "url": "foto.jpg"}],
            },
            {"name": "Profil", "url": "profil.html", "children": []},
        ]
    }
    assert group_tree_items(menu) is None


def test_tree_webcams_are_read_like_a_flat_list_and_logins_are_dropped() -> None:
    webcams = [
        cam("a1"),
        {"id": "a2", "url": None, "location": "Gerbang"},
        cam("a3", url="http://192.168.1.20/snap.jpg"),
        cam("b1", url="http://admin:rahasia@cam.kutim.example/snap.jpg"),
    ]
    tree = {
        "roads": [
            {
                "name": "Jl. A",
                "webcams": webcams[:3],
                "roads": [{"name": "Jl. B", "webcams": webcams[3:]}],
            }
        ]
    }
    from_tree = parse(tree)
    # The tree adds no reading of its own: each webcam is read as in a plain list
    # (a private address is refused when played, see docs/live.md).
    assert from_tree == parse(webcams)
    assert "a2" not in [camera.id for camera in from_tree]
    for camera in from_tree:
        assert "rahasia" not in (camera.snapshot_url or "")
        assert "admin" not in (camera.snapshot_url or "")


def test_groups_below_the_depth_bound_are_not_read() -> None:
    node: dict[str, Any] = {"name": "deep", "webcams": [cam("deep")], "roads": []}
    for level in range(12):
        node = {"name": f"level {level}", "webcams": [cam(f"l{level}")], "roads": [node]}
    found = group_tree_items({"roads": [node]})
    assert found is not None
    ids = [entry["id"] for entry in found if isinstance(entry, dict)]
    assert "l11" in ids
    assert "deep" not in ids


def test_a_tree_of_empty_groups_is_no_list() -> None:
    answer = {
        "roads": [{"name": "Jl. A", "webcams": [], "roads": [{"name": "Jl. B", "webcams": []}]}]
    }
    assert group_tree_items(answer) is None
    try:
        parse(answer)
    except PortalFormatError:
        pass
    else:  # pragma: no cover - any other answer must give no camera
        assert parse(answer) == []


def test_ids_numbered_within_each_group_keep_every_camera() -> None:
    # Cameras numbered 1, 2… within each kecamatan: an id repeated in another group
    # with other media is another camera; only the same record listed twice is one.
    def webcam(number: int, title: str, folder: str) -> dict[str, Any]:
        return {
            "id": number,
            "title": title,
            "image": f"https://cam.example.id/{folder}/{number}.jpg",
        }

    answer = {
        "name": "Kutim",
        "children": [
            {
                "name": "Sangatta Utara",
                "webcams": [webcam(1, "Simpang Tiga", "su"), webcam(2, "Bundaran Pelangi", "su")],
                "children": [{"name": "Teluk Lingga", "webcams": [webcam(1, "Gang Masjid", "tl")]}],
            },
            {
                "name": "Sangatta Selatan",
                "webcams": [webcam(1, "Pasar Induk", "ss"), webcam(2, "Terminal", "ss")],
                "children": [
                    {"name": "Sangatta Selatan Timur", "webcams": [webcam(2, "Terminal", "ss")]}
                ],
            },
        ],
    }
    cameras = parse_body(
        json.dumps(answer),
        profile=Profile.AUTO,
        base_url="https://cam.example.id/api/tree.json",
        prettify=False,
    ).cameras
    assert sorted(camera.name for camera in cameras) == [
        "Bundaran Pelangi",
        "Gang Masjid",
        "Pasar Induk",
        "Simpang Tiga",
        "Terminal",
    ]
    assert len({camera.id for camera in cameras}) == 5
