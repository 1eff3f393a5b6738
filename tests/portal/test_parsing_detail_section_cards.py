"""A detail page's single player is never named by the section cards around it."""

from __future__ import annotations

from custom_components.kutim_cctv.portal.models import Profile
from custom_components.kutim_cctv.portal.parsing import parse_body

BASE = "https://webcams.example.com/detalle.html?id=1"
PLAYER = "https://player.example.net/embed/AbC123/"


def names(body: str) -> list[tuple[str, str | None]]:
    """Return (name, stream) of each camera read from a page."""
    result = parse_body(body, profile=Profile.AUTO, base_url=BASE, prettify=False)
    return [(c.name, c.stream_url) for c in result.cameras]


def page(below: str, side: str = "") -> str:
    return f"""<html><head><title>Pantai Lingga - Webcams</title></head><body>
<div class="container"><h1 class="cam-title">Pantai Lingga</h1>
<div class="row"><div class="col-8">
<div class="player"><iframe src="{PLAYER}" allowfullscreen></iframe></div>
{below}</div>
<div class="col-4">{side}</div></div></div></body></html>"""


def card(heading: str, text: str = "Texto.") -> str:
    return f'<div class="card"><h5><i class="bi bi-info"></i> {heading}</h5><p>{text}</p></div>'


def test_description_card_under_the_player_names_nothing() -> None:
    for label in ("Descripci&oacute;n", "Description", "Deskripsi", "Beschreibung", "Descrição"):
        assert names(page(card(label))) == [("Pantai Lingga", PLAYER)], label


def test_side_column_of_headed_cards_names_nothing() -> None:
    side = card("Condiciones Actuales") + card("Ubicaci&oacute;n")
    assert names(page(card("Descripción"), side)) == [("Pantai Lingga", PLAYER)]


def test_a_card_heading_naming_the_camera_still_names_it() -> None:
    # Near-miss: one real heading under the player titles its card, as before.
    assert names(page(card("Kamera Dermaga Utama"))) == [("Kamera Dermaga Utama", PLAYER)]


def test_description_with_more_words_is_a_heading() -> None:
    # Near-miss: only the label word alone is a section label.
    assert names(page(card("Description of Jetty Cam"))) == [("Description of Jetty Cam", PLAYER)]


def test_heading_before_the_frame_still_names_its_card() -> None:
    # Near-miss: an article's title above its frame, then one more heading after it.
    body = f"""<html><head><title>CCTV Online</title></head><body>
<div class="items-row"><div class="item"><h2>CCTV Simpang Tiga</h2>
<p><iframe src="{PLAYER}"></iframe></p><h4>Lokasi</h4><h4>Jam Operasional</h4></div>
</div></body></html>"""
    assert names(body) == [("CCTV Simpang Tiga", PLAYER)]
