"""Readers after holdout 26: state badges inside card titles, labelled place lines.

* a state badge (an element of its own classed as a badge, chip or pill: "Aktif",
  "Mati", "Online", "Offline", "Live") inside a card's title is the camera's state and
  no part of its name;
* a card's line labelled with a locality word ("Ort: Sölden") names its area, as an area
  word's line ("Kecamatan: Bengalon") does;
* a picture's alt text naming another card's title was copied from that card: the card's
  own title names the camera;
* a heading of a higher rank over headings each naming one camera (a town's h2 over an h3
  per video) is the area of the cameras under it.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://cctv.kutim.example/"


def cameras(text: str, base_url: str = BASE) -> tuple[Camera, ...]:
    return parse_body(text, profile=Profile.AUTO, base_url=base_url, prettify=False).cameras


def _cards(*cards: tuple[str, str]) -> str:
    """A card grid: each card a picture, a title (its markup as given) and a place line."""
    parts = [
        f'<div class="col"><div class="card"><img class="card-img-top" src="/snap/{number}.jpg" alt="">'
        f'<div class="card-body"><h5 class="card-title">{title}</h5>'
        f'<p class="card-text"><small class="text-muted">{place}</small></p></div></div></div>'
        for number, (title, place) in enumerate(cards, start=1)
    ]
    return f'<html><body><div class="row">{"".join(parts)}</div></body></html>'


# --- state badges inside card titles ------------------------------------------------


def test_a_state_badge_in_a_title_is_the_state_not_the_name() -> None:
    page = _cards(
        ('Simpang Lima <span class="badge bg-success">Aktif</span>', ""),
        ('Pasar Induk <span class="badge bg-danger">Mati</span>', ""),
    )
    first, second = cameras(page)
    assert (first.name, first.online) == ("Simpang Lima", True)
    assert (second.name, second.online) == ("Pasar Induk", False)


def test_a_live_badge_in_a_title_states_the_camera_live() -> None:
    page = _cards(
        ('Giggijoch Talstation <span class="badge bg-danger">Live</span>', ""),
        ('Eisgrat <span class="badge bg-secondary">Offline</span>', ""),
    )
    first, second = cameras(page)
    assert (first.name, first.online) == ("Giggijoch Talstation", True)
    assert (second.name, second.online) == ("Eisgrat", False)


def test_a_chip_or_pill_in_a_title_is_a_badge_too() -> None:
    page = _cards(
        ('Dermaga Utama <span class="status-pill">Online</span>', ""),
        ('Terminal Bus <em class="chip">Offline</em>', ""),
    )
    first, second = cameras(page)
    assert (first.name, first.online) == ("Dermaga Utama", True)
    assert (second.name, second.online) == ("Terminal Bus", False)


def test_a_plain_element_in_a_title_stays_in_the_name() -> None:
    """Without a badge's class, a word inside the title is part of the name."""
    page = _cards(('Taman <span class="accent">Live</span>', ""), ("Alun Alun", ""))
    first, _ = cameras(page)
    assert first.name == "Taman Live"
    assert first.online is None


def test_a_badge_of_another_word_stays_in_the_name() -> None:
    """A badge naming no state ("Baru", "4K") is no state and is left alone."""
    page = _cards(
        ('Simpang Tiga <span class="badge">Baru</span>', ""),
        ('Jembatan <span class="badge">4K</span>', ""),
    )
    first, second = cameras(page)
    assert first.name == "Simpang Tiga Baru"
    assert second.name == "Jembatan 4K"
    assert first.online is None and second.online is None


def test_a_badge_that_is_the_whole_title_is_not_blanked() -> None:
    """A title with no text of its own before the badge keeps it (nothing else to read)."""
    page = _cards(('<span class="badge">Online</span> ', ""), ("Pelabuhan", ""))
    first, _ = cameras(page)
    assert first.name == "Online"


# --- labelled place lines -----------------------------------------------------------


def test_a_locality_line_names_the_area() -> None:
    page = _cards(
        ("Gaislachkogl Bergstation", "Ort: Sölden"),
        ("Giggijoch", "Ort: Sölden"),
        ("Streif Start", "Ort: Kitzbühel"),
    )
    areas = [camera.area for camera in cameras(page)]
    assert areas == ["Sölden", "Sölden", "Kitzbühel"]


def test_a_line_labelled_otherwise_names_no_area() -> None:
    page = _cards(
        ("Gaislachkogl Bergstation", "Höhe: 3040 m"),
        ("Giggijoch", "Kamera: Mobotix"),
        ("Streif Start", "Kamera: Axis"),
    )
    assert [camera.area for camera in cameras(page)] == [None, None, None]


