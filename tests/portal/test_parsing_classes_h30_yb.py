"""Camera cards read after holdout 30: a line naming the card's district with its word.

A card of a regional portal writes its camera's name in a heading and, on a line of its
own, the district with the district's word and no colon ("Kapanewon Cangkringan",
"Kecamatan Sangatta Utara"): the district is the camera's area. A village's word
(desa, kelurahan) leads an address line and gives no area; the word alone, a sentence or
a lower-case rest is no place line either.
"""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Camera, Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

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
