"""Road sections and RT/RW groups place no camera; a video signal check is its state."""

from __future__ import annotations

import json
from typing import Any

import pytest

from custom_components.kutim_cctv.portal import Profile
from custom_components.kutim_cctv.portal.models import Camera
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import neighbourhood_unit, route_section

BASE = "https://cctv.kutimkab.example/api/kamera"


def parse(answer: Any) -> list[Camera]:
    body = json.dumps(answer)
    return parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def cams(prefix: str, n: int = 2, **extra: Any) -> list[dict[str, Any]]:
    return [
        {
            "id_cctv": f"{prefix}-{i}",
            "nama": f"KM {i} Simpang {prefix}",
            "url_video": f"https://cctv.kutimkab.example/{prefix}/{i}/index.m3u8",
            **extra,
        }
        for i in range(1, n + 1)
    ]


# --- road sections between places -------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Bontang - Sangatta",
        "Muara Wahau – Kongbeng",
        "Kaliorang to Sangkulirang",
        "Sangatta s/d Bengalon",
        "Bontang-Sangatta",
    ],
)
def test_a_section_between_two_places_is_recognised(name: str) -> None:
    assert route_section(name)


@pytest.mark.parametrize(
    "name",
    [
        "Jalan Tol Sangatta - Bontang",  # a toll section is an area
        "Tol Batang-Semarang",
        "Seksi 1 Balikpapan - Samboja",  # a numbered toll section
        "Sangatta Utara",
        "Weston-super-Mare",
        "Alun-alun Pare",
        "a - b",
        "Bontang - " + "Sangatta " * 20,  # too long
        None,
        "",
    ],
)
def test_places_and_toll_sections_are_no_route_section(name: str | None) -> None:
    assert not route_section(name)


def test_cameras_grouped_by_a_section_between_towns_get_no_area() -> None:
    answer = {
        "judul": "CCTV Jalur Mudik",
        "ruas": [
            {"kode_ruas": "BTG-SGT", "nama_ruas": "Bontang - Sangatta", "cctv": cams("bs")},
            {"kode_ruas": "SGT-BGL", "nama_ruas": "Sangatta - Bengalon", "cctv": cams("sb")},
        ],
    }
    cameras = parse(answer)
    assert [camera.id for camera in cameras] == ["bs-1", "bs-2", "sb-1", "sb-2"]
    assert [camera.area for camera in cameras] == [None] * 4
    assert cameras[0].stream_url == "https://cctv.kutimkab.example/bs/1/index.m3u8"


def test_a_route_named_group_takes_no_area_under_an_english_key() -> None:
    answer = {
        "routes": [
            {"routeName": "Sangatta - Bengalon", "cameras": cams("r1")},
            {"routeName": "Kaliorang to Sangkulirang", "cameras": cams("r2")},
        ]
    }
    assert [camera.area for camera in parse(answer)] == [None] * 4


def test_a_toll_section_group_stays_the_area() -> None:
    answer = {
        "ruas": [
            {"nama_ruas": "Jalan Tol Sangatta - Bontang", "cctv": cams("tol")},
            {"nama_ruas": "Bontang - Sangatta", "cctv": cams("bs")},
        ]
    }
    areas = [camera.area for camera in parse(answer)]
    assert areas == ["Jalan Tol Sangatta - Bontang"] * 2 + [None] * 2


def test_a_group_named_between_places_without_a_section_field_stays_the_area() -> None:
    # A surf region's spot or a district named with a dash is a place.
    answer = {
        "wilayah": [
            {"nama": "Canggu - Batu Bolong", "cctv": cams("cb")},
            {"nama": "Sangatta Utara", "cctv": cams("su")},
        ]
    }
    areas = [camera.area for camera in parse(answer)]
    assert areas == ["Canggu - Batu Bolong"] * 2 + ["Sangatta Utara"] * 2


def test_a_section_field_naming_one_place_stays_the_area() -> None:
    answer = {"ruas": [{"nama_ruas": "Poros Sangatta", "cctv": cams("ps")}]}
    assert [camera.area for camera in parse(answer)] == ["Poros Sangatta"] * 2


def test_a_section_inside_a_kecamatan_takes_the_kecamatan() -> None:
    answer = {
        "kecamatan": [
            {
                "nama": "Bengalon",
                "ruas": [
                    {"kode_ruas": "SB", "nama": "Sangatta - Bengalon", "cctv": cams("sb")},
                    {"kode_ruas": "BS", "nama": "Bengalon - Sepaso", "cctv": cams("bs")},
                ],
            }
        ]
    }
    assert [camera.area for camera in parse(answer)] == ["Bengalon"] * 4


def test_a_section_group_keeps_its_lan_cameras_out() -> None:
    lan = {"id_cctv": "lan", "nama": "KM 3", "url_video": "http://192.168.10.21/live.m3u8"}
    answer = {
        "ruas": [
            {"nama_ruas": "Bontang - Sangatta", "cctv": [*cams("bs", 3), lan]},
        ]
    }
    cameras = parse(answer)
    assert [camera.id for camera in cameras] == ["bs-1", "bs-2", "bs-3"]
    assert all("192.168" not in (camera.stream_url or "") for camera in cameras)


