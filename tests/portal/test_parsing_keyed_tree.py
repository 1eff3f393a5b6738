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


def picture_like(value: dict[str, Any]) -> bool:
    return "image" in value or "snapshot" in value or "hls" in value


def catalogue() -> dict[str, Any]:
    return {
        "catalog": {
            "Kamera": {
                "Hikvision": {
                    "DS-2CD1043": {
                        "price": 450000,
                        "image": "https://toko.example/p/1.jpg",
                        "url": "https://toko.example/p/1",
                    },
                    "DS-2CE16": {"price": 300000, "image": "https://toko.example/p/2.jpg"},
                }
            }
        }
    }


def menu() -> dict[str, Any]:
    return {
        "menu": {
            "Makanan": {
                "Nasi": {
                    "nasi-goreng": {"harga": 20000, "image": "https://resto.example/p/1.jpg"},
                    "nasi-kuning": {"harga": 15000, "image": "https://resto.example/p/2.jpg"},
                }
            }
        }
    }


def album() -> dict[str, Any]:
    return {
        "albums": {
            "2024": {
                "Liburan": {
                    "a1": {"title": "Pantai", "image": "https://foto.example/p/1.jpg"},
                    "a2": {"title": "Gunung", "image": "https://foto.example/p/2.jpg"},
                }
            }
        }
    }


def test_a_shop_catalogue_is_no_camera_tree() -> None:
    """A priced leaf marks goods, even under a branch named for cameras (``Kamera``)."""
    answer = catalogue()
    assert keyed_tree_items(answer, picture_like) is None
    with pytest.raises(PortalFormatError):
        parse(answer)


@pytest.mark.parametrize("answer", [menu(), album()], ids=["menu", "album"])
def test_pictures_under_a_tree_naming_no_camera_are_no_cameras(answer: dict[str, Any]) -> None:
    assert keyed_tree_items(answer, picture_like) is None
    # No reading keys a leaf by its tree key (``nasi-goreng``, ``a1``) as a camera's id.
    try:
        ids = {c.id for c in parse(answer)}
    except PortalFormatError:
        ids = set()
    assert ids.isdisjoint({"nasi-goreng", "nasi-kuning", "a1", "a2"})


def test_a_price_beside_live_media_still_marks_a_catalogue() -> None:
    answer = catalogue()
    for leaf in answer["catalog"]["Kamera"]["Hikvision"].values():
        leaf["hls"] = "https://toko.example/demo/index.m3u8"
    assert keyed_tree_items(answer, picture_like) is None


@pytest.mark.parametrize("branch", ["titik_kamera", "cctv", "Kamera Kota", "webcams", "cam"])
def test_pictures_under_a_branch_naming_cameras_still_read(branch: str) -> None:
    answer = album()
    answer[branch] = answer.pop("albums")
    got = keyed_tree_items(answer, picture_like)
    assert got is not None
    assert [key for key, _ in got] == ["a1", "a2"]


def test_pictures_keyed_under_a_camera_word_in_the_leaf_still_read() -> None:
    answer = {
        "albums": {
            "2024": {
                "Liburan": {
                    "a1": {"title": "Pantai", "image": "https://x.example/1.jpg", "cctv": 1},
                    "a2": {"title": "Gunung", "image": "https://x.example/2.jpg", "cctv": 2},
                }
            }
        }
    }
    got = keyed_tree_items(answer, picture_like)
    assert got is not None and len(got) == 2


def test_live_media_leaves_read_under_a_tree_naming_no_camera() -> None:
    answer = album()
    for n, leaf in enumerate(answer["albums"]["2024"]["Liburan"].values()):
        del leaf["image"]
        leaf["hls"] = f"https://x.example/{n}/index.m3u8"
    got = keyed_tree_items(answer, picture_like)
    assert got is not None and len(got) == 2
    rtsp = album()
    for n, leaf in enumerate(rtsp["albums"]["2024"]["Liburan"].values()):
        leaf["image"] = f"rtsp://x.example:554/{n}"
    assert keyed_tree_items(rtsp, lambda v: "image" in v) is not None
