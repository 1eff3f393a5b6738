"""Shapes read after holdout 24: terminal and junction columns, path-keyed cards, states."""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.parsing.tables import header_field
from custom_components.kutim_cctv.portal.values import parse_status

BASE = "https://port.kutim.example/cctv"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    """Parse a text body as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


# --- Terminal, berth and junction columns ------------------------------------------------


def _table(headers: tuple[str, str], rows: list[tuple[str, str, str]]) -> str:
    head = "".join(f"<th>{h}</th>" for h in (*headers, "Live"))
    body = "".join(
        f"<tr><td>{a}</td><td>{b}</td>"
        f'<td><a href="https://port.kutim.example/hls/{n}/index.m3u8">Live</a></td></tr>'
        for a, b, n in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def test_a_terminal_column_is_the_rows_area() -> None:
    page = _table(
        ("Terminal", "Lokasi Kamera"),
        [("Terminal Penumpang", "Ruang Tunggu", "a"), ("Terminal Curah", "Dermaga Barat", "b")],
    )
    found = cameras(page)
    assert [(c.name, c.area) for c in found] == [
        ("Ruang Tunggu", "Terminal Penumpang"),
        ("Dermaga Barat", "Terminal Curah"),
    ]


def test_facility_words_count_as_the_whole_header_only() -> None:
    assert header_field("Terminal") == "area"
    assert header_field("Dermaga") == "area"
    assert header_field("Zone") == "area"
    # A header that only holds the word names the camera's place, not its group.
    assert header_field("Nama Terminal") == "name"
    assert header_field("Terminal ID") == "id"


def test_a_junction_column_names_the_rows_camera() -> None:
    assert header_field("Intersection") == "place"
    assert header_field("Persimpangan") == "place"
    assert header_field("Junction") == "place"
    page = _table(
        ("Intersection", "Snapshot"),
        [("28th St and Pearl St", '<img src="/snap/pearl.jpg" alt="">', "p")],
    )
    (camera,) = cameras(page)
    assert camera.name == "28th St and Pearl St"
    assert camera.snapshot_url == "https://port.kutim.example/snap/pearl.jpg"


# --- Cards keyed by their picture's folder -----------------------------------------------


def _li(element_id: str, name: str, county: str, klass: str = "camera", folder: str = "") -> str:
    folder = folder or element_id
    return (
        f'<li class="{klass}" id="{element_id}"><figure>'
        f'<img src="https://frames.kutim.example/data/{folder}/latest-frame.jpg" alt="">'
        f'<figcaption><span class="camera-name">{name}</span>'
        f'<span class="camera-county">{county}</span></figcaption></figure></li>'
    )


def test_a_camera_cards_id_held_by_its_pictures_path_is_the_id() -> None:
    page = '<ul class="camera-list">' + _li("Axis-Bukit1", "Bukit 1", "Inyo County")
    page += _li("Axis-Bukit2", "Bukit 2", "Mono County") + "</ul>"
    found = cameras(page)
    assert [(c.id, c.name, c.area) for c in found] == [
        ("Axis-Bukit1", "Bukit 1", "Inyo County"),
        ("Axis-Bukit2", "Bukit 2", "Mono County"),
    ]


def test_an_element_id_missing_from_the_path_is_no_id() -> None:
    page = '<ul class="camera-list">' + _li("Axis-Bukit1", "Bukit 1", "Inyo County", folder="x1")
    page += _li("Axis-Bukit2", "Bukit 2", "Inyo County", folder="x2") + "</ul>"
    assert all(c.id.startswith("k-") for c in cameras(page))


def test_a_plain_id_on_a_card_not_classed_as_a_camera_is_no_id() -> None:
    page = "<ul>" + _li("Axis-Bukit1", "Bukit 1", "Inyo County", klass="item")
    page += _li("Axis-Bukit2", "Bukit 2", "Inyo County", klass="item") + "</ul>"
    assert all(c.id.startswith("k-") for c in cameras(page))


# --- States said to hold for now ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Currently unavailable", False),
        ("Temporarily offline", False),
        ("Sementara tidak tersedia", False),
        ("Saat ini offline", False),
        ("Sedang gangguan", False),
        ("Currently online", True),
        ("Currently showing the northbound lanes", None),
        ("Saat ini", None),
        ("Sedang dalam perbaikan", False),
        ("Sedang menampilkan arah utara", None),
        ("Saat ini menampilkan Jalan Sudirman", None),
        ("Sementara dialihkan ke kamera 2", None),
    ],
)
def test_a_state_said_to_hold_for_now_is_that_state(text: str, state: bool | None) -> None:
    assert parse_status(text) is state


def test_a_card_currently_unavailable_is_offline() -> None:
    page = (
        '<div class="camera-card" data-camera-id="CAM_A1"><img src="/c/a1.jpg" alt="A1">'
        '<h3>Bridge</h3><p class="camera-card__status">Currently unavailable</p></div>'
        '<div class="camera-card" data-camera-id="CAM_A2"><img src="/c/a2.jpg" alt="A2">'
        '<h3>Tunnel</h3><p class="camera-card__updated">Updated 15:40</p></div>'
    )
    found = cameras(page)
    assert [(c.id, c.online) for c in found] == [("CAM_A1", False), ("CAM_A2", None)]


def test_a_plain_id_naming_what_the_card_is_is_no_id() -> None:
    # ``id="webcam"`` around ``/webcam/latest.jpg`` names the element, not a camera.
    page = '<div class="webcam" id="webcam"><h2>Harbour</h2>'
    page += '<img src="https://frames.kutim.example/webcam/latest.jpg" alt="Harbour"></div>'
    (camera,) = cameras(page)
    assert camera.id.startswith("k-")
