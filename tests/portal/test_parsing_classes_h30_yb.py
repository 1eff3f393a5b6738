"""Camera cards read after holdout 30: district lines, camera picture routes, two-language states.

A card of a regional portal writes its camera's name in a heading and, on a line of its
own, the district with the district's word and no colon ("Kapanewon Cangkringan",
"Kecamatan Sangatta Utara"): the district is the camera's area. A village's word
(desa, kelurahan) leads an address line and gives no area; the word alone, a sentence or
a lower-case rest is no place line either.

A picture element served by a camera's numbered route without an image extension
(``/camera?id=33``, ``/picture/show/99``, ``/kamera/7``) is the camera's still; a state
written in two languages with one slash between ("Online / En ligne") is that state.
Such a picture is a camera's even outside any card (a plain grid cell), and with no alt
text the one short line of the cell holding it alone names it.
"""

from __future__ import annotations

import pytest

from custom_components.kutim_cctv.portal.errors import PortalFormatError
from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body
from custom_components.kutim_cctv.portal.values import parse_status

BASE = "https://pusdalops.kutim.example/portal/kamera"


def cameras(text: str) -> tuple[Camera, ...]:
    """Parse a page as an Automatic portal answer."""
    return parse_body(text, profile=Profile.AUTO, base_url=BASE, prettify=False).cameras


def card(name: str, line: str, path: str) -> str:
    """Return a widget card: a heading, a muted line and a WebRTC page framed."""
    return (
        '<div class="col-lg-4"><div class="widget"><div class="widget-content">'
        f'<h4>{name}</h4><span class="text-muted">{line}</span>'
        f'<iframe src="https://kamera.kutim.example:8889/{path}/" allowfullscreen></iframe>'
        "</div></div></div>"
    )


def page(*cards: str) -> str:
    """Return a page holding the cards."""
    return (
        "<html><body><h1>Kamera Pantau</h1><div class='row'>"
        + "".join(cards)
        + "</div></body></html>"
    )


def test_district_word_line_gives_the_area() -> None:
    text = page(
        card("Kaliadem", "Kapanewon Cangkringan", "kaliadem"),
        card("Turgo", "Kecamatan Sangatta Utara", "turgo"),
        card("Boyong", "Kemantren Gondokusuman", "boyong"),
    )
    assert [(c.name, c.area) for c in cameras(text)] == [
        ("Kaliadem", "Cangkringan"),
        ("Turgo", "Sangatta Utara"),
        ("Boyong", "Gondokusuman"),
    ]


def test_village_word_line_is_no_area() -> None:
    text = page(
        card("Kaliadem", "Desa Kepuharjo", "kaliadem"),
        card("Turgo", "Kelurahan Purwobinangun", "turgo"),
    )
    assert [(c.name, c.area) for c in cameras(text)] == [("Kaliadem", None), ("Turgo", None)]


def test_word_alone_sentence_or_lower_case_rest_is_no_area() -> None:
    text = page(
        card("Kaliadem", "Kecamatan", "kaliadem"),
        card("Turgo", "Kecamatan ini rawan banjir", "turgo"),
        card("Boyong", "Kecamatan Dengan Jalur Evakuasi Paling Panjang", "boyong"),
        card("Bronggang", "Kecamatan 12", "bronggang"),
    )
    assert [c.area for c in cameras(text)] == [None, None, None, None]


def test_heading_written_with_the_word_still_names_the_camera() -> None:
    # The camera's own title is never cut: only a line beside it gives the area.
    text = page(card("Kecamatan Pakem", "Online", "pakem"))
    assert [c.name for c in cameras(text)] == ["Kecamatan Pakem"]


def figure(number: int, src: str, name: str, state: str) -> str:
    """Return a figure card: a picture with an empty alt, a caption and a state pill."""
    return (
        f'<figure class="cam-card" data-id="{number}"><img src="{src}" alt="">'
        f'<figcaption>{name}</figcaption><span class="status">{state}</span></figure>'
    )


