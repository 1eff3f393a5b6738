"""A realtime-database tree keyed by place, street and camera id holds cameras at its leaves."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.keyedtree import keyed_tree_items

BASE = "https://sudutkota-default-rtdb.firebaseio.example/.json"


def pole(code: str, **extra: Any) -> dict[str, Any]:
    return {
        "kamera": [f"https://live.kutim.example/live/{code}/index.m3u8"],
        "last_updated_by_name": "Operator",
        "last_updated_time": "09:12:44 WIB",
        **extra,
    }


def parse(answer: dict[str, Any]) -> tuple[Camera, ...]:
    return parse_body(
        json.dumps(answer), profile=Profile.AUTO, base_url=BASE, prettify=False
    ).cameras


def tree() -> dict[str, Any]:
    return {
        "Sangatta Selatan": {"Jl. APT Pranoto": {"TG-SS-01": pole("tg-ss-01")}},
        "Sangatta Utara": {
            "Jl. Yos Sudarso": {"TG-SU-02": pole("tg-su-02"), "TG-SU-03": pole("tg-su-03")}
        },
    }


def test_zone_street_pole_tree_in_a_container() -> None:
    answer = {
        "berita_cache": {"updated": "06-12-2026 08:15", "count": 9},
        "titik_kamera": tree(),
        "zona_utama": {"Sangatta Selatan": "Sangatta Selatan", "Sangatta Utara": "Sangatta Utara"},
    }
    got = [(c.id, c.name, c.area, c.stream_url) for c in parse(answer)]
    assert got == [
        (
            "TG-SS-01",
            "Jl. APT Pranoto",
            "Sangatta Selatan",
            "https://live.kutim.example/live/tg-ss-01/index.m3u8",
        ),
        (
            "TG-SU-02",
            "Jl. Yos Sudarso",
            "Sangatta Utara",
            "https://live.kutim.example/live/tg-su-02/index.m3u8",
        ),
        (
            "TG-SU-03",
            "Jl. Yos Sudarso",
            "Sangatta Utara",
            "https://live.kutim.example/live/tg-su-03/index.m3u8",
        ),
    ]
    # Editor stamps are no states.
    assert all(c.online is None for c in parse(answer))


def test_tree_at_the_root() -> None:
    got = [(c.id, c.name, c.area) for c in parse(tree())]
    assert got[0] == ("TG-SS-01", "Jl. APT Pranoto", "Sangatta Selatan")
    assert len(got) == 3


def test_a_place_group_is_the_area_and_a_named_record_keeps_its_name() -> None:
    answer = {
        "lokasi": {
            "Sangatta Utara": {
                "Singa Gembara": {
                    "sg01": {
                        "nama": "Simpang Singa Gembara",
                        "snapshot": "https://x.example/1.jpg",
                    },
                    "sg02": {"nama": "Pasar Induk", "snapshot": "https://x.example/2.jpg"},
                }
            }
        }
    }
    got = [(c.id, c.name, c.area) for c in parse(answer)]
    assert got == [
        ("sg01", "Simpang Singa Gembara", "Singa Gembara"),
        ("sg02", "Pasar Induk", "Singa Gembara"),
    ]


def test_a_named_record_under_a_street_keeps_its_name_and_takes_the_street_as_area() -> None:
    answer = {
        "Bengalon": {
            "Jl. Poros Bengalon": {
                "a1": {"name": "Simpang Sepaso", "hls": "https://x.example/a1/index.m3u8"},
                "a2": {"name": "Pasar Bengalon", "hls": "https://x.example/a2/index.m3u8"},
            }
        }
    }
    got = [(c.name, c.area) for c in parse(answer)]
    assert got == [
        ("Simpang Sepaso", "Jl. Poros Bengalon"),
        ("Pasar Bengalon", "Jl. Poros Bengalon"),
    ]


def never_camera(value: dict[str, Any]) -> bool:
    return "hls" in value or "snapshot" in value


@pytest.mark.parametrize("branch", ["settings", "users", "logs", "config", "sessions"])
def test_config_branches_give_nothing(branch: str) -> None:
    answer = {
        branch: {
            "a": {
                "b": {"snapshot": "https://x.example/a.jpg"},
                "c": {"snapshot": "https://x.example/b.jpg"},
            }
        }
    }
    assert keyed_tree_items(answer, never_camera) is None


def test_leaves_without_media_are_no_cameras() -> None:
    answer = {
        "zona": {
            "Sangatta Utara": {
                "Jl. Yos Sudarso": {"TG1": {"kamera": ["tiang 1"], "catatan": "rusak"}},
                "Jl. Pendidikan": {"TG2": {"kamera": [], "catatan": "baru"}},
            }
        }
    }
    assert keyed_tree_items(answer, never_camera) is None
    with pytest.raises(PortalFormatError):
        parse(answer)


def test_one_level_below_the_answer_is_left_to_the_group_readers() -> None:
    answer = {"TG1": pole("tg1"), "TG2": pole("tg2")}
    assert keyed_tree_items(answer, never_camera) is None
    answer2 = {"Sangatta": {"TG1": pole("tg1"), "TG2": pole("tg2")}}
    assert keyed_tree_items(answer2, never_camera) is None


def test_a_group_mixing_records_and_fields_holds_no_leaves() -> None:
    answer = {
        "a": {
            "b": {
                "count": {"n": 2},
                "TG1": pole("tg1"),
                "TG2": pole("tg2"),
                "note": "x",
            }
        }
    }
    assert keyed_tree_items(answer, never_camera) is None


def test_depth_is_bounded() -> None:
    deep: dict[str, Any] = {"TG1": pole("tg1"), "TG2": pole("tg2")}
    for level in range(8):
        deep = {f"level {level}": deep}
    assert keyed_tree_items(deep, never_camera) is None


def test_large_tree_stays_bounded() -> None:
    answer = {f"zona {z}": {"Jl. Poros": {f"T{z}": pole(f"t{z}")}} for z in range(20000)}
    found = keyed_tree_items(answer, never_camera)
    assert found is not None
    assert len(found) < 5000


def test_a_records_outputs_keyed_by_format_are_no_tree() -> None:
    answer = {
        "data": {
            "id": 7,
            "name": "Simpang Lima",
            "streams": {
                "hls": {"url": "https://cdn.example.org/7/index.m3u8"},
                "flv": {"url": "https://cdn.example.org/7.flv"},
            },
        }
    }
    assert keyed_tree_items(answer, never_camera) is None
    nested = {"kamera": {"TG1": {"streams": {"hls": {"url": "https://x.example/a.m3u8"}}}}}
    assert keyed_tree_items(nested, lambda v: "url" in v) is None