# --- alt texts copied from another card -------------------------------------------


def _picture_cards(*cards: tuple[str, str]) -> str:
    parts = [
        f'<div class="col"><div class="cam-box"><div class="cam-title">{title}</div>'
        f'<img src="https://cam.kutim.example/{number}.jpg" alt="{alt}"></div></div>'
        for number, (title, alt) in enumerate(cards, start=1)
    ]
    return f'<html><body><h1>CCTV</h1><div class="row">{"".join(parts)}</div></body></html>'


def test_an_alt_naming_another_cards_title_yields_to_the_own_title() -> None:
    page = _picture_cards(
        ("Sungai Kapuas", "CCTV Sungai Kapuas"),
        ("Parit Mayor", "CCTV Parit Mayor"),
        ("Jl. Ahmad Yani", "CCTV Parit Mayor"),
    )
    assert [camera.name for camera in cameras(page)] == [
        "Sungai Kapuas",
        "Parit Mayor",
        "Jl. Ahmad Yani",
    ]


def test_an_alt_naming_no_other_card_stays_the_name() -> None:
    """An alt text that names what no card's title names is kept as it was read."""
    page = _picture_cards(
        ("Titik 1", "Pintu Air Siantan"),
        ("Titik 2", "Jembatan Landak"),
    )
    assert [camera.name for camera in cameras(page)] == ["Pintu Air Siantan", "Jembatan Landak"]


# --- headings over per-camera headings ---------------------------------------------


def _headed(*sections: tuple[str, tuple[str, ...]], upper: str = "h2", lower: str = "h3") -> str:
    parts: list[str] = []
    number = 0
    for town, names in sections:
        if town:
            parts.append(f"<{upper}>{town}</{upper}>")
        for name in names:
            number += 1
            parts.append(
                f"<{lower}>{name}</{lower}>"
                f'<figure><video src="https://cctv.kutim.example/hls/{number}.m3u8"></video></figure>'
            )
    return (
        f'<html><body><h1>CCTV</h1><div class="entry-content">{"".join(parts)}</div></body></html>'
    )


def test_a_town_heading_over_camera_headings_is_their_area() -> None:
    page = _headed(
        ("Tenggarong", ("Simpang Empat Tugu Pesut", "Jembatan Kartanegara")),
        ("Loa Janan", ("Simpang Tiga", "Jalan Poros Samarinda - Balikpapan Km 12")),
    )
    found = cameras(page)
    assert [camera.name for camera in found] == [
        "Simpang Empat Tugu Pesut",
        "Jembatan Kartanegara",
        "Simpang Tiga",
        "Jalan Poros Samarinda - Balikpapan Km 12",
    ]
    assert [camera.area for camera in found] == ["Tenggarong"] * 2 + ["Loa Janan"] * 2


def test_deeper_headings_ranked_by_their_level() -> None:
    page = _headed(
        ("Makarska", ("Gradska luka", "Donja Luka")),
        ("Tučepi", ("Šetnica",)),
        upper="h3",
        lower="h5",
    )
    assert [camera.area for camera in cameras(page)] == ["Makarska", "Makarska", "Tučepi"]


def test_one_town_heading_names_no_area() -> None:
    """One heading over all the cameras is the page's subject, not a group's place."""
    page = _headed(("Tenggarong", ("Simpang Empat", "Jembatan", "Pasar")))
    assert [camera.area for camera in cameras(page)] == [None, None, None]


def test_a_lower_heading_over_higher_ones_is_no_area() -> None:
    """An h4 before h3 camera headings ranks below them: it introduces nothing."""
    page = _headed(
        ("Tenggarong", ("Simpang Empat", "Jembatan")),
        ("Loa Janan", ("Simpang Tiga", "Pasar")),
        upper="h4",
        lower="h3",
    )
    assert [camera.area for camera in cameras(page)] == [None, None, None, None]


# --- bounds -------------------------------------------------------------------------


def test_many_nested_title_badges_stay_bounded() -> None:
    """Thousands of badges inside deeply nested headings cost linear time (timed by the bench)."""
    badge = '<span class="badge">Online</span>'
    nested = "<h3 class='title'>Simpang " + "<span class='name'>Kota " * 200
    page = (
        "<html><body>"
        + nested
        + badge * 3000
        + "</span>" * 200
        + "</h3>"
        + _cards(*((f"Pos {number} {badge}", "Ort: Sölden") for number in range(300)))
        + "</body></html>"
    )
    found = cameras(page)
    assert found
    assert all(camera.name is None or "Online" not in camera.name for camera in found)