def test_camera_route_pictures_are_stills() -> None:
    text = page(
        figure(33, "/camera?id=33", "Albert &amp; Booth", "Online / En ligne"),
        figure(46, "/picture/show/46", "Bank &amp; Aylmer", "Offline / Hors ligne"),
        figure(64, "/webcam/64/", "Rideau &amp; Sussex", "En ligne / Online"),
    )
    assert [(c.name, c.snapshot_url, c.online) for c in cameras(text)] == [
        ("Albert & Booth", "https://pusdalops.kutim.example/camera?id=33", True),
        ("Bank & Aylmer", "https://pusdalops.kutim.example/picture/show/46", False),
        ("Rideau & Sussex", "https://pusdalops.kutim.example/webcam/64/", True),
    ]


def test_routes_without_a_camera_number_are_no_stills() -> None:
    text = page(
        figure(1, "/camera?size=large", "Albert", "Online"),
        figure(2, "/picture/show/latest", "Bank", "Online"),
        figure(3, "/news/12", "Rideau", "Online"),
        figure(4, "/camera/view?id=12", "Innes", "Online"),
    )
    with pytest.raises(PortalFormatError):
        cameras(text)


def test_bilingual_state_needs_both_halves_alike() -> None:
    assert parse_status("Online / En ligne") is True
    assert parse_status("Hors ligne / Offline") is False
    assert parse_status("Online / Offline") is None
    assert parse_status("Online / Bank St.") is None
    assert parse_status("Online / En ligne / Aktif") is None


def cell(src: str, caption: str) -> str:
    """Return a plain grid cell: a picture without alt text and a caption line."""
    return f'<div class="w3-half w3-padding"><img src="{src}" width="100%"><p>{caption}</p></div>'


def grid(*cells: str) -> str:
    """Return a page of plain grid cells under a project heading."""
    return (
        "<html><body><h2>Project: Wainfleet</h2><div class='w3-row'>"
        + "".join(cells)
        + "</div></body></html>"
    )


def test_routed_picture_in_a_plain_cell_is_named_by_its_caption() -> None:
    text = grid(cell("/picture/show/99", "Main Gate"), cell("/picture/show/100", "Array North"))
    assert [(c.name, c.snapshot_url) for c in cameras(text)] == [
        ("Main Gate", "https://pusdalops.kutim.example/picture/show/99"),
        ("Array North", "https://pusdalops.kutim.example/picture/show/100"),
    ]


def test_plain_cell_picture_file_is_no_camera() -> None:
    # A picture file without alt text in a plain cell (a partner's logo) stays unread.
    text = grid(cell("/uploads/partner1.jpg", "Main Gate"), cell("/uploads/partner2.jpg", "Array"))
    with pytest.raises(PortalFormatError):
        cameras(text)


def test_state_or_address_caption_names_no_routed_picture() -> None:
    text = grid(cell("/picture/show/1", "Online"), cell("/picture/show/2", "https://x.example/a"))
    assert [c.name for c in cameras(text)] == ["Project: Wainfleet", "Project: Wainfleet"]


def test_alt_text_still_names_a_routed_picture_before_its_caption() -> None:
    text = grid(
        '<div class="w3-half"><img src="/camera/7" alt="Gerbang Utama"><p>Foto terbaru</p></div>',
        '<div class="w3-half"><img src="/camera/8" alt="Gudang"><p>Foto terbaru</p></div>',
    )
    assert [c.name for c in cameras(text)] == ["Gerbang Utama", "Gudang"]


def test_many_routed_pictures_and_district_lines_stay_bounded() -> None:
    # Long route addresses, long district lines and long two-language states on every
    # cell: each is read from a bounded part of its text.
    long_path = "/picture/show/" + "9" * 5000
    cells = "".join(
        f'<div class="w3-half"><img src="/camera/{n}{"/x" * 200}?id={n}">'
        f"<span>Kecamatan {'Sangatta ' * 300}</span>"
        f'<img src="{long_path}"><span>{"Online / " * 50}En ligne</span></div>'
        for n in range(300)
    )
    with pytest.raises(PortalFormatError):
        cameras("<html><body><h2>Project</h2>" + cells + "</body></html>")
