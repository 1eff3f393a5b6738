"""Cards: zone headings as areas, and a card's code line naming its media's folder."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.markup import (
    _group_place,
    _heading_area,
    _line_code,
)

BASE = "https://kamera.kutim.example/daftar"


def _cams(body: str) -> tuple[Camera, ...]:
    page = f"<!doctype html><html><head><title>Kamera</title></head><body>{body}</body></html>"
    return parse_body(page, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _card(name: str, code_line: str, folder: str) -> str:
    return (
        f"<div class='card'><img src='/snapshot/{folder}/latest.jpg' alt=''>"
        f"<div class='body'><span>{code_line}</span><h3>{name}</h3></div></div>"
    )


def _group(heading: str, *cards: str) -> str:
    return f"<section><h2>{heading}</h2><div class='grid'>{''.join(cards)}</div></section>"


# --- Zone words in group headings ---------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "area"),
    [
        ("Zona Sangatta Selatan", "Sangatta Selatan"),
        ("Wilayah Bengalon", "Bengalon"),
        ("Kawasan Bukit Pelangi", "Bukit Pelangi"),
        ("Kecamatan Kaliorang", "Kaliorang"),  # as before
        ("Kawasan Industri Maloy", "Kawasan Industri Maloy"),  # a zone's kind keeps its word
        ("Zona Merah", "Zona Merah"),
        ("Wilayah", "Wilayah"),  # the word alone
        ("Zona rawan banjir", "Zona rawan banjir"),  # no place's name
        (
            "Wilayah Sangatta Utara dan Sangatta Selatan Kota",
            "Wilayah Sangatta Utara dan Sangatta Selatan Kota",
        ),
        ("Zona 3", "Zona 3"),
    ],
)
def test_heading_area_drops_zone_words_before_a_place(heading: str, area: str) -> None:
    assert _heading_area(heading) == area


def test_group_place_rules() -> None:
    assert _group_place("Sangatta Selatan")
    assert not _group_place("sangatta")
    assert not _group_place("Industri Maloy")
    assert not _group_place("KM 12")


def test_zone_headings_give_their_cards_areas() -> None:
    cams = _cams(
        _group(
            "Zona Sangatta Selatan",
            _card("Jl. APT Pranoto", "Tiang TG-SS-01", "tg-ss-01"),
            _card("Jl. Poros Bontang", "Tiang TG-SS-04", "tg-ss-04"),
        )
        + _group(
            "Zona Sangatta Utara",
            _card("Jl. Ilham Maulana", "Tiang TG-SU-07", "tg-su-07"),
            _card("Jl. Yos Sudarso", "Tiang TG-SU-02", "tg-su-02"),
        )
    )
    assert {c.raw_name: c.area for c in cams} == {
        "Jl. APT Pranoto": "Sangatta Selatan",
        "Jl. Poros Bontang": "Sangatta Selatan",
        "Jl. Ilham Maulana": "Sangatta Utara",
        "Jl. Yos Sudarso": "Sangatta Utara",
    }
    assert {c.raw_name: c.id for c in cams}["Jl. APT Pranoto"] == "TG-SS-01"


# --- Code lines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "code"),
    [
        ("Tiang TG-SS-01", "TG-SS-01"),
        ("\n   Kode: KTM-07\n  ", "KTM-07"),
        ("ID #CAM_12", "CAM_12"),
        ("TG-SU-02", "TG-SU-02"),
        ("Diperbarui 14-10-2025", None),  # a date: no letter
        ("Tiang TG-SS", None),  # no digit
        ("semangir_20261204_0755.jpg", None),  # a file name
        ("Kamera di Simpang Tiga TG-01", None),  # a sentence
        ("Jl. Poros KM-12", None),  # two words before
    ],
)
def test_line_codes(line: str, code: str | None) -> None:
    assert _line_code(line) == code


def test_a_code_naming_no_folder_of_the_media_is_no_id() -> None:
    cams = _cams(
        _card("Halte Bukit Pelangi", "Rute R-12", "cam17")
        + _card("Simpang Tiga", "Kode: KTM-03", "ktm-03")
        + _card("Pasar Induk", "Kode: KTM-09", "snapshot-ktm-09")
    )
    ids = {c.raw_name: c.id for c in cams}
    assert ids["Simpang Tiga"] == "KTM-03"
    assert ids["Halte Bukit Pelangi"] != "R-12"
    assert ids["Pasar Induk"] != "KTM-09"  # only a whole folder counts


def test_a_code_that_is_the_file_name_is_no_id() -> None:
    cams = _cams(
        "<div class='card'><img src='/snapshot/CAM-01' alt=''><p>Kode CAM-01</p><h3>Simpang</h3></div>"
        "<div class='card'><img src='/snapshot/CAM-02' alt=''><p>Kode CAM-02</p><h3>Bundaran</h3></div>"
    )
    assert all(c.id not in ("CAM-01", "CAM-02") for c in cams)


def test_video_data_cards_take_their_code() -> None:
    cams = _cams(
        _group(
            "Wilayah Kaliorang",
            "<div class='card'><video data-src='/live/zk-01/index.m3u8'></video>"
            "<p>Unit ZK-01</p><h3>Pasar Kaliorang</h3></div>",
            "<div class='card'><video data-src='/live/zk-02/index.m3u8'></video>"
            "<p>Unit ZK-09</p><h3>Simpang Kaliorang</h3></div>",
        )
    )
    ids = {c.raw_name: c.id for c in cams}
    assert ids["Pasar Kaliorang"] == "ZK-01"
    assert ids["Simpang Kaliorang"] != "ZK-09"


# --- A zone word stays before a common or compass word -----------------------------------


@pytest.mark.parametrize(
    ("heading", "area"),
    [
        ("Zona Timur", "Zona Timur"),  # a compass word alone is no place
        ("Kawasan Sekolah", "Kawasan Sekolah"),  # a common word alone is no place
        ("Wilayah Pasar", "Wilayah Pasar"),
        ("Zona Timur Laut", "Zona Timur Laut"),  # compass words only
        ("Kawasan Kota Pusat", "Kawasan Kota Pusat"),
        ("Zona Sangatta utara", "Zona Sangatta utara"),  # not every word capitalised
        ("Wilayah Kaliorang", "Kaliorang"),  # a known district alone is a place
        ("Zona Muara Wahau", "Muara Wahau"),  # two capitalised words read as a place
    ],
)
def test_zone_words_stay_before_a_common_word(heading: str, area: str) -> None:
    assert _heading_area(heading) == area


def test_zone_headings_of_common_words_keep_their_zone_word() -> None:
    cams = _cams(
        _group(
            "Zona Timur",
            _card("Jl. APT Pranoto", "Tiang TG-ZT-01", "tg-zt-01"),
            _card("Jl. Poros Bontang", "Tiang TG-ZT-02", "tg-zt-02"),
        )
        + _group(
            "Kawasan Sekolah",
            _card("SD 001 Sangatta", "Tiang TG-KS-01", "tg-ks-01"),
            _card("SMP 1 Sangatta", "Tiang TG-KS-02", "tg-ks-02"),
        )
    )
    assert {c.raw_name: c.area for c in cams} == {
        "Jl. APT Pranoto": "Zona Timur",
        "Jl. Poros Bontang": "Zona Timur",
        "SD 001 Sangatta": "Kawasan Sekolah",
        "SMP 1 Sangatta": "Kawasan Sekolah",
    }