# --- RT and RW groups ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["RT 07", "RT. 012", "RT 05/RW 07", "RW 05", "Rukun Tetangga 3", "RT07"]
)
def test_an_rt_or_rw_number_is_a_neighbourhood_unit(name: str) -> None:
    assert neighbourhood_unit(name)


@pytest.mark.parametrize(
    "name", ["RW 05 Sukamaju", "RTH Taman Bersemi", "RT 1234", "Sangatta Utara", "", None]
)
def test_places_are_no_neighbourhood_unit(name: str | None) -> None:
    assert not neighbourhood_unit(name)


def test_rt_groups_take_the_kelurahan_holding_them() -> None:
    answer = {
        "kecamatan": [
            {
                "nama": "Sangatta Utara",
                "kelurahan": [
                    {
                        "nama_kelurahan": "Teluk Lingga",
                        "rt": [
                            {"no_rt": "RT 07", "kamera": cams("tl07")},
                            {"no_rt": "RT 12", "kamera": cams("tl12", 1)},
                        ],
                    }
                ],
            }
        ]
    }
    assert [camera.area for camera in parse(answer)] == ["Teluk Lingga"] * 3


def test_a_flat_list_of_rt_groups_places_nothing() -> None:
    answer = {
        "rt": [{"nama": "RT 03", "kamera": cams("a")}, {"nama": "RT 04", "kamera": cams("b")}]
    }
    assert [camera.area for camera in parse(answer)] == [None] * 4


def test_a_place_named_beside_an_rt_word_stays_the_area() -> None:
    answer = {"rt": [{"nama": "RW 05 Sukamaju", "kamera": cams("a")}]}
    assert [camera.area for camera in parse(answer)] == ["RW 05 Sukamaju"] * 2


# --- video signal checks ---------------------------------------------------------------


def tiles(signals: list[Any], key: str = "signal") -> dict[str, Any]:
    return {
        "tiles": [
            {
                "cameraId": f"T-{i}",
                "cameraName": f"Dermaga {i}",
                "liveUrl": f"https://vms.kutimkab.example/live/T-{i}/index.m3u8",
                key: signal,
            }
            for i, signal in enumerate(signals, start=1)
        ]
    }


def test_a_signal_check_gives_the_state() -> None:
    cameras = parse(tiles(["ok", "loss", "Video Loss", "No Signal", "Normal", "hilang"]))
    assert [camera.online for camera in cameras] == [True, False, False, False, True, False]


@pytest.mark.parametrize("key", ["videoSignal", "signal_status", "sinyal", "status_sinyal"])
def test_signal_fields_framed_by_status_words_are_read(key: str) -> None:
    assert [camera.online for camera in parse(tiles(["ok", "lost"], key))] == [True, False]


@pytest.mark.parametrize(
    ("key", "values"),
    [
        ("signal", [-61, -80]),  # a signal strength
        ("signal", [None, None]),
        ("signal", ["strong", "weak"]),  # words saying no state
        ("signal_type", ["HDCVI", "loss"]),  # the input's kind
        ("traffic_signal", ["ok", "loss"]),  # a traffic light at the spot
        ("signal_eng_area", ["CENTRAL", "NORTH"]),
    ],
)
def test_other_signal_fields_give_no_state(key: str, values: list[Any]) -> None:
    assert [camera.online for camera in parse(tiles(values, key))] == [None, None]


def test_a_status_field_beats_the_signal_check() -> None:
    answer = tiles(["loss", "ok"])
    for tile, status in zip(answer["tiles"], ["online", "offline"], strict=True):
        tile["status"] = status
    assert [camera.online for camera in parse(answer)] == [True, False]


def test_a_lan_live_address_stays_out_beside_a_signal() -> None:
    answer = tiles(["ok", "ok", "loss"])
    answer["tiles"][2]["liveUrl"] = "http://10.31.2.13/live/T-3/index.m3u8"
    answer["tiles"][2]["previewUrl"] = "https://vms.kutimkab.example/preview/T-3.jpg"
    cameras = parse(answer)
    assert [camera.id for camera in cameras] == ["T-1", "T-2", "T-3"]
    assert cameras[2].stream_url is None
    assert cameras[2].snapshot_url == "https://vms.kutimkab.example/preview/T-3.jpg"
    assert cameras[2].online is False


@pytest.mark.parametrize(
    "word",
    ["Video Loss", "kehilangan video", "tanpa sinyal", "No video", "nosignal", "Sinyal hilang"],
)
def test_a_signal_loss_phrase_reads_alike_as_status_and_as_signal(word: str) -> None:
    """One list of signal-loss words: a status cell and a signal field agree."""
    from custom_components.kutim_cctv.portal.aliases import OFFLINE_WORDS, SIGNAL_LOST_WORDS
    from custom_components.kutim_cctv.portal.values import parse_status

    assert SIGNAL_LOST_WORDS <= OFFLINE_WORDS
    assert parse_status(word) is False
    assert [camera.online for camera in parse(tiles(["ok", word]))] == [True, False]
    assert [camera.online for camera in parse(tiles(["online", word], "status"))] == [True, False]
