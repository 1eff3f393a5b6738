"""A card picture's element id as its camera's key (keyed card elements, name slugs), live alts."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://kamera.kutim.example/"
SNAP = "https://cctv.kutim.example/snap"


def _cameras(text: str) -> list[Camera]:
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def _keyed_card(key: str, title: str, file: str, alt: str = "", extra: str = "") -> str:
    return f"""
      <div class="cam-card"><div class="cam-preview">
        <img id="{key}" src="{SNAP}/{file}.jpg" alt="{alt}">
        {extra}
      </div><h4>{title}</h4></div>"""


def _page(*cards: str) -> str:
    return f"""<html><head><title>Kamera</title></head><body>
      <h1>Pantauan Kamera</h1><div class="dinding">{"".join(cards)}</div></body></html>"""


def _ids(text: str) -> dict[str, str]:
    return {camera.name: camera.id for camera in _cameras(text)}


def test_card_elements_keyed_by_the_picture_id_give_it() -> None:
    page = _page(
        _keyed_card("cam-st", "Simpang Tiga", "st", extra='<div id="loading-cam-st"></div>'),
        _keyed_card(
            "pelabuhan", "Pelabuhan Maloy", "pm", extra='<span id="pelabuhan_time"></span>'
        ),
    )
    assert _ids(page) == {"Simpang Tiga": "cam-st", "Pelabuhan Maloy": "pelabuhan"}


def test_picture_id_alone_or_keyed_outside_its_card_is_a_page_slot() -> None:
    ids = _ids(
        _page(
            _keyed_card("cam-front", "Pantai Depan", "front"),
            _keyed_card("cam-rwy", "Landasan Pacu", "rwy"),
        )
        + '<div id="loading-cam-rwy"></div>'
    )
    assert ids["Pantai Depan"] not in {"cam-front", "front"}
    assert ids["Landasan Pacu"] not in {"cam-rwy", "rwy"}


def test_picture_word_and_counter_or_shared_id_is_no_key() -> None:
    ids = _ids(
        _page(
            _keyed_card(
                "gambar4", "Bundaran Pelangi", "bp", extra='<div id="spinner-gambar4"></div>'
            ),
            _keyed_card(
                "webcamImg2", "Jembatan Kabo", "kb", extra='<div id="spinner-webcamImg2"></div>'
            ),
            _keyed_card("cam3", "Pasar Induk", "pi", extra='<div id="spinner-cam3"></div>'),
        )
    )
    assert ids["Bundaran Pelangi"] != "gambar4"
    assert ids["Jembatan Kabo"] != "webcamImg2"
    assert ids["Pasar Induk"] != "cam3"
    shared = _ids(
        _page(
            _keyed_card("myPic", "Teluk Lingga", "tl", extra='<div id="spinner-myPic"></div>'),
            _keyed_card("myPic", "Teluk Kaba", "tk"),
        )
    )
    assert "myPic" not in shared.values()


def test_picture_id_writing_the_camera_name_as_a_key_gives_it() -> None:
    page = _page(
        _keyed_card("bukitpelangi", "Bukit Pelangi", "c1"),
        _keyed_card("kaliorang", "Kaliorang Ridge", "c2"),
        _keyed_card("sangkulirang", "Karst Sangkulirang", "c3"),
        _keyed_card("bukit_pelangi_2", "Bukit Pelangi 2", "c4"),
    )
    assert _ids(page) == {
        "Bukit Pelangi": "bukitpelangi",
        "Kaliorang Ridge": "kaliorang",
        "Karst Sangkulirang": "sangkulirang",
        "Bukit Pelangi 2": "bukit_pelangi_2",
    }


def test_picture_id_that_is_no_whole_words_of_the_name_gives_nothing() -> None:
    ids = _ids(
        _page(
            _keyed_card("kebun", "Halaman Stasiun Cuaca", "c1"),
            _keyed_card("webcam", "Webcam Sangatta Utara", "c2"),
            _keyed_card("pelangibukit", "Bukit Pelangi", "c3"),
            _keyed_card("sanga", "Sangatta Kota", "c4"),
            _keyed_card("camfront", "Torquay Front Beach", "c5"),
        )
    )
    assert set(ids.values()).isdisjoint({"kebun", "webcam", "pelangibukit", "sanga", "camfront"})


def test_picture_beside_another_camera_in_one_card_keeps_no_key() -> None:
    page = _page(
        """<div class="cam-card"><h4>Dua Kamera</h4>
          <img id="gerbang-a" src="https://cctv.kutim.example/snap/a.jpg" alt="Gerbang Utara">
          <img id="gerbang-b" src="https://cctv.kutim.example/snap/b.jpg" alt="Gerbang Selatan">
          <div id="loading-gerbang-a"></div><div id="loading-gerbang-b"></div></div>"""
    )
    cameras = _cameras(page)
    assert len(cameras) == 2
    assert {camera.id for camera in cameras}.isdisjoint({"gerbang-a", "gerbang-b"})


def test_trailing_live_word_in_alt_yields_to_the_card_title() -> None:
    page = _page(
        _keyed_card("a1", "Simpang Tiga — Jl. Yos Sudarso", "st", alt="Simpang Tiga Live"),
        _keyed_card("a2", "Dermaga Kaliorang", "dk", alt="Dermaga Kaliorang Langsung"),
    )
    assert {camera.name for camera in _cameras(page)} == {
        "Simpang Tiga — Jl. Yos Sudarso",
        "Dermaga Kaliorang",
    }


def test_leading_live_word_or_other_alt_is_kept() -> None:
    page = _page(
        _keyed_card("a1", "Panggung Utama", "pu", alt="Live Music Stage"),
        _keyed_card("a2", "Simpang Tiga", "st2", alt="Simpang Tiga Utara Live"),
    )
    assert {camera.name for camera in _cameras(page)} == {
        "Live Music Stage",
        "Simpang Tiga Utara Live",
    }
